#pragma once

#include <QWidget>

class ConfigurationView;
class DeployView;
class FilesView;
class ProjectDocument;
class QTabWidget;
class TopologyView;
struct Diagnostic;

/// Everything about one open project: the Topology, Configuration, Files and Deploy pages. A
/// Monitor page joins the same tab bar when it exists.
class ProjectView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectView)
public:
    enum class Page
    {
        Topology,
        Configuration,
        Files,
        Deploy
    };

    explicit ProjectView(ProjectDocument *document, QWidget *parent = nullptr);

    ProjectDocument *document() const { return m_document; }
    Page page() const;
    void setPage(Page page);
    /// Shows where a diagnostic points: the host's card, the key's field, or the file.
    void reveal(const Diagnostic &diagnostic);

    TopologyView *topologyView() const { return m_topology; }
    ConfigurationView *configurationView() const { return m_configuration; }
    FilesView *filesView() const { return m_files; }
    DeployView *deployView() const { return m_deploy; }

private:
    ProjectDocument *m_document;
    QTabWidget *m_pages = nullptr;
    TopologyView *m_topology = nullptr;
    ConfigurationView *m_configuration = nullptr;
    FilesView *m_files = nullptr;
    DeployView *m_deploy = nullptr;
};
