#pragma once

#include "FlinkVersion.h"

#include <QList>
#include <QObject>

class ClusterProject;
class ConfigFormSection;
class ProjectDocument;
class QComboBox;
class QLabel;

/// The Flink version and the configuration file style rows of "Cluster basics".
class ClusterBasicsFields final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClusterBasicsFields)
public:
    ClusterBasicsFields(ProjectDocument *document, ConfigFormSection *section);

    /// Every release the version box offers, oldest first.
    static QList<FlinkVersion> knownVersions();
    QComboBox *versionBox() const { return m_version; }
    QComboBox *styleBox() const { return m_style; }
    /// Shows the project's version and style without editing the document.
    void refresh(const ClusterProject &project);

Q_SIGNALS:
    /// The user picked another version; the view decides whether keys migrate first.
    void versionRequested(const FlinkVersion &version);

private:
    ProjectDocument *m_document;
    QComboBox *m_version;
    QComboBox *m_style;
    QLabel *m_fileNote;
};
