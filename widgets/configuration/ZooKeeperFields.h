#pragma once

#include "ClusterProject.h"

#include <QObject>

#include <optional>

class ConfigFormSection;
class ProjectDocument;
class QLabel;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;

/// The ensemble-wide zoo.cfg timings, further zoo.cfg lines, and a read-only summary of the
/// ZooKeeper servers (their ids, ports and data folders are edited on each host).
class ZooKeeperFields final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ZooKeeperFields)
public:
    ZooKeeperFields(ProjectDocument *document, ConfigFormSection *section);

    QSpinBox *tickTimeBox() const { return m_tickTime; }
    QSpinBox *initLimitBox() const { return m_initLimit; }
    QSpinBox *syncLimitBox() const { return m_syncLimit; }
    QTableWidget *serverTable() const { return m_servers; }
    /// Further zoo.cfg lines (key=value), applied while the text parses.
    QPlainTextEdit *extraEdit() const { return m_extra; }
    /// The lines of text as key/value pairs; nullopt (and problem) for a bad line or a secret.
    static std::optional<QList<std::pair<QString, QString>>> parseExtra(const QString &text,
                                                                        QString *problem);
    /// Shows the project's ZooKeeper settings without editing the document.
    void refresh(const ClusterProject &project);

private:
    void extraEdited();
    QSpinBox *addSpin(ConfigFormSection *section, const QString &label, const QString &suffix,
                      const QString &help, int ZooKeeperSettings::*member);

    ProjectDocument *m_document;
    ConfigFormSection *m_section;
    QSpinBox *m_tickTime = nullptr;
    QSpinBox *m_initLimit = nullptr;
    QSpinBox *m_syncLimit = nullptr;
    QTableWidget *m_servers;
    QLabel *m_empty;
    QPlainTextEdit *m_extra = nullptr;
    QList<std::pair<QString, QString>> m_shownExtra; ///< what the text last matched
};
