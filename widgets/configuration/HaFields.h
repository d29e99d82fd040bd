#pragma once

#include "ClusterProject.h"

#include <QList>
#include <QObject>

class ConfigFormSection;
class ProjectDocument;
class QComboBox;
class QLabel;
class QLineEdit;
class QWidget;

/// The project's high-availability settings (mode, quorum, path root, cluster id, storage
/// directory): they live in the project's HA section, which the renderer turns into keys.
class HaFields final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HaFields)
public:
    HaFields(ProjectDocument *document, ConfigFormSection *section);

    QComboBox *modeBox() const { return m_mode; }
    QLineEdit *quorumEdit() const { return m_quorum; }
    QLineEdit *pathRootEdit() const { return m_pathRoot; }
    QLineEdit *clusterIdEdit() const { return m_clusterId; }
    QLineEdit *storageDirEdit() const { return m_storageDir; }
    /// The editor of the setting key names (under any of its names), or nullptr.
    QWidget *editorFor(const QString &key) const;
    /// Shows the project's HA settings without editing the document.
    void refresh(const ClusterProject &project);

private:
    QLineEdit *addText(ConfigFormSection *section, const QString &label, const char *key,
                       QString HaSettings::*member);

    ProjectDocument *m_document;
    QComboBox *m_mode;
    struct Row
    {
        QLabel *label;
        QString title;
        QString key; ///< today's name of the key the row writes
    };
    QList<Row> m_rows;
    QLineEdit *m_quorum = nullptr;
    QLineEdit *m_pathRoot = nullptr;
    QLineEdit *m_clusterId = nullptr;
    QLineEdit *m_storageDir = nullptr;
};
