#pragma once

#include <QMainWindow>

class DiagnosticsDock;
class ProjectDocument;
class ProjectView;
class QTabWidget;

/// One window holding every open cluster project as a tab.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    explicit MainWindow(QWidget *parent = nullptr);

    /// Opens a cluster project in a new tab; on failure shows why.
    bool openProject(const QString &path);
    ProjectView *currentView() const;

private:
    ProjectView *addDocument(ProjectDocument *document);

    QTabWidget *m_tabs = nullptr;
    DiagnosticsDock *m_diagnostics = nullptr;
};
