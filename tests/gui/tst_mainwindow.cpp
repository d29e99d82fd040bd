#include "ConfigurationView.h"
#include "DiagnosticsDock.h"
#include "MainWindow.h"
#include "MigrationDialog.h"
#include "ProjectDocument.h"
#include "ProjectFile.h"
#include "ProjectTemplates.h"
#include "ProjectView.h"
#include "RecoveryArea.h"
#include "RecoveryStore.h"
#include "RecoveryWriter.h"
#include "TestData.h"
#include "TopologyView.h"
#include "WelcomePage.h"

#include <QAction>
#include <QApplication>
#include <QCommandLinkButton>
#include <QDir>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

/// Whole-window flows: templates, tabs, undo across pages, save and reload, the diagnostics
/// dock, screenshots.
class TestMainWindow final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void designFromEmptyProject();
    void diagnosticsDockFollowsHaBreakage();
    void tabsShowStatusAndModified();
    void openSameFileTwiceSwitchesTab();
    void undoActionFollowsCurrentTab();
    void screenshotsOfEveryPage();
    void recoveryOffersUnsavedWork();
    void liveWorkOfAnotherWindowIsNotOffered();
    void discardedWorkLeavesNoCopy();
    void welcomePageWhenNothingIsOpen();

private:
    static QAction *findAction(QWidget *window, const QString &text);
    static int answerQuestions(MainWindow &window, QMessageBox::StandardButton button);
};

void TestMainWindow::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("FlinkDeckTest"));
    QCoreApplication::setApplicationName(QStringLiteral("FlinkDeckTest"));
    // main() pointed the settings and data folders at a fresh temporary folder.
    QVERIFY(RecoveryArea().root().startsWith(QString::fromLocal8Bit(qgetenv("XDG_DATA_HOME"))));
}

void TestMainWindow::init()
{
    // Each test starts without copies left by an earlier one.
    QDir(RecoveryArea().root()).removeRecursively();
}

QAction *TestMainWindow::findAction(QWidget *window, const QString &text)
{
    for (QAction *action : window->findChildren<QAction *>()) {
        if (action->text().remove(u'&').startsWith(text)) {
            return action;
        }
    }
    return nullptr;
}

void TestMainWindow::designFromEmptyProject()
{
    // The walk-through of docs/editor.md: seed 003 from an empty project, through the pages.
    QTemporaryDir dir;
    MainWindow window;
    window.setInteractive(false);
    ProjectView *view = window.newProject(QStringLiteral("empty"));
    ProjectDocument *doc = view->document();
    TopologyView *topology = view->topologyView();
    QStringList names;
    for (int i = 1; i <= 5; ++i) {
        const QString added = topology->addHost();
        const QString name = QStringLiteral("testhadoop%1").arg(i);
        QVERIFY(doc->renameHost(added, name));
        names.append(name);
    }
    const auto give = [topology](const QString &host, HostRole role) {
        topology->selectHost(host);
        topology->assignRoleToSelection(role);
    };
    give(names[0], HostRole::JobManager);
    give(names[1], HostRole::JobManager);
    for (int i = 2; i < 5; ++i) {
        give(names[i], HostRole::TaskManager);
    }
    give(names[0], HostRole::ZooKeeper);
    QCOMPARE(doc->project().jobManagers().size(), 2);
    QCOMPARE(doc->project().taskManagers().size(), 3);
    QCOMPARE(doc->project().derivedQuorum(), QStringLiteral("testhadoop1:2181"));

    ConfigurationView *configuration = view->configurationView();
    configuration->setMigrationPrompt(
        [](MigrationDialog &) { return MigrationDialog::Choice::Apply; });
    configuration->requestFlinkVersion(FlinkVersion(1, 7));
    QCOMPARE(doc->project().flinkVersion, FlinkVersion(1, 7));
    HaSettings ha;
    ha.mode = HaSettings::Mode::ZooKeeper;
    ha.pathRoot = QStringLiteral("/flink_test");
    ha.clusterId = QStringLiteral("cluster_test");
    ha.storageDir = QStringLiteral("hdfs:///flink_test/ha/");
    QVERIFY(doc->setHa(ha));
    QVERIFY(doc->setConfigValue(QStringLiteral("parallelism.default"), QStringLiteral("3")));

    const auto fileOf = [doc](const QString &host, RenderedFile::Kind kind) {
        for (const RenderedFile &f : doc->renderedFiles()) {
            if (f.host == host && f.kind == kind) {
                return f;
            }
        }
        return RenderedFile{};
    };
    const RenderedFile conf = fileOf(names[3], RenderedFile::Kind::FlinkConfig);
    QVERIFY(conf.path.endsWith(QStringLiteral("/conf/flink-conf.yaml"))); // 1.7: legacy file
    QVERIFY(conf.content.contains("parallelism.default: 3"));
    QVERIFY(conf.content.contains("high-availability.zookeeper.quorum: testhadoop1:2181"));
    QVERIFY(fileOf(names[3], RenderedFile::Kind::Workers).path.endsWith(QStringLiteral("/slaves")));
    QCOMPARE(fileOf(names[0], RenderedFile::Kind::Masters).content,
             QByteArray("testhadoop1:8081\ntesthadoop2:8081\n"));
    QVERIFY2(!Diagnostics::hasErrors(doc->diagnostics()),
             qPrintable(TestData::rules(doc->diagnostics()).join(u' ')));

    QAction *undo = findAction(&window, QStringLiteral("Undo"));
    QVERIFY(undo);
    QVERIFY(undo->isEnabled());
    undo->trigger();
    QVERIFY(!fileOf(names[3], RenderedFile::Kind::FlinkConfig)
                 .content.contains("parallelism.default: 3"));
    findAction(&window, QStringLiteral("Redo"))->trigger();

    QString error;
    const QString path = dir.filePath(QStringLiteral("testhadoop.flinkdeck.yaml"));
    QVERIFY2(doc->saveAs(path, &error), qPrintable(error));
    MainWindow second;
    second.setInteractive(false);
    QVERIFY(second.openProject(path));
    QCOMPARE(second.currentView()->document()->project(), doc->project());
}

void TestMainWindow::diagnosticsDockFollowsHaBreakage()
{
    MainWindow window;
    window.setInteractive(false);
    ProjectDocument *doc = window.newProject(QStringLiteral("ha"))->document();
    auto *dock = window.findChild<DiagnosticsDock *>();
    QVERIFY(dock);
    QVERIFY(!Diagnostics::hasErrors(dock->shown()));
    const qsizetype before = dock->shown().size();
    // Removing the second JobManager leaves HA with nothing to fail over to.
    QVERIFY(doc->removeRole(QStringLiteral("zk2"), HostRole::JobManager));
    QTRY_VERIFY(dock->shown().size() > before);
    QVERIFY(TestData::rules(dock->shown()).join(u' ').contains(QStringLiteral("jobmanager")));
    doc->undoStack()->undo();
    QTRY_COMPARE(dock->shown().size(), before);
}

void TestMainWindow::tabsShowStatusAndModified()
{
    MainWindow window;
    window.setInteractive(false);
    ProjectView *view = window.newProject(QStringLiteral("ha"));
    auto *tabs = window.findChild<QTabWidget *>();
    const int index = tabs->indexOf(view);
    QCOMPARE(tabs->tabText(index), QStringLiteral("flink-ha"));
    view->document()->addHost();
    QCOMPARE(tabs->tabText(index), QStringLiteral("flink-ha *"));
    QVERIFY(window.isWindowModified());
    view->document()->undoStack()->undo();
    QCOMPARE(tabs->tabText(index), QStringLiteral("flink-ha"));
    QVERIFY(!tabs->tabIcon(index).isNull());
}

void TestMainWindow::openSameFileTwiceSwitchesTab()
{
    MainWindow window;
    window.setInteractive(false);
    const QString path = TestData::sourcePath(
        QStringLiteral("resources/examples/seed003-testhadoop.flinkdeck.yaml"));
    QVERIFY(window.openProject(path));
    window.newProject(QStringLiteral("single"));
    QVERIFY(window.openProject(path));
    QCOMPARE(window.views().size(), 2);
    QCOMPARE(window.currentView()->document()->project().name, QStringLiteral("testhadoop"));
    QVERIFY(!window.openProject(TestData::path(QStringLiteral("no-such.flinkdeck.yaml"))));
    QCOMPARE(window.views().size(), 2);
}

void TestMainWindow::undoActionFollowsCurrentTab()
{
    MainWindow window;
    window.setInteractive(false);
    ProjectView *first = window.newProject(QStringLiteral("ha"));
    first->document()->addHost(QStringLiteral("only-in-first"));
    window.newProject(QStringLiteral("single"));
    QAction *undo = findAction(&window, QStringLiteral("Undo"));
    QVERIFY(!undo->isEnabled()); // the second project has no history yet
    window.findChild<QTabWidget *>()->setCurrentWidget(first);
    QVERIFY(undo->isEnabled());
    undo->trigger();
    QVERIFY(!first->document()->project().host(QStringLiteral("only-in-first")));
}

void TestMainWindow::screenshotsOfEveryPage()
{
    QTemporaryDir dir;
    MainWindow window;
    window.setInteractive(false);
    window.resize(1280, 800);
    window.newProject(QStringLiteral("ha"));
    window.show();
    QVERIFY(window.saveScreenshots(dir.path()));
    for (const char *name : {"topology.png", "configuration.png", "files.png", "deploy.png"}) {
        const QImage image(dir.filePath(QString::fromLatin1(name)));
        QVERIFY2(!image.isNull(), name);
        QCOMPARE(image.size(), window.size());
    }
}

int TestMainWindow::answerQuestions(MainWindow &window, QMessageBox::StandardButton button)
{
    int answered = 0;
    QTimer answer;
    answer.setInterval(20);
    connect(&answer, &QTimer::timeout, &window, [&answered, button] {
        // Answer like a user would, however many questions come.
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            ++answered;
            box->button(button)->click();
        }
    });
    answer.start();
    window.offerRecovery();
    return answered;
}

void TestMainWindow::recoveryOffersUnsavedWork()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("r.flinkdeck.yaml"));
    QString error;
    ClusterProject saved = ProjectTemplates::create(QStringLiteral("ha"));
    QVERIFY(ProjectFile::save(saved, path, &error));
    ClusterProject edited = saved;
    edited.hosts.append(Host{});
    edited.hosts.last().name = QStringLiteral("unsaved");
    // What a crashed session leaves behind: its own folder, no live owner.
    const QString crashed = RecoveryArea().root() + QStringLiteral("/crashed");
    QVERIFY(RecoveryStore(crashed).write(RecoveryStore::idFor(path), path, edited));

    // A non-interactive window (screenshots) neither asks nor takes the copies.
    {
        MainWindow quiet;
        quiet.setInteractive(false);
        quiet.offerRecovery();
        QCOMPARE(quiet.views().size(), 0);
        QCOMPARE(RecoveryStore(crashed).entries().size(), 1);
    }
    MainWindow window;
    QCOMPARE(answerQuestions(window, QMessageBox::Yes), 1);
    QCOMPARE(window.views().size(), 1);
    ProjectDocument *doc = window.currentView()->document();
    QCOMPARE(doc->path(), path);
    QVERIFY(doc->isModified());
    QVERIFY(doc->project().host(QStringLiteral("unsaved")));
    // The crashed session's folder is gone; the work is in this window's own store at once.
    QVERIFY(!QFileInfo::exists(crashed));
    const RecoveryStore own = window.recoveryArea()->ownStore();
    QCOMPARE(own.entries().size(), 1);
    QVERIFY(
        ProjectFile::load(own.entries().first().copyPath).project->host(QStringLiteral("unsaved")));
    // Undo returns to what is on disk, and then nothing is left to recover.
    doc->undoStack()->undo();
    QCOMPARE(doc->project(), saved);
    QVERIFY(own.entries().isEmpty());
    window.setInteractive(false);
}

void TestMainWindow::liveWorkOfAnotherWindowIsNotOffered()
{
    MainWindow first;
    first.setInteractive(false);
    ProjectDocument *doc = first.newProject(QStringLiteral("ha"))->document();
    doc->addHost(QStringLiteral("live"));
    doc->findChild<RecoveryWriter *>()->flush();
    QCOMPARE(first.recoveryArea()->ownStore().entries().size(), 1);
    MainWindow second;
    QCOMPARE(answerQuestions(second, QMessageBox::Discard), 0);
    QCOMPARE(first.recoveryArea()->ownStore().entries().size(), 1);
    second.setInteractive(false);
}

void TestMainWindow::discardedWorkLeavesNoCopy()
{
    MainWindow window;
    ProjectDocument *doc = window.newProject(QStringLiteral("ha"))->document();
    doc->addHost(QStringLiteral("temporary"));
    doc->findChild<RecoveryWriter *>()->flush();
    const RecoveryStore own = window.recoveryArea()->ownStore();
    QCOMPARE(own.entries().size(), 1);
    QTimer::singleShot(0, &window, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            box->button(QMessageBox::Discard)->click();
        }
    });
    QAction *close = findAction(&window, QStringLiteral("Close Project"));
    close->trigger();
    QCOMPARE(window.views().size(), 0);
    QVERIFY(own.entries().isEmpty());
}

void TestMainWindow::welcomePageWhenNothingIsOpen()
{
    MainWindow window;
    window.setInteractive(false);
    auto *welcome = window.findChild<WelcomePage *>();
    QVERIFY(welcome);
    QVERIFY(welcome->isVisibleTo(&window));
    // Each template is one click away.
    QList<QCommandLinkButton *> templates = welcome->findChildren<QCommandLinkButton *>();
    QCOMPARE(templates.size(), ProjectTemplates::all().size());
    templates.at(2)->click();
    QCOMPARE(window.views().size(), 1);
    QVERIFY(!welcome->isVisibleTo(&window));
    QAction *close = findAction(&window, QStringLiteral("Close Project"));
    QVERIFY(close);
    close->trigger();
    QCOMPARE(window.views().size(), 0);
    QVERIFY(welcome->isVisibleTo(&window));
}

int main(int argc, char *argv[])
{
    // Settings, recent files and recovery copies go to a folder of this run only.
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toLocal8Bit());
    QApplication app(argc, argv);
    TestMainWindow test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_mainwindow.moc"
