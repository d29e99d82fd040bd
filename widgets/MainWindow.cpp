#include "MainWindow.h"

#include "DiagnosticsDock.h"
#include "ProjectDocument.h"
#include "ProjectFile.h"
#include "ProjectView.h"

#include <QMessageBox>
#include <QTabWidget>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    m_tabs = new QTabWidget(this);
    setCentralWidget(m_tabs);
    m_diagnostics = new DiagnosticsDock(this);
    addDockWidget(Qt::BottomDockWidgetArea, m_diagnostics);
    resize(1280, 800);
}

ProjectView *MainWindow::currentView() const
{
    return qobject_cast<ProjectView *>(m_tabs->currentWidget());
}

ProjectView *MainWindow::addDocument(ProjectDocument *document)
{
    auto *view = new ProjectView(document, m_tabs);
    document->setParent(view);
    m_tabs->setCurrentIndex(m_tabs->addTab(view, document->displayName()));
    m_diagnostics->setDocument(document);
    return view;
}

bool MainWindow::openProject(const QString &path)
{
    const ProjectFile::LoadResult loaded = ProjectFile::load(path);
    if (!loaded.project) {
        QStringList lines;
        for (const Diagnostic &d : loaded.diagnostics) {
            lines.append(d.toText());
        }
        QMessageBox::warning(this, tr("Cannot open project"), lines.join(QLatin1Char('\n')));
        return false;
    }
    addDocument(new ProjectDocument(*loaded.project, path));
    return true;
}
