#include "MainWindow.h"

#include "ProjectFile.h"
#include "ProjectRenderer.h"
#include "ProjectValidator.h"

#include <QAction>
#include <QDockWidget>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHeaderView>
#include <QKeySequence>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTableWidget>
#include <QTreeWidget>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("FlinkDeck"));
    resize(1200, 760);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open…"));
    open->setShortcut(QKeySequence::Open);
    connect(open, &QAction::triggered, this, &MainWindow::openDialog);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    m_hosts = new QTableWidget(this);
    m_hosts->setColumnCount(5);
    m_hosts->setHorizontalHeaderLabels(
        {tr("Host"), tr("Address"), tr("JobManager"), tr("TaskManager"), tr("ZooKeeper")});
    m_hosts->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_hosts->verticalHeader()->hide();
    m_hosts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_hosts->setSelectionBehavior(QAbstractItemView::SelectRows);

    m_files = new QTreeWidget(this);
    m_files->setHeaderLabel(tr("Rendered files"));
    m_fileView = new QPlainTextEdit(this);
    m_fileView->setReadOnly(true);
    m_fileView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    connect(m_files, &QTreeWidget::currentItemChanged, this, &MainWindow::showFile);

    auto *filesSplit = new QSplitter(Qt::Horizontal, this);
    filesSplit->addWidget(m_files);
    filesSplit->addWidget(m_fileView);
    filesSplit->setStretchFactor(1, 3);
    filesSplit->setSizes({380, 820});

    auto *main = new QSplitter(Qt::Vertical, this);
    main->addWidget(m_hosts);
    main->addWidget(filesSplit);
    main->setStretchFactor(1, 2);
    main->setSizes({220, 420});
    setCentralWidget(main);

    m_diagnostics = new QTreeWidget(this);
    m_diagnostics->setRootIsDecorated(false);
    m_diagnostics->setHeaderLabels({tr("Severity"), tr("Where"), tr("Message"), tr("Suggestion")});
    m_diagnostics->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    auto *dock = new QDockWidget(tr("Diagnostics"), this);
    dock->setObjectName(QStringLiteral("diagnostics"));
    dock->setWidget(m_diagnostics);
    dock->setFeatures(QDockWidget::DockWidgetMovable);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    resizeDocks({dock}, {170}, Qt::Vertical);
    statusBar()->showMessage(tr("Open a cluster project (*.flinkdeck.yaml) to begin."));
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
    m_project = *loaded.project;
    m_path = path;
    showProject();
    return true;
}

void MainWindow::openDialog()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open cluster project"), {},
                                     tr("FlinkDeck projects (*.flinkdeck.yaml);;All files (*)"));
    if (!path.isEmpty()) {
        openProject(path);
    }
}

void MainWindow::showProject()
{
    setWindowTitle(tr("%1 — FlinkDeck").arg(m_project.name));
    m_hosts->setRowCount(static_cast<int>(m_project.hosts.size()));
    for (int row = 0; row < m_project.hosts.size(); ++row) {
        const Host &h = m_project.hosts[row];
        const auto set = [&](int column, const QString &text) {
            m_hosts->setItem(row, column, new QTableWidgetItem(text));
        };
        set(0, h.name);
        set(1, h.effectiveAddress());
        set(2, h.jobManager ? tr("JM :%1").arg(h.jobManager->webUiPort) : QString());
        set(3,
            h.taskManager ? tr("TM × %n slot(s)", nullptr, h.taskManager->taskSlots) : QString());
        set(4, h.zooKeeper ? tr("ZK #%1").arg(h.zooKeeper->id) : QString());
    }

    m_files->clear();
    QTreeWidgetItem *hostItem = nullptr;
    for (const RenderedFile &f : ProjectRenderer().render(m_project)) {
        if (!hostItem || hostItem->text(0) != f.host) {
            hostItem = new QTreeWidgetItem(m_files, {f.host});
            hostItem->setExpanded(true);
        }
        auto *item = new QTreeWidgetItem(hostItem, {f.path});
        item->setData(0, Qt::UserRole, f.content);
        item->setToolTip(0, f.path);
    }
    if (m_files->topLevelItemCount() > 0 && m_files->topLevelItem(0)->childCount() > 0) {
        m_files->setCurrentItem(m_files->topLevelItem(0)->child(0));
    }

    m_diagnostics->clear();
    const DiagnosticList diagnostics = ProjectValidator().validate(m_project, m_path);
    for (const Diagnostic &d : diagnostics) {
        auto *item = new QTreeWidgetItem(m_diagnostics);
        const QStyle::StandardPixmap icon =
            d.severity == Diagnostic::Severity::Error     ? QStyle::SP_MessageBoxCritical
            : d.severity == Diagnostic::Severity::Warning ? QStyle::SP_MessageBoxWarning
                                                          : QStyle::SP_MessageBoxInformation;
        item->setIcon(0, style()->standardIcon(icon));
        item->setText(0, d.severity == Diagnostic::Severity::Error     ? tr("Error")
                         : d.severity == Diagnostic::Severity::Warning ? tr("Warning")
                                                                       : tr("Info"));
        QString where = d.host.isEmpty() ? d.key : d.host;
        if (d.line > 0) {
            where = tr("%1 (line %2)").arg(where).arg(d.line);
        }
        item->setText(1, where);
        item->setText(2, d.message);
        item->setText(3, d.suggestion);
        item->setToolTip(2, d.message);
    }
    m_diagnostics->resizeColumnToContents(0);
    m_diagnostics->resizeColumnToContents(1);
    statusBar()->showMessage(
        tr("%1 — %n host(s)", nullptr, static_cast<int>(m_project.hosts.size())).arg(m_path));
}

void MainWindow::showFile()
{
    const QTreeWidgetItem *item = m_files->currentItem();
    m_fileView->setPlainText(item ? QString::fromUtf8(item->data(0, Qt::UserRole).toByteArray())
                                  : QString());
}
