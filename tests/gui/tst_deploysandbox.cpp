// The Deploy page against the real sandbox cluster (ZooKeeper quorum, two JobManagers, a
// TaskManager, a checkpointing job): status, rolling restart, stop and start, all through the
// page as a person would. tests/integration/test_sandbox.py runs it while the sandbox is up
// and passes the project in FLINKDECK_SANDBOX_PROJECT.
#include "DeployHostModel.h"
#include "DeployView.h"
#include "MainWindow.h"
#include "ProjectFile.h"
#include "ProjectView.h"

#include <QApplication>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace {

/// Presses the confirm button of the Apply message box when it shows.
class Confirmer final
{
public:
    Confirmer()
    {
        m_timer.setInterval(20);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (box && box != m_last) {
                m_last = box;
                if (auto *yes = box->findChild<QPushButton *>(QStringLiteral("confirmButton"))) {
                    yes->click();
                }
            }
        });
        m_timer.start();
    }

private:
    QTimer m_timer;
    QPointer<QMessageBox> m_last;
};

} // namespace

class TestDeploySandbox final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> m_window;
    ProjectView *m_view = nullptr;

    DeployView *deploy() const { return m_view->deployView(); }
    QPushButton *button(const char *name) const
    {
        return deploy()->findChild<QPushButton *>(QString::fromLatin1(name));
    }
    void shot(const QString &name) const
    {
        const QString dir = qEnvironmentVariable("FLINKDECK_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            QApplication::processEvents();
            m_window->grab().save(dir + QLatin1Char('/') + name);
        }
    }

    bool plan(DeployPlan::Action action)
    {
        deploy()->setAction(action);
        QSignalSpy shown(deploy(), &DeployView::planShown);
        button("planButton")->click();
        return shown.wait(120000) && deploy()->currentPlan().has_value();
    }

    bool apply()
    {
        QSignalSpy finished(deploy(), &DeployView::jobFinished);
        Confirmer confirm;
        button("applyButton")->click();
        return finished.wait(300000) && deploy()->lastReport().has_value();
    }

    QString runningOn(const QString &host) const
    {
        const DeployPlan &plan = *deploy()->currentPlan();
        QStringList names;
        for (const auto &p : plan.host(host)->processes->processes()) {
            names << RemoteProcesses::serviceName(p.service);
        }
        names.sort();
        return names.join(QLatin1Char(','));
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString path = qEnvironmentVariable("FLINKDECK_SANDBOX_PROJECT");
        QVERIFY2(!path.isEmpty(), "run by tests/integration/test_sandbox.py with the sandbox up");
        m_window = std::make_unique<MainWindow>();
        m_window->setInteractive(false);
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(m_window->openProject(path));
        m_view = m_window->findChild<ProjectView *>();
        QVERIFY(m_view);
        m_view->setPage(ProjectView::Page::Deploy);
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void statusShowsEveryProcess()
    {
        QVERIFY(plan(DeployPlan::Action::Status));
        QCOMPARE(runningOn(QStringLiteral("host1")), QStringLiteral("JobManager,ZooKeeper"));
        QCOMPARE(runningOn(QStringLiteral("host2")), QStringLiteral("JobManager,ZooKeeper"));
        QCOMPARE(runningOn(QStringLiteral("host3")), QStringLiteral("TaskManager,ZooKeeper"));
        QVERIFY(!deploy()->currentPlan()->leader.isEmpty());
        shot(QStringLiteral("deploy-status.png"));
    }

    void rollingRestart()
    {
        QVERIFY(plan(DeployPlan::Action::RollingRestart));
        const DeployPlan &p = *deploy()->currentPlan();
        QVERIFY2(p.failedChecks().isEmpty(), qPrintable(p.failedChecks().join(QLatin1Char('\n'))));
        // The leader's phase comes last.
        QVERIFY(p.phases.last().title.contains(p.leader));
        shot(QStringLiteral("deploy-rolling-plan.png"));
        QVERIFY(apply());
        const DeployReport &report = *deploy()->lastReport();
        QVERIFY2(report.ok(), qPrintable(report.failure));
        shot(QStringLiteral("deploy-rolling-done.png"));
    }

    void stopAndStart()
    {
        QVERIFY(plan(DeployPlan::Action::Stop));
        QVERIFY(apply());
        QVERIFY2(deploy()->lastReport()->ok(), qPrintable(deploy()->lastReport()->failure));
        QVERIFY(plan(DeployPlan::Action::Status));
        for (const QString &h :
             {QStringLiteral("host1"), QStringLiteral("host2"), QStringLiteral("host3")}) {
            QCOMPARE(runningOn(h), QString());
        }
        QVERIFY(plan(DeployPlan::Action::Start));
        QVERIFY(apply());
        QVERIFY2(deploy()->lastReport()->ok(), qPrintable(deploy()->lastReport()->failure));
        QVERIFY(plan(DeployPlan::Action::Status));
        QCOMPARE(runningOn(QStringLiteral("host3")), QStringLiteral("TaskManager,ZooKeeper"));
    }
};

int main(int argc, char *argv[])
{
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toLocal8Bit());
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("FlinkDeckTest"));
    QCoreApplication::setApplicationName(QStringLiteral("FlinkDeckSandboxTest"));
    TestDeploySandbox test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_deploysandbox.moc"
