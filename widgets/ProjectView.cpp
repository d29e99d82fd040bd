#include "ProjectView.h"

#include "ConfigurationView.h"
#include "DeployView.h"
#include "Diagnostic.h"
#include "FilesView.h"
#include "ProjectDocument.h"
#include "TopologyView.h"

#include <QTabWidget>
#include <QVBoxLayout>

ProjectView::ProjectView(ProjectDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_pages = new QTabWidget(this);
    m_pages->setDocumentMode(true);
    m_topology = new TopologyView(document, m_pages);
    m_configuration = new ConfigurationView(document, m_pages);
    m_files = new FilesView(document, m_pages);
    m_deploy = new DeployView(document, m_pages);
    m_pages->addTab(m_topology, tr("&Topology"));
    m_pages->addTab(m_configuration, tr("&Configuration"));
    m_pages->addTab(m_files, tr("&Files"));
    m_pages->addTab(m_deploy, tr("&Deploy"));
    layout->addWidget(m_pages);
}

ProjectView::Page ProjectView::page() const
{
    return static_cast<Page>(m_pages->currentIndex());
}

void ProjectView::setPage(Page page)
{
    m_pages->setCurrentIndex(static_cast<int>(page));
}

void ProjectView::reveal(const Diagnostic &diagnostic)
{
    // A finding about one host points at its card; a project-wide key at its field.
    if (!diagnostic.host.isEmpty()) {
        setPage(Page::Topology);
        m_topology->selectHost(diagnostic.host);
        return;
    }
    if (!diagnostic.key.isEmpty()) {
        const Page previous = page();
        setPage(Page::Configuration);
        if (!m_configuration->focusKey(diagnostic.key)) {
            setPage(previous);
        }
    }
}
