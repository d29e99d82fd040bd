// The Deploy page in a real window against three real sshd servers on loopback addresses:
// plan, look at the diff, confirm, apply, plan again, unknown host keys, cancel, and closing
// the project while a job waits for an answer. FLINKDECK_SCREENSHOT_DIR=dir saves PNGs there.
#include "CodeEditor.h"
#include "DeployBanner.h"
#include "DeployHostModel.h"
#include "DeployLog.h"
#include "DeployStepTree.h"
#include "DeployView.h"
#include "DiffHighlighter.h"
#include "DiffPane.h"
#include "HostKeyDialog.h"
#include "MainWindow.h"
#include "ProgressDelegate.h"
#include "ProjectDocument.h"
#include "ProjectFile.h"
#include "ProjectView.h"
#include "SshTestProject.h"
#include "SshdFixture.h"
#include "TestData.h"
#include "TestPalette.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QTimer>
#include <QTreeWidget>

#include <memory>

namespace {

bool writeLocal(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

/// Clicks a button of whatever modal dialog shows up, as a person would, while it runs.
class DialogAnswerer final
{
public:
    using Answer = std::function<void(QWidget *dialog)>;
    explicit DialogAnswerer(Answer answer)
        : m_answer(std::move(answer))
    {
        m_timer.setInterval(20);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
            if (QWidget *dialog = QApplication::activeModalWidget(); dialog && dialog != m_last) {
                m_last = dialog;
                ++m_count;
                m_answer(dialog);
            }
        });
        m_timer.start();
    }
    int count() const { return m_count; }

private:
    Answer m_answer;
    QTimer m_timer;
    QPointer<QWidget> m_last;
    int m_count = 0;
};

void clickConfirm(QWidget *dialog)
{
    auto *box = qobject_cast<QMessageBox *>(dialog);
    QVERIFY(box);
    auto *yes = box->findChild<QPushButton *>(QStringLiteral("confirmButton"));
    QVERIFY(yes);
    yes->click();
}

} // namespace

class TestDeployView final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SshdFixture> m_sshd;
    QString m_name;
    std::unique_ptr<MainWindow> m_window;
    ProjectView *m_view = nullptr;
    QTemporaryDir m_scratch;

    ClusterProject project(const QString &parallelism = QStringLiteral("2"),
                           const QString &knownHosts = {}) const
    {
        return SshTestProject::threeHosts(*m_sshd, m_name, 28181, 22281, parallelism, knownHosts);
    }

    QString conf(int host) const
    {
        return m_sshd->hostRoot(host) + QStringLiteral("/flink/conf/config.yaml");
    }

    DeployView *deploy() const { return m_view->deployView(); }
    template<typename T>
    T *child(const char *name) const
    {
        return deploy()->findChild<T *>(QString::fromLatin1(name));
    }
    QPushButton *button(const char *name) const { return child<QPushButton>(name); }
    QString cell(int row, int column) const
    {
        return deploy()->hostModel()->index(row, column).data().toString();
    }

    /// Opens project in the window's Deploy page.
    void open(const ClusterProject &p)
    {
        m_view = m_window->addProject(p, QString(), false);
        m_view->setPage(ProjectView::Page::Deploy);
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    /// Presses Plan and waits for the plan.
    void planAndWait()
    {
        QSignalSpy shown(deploy(), &DeployView::planShown);
        QVERIFY(button("planButton")->isEnabled());
        button("planButton")->click();
        QVERIFY(deploy()->isBusy());
        QVERIFY(shown.wait(60000));
        QVERIFY(deploy()->currentPlan().has_value());
    }

    /// Presses Apply, confirms, and waits for the job to end.
    void applyAndWait()
    {
        QSignalSpy finished(deploy(), &DeployView::jobFinished);
        DialogAnswerer confirm(clickConfirm);
        QVERIFY(button("applyButton")->isEnabled());
        button("applyButton")->click();
        QCOMPARE(confirm.count(), 1);
        QVERIFY(deploy()->isBusy());
        QVERIFY(finished.wait(60000));
        QVERIFY(deploy()->lastReport().has_value());
    }

    void screenshot(const QString &name) const
    {
        const QString dir = QString::fromLocal8Bit(qgetenv("FLINKDECK_SCREENSHOT_DIR"));
        if (dir.isEmpty()) {
            return;
        }
        QDir().mkpath(dir);
        for (int i = 0; i < 5; ++i) {
            QApplication::processEvents();
        }
        QVERIFY(m_window->grab().save(QDir(dir).filePath(name)));
    }

    /// The SHA256 fingerprint of host i's key as ssh-keygen -lf prints it, from the fixture's
    /// known_hosts file.
    QString expectedFingerprint(int i) const
    {
        const QByteArray prefix =
            QStringLiteral("[%1]:%2 ").arg(m_sshd->address(i)).arg(m_sshd->port()).toUtf8();
        for (const QByteArray &line : TestData::read(m_sshd->knownHostsFile()).split('\n')) {
            if (line.startsWith(prefix)) {
                const QByteArray key = QByteArray::fromBase64(line.split(' ').value(2));
                return QStringLiteral("SHA256:") +
                       QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256)
                                               .toBase64(QByteArray::OmitTrailingEquals));
            }
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString why = SshdFixture::unavailableReason();
        QVERIFY2(why.isEmpty(), qPrintable(why));
        m_sshd = std::make_unique<SshdFixture>(3, 51);
        QString error;
        QVERIFY2(m_sshd->start(&error), qPrintable(error));
        m_name = QStringLiteral("deployviewtest-%1").arg(QCoreApplication::applicationPid());
        // host1 already has a config, so its diff removes lines as well as adding them.
        QVERIFY(writeLocal(conf(0), "parallelism.default: 7\n"));
    }

    void cleanupTestCase()
    {
        QDir(QDir::homePath() + QStringLiteral("/.flinkdeck/backups/") + m_name)
            .removeRecursively();
    }

    void init()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->setInteractive(false);
        m_window->resize(1280, 800);
        m_window->show();
    }

    void cleanup()
    {
        m_window.reset();
        m_view = nullptr;
    }

    void emptyStateAndMenuAction()
    {
        m_view = m_window->addProject(project(), QString(), false);
        QAction *action = nullptr;
        for (QAction *a : m_window->findChildren<QAction *>()) {
            if (a->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_4)) {
                action = a;
            }
        }
        QVERIFY(action);
        QCOMPARE(action->text().remove(u'&'), QStringLiteral("Deploy"));
        action->trigger();
        QCOMPARE(m_view->page(), ProjectView::Page::Deploy);
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        auto *empty = child<QLabel>("emptyState");
        QVERIFY(empty->isVisible());
        QVERIFY(empty->text().contains(QLatin1String("Nothing changes until you Apply")));
        QVERIFY(button("planButton")->isEnabled());
        QVERIFY(!button("applyButton")->isEnabled());
        QVERIFY(!button("cancelButton")->isEnabled());
        // The batch size only means something for a rolling restart.
        QVERIFY(!child<QSpinBox>("batchSpin")->isVisible());
        deploy()->setAction(DeployPlan::Action::RollingRestart);
        QVERIFY(child<QSpinBox>("batchSpin")->isVisible());
        QCOMPARE(child<QSpinBox>("parallelSpin")->value(), 8);
        deploy()->setAction(DeployPlan::Action::Apply);
        screenshot(QStringLiteral("deploy-empty.png"));
    }

    void errorsBlockActionsThatChangeTheCluster()
    {
        open(project());
        QSignalSpy validated(m_view->document(), &ProjectDocument::diagnosticsChanged);
        HaSettings ha = m_view->document()->project().ha;
        ha.mode = HaSettings::Mode::None; // two JobManagers without HA: an error
        QVERIFY(m_view->document()->setHa(ha));
        QVERIFY(validated.wait(5000));
        QVERIFY(Diagnostics::hasErrors(m_view->document()->diagnostics()));
        auto *notice = child<QLabel>("notice");
        for (DeployPlan::Action a :
             {DeployPlan::Action::Apply, DeployPlan::Action::Start, DeployPlan::Action::Restart,
              DeployPlan::Action::RollingRestart}) {
            deploy()->setAction(a);
            QVERIFY(!button("planButton")->isEnabled());
            QVERIFY(notice->isVisible());
            QVERIFY(notice->text().contains(QLatin1String("errors")));
        }
        QVERIFY(!deploy()->plan());
        // Getting out of trouble never needs a valid project.
        for (DeployPlan::Action a :
             {DeployPlan::Action::Status, DeployPlan::Action::Stop, DeployPlan::Action::Rollback}) {
            deploy()->setAction(a);
            QVERIFY(button("planButton")->isEnabled());
            QVERIFY(!notice->isVisible());
        }
    }

    void planShowsHostsAndDiffs()
    {
        open(project());
        planAndWait();
        QVERIFY(!child<QLabel>("emptyState")->isVisible());
        auto *model = deploy()->hostModel();
        QCOMPARE(model->rowCount(), 3);
        // No Flink is installed on the test hosts: the Checks tab says so, host by host.
        auto *checks = child<QTreeWidget>("preflightList");
        QCOMPARE(checks->topLevelItemCount(), 3);
        QVERIFY(checks->topLevelItem(0)->isExpanded());
        bool flinkHomeFailed = false;
        for (int i = 0; i < checks->topLevelItem(0)->childCount(); ++i) {
            const QTreeWidgetItem *check = checks->topLevelItem(0)->child(i);
            flinkHomeFailed = flinkHomeFailed ||
                              (check->text(0).startsWith(QLatin1String("FLINK_HOME")) &&
                               check->text(1).contains(QLatin1String("bin/config.sh is missing")));
        }
        QVERIFY(flinkHomeFailed);
        auto *tabs = child<QTabWidget>("detailTabs");
        QVERIFY(tabs->tabText(tabs->indexOf(checks)).contains(QLatin1String("failed")));
        for (int row = 0; row < 3; ++row) {
            QCOMPARE(cell(row, DeployHostModel::HostColumn), QStringLiteral("host%1").arg(row + 1));
            QVERIFY2(cell(row, DeployHostModel::ChangesColumn).endsWith(QLatin1String(" files")),
                     qPrintable(cell(row, DeployHostModel::ChangesColumn)));
            QCOMPARE(cell(row, DeployHostModel::RunningColumn), QStringLiteral("nothing"));
            QVERIFY(cell(row, DeployHostModel::LoginColumn).contains(m_sshd->address(row)));
        }
        // host1's config is modified; its diff shows the old value going and the new coming.
        child<QTableView>("hostsTable")->setCurrentIndex(model->index(0, 0));
        auto *files = child<QTreeWidget>("fileList");
        QTreeWidgetItem *config = nullptr;
        for (int i = 0; i < files->topLevelItemCount(); ++i) {
            if (files->topLevelItem(i)->text(0) == conf(0)) {
                config = files->topLevelItem(i);
            }
        }
        QVERIFY(config);
        QCOMPARE(config->text(1), QStringLiteral("modified"));
        files->setCurrentItem(config);
        CodeEditor *diff = deploy()->diffPane()->editor();
        const QString text = diff->toPlainText();
        QVERIFY2(text.contains(QLatin1String("\n-parallelism.default: 7")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("\n+parallelism.default: 2")));
        QVERIFY(diff->isReadOnly());
        // Added and removed lines are coloured differently.
        const auto colourOf = [diff](const QString &prefix) {
            for (QTextBlock b = diff->document()->begin(); b.isValid(); b = b.next()) {
                if (b.text().startsWith(prefix) && !b.layout()->formats().isEmpty()) {
                    return b.layout()->formats().first().format.foreground().color();
                }
            }
            return QColor();
        };
        const QColor added = colourOf(QStringLiteral("+parallelism"));
        const QColor removed = colourOf(QStringLiteral("-parallelism"));
        QVERIFY(added.isValid() && removed.isValid());
        QCOMPARE(added, deploy()
                            ->diffPane()
                            ->highlighter()
                            ->format(DiffHighlighter::Role::Added)
                            .foreground()
                            .color());
        QVERIFY(added != removed);

        QVERIFY(button("applyButton")->isEnabled());
        QVERIFY2(
            deploy()->banner()->text().contains(QLatin1String("Nothing changes until you Apply")),
            qPrintable(deploy()->banner()->text()));
        // The test hosts have no Java and no Flink: preflight says so, in amber, before Apply.
        QCOMPARE(deploy()->banner()->tone(), DeployBanner::Tone::Warning);
        QVERIFY(deploy()->banner()->text().contains(QLatin1String("preflight checks failed")));
        QCOMPARE(deploy()->stepTree()->stepCount(), 3);
        // Planning changed nothing on the hosts.
        QCOMPARE(TestData::read(conf(0)), QByteArray("parallelism.default: 7\n"));
        screenshot(QStringLiteral("deploy-plan.png"));
        // On a dark palette the diff takes lighter colours, so it stays readable.
        m_window->setPalette(TestPalette::dark());
        const QColor darkAdded = deploy()
                                     ->diffPane()
                                     ->highlighter()
                                     ->format(DiffHighlighter::Role::Added)
                                     .foreground()
                                     .color();
        QVERIFY(darkAdded.lightnessF() > 0.5);
        QVERIFY(darkAdded != added);
        screenshot(QStringLiteral("deploy-plan-dark.png"));
        m_window->setPalette(QPalette());

        // An edit makes the plan stale: Apply waits for a new plan.
        QVERIFY(m_view->document()->setConfigValue(QStringLiteral("parallelism.default"),
                                                   QStringLiteral("9")));
        QVERIFY(!button("applyButton")->isEnabled());
        QVERIFY(child<QLabel>("notice")->isVisible());
        QVERIFY(child<QLabel>("notice")->text().contains(QLatin1String("changed")));
    }

    void applyWritesExactlyTheRenderedFiles()
    {
        const ClusterProject p = project();
        open(p);
        planAndWait();
        // Saying no to the confirmation changes nothing.
        {
            DialogAnswerer decline([](QWidget *dialog) {
                auto *box = qobject_cast<QMessageBox *>(dialog);
                QVERIFY(box);
                QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
                QVERIFY(box->text().contains(QLatin1String("3 steps on 3 hosts")));
                box->button(QMessageBox::Cancel)->click();
            });
            QVERIFY(!deploy()->apply());
            QCOMPARE(decline.count(), 1);
            QVERIFY(!deploy()->isBusy());
            QCOMPARE(TestData::read(conf(0)), QByteArray("parallelism.default: 7\n"));
        }
        applyAndWait();
        QVERIFY(deploy()->lastReport()->ok());
        for (const RenderedFile &f : ProjectRenderer().render(p)) {
            QCOMPARE(TestData::read(f.path), f.content);
        }
        QCOMPARE(deploy()->banner()->tone(), DeployBanner::Tone::Success);
        QVERIFY2(deploy()->banner()->text().startsWith(QLatin1String("Done in")),
                 qPrintable(deploy()->banner()->text()));
        QVERIFY(deploy()->banner()->text().contains(QLatin1String("on 3 hosts")));
        for (int row = 0; row < 3; ++row) {
            QCOMPARE(cell(row, DeployHostModel::StateColumn), QStringLiteral("succeeded ✓"));
            QCOMPARE(deploy()
                         ->hostModel()
                         ->index(row, DeployHostModel::ProgressColumn)
                         .data(ProgressDelegate::DoneRole)
                         .toInt(),
                     1);
        }
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(deploy()->stepTree()->stepState(i), DeployIcons::State::Done);
        }
        QVERIFY(deploy()->log()->view()->toPlainText().contains(QStringLiteral("[host2] ▶ write")));
        // The plan was used up: applying twice needs a new look at the hosts.
        QVERIFY(!button("applyButton")->isEnabled());
        screenshot(QStringLiteral("deploy-applied.png"));
        deploy()
            ->findChild<QTabWidget *>(QStringLiteral("detailTabs"))
            ->setCurrentWidget(deploy()->log());
        screenshot(QStringLiteral("deploy-log.png"));

        // Planning again finds nothing to do.
        planAndWait();
        for (int row = 0; row < 3; ++row) {
            QCOMPARE(cell(row, DeployHostModel::ChangesColumn), QStringLiteral("up to date"));
            QCOMPARE(cell(row, DeployHostModel::StateColumn), QStringLiteral("nothing to do"));
        }
        QVERIFY(!button("applyButton")->isEnabled());
        QVERIFY(deploy()->banner()->text().startsWith(QLatin1String("Nothing to do")));

        // Starting the cluster plans commands; the Steps tab shows them in monospace.
        deploy()->setAction(DeployPlan::Action::Start);
        QVERIFY(!button("applyButton")->isEnabled()); // the plan shown is for another action
        planAndWait();
        QVERIFY(button("applyButton")->isEnabled());
        auto *tree = deploy()->stepTree();
        QTreeWidgetItem *zooKeepers = tree->topLevelItem(0);
        QVERIFY(zooKeepers->text(0).contains(QLatin1String("ZooKeeper")));
        QTreeWidgetItem *start = zooKeepers->child(0);
        QVERIFY(start->text(0).contains(QLatin1String("host1")));
        QVERIFY(tree->command(0).contains(QLatin1String("zkServer.sh")));
        QTreeWidgetItem *command = start->child(0);
        QCOMPARE(command->text(0), tree->command(0));
        QVERIFY(QFontInfo(command->font(0)).fixedPitch());
        deploy()->findChild<QTabWidget *>(QStringLiteral("detailTabs"))->setCurrentWidget(tree);
        screenshot(QStringLiteral("deploy-start-plan.png"));
    }

    void unknownHostKeyShowsFingerprint()
    {
        const QString knownHosts = m_scratch.filePath(QStringLiteral("empty_known_hosts"));
        QVERIFY(writeLocal(knownHosts, {}));
        open(project(QStringLiteral("2"), knownHosts));
        child<QSpinBox>("parallelSpin")->setValue(1); // host1, host2, host3 in order
        QStringList fingerprints;
        DialogAnswerer answer([&](QWidget *dialog) {
            auto *keyDialog = qobject_cast<HostKeyDialog *>(dialog);
            QVERIFY(keyDialog);
            fingerprints << keyDialog->findChild<QLabel *>(QStringLiteral("fingerprint"))->text();
            QVERIFY(keyDialog->cancelButton()->isDefault());
            if (fingerprints.size() == 1) {
                const QString dir = QString::fromLocal8Bit(qgetenv("FLINKDECK_SCREENSHOT_DIR"));
                if (!dir.isEmpty()) {
                    keyDialog->grab().save(
                        QDir(dir).filePath(QStringLiteral("deploy-hostkey.png")));
                }
                keyDialog->trustButton()->click();
            } else {
                keyDialog->cancelButton()->click();
            }
        });
        planAndWait();
        QCOMPARE(answer.count(), 3);
        QCOMPARE(fingerprints, QStringList({expectedFingerprint(0), expectedFingerprint(1),
                                            expectedFingerprint(2)}));
        // Trusted: inspected, and remembered in the known hosts file.
        const DeployPlan &plan = *deploy()->currentPlan();
        QVERIFY(plan.hosts.at(0).problem.isEmpty());
        QCOMPARE(TestData::read(knownHosts).count('\n'), 1);
        // Refused: the host is reported with why.
        for (int row = 1; row < 3; ++row) {
            QCOMPARE(deploy()->hostModel()->state(QStringLiteral("host%1").arg(row + 1)),
                     DeployIcons::State::Attention);
            QCOMPARE(cell(row, DeployHostModel::StateColumn), QStringLiteral("cannot inspect"));
            const QString problem = cell(row, DeployHostModel::RunningColumn);
            QVERIFY2(problem.contains(QLatin1String("not accepted")), qPrintable(problem));
            QVERIFY(problem.contains(expectedFingerprint(row)));
        }
        QCOMPARE(deploy()->banner()->tone(), DeployBanner::Tone::Warning);
        QVERIFY(deploy()->banner()->text().contains(QLatin1String("Could not inspect host2")));
        screenshot(QStringLiteral("deploy-hostkey-refused.png"));
    }

    void cancelStopsAfterTheCurrentStep()
    {
        open(project(QStringLiteral("6")));
        child<QSpinBox>("parallelSpin")->setValue(1);
        planAndWait();
        // Hold the run after the first step until the test has pressed Cancel.
        QSemaphore proceed;
        struct Release
        {
            QSemaphore &s;
            ~Release() { s.release(100); }
        } release{proceed};
        connect(
            deploy()->engine(), &DeployEngine::stepFinished, this,
            [&](int index) {
                if (index == 0) {
                    proceed.acquire();
                }
            },
            Qt::DirectConnection);
        QSignalSpy finished(deploy(), &DeployView::jobFinished);
        {
            DialogAnswerer confirm(clickConfirm);
            button("applyButton")->click();
        }
        QVERIFY(deploy()->isBusy());
        QVERIFY(button("cancelButton")->isEnabled());
        QVERIFY(!button("planButton")->isEnabled());
        QVERIFY(!button("applyButton")->isEnabled());
        QVERIFY(!child<QComboBox>("actionCombo")->isEnabled());
        QTRY_COMPARE(deploy()->stepTree()->stepState(0), DeployIcons::State::Done);
        button("cancelButton")->click();
        QVERIFY(!button("cancelButton")->isEnabled());
        QCOMPARE(deploy()->banner()->text(), QStringLiteral("Cancelling after the current step…"));
        proceed.release();
        QVERIFY(finished.wait(60000));
        QVERIFY(deploy()->lastReport()->cancelled);
        QVERIFY2(deploy()->banner()->tone() == DeployBanner::Tone::Warning,
                 qPrintable(deploy()->banner()->text()));
        QVERIFY2(deploy()->banner()->text().startsWith(QLatin1String("Cancelled")),
                 qPrintable(deploy()->banner()->text()));
        QVERIFY(deploy()->banner()->text().contains(QLatin1String("succeeded on host1")));
        QCOMPARE(deploy()->hostModel()->state(QStringLiteral("host1")), DeployIcons::State::Done);
        QCOMPARE(deploy()->hostModel()->state(QStringLiteral("host3")),
                 DeployIcons::State::Skipped);
        QCOMPARE(deploy()->stepTree()->stepState(2), DeployIcons::State::Skipped);
        QVERIFY(TestData::read(conf(0)).contains("parallelism.default: 6"));
        QVERIFY(!TestData::read(conf(2)).contains("parallelism.default: 6"));
        QVERIFY(!button("cancelButton")->isEnabled());
        QVERIFY(button("planButton")->isEnabled());
        screenshot(QStringLiteral("deploy-cancelled.png"));
    }

    void closingTheProjectWhileAPromptWaitsDoesNotHang()
    {
        const QString knownHosts = m_scratch.filePath(QStringLiteral("other_known_hosts"));
        QVERIFY(writeLocal(knownHosts, {}));
        open(project(QStringLiteral("2"), knownHosts));
        QVERIFY(deploy()->plan());
        // Give the workers time to reach the host key question without letting this thread
        // answer it: the question waits in the event queue, as when the tab closes at once.
        QThread::sleep(2);
        QAction *close = nullptr;
        for (QAction *a : m_window->findChildren<QAction *>()) {
            if (a->text().remove(u'&') == QStringLiteral("Close Project")) {
                close = a;
            }
        }
        QVERIFY(close);
        QElapsedTimer clock;
        clock.start();
        close->trigger();
        QVERIFY2(clock.elapsed() < 20000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(m_window->views().size(), 0);
        QCOMPARE(TestData::read(knownHosts), QByteArray());
    }
};

int main(int argc, char *argv[])
{
    // Settings, recent files and recovery copies go to a folder of this run only.
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toLocal8Bit());
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("FlinkDeckTest"));
    QCoreApplication::setApplicationName(QStringLiteral("FlinkDeckDeployTest"));
    TestDeployView test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_deployview.moc"
