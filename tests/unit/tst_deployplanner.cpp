#include "DeployPlanner.h"
#include "ProjectFile.h"

#include <QTest>

using Kind = DeployPlan::Step::Kind;
using Service = RemoteProcesses::Service;

namespace {

ClusterProject project()
{
    const QByteArray yaml =
        "flinkdeck: 1\n"
        "name: demo\n"
        "flinkVersion: \"1.20\"\n"
        "paths: {flinkHome: /opt/flink, zookeeperHome: /opt/zookeeper}\n"
        "ha: {mode: zookeeper, storageDir: \"hdfs:///flink/ha\"}\n"
        "flinkConfig:\n"
        "  jobmanager.memory.process.size: 1600m\n"
        "  taskmanager.memory.process.size: 4g\n"
        "hosts:\n"
        "  - name: zk1\n"
        "    roles: {zookeeper: {id: 1, dataDir: /var/zk}}\n"
        "  - name: zk2\n"
        "    roles: {zookeeper: {id: 2, dataDir: /var/zk}}\n"
        "  - name: zk3\n"
        "    roles: {zookeeper: {id: 3, dataDir: /var/zk}}\n"
        "  - name: jm1\n"
        "    roles: {jobmanager: {webUiPort: 8081}}\n"
        "  - name: jm2\n"
        "    roles: {jobmanager: {webUiPort: 8081}}\n"
        "  - name: tm1\n"
        "    roles: {taskmanager: {slots: 4}}\n"
        "  - name: tm2\n"
        "    roles: {taskmanager: {slots: 4}}\n"
        "  - name: tm3\n"
        "    roles: {taskmanager: {slots: 4}}\n";
    auto loaded = ProjectFile::parse(yaml, QStringLiteral("demo.flinkdeck.yaml"));
    Q_ASSERT(loaded.project);
    return *loaded.project;
}

/// host files as a deployed cluster has them: everything current.
QList<DeployPlan::HostInfo> upToDate(const ClusterProject &p)
{
    QList<DeployPlan::HostInfo> hosts;
    const DeployPlanner planner(p);
    for (const Host &h : p.hosts) {
        DeployPlan::HostInfo info;
        info.name = h.name;
        for (const RenderedFile &f : planner.filesFor(h.name)) {
            DeployPlan::FileChange c;
            c.path = f.path;
            c.current = f.content;
            c.status = DeployPlan::FileChange::Status::Modified;
            info.files << c;
        }
        hosts << info;
    }
    return hosts;
}

QStringList titles(const DeployPlan &plan)
{
    QStringList r;
    for (const auto &phase : plan.phases) {
        for (const auto &step : phase.steps) {
            r << step.title;
        }
    }
    return r;
}

} // namespace

class TestDeployPlanner final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unchangedClusterNeedsNoPush()
    {
        const ClusterProject p = project();
        const DeployPlan plan = DeployPlanner(p).plan(DeployPlan::Action::Apply, upToDate(p));
        QCOMPARE(plan.changedFileCount(), 0);
        QVERIFY(plan.phases.isEmpty());
        QVERIFY(plan.toText().contains(QLatin1String("nothing to do")));
    }

    void changedFileGetsADiffAndAnUpload()
    {
        const ClusterProject p = project();
        auto hosts = upToDate(p);
        hosts[3].files[0].current.replace("1600m", "1g");
        hosts[5].files[0].status = DeployPlan::FileChange::Status::New;
        const DeployPlan plan = DeployPlanner(p).plan(DeployPlan::Action::Apply, hosts);
        QCOMPARE(plan.changedFileCount(), 2);
        QCOMPARE(plan.phases.size(), 1);
        QCOMPARE(plan.phases[0].steps.size(), 2);
        QCOMPARE(plan.phases[0].steps[0].host, QStringLiteral("jm1"));
        QCOMPARE(plan.phases[0].steps[0].kind, Kind::Upload);
        const auto &change = plan.hosts[3].files[0];
        QCOMPARE(change.status, DeployPlan::FileChange::Status::Modified);
        QVERIFY(change.diff.contains(QLatin1String("+jobmanager.memory.process.size: 1600m")));
        QVERIFY(plan.hosts[5].files[0].diff.startsWith(QLatin1String("--- /dev/null")));
    }

    void startOrdersZooKeeperJobManagersTaskManagers()
    {
        const ClusterProject p = project();
        const DeployPlan plan = DeployPlanner(p).plan(DeployPlan::Action::Start, upToDate(p));
        QStringList kinds;
        for (const auto &phase : plan.phases) {
            for (const auto &step : phase.steps) {
                kinds << QStringLiteral("%1:%2").arg(int(step.kind)).arg(step.host);
            }
        }
        const QStringList expected{
            QStringLiteral("2:zk1"), QStringLiteral("2:zk2"), QStringLiteral("2:zk3"),
            QStringLiteral("5:"),    QStringLiteral("2:jm1"), QStringLiteral("2:jm2"),
            QStringLiteral("6:"),    QStringLiteral("2:tm1"), QStringLiteral("2:tm2"),
            QStringLiteral("2:tm3"), QStringLiteral("7:")};
        QCOMPARE(kinds, expected);
        QCOMPARE(plan.phases[2].steps[0].command,
                 QStringLiteral("'/opt/flink/bin/jobmanager.sh' start 'jm1' 8081"));
        QCOMPARE(
            plan.phases[0].steps[0].command,
            QStringLiteral("'/opt/zookeeper/bin/zkServer.sh' start '/opt/zookeeper/conf/zoo.cfg'"));
    }

    void stopIsTheReverse()
    {
        const ClusterProject p = project();
        const DeployPlan plan = DeployPlanner(p).plan(DeployPlan::Action::Stop, upToDate(p));
        QCOMPARE(plan.phases.size(), 3);
        QCOMPARE(plan.phases[0].steps[0].service, Service::TaskManager);
        QCOMPARE(plan.phases[1].steps[0].service, Service::JobManager);
        QCOMPARE(plan.phases[2].steps[0].service, Service::ZooKeeper);
        for (const auto &phase : plan.phases) {
            for (const auto &step : phase.steps) {
                QCOMPARE(step.kind, Kind::Stop);
            }
        }
    }

    void rollingRestartLeavesTheLeaderLast_data()
    {
        QTest::addColumn<QString>("leader");
        QTest::addColumn<int>("batch");
        QTest::addColumn<QStringList>("order");
        const QStringList tmOne{QStringLiteral("tm1"), QStringLiteral("tm2"),
                                QStringLiteral("tm3")};
        QTest::newRow("jm1 leads")
            << QStringLiteral("jm1") << 1
            << (tmOne + QStringList{QStringLiteral("jm2"), QStringLiteral("jm1")});
        QTest::newRow("jm2 leads")
            << QStringLiteral("jm2") << 1
            << (tmOne + QStringList{QStringLiteral("jm1"), QStringLiteral("jm2")});
        QTest::newRow("batches of two")
            << QStringLiteral("jm2") << 2
            << QStringList{QStringLiteral("tm1+tm2"), QStringLiteral("tm3"), QStringLiteral("jm1"),
                           QStringLiteral("jm2")};
    }

    void rollingRestartLeavesTheLeaderLast()
    {
        QFETCH(QString, leader);
        QFETCH(int, batch);
        QFETCH(QStringList, order);
        const ClusterProject p = project();
        DeployPlanner::Options options;
        options.batchSize = batch;
        const DeployPlan plan =
            DeployPlanner(p, options).plan(DeployPlan::Action::RollingRestart, upToDate(p), leader);
        QStringList phases;
        for (const auto &phase : plan.phases) {
            QStringList hosts;
            for (const auto &step : phase.steps) {
                if (!step.host.isEmpty() && !hosts.contains(step.host)) {
                    hosts << step.host;
                }
            }
            if (!hosts.isEmpty()) {
                phases << hosts.join(QLatin1Char('+'));
            }
        }
        QCOMPARE(phases, order);
        // Each TaskManager waits to re-register before the next batch; the leader waits for a
        // successor before it starts again.
        QCOMPARE(plan.phases[0].steps.last().kind, Kind::WaitTaskManagerOf);
        const auto &last = plan.phases.last().steps;
        QCOMPARE(last[0].kind, Kind::Stop);
        QCOMPARE(last[1].kind, Kind::WaitLeader);
        QCOMPARE(last[2].kind, Kind::Start);
        QCOMPARE(last[3].kind, Kind::WaitJobManagerOf);
        QCOMPARE(plan.phases[plan.phases.size() - 2].steps.last().kind, Kind::WaitJobManagerOf);
    }

    void unknownLeaderIsSaid()
    {
        const ClusterProject p = project();
        const DeployPlan plan =
            DeployPlanner(p).plan(DeployPlan::Action::RollingRestart, upToDate(p));
        QVERIFY(!plan.notes.isEmpty());
        QVERIFY(plan.notes.first().contains(QLatin1String("unknown")));
    }

    void filtersLimitToOneHostAndRole()
    {
        const ClusterProject p = project();
        DeployPlanner::Options options;
        options.hosts = {QStringLiteral("tm2")};
        options.service = Service::TaskManager;
        const DeployPlan plan =
            DeployPlanner(p, options).plan(DeployPlan::Action::Start, upToDate(p));
        QCOMPARE(titles(plan),
                 QStringList({QStringLiteral("start TaskManager on tm2"),
                              QStringLiteral("wait until every TaskManager is registered")}));
    }

    void rollbackTouchesEveryHost()
    {
        const ClusterProject p = project();
        const DeployPlan plan = DeployPlanner(p).plan(DeployPlan::Action::Rollback, upToDate(p));
        QCOMPARE(plan.phases.size(), 1);
        QCOMPARE(plan.phases[0].steps.size(), p.hosts.size());
    }

    void actionIdsRoundTrip()
    {
        for (auto a :
             {DeployPlan::Action::Apply, DeployPlan::Action::Start, DeployPlan::Action::Stop,
              DeployPlan::Action::Restart, DeployPlan::Action::RollingRestart,
              DeployPlan::Action::Status, DeployPlan::Action::Rollback}) {
            QCOMPARE(DeployPlan::actionFromId(DeployPlan::actionId(a)), a);
        }
        QVERIFY(!DeployPlan::actionFromId(QStringLiteral("explode")));
    }
};

QTEST_GUILESS_MAIN(TestDeployPlanner)
#include "tst_deployplanner.moc"
