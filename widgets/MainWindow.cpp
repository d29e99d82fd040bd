#include "MainWindow.h"

#include "ConfImporter.h"
#include "DiagnosticsDock.h"
#include "LanguageMenu.h"
#include "NewProjectDialog.h"
#include "ProjectDocument.h"
#include "ProjectFile.h"
#include "ProjectTemplates.h"
#include "ProjectView.h"
#include "RecentFilesMenu.h"
#include "RecoveryArea.h"
#include "RecoveryWriter.h"
#include "RenderedFileExport.h"
#include "StatusIcons.h"
#include "WelcomePage.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QUndoGroup>

namespace {
QString projectFilter()
{
    return MainWindow::tr("FlinkDeck projects (*.flinkdeck.yaml);;YAML files (*.yaml *.yml);;All "
                          "files (*)");
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("FlinkDeck"));
    m_recovery = std::make_unique<RecoveryArea>();
    m_undoGroup = new QUndoGroup(this);
    m_stack = new QStackedWidget(this);
    m_welcome = new WelcomePage(m_stack);
    m_tabs = new QTabWidget(m_stack);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setDocumentMode(true);
    m_stack->addWidget(m_welcome);
    m_stack->addWidget(m_tabs);
    setCentralWidget(m_stack);
    setAcceptDrops(true);
    connect(m_welcome, &WelcomePage::templateChosen, this, &MainWindow::newProject);
    connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::openDialog);
    connect(m_welcome, &WelcomePage::importRequested, this, &MainWindow::importDialog);
    connect(m_welcome, &WelcomePage::recentChosen, this, &MainWindow::openProject);
    m_diagnostics = new DiagnosticsDock(this);
    addDockWidget(Qt::BottomDockWidgetArea, m_diagnostics);
    connect(m_diagnostics, &DiagnosticsDock::activated, this, [this](const Diagnostic &d) {
        if (ProjectView *view = currentView()) {
            view->reveal(d);
        }
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::currentChanged);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeTab);
    createActions();
    statusBar()->showMessage(tr("Open a project or create one from a template (File ▸ New)."));

    const QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        resize(1280, 800);
    }
    if (!restoreState(settings.value(QStringLiteral("window/state")).toByteArray())) {
        // The pages need the room; the findings list shows a handful of rows at first.
        // Docks take their size once the window is laid out, so this waits for the event loop.
        QTimer::singleShot(0, this, [this] { resizeDocks({m_diagnostics}, {150}, Qt::Vertical); });
    }
    currentChanged();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction = file->addAction(tr("&New…"), this, &MainWindow::newDialog);
    newAction->setShortcut(QKeySequence::New);
    QMenu *fromTemplate = file->addMenu(tr("New from &Template"));
    for (const ProjectTemplates::Template &t : ProjectTemplates::all()) {
        QAction *action = fromTemplate->addAction(t.title);
        action->setToolTip(t.description);
        connect(action, &QAction::triggered, this, [this, id = t.id] { newProject(id); });
    }
    QAction *open = file->addAction(tr("&Open…"), this, &MainWindow::openDialog);
    open->setShortcut(QKeySequence::Open);
    m_recent = new RecentFilesMenu(file);
    file->addMenu(m_recent);
    m_welcome->setRecentFiles(m_recent->files());
    connect(m_recent, &RecentFilesMenu::changed, m_welcome, &WelcomePage::setRecentFiles);
    connect(m_recent, &RecentFilesMenu::fileChosen, this, &MainWindow::openProject);
    file->addSeparator();
    QAction *save = file->addAction(tr("&Save"), this, &MainWindow::saveCurrent);
    save->setShortcut(QKeySequence::Save);
    QAction *saveAsAction = file->addAction(tr("Save &As…"), this, [this] {
        if (ProjectView *view = currentView()) {
            saveAs(view);
        }
    });
    saveAsAction->setShortcut(QKeySequence::SaveAs);
    file->addSeparator();
    QAction *import =
        file->addAction(tr("&Import conf Directory…"), this, &MainWindow::importDialog);
    import->setShortcut(QKeySequence(tr("Ctrl+I")));
    QAction *exportAction =
        file->addAction(tr("&Export Rendered Files…"), this, &MainWindow::exportDialog);
    exportAction->setShortcut(QKeySequence(tr("Ctrl+E")));
    file->addSeparator();
    QAction *close =
        file->addAction(tr("&Close Project"), this, [this] { closeTab(m_tabs->currentIndex()); });
    close->setShortcut(QKeySequence::Close);
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    m_documentActions = {save, saveAsAction, exportAction, close};

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    const QList<std::pair<QString, ProjectView::Page>> pages{
        {tr("&Topology"), ProjectView::Page::Topology},
        {tr("&Configuration"), ProjectView::Page::Configuration},
        {tr("&Files"), ProjectView::Page::Files},
        {tr("De&ploy"), ProjectView::Page::Deploy},
    };
    int number = 1;
    for (const auto &[title, page] : pages) {
        QAction *action = view->addAction(title, this, [this, page] {
            if (ProjectView *v = currentView()) {
                v->setPage(page);
            }
        });
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_0 + number++)));
        m_pageActions.append(action);
    }
    view->addSeparator();
    QAction *diagnostics = view->addAction(tr("Show &Diagnostics"), this, [this] {
        m_diagnostics->show();
        m_diagnostics->raise();
        m_diagnostics->widget()->setFocus();
    });
    diagnostics->setShortcut(QKeySequence(tr("Ctrl+D")));
    view->addSeparator();
    view->addMenu(new LanguageMenu(view));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About FlinkDeck"), this, &MainWindow::about);
}

ProjectView *MainWindow::currentView() const
{
    return qobject_cast<ProjectView *>(m_tabs->currentWidget());
}

QList<ProjectView *> MainWindow::views() const
{
    QList<ProjectView *> out;
    for (int i = 0; i < m_tabs->count(); ++i) {
        out.append(qobject_cast<ProjectView *>(m_tabs->widget(i)));
    }
    return out;
}

ProjectView *MainWindow::addDocument(ProjectDocument *document)
{
    auto *view = new ProjectView(document, m_tabs);
    document->setParent(view);
    new RecoveryWriter(document, m_recovery->ownStore());
    m_undoGroup->addStack(document->undoStack());
    // The dot waits for the (debounced) validation; title and "*" follow every edit at once.
    connect(document, &ProjectDocument::diagnosticsChanged, view,
            [this, view] { updateTabStatus(view); });
    connect(document, &ProjectDocument::modifiedChanged, view, [this, view] { updateTab(view); });
    connect(document, &ProjectDocument::pathChanged, view, [this, view] { updateTab(view); });
    connect(document, &ProjectDocument::changed, view, [this, view] { updateTab(view); });
    const int index = m_tabs->addTab(view, QString());
    updateTab(view);
    updateTabStatus(view);
    m_tabs->setCurrentIndex(index);
    return view;
}

void MainWindow::updateTab(ProjectView *view)
{
    const int index = m_tabs->indexOf(view);
    if (index < 0) {
        return;
    }
    ProjectDocument *document = view->document();
    m_tabs->setTabText(index, document->displayName() +
                                  (document->isModified() ? QStringLiteral(" *") : QString()));
    m_tabs->setTabToolTip(index, document->path().isEmpty()
                                     ? tr("Not saved yet")
                                     : QDir::toNativeSeparators(document->path()));
    if (view == currentView()) {
        setWindowTitle(tr("%1[*] — FlinkDeck").arg(document->displayName()));
        setWindowModified(document->isModified());
    }
}

void MainWindow::updateTabStatus(ProjectView *view)
{
    if (const int index = m_tabs->indexOf(view); index >= 0) {
        m_tabs->setTabIcon(index, StatusIcons::dot(view->document()->worstSeverity()));
    }
}

void MainWindow::currentChanged()
{
    ProjectView *view = currentView();
    m_stack->setCurrentWidget(view ? static_cast<QWidget *>(m_tabs) : m_welcome);
    m_diagnostics->setDocument(view ? view->document() : nullptr);
    m_undoGroup->setActiveStack(view ? view->document()->undoStack() : nullptr);
    for (QAction *action : std::as_const(m_documentActions) + m_pageActions) {
        action->setEnabled(view != nullptr);
    }
    if (view) {
        updateTab(view);
    } else {
        setWindowTitle(tr("FlinkDeck"));
        setWindowModified(false);
    }
}

bool MainWindow::openProject(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    for (ProjectView *view : views()) {
        if (QFileInfo(view->document()->path()).absoluteFilePath() == absolute) {
            m_tabs->setCurrentWidget(view);
            return true;
        }
    }
    const ProjectFile::LoadResult loaded = ProjectFile::load(path);
    if (!loaded.project) {
        QStringList lines;
        for (const Diagnostic &d : loaded.diagnostics) {
            lines.append(d.toText());
        }
        if (m_interactive) {
            QMessageBox::warning(this, tr("Cannot open project"),
                                 tr("%1 cannot be opened:\n\n%2")
                                     .arg(QDir::toNativeSeparators(path), lines.join(u'\n')));
        }
        statusBar()->showMessage(tr("Cannot open %1").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    addDocument(new ProjectDocument(*loaded.project, absolute));
    m_recent->add(absolute);
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(absolute)), 5000);
    return true;
}

ProjectView *MainWindow::newProject(const QString &templateId)
{
    return addProject(ProjectTemplates::create(templateId), QString(), false);
}

ProjectView *MainWindow::addProject(const ClusterProject &project, const QString &path,
                                    bool modified)
{
    if (!modified) {
        return addDocument(new ProjectDocument(project, path));
    }
    // Recovered content arrives as one edit on top of the saved file, so the tab shows unsaved
    // changes and Undo returns to what is on disk.
    ClusterProject saved;
    if (!path.isEmpty()) {
        saved = ProjectFile::load(path).project.value_or(ClusterProject{});
    }
    auto *document = new ProjectDocument(saved, path);
    document->replaceProject(tr("Recover unsaved changes"), project);
    ProjectView *view = addDocument(document);
    // Until the next edit this copy is the only one: keep it on disk at once.
    document->findChild<RecoveryWriter *>()->flush();
    return view;
}

void MainWindow::newDialog()
{
    NewProjectDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted) {
        newProject(dialog.templateId());
    }
}

void MainWindow::openDialog()
{
    QSettings settings;
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Open Cluster Project"),
        settings.value(QStringLiteral("files/lastDir")).toString(), projectFilter());
    for (const QString &path : paths) {
        settings.setValue(QStringLiteral("files/lastDir"), QFileInfo(path).absolutePath());
        openProject(path);
    }
}

bool MainWindow::saveCurrent()
{
    ProjectView *view = currentView();
    if (!view) {
        return false;
    }
    if (view->document()->path().isEmpty()) {
        return saveAs(view);
    }
    QString error;
    if (!view->document()->save(&error)) {
        QMessageBox::critical(this, tr("Save failed"), error);
        return false;
    }
    m_recent->add(view->document()->path());
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(view->document()->path())),
                             5000);
    return true;
}

bool MainWindow::saveAs(ProjectView *view)
{
    QSettings settings;
    QString suggested = view->document()->path();
    if (suggested.isEmpty()) {
        suggested =
            QDir(settings.value(QStringLiteral("files/lastDir"), QDir::homePath()).toString())
                .filePath(view->document()->displayName() + QStringLiteral(".flinkdeck.yaml"));
    }
    QString path =
        QFileDialog::getSaveFileName(this, tr("Save Cluster Project"), suggested, projectFilter());
    if (path.isEmpty()) {
        return false;
    }
    if (!path.endsWith(QStringLiteral(".yaml")) && !path.endsWith(QStringLiteral(".yml"))) {
        path += QStringLiteral(".flinkdeck.yaml");
        // The dialog asked about the name without the suffix; ask about this one.
        if (QFileInfo::exists(path) &&
            QMessageBox::question(
                this, tr("Replace file?"),
                tr("%1 already exists. Replace it?").arg(QDir::toNativeSeparators(path))) !=
                QMessageBox::Yes) {
            return false;
        }
    }
    QString error;
    if (!view->document()->saveAs(path, &error)) {
        QMessageBox::critical(this, tr("Save failed"), error);
        return false;
    }
    settings.setValue(QStringLiteral("files/lastDir"), QFileInfo(path).absolutePath());
    m_recent->add(path);
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

bool MainWindow::maybeSave(ProjectView *view)
{
    if (!view->document()->isModified() || !m_interactive) {
        return true;
    }
    m_tabs->setCurrentWidget(view);
    const auto answer = QMessageBox::warning(
        this, tr("Unsaved changes"),
        tr("The project \"%1\" has unsaved changes. Save them?")
            .arg(view->document()->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save) {
        return saveCurrent();
    }
    return answer == QMessageBox::Discard;
}

bool MainWindow::closeTab(int index)
{
    auto *view = qobject_cast<ProjectView *>(m_tabs->widget(index));
    if (!view || !maybeSave(view)) {
        return false;
    }
    // The user saved or discarded; a window that asks nothing keeps unsaved work recoverable.
    auto *writer = view->document()->findChild<RecoveryWriter *>();
    if (m_interactive || !view->document()->isModified()) {
        writer->discard();
    } else {
        writer->flush(); // the last seconds of edits too
    }
    m_undoGroup->removeStack(view->document()->undoStack());
    m_tabs->removeTab(index);
    delete view;
    return true;
}

void MainWindow::importDialog()
{
    const QString dir = QFileDialog::getExistingDirectory(
        this, tr("Import a Flink conf Directory"),
        QSettings().value(QStringLiteral("files/lastDir")).toString());
    if (dir.isEmpty()) {
        return;
    }
    const ConfImporter::Result result = ConfImporter::import(dir);
    if (!result.project) {
        QStringList lines;
        for (const Diagnostic &d : result.diagnostics) {
            lines.append(d.toText());
        }
        QMessageBox::warning(this, tr("Import failed"), lines.join(u'\n'));
        return;
    }
    addProject(*result.project, QString(), false);
    statusBar()->showMessage(tr("Imported %1 (findings in its files: %2)")
                                 .arg(QDir::toNativeSeparators(dir))
                                 .arg(result.diagnostics.size()),
                             8000);
}

void MainWindow::exportDialog()
{
    ProjectView *view = currentView();
    if (!view) {
        return;
    }
    const QString dir = QFileDialog::getExistingDirectory(
        this, tr("Export Rendered Files To"),
        QSettings().value(QStringLiteral("files/lastDir")).toString());
    if (dir.isEmpty()) {
        return;
    }
    QStringList written;
    QString error;
    if (!RenderedFileExport::write(view->document()->renderedFiles(), dir, &written, &error)) {
        QMessageBox::critical(this, tr("Export failed"), error);
        return;
    }
    statusBar()->showMessage(
        tr("Files written under %1: %2").arg(QDir::toNativeSeparators(dir)).arg(written.size()),
        8000);
}

void MainWindow::offerRecovery()
{
    if (!m_interactive) {
        return;
    }
    for (const RecoveryStore &store : m_recovery->orphanedStores()) {
        for (const RecoveryStore::Entry &entry : store.entries()) {
            offerRecoveryOf(store, entry);
        }
        m_recovery->release(store);
    }
}

void MainWindow::offerRecoveryOf(RecoveryStore store, const RecoveryStore::Entry &entry)
{
    const ProjectFile::LoadResult loaded = ProjectFile::load(entry.copyPath);
    if (!loaded.project) {
        // Never delete what cannot be read: it stays for a person to look at.
        statusBar()->showMessage(tr("A recovery copy cannot be read and was left at %1")
                                     .arg(QDir::toNativeSeparators(entry.copyPath)));
        return;
    }
    const QString name = entry.originalPath.isEmpty()
                             ? loaded.project->name
                             : QDir::toNativeSeparators(entry.originalPath);
    const auto answer = QMessageBox::question(
        this, tr("Recover unsaved changes"),
        tr("FlinkDeck did not close cleanly. Unsaved changes to \"%1\" from %2 were kept. "
           "Recover them?")
            .arg(name, QLocale().toString(entry.written.toLocalTime(), QLocale::ShortFormat)),
        QMessageBox::Yes | QMessageBox::Discard, QMessageBox::Yes);
    if (answer != QMessageBox::Yes && answer != QMessageBox::Discard) {
        return;
    }
    if (answer == QMessageBox::Yes) {
        ProjectView *open = nullptr;
        for (ProjectView *view : views()) {
            if (!entry.originalPath.isEmpty() && view->document()->path() == entry.originalPath) {
                open = view;
            }
        }
        if (open) {
            // Already open (from the command line): the recovered content becomes an edit.
            open->document()->replaceProject(tr("Recover unsaved changes"), *loaded.project);
            open->document()->findChild<RecoveryWriter *>()->flush();
            m_tabs->setCurrentWidget(open);
        } else {
            addProject(*loaded.project, entry.originalPath, true);
        }
    }
    // Recovered work now lives in this instance's own store; discarded work is gone.
    store.remove(entry.id);
}

bool MainWindow::saveScreenshots(const QString &dir)
{
    ProjectView *view = currentView();
    if (!QDir().mkpath(dir)) {
        return false;
    }
    if (!view) {
        QApplication::processEvents();
        return grab().save(QDir(dir).filePath(QStringLiteral("welcome.png")));
    }
    const QList<std::pair<ProjectView::Page, QString>> pages{
        {ProjectView::Page::Topology, QStringLiteral("topology.png")},
        {ProjectView::Page::Configuration, QStringLiteral("configuration.png")},
        {ProjectView::Page::Files, QStringLiteral("files.png")},
        {ProjectView::Page::Deploy, QStringLiteral("deploy.png")},
    };
    bool ok = true;
    for (const auto &[page, name] : pages) {
        view->setPage(page);
        // Let layouts settle and the page paint once, as a user would see it.
        for (int i = 0; i < 5; ++i) {
            QApplication::processEvents();
        }
        ok = grab().save(QDir(dir).filePath(name)) && ok;
    }
    view->setPage(ProjectView::Page::Topology);
    return ok;
}

void MainWindow::about()
{
    QMessageBox::about(
        this, tr("About FlinkDeck"),
        tr("<h3>FlinkDeck %1</h3><p>Design, deploy and watch Apache Flink standalone "
           "clusters with high availability.</p>")
            .arg(QApplication::applicationVersion()));
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls()) {
        event->acceptProposedAction();
    }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    // Project files dropped on the window open as tabs.
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile()) {
            openProject(url.toLocalFile());
        }
    }
    event->acceptProposedAction();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    while (m_tabs->count() > 0) {
        if (!closeTab(m_tabs->currentIndex())) {
            event->ignore();
            return;
        }
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}
