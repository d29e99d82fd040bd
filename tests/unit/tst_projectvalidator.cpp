#include "ProjectFile.h"
#include "ProjectValidator.h"
#include "TestData.h"

#include <QTest>

namespace {
// A healthy 3-host HA cluster that each case breaks in one way.
ClusterProject healthy()
{
    ClusterProject p;
    p.name = QStringLiteral("t");
    p.flinkVersion = FlinkVersion(1, 20);
    p.ha.mode = HaSettings::Mode::ZooKeeper;
    p.ha.clusterId = QStringLiteral("/t");
    p.ha.storageDir = QStringLiteral("hdfs:///flink/ha");
    p.flinkConfig.set(QStringLiteral("jobmanager.memory.process.size"), QStringLiteral("1600m"));
    p.flinkConfig.set(QStringLiteral("taskmanager.memory.process.size"), QStringLiteral("1728m"));
    for (int i = 1; i <= 3; ++i) {
        Host h;
        h.name = QStringLiteral("node%1").arg(i);
        h.cores = 8;
        if (i <= 2) {
            h.jobManager = JobManagerRole{8081};
        }
        h.taskManager = TaskManagerRole{4};
        h.zooKeeper = ZooKeeperRole{i, 2181, 2888, 3888, 0, QStringLiteral("/var/lib/zookeeper")};
        p.hosts.append(h);
    }
    return p;
}

} // namespace

class TestProjectValidator final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void healthyIsClean();
    void rules_data();
    void rules();
    void examples();
};

void TestProjectValidator::healthyIsClean()
{
    const DiagnosticList list =
        ProjectValidator().validate(healthy(), QStringLiteral("t.flinkdeck.yaml"));
    QVERIFY2(list.isEmpty(), qPrintable(list.value(0).toText()));
}

void TestProjectValidator::rules_data()
{
    QTest::addColumn<int>("variant");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("host");
    const QStringList names{"one JobManager",
                            "same host same port",
                            "no quorum",
                            "quorum mismatch",
                            "even ensemble",
                            "single server",
                            "id out of range",
                            "duplicate id",
                            "no dataDir",
                            "file storage",
                            "loopback bind",
                            "port clash rest/admin",
                            "port clash range",
                            "slots above cores",
                            "no jobmanager",
                            "multiple JMs without HA",
                            "duplicate address",
                            "no storage",
                            "port clash from a host's own key"};
    const QStringList rules{"ha-single-jobmanager",
                            "jm-port-clash",
                            "ha-no-quorum",
                            "quorum-mismatch",
                            "zk-ensemble-size",
                            "zk-ensemble-size",
                            "zk-server-id-range",
                            "zk-server-id-duplicate",
                            "zk-no-datadir",
                            "local-shared-storage",
                            "loopback-address",
                            "port-clash",
                            "port-clash",
                            "slots-above-cores",
                            "no-jobmanager",
                            "multiple-jm-without-ha",
                            "duplicate-host",
                            "ha-incomplete",
                            "port-clash"};
    const QStringList hosts{"node1", "node4", "",      "", "",      "",      "node1",
                            "node2", "node2", "",      "", "node1", "node1", "node1",
                            "",      "",      "node2", "", "node3"};
    for (int i = 0; i < names.size(); ++i) {
        QTest::newRow(qPrintable(names[i])) << i << rules[i] << hosts[i];
    }
}

void TestProjectValidator::rules()
{
    QFETCH(int, variant);
    QFETCH(QString, rule);
    QFETCH(QString, host);
    ClusterProject p = healthy();
    Host &n1 = p.hosts[0];
    Host &n2 = p.hosts[1];
    switch (variant) {
    case 0:
        n2.jobManager.reset();
        break;
    case 1: {
        Host extra;
        extra.name = QStringLiteral("node4");
        extra.address = QStringLiteral("node4");
        extra.jobManager = JobManagerRole{8081};
        p.hosts.append(extra);
        Host twin = extra;
        twin.name = QStringLiteral("node4b");
        p.hosts.insert(0, twin); // the twin comes first, so node4 is the second on that address
        break;
    }
    case 2:
        for (Host &h : p.hosts)
            h.zooKeeper.reset();
        break;
    case 3:
        p.ha.quorum = QStringLiteral("node1:2181,node2:2181");
        break;
    case 4: {
        Host h;
        h.name = QStringLiteral("node5");
        h.zooKeeper = ZooKeeperRole{4, 2181, 2888, 3888, 0, QStringLiteral("/z")};
        p.hosts.append(h);
        break;
    }
    case 5:
        n2.zooKeeper.reset();
        p.hosts[2].zooKeeper.reset();
        break;
    case 6:
        n1.zooKeeper->id = 300;
        break;
    case 7:
        n2.zooKeeper->id = 1;
        break;
    case 8:
        n2.zooKeeper->dataDir.clear();
        break;
    case 9:
        p.ha.storageDir = QStringLiteral("file:///data/ha");
        break;
    case 10:
        p.flinkConfig.set(QStringLiteral("rest.bind-address"), QStringLiteral("localhost"));
        break;
    case 11:
        n1.zooKeeper->adminPort = 8081;
        break;
    case 12:
        p.flinkConfig.set(QStringLiteral("blob.server.port"), QStringLiteral("2100-2200"));
        n1.zooKeeper->clientPort = 2181;
        n1.zooKeeper->peerPort = 2150;
        break;
    case 13:
        n1.taskManager->taskSlots = 64;
        break;
    case 14:
        n1.jobManager.reset();
        n2.jobManager.reset();
        break;
    case 15:
        p.ha.mode = HaSettings::Mode::None;
        break;
    case 16:
        n2.address = QStringLiteral("node1");
        break;
    case 17:
        p.ha.storageDir.clear();
        break;
    case 18: // the TaskManager's data port on node3 meets its ZooKeeper client port
        p.hosts[2].flinkConfig.set(QStringLiteral("taskmanager.data.port"), QStringLiteral("2181"));
        break;
    }
    const DiagnosticList list = ProjectValidator().validate(p, QStringLiteral("t.flinkdeck.yaml"));
    for (const Diagnostic &d : list) {
        if (d.rule == rule && (host.isEmpty() || d.host == host)) {
            QVERIFY(!d.message.isEmpty());
            QCOMPARE(d.file, QStringLiteral("t.flinkdeck.yaml"));
            return;
        }
    }
    QFAIL(qPrintable(TestData::rules(list).join(u',')));
}

void TestProjectValidator::examples()
{
    // The seed examples are valid HA designs; their findings are warnings about old keys.
    for (const char *example : {"seed000-hadoop", "seed003-testhadoop"}) {
        const QString path = TestData::sourcePath(
            QStringLiteral("resources/examples/%1.flinkdeck.yaml").arg(QLatin1String(example)));
        const auto loaded = ProjectFile::load(path);
        QVERIFY(loaded.project);
        const DiagnosticList list = ProjectValidator().validate(*loaded.project, path);
        QVERIFY2(!Diagnostics::hasErrors(list), qPrintable(TestData::rules(list).join(u',')));
    }
}

QTEST_GUILESS_MAIN(TestProjectValidator)
#include "tst_projectvalidator.moc"
