#pragma once

#include "RecoveryStore.h"

#include <QMainWindow>

#include <memory>

class DiagnosticsDock;
class ProjectDocument;
class ProjectView;
class QAction;
class QTabWidget;
class QUndoGroup;
class QStackedWidget;
class RecentFilesMenu;
class RecoveryArea;
class WelcomePage;
struct ClusterProject;

/// One window holding every open cluster project as a tab, with the File, Edit and View menus
/// and the diagnostics dock for the current project.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a cluster project in a new tab (or switches to it when open); on failure shows why.
    bool openProject(const QString &path);
    /// Opens a new, unsaved project from a template (see ProjectTemplates).
    ProjectView *newProject(const QString &templateId);
    /// Opens a project built elsewhere in a new tab; modified: it is unsaved content for the file
    /// at path (a recovery copy), so the tab starts with one undoable change.
    ProjectView *addProject(const ClusterProject &project, const QString &path, bool modified);
    ProjectView *currentView() const;
    QList<ProjectView *> views() const;
    /// Saves the current project (asking for a file name when it has none).
    bool saveCurrent();
    /// Saves every page of the current project as DIR/<page>.png (DIR/welcome.png when none is
    /// open).
    bool saveScreenshots(const QString &dir);
    /// Offers to restore recovery copies left by runs that did not end cleanly (never those of
    /// a FlinkDeck still running). Asks nothing, and takes nothing, when not interactive.
    void offerRecovery();
    /// Where this window keeps recovery copies.
    RecoveryArea *recoveryArea() const { return m_recovery.get(); }
    /// When false, no question is asked (screenshots and tests); unsaved changes are kept as
    /// recovery copies.
    void setInteractive(bool interactive) { m_interactive = interactive; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    ProjectView *addDocument(ProjectDocument *document);
    void currentChanged();
    void updateTab(ProjectView *view);
    void updateTabStatus(ProjectView *view);
    bool maybeSave(ProjectView *view);
    bool closeTab(int index);
    bool saveAs(ProjectView *view);
    void newDialog();
    void openDialog();
    void importDialog();
    void exportDialog();
    void about();
    void offerRecoveryOf(RecoveryStore store, const RecoveryStore::Entry &entry);

    QStackedWidget *m_stack = nullptr;
    WelcomePage *m_welcome = nullptr;
    QTabWidget *m_tabs = nullptr;
    DiagnosticsDock *m_diagnostics = nullptr;
    QUndoGroup *m_undoGroup = nullptr;
    RecentFilesMenu *m_recent = nullptr;
    QList<QAction *> m_documentActions; ///< enabled only while a project is open
    QList<QAction *> m_pageActions;
    bool m_interactive = true;
    std::unique_ptr<RecoveryArea> m_recovery; ///< this window's recovery copies, locked
};
