#include "RemoteProcesses.h"

#include <QTest>

class TestRemoteProcesses final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("ps");
        QTest::addColumn<QList<int>>("jobManagers");
        QTest::addColumn<QList<int>>("taskManagers");
        QTest::addColumn<QList<int>>("zooKeepers");
        const QByteArray jm =
            "  101 /usr/lib/jvm/java-17/bin/java -Xmx1073741824 -classpath "
            "/opt/flink/lib/flink-dist-1.20.3.jar:/opt/flink/lib/log4j.jar "
            "org.apache.flink.runtime.entrypoint.StandaloneSessionClusterEntrypoint "
            "-D jobmanager.memory.off-heap.size=134217728b --configDir /opt/flink/conf "
            "--executionMode cluster --host host1 --webui-port 8081\n";
        const QByteArray tm =
            "  202 java -XX:+UseG1GC -classpath /opt/flink/lib/flink-dist-1.20.3.jar "
            "org.apache.flink.runtime.taskexecutor.TaskManagerRunner --configDir /opt/flink/conf\n";
        const QByteArray zk =
            "303 java -Dzookeeper.log.dir=/var/log/zookeeper -cp "
            "/etc/zookeeper/conf:/usr/share/java/zookeeper.jar "
            "org.apache.zookeeper.server.quorum.QuorumPeerMain /opt/zookeeper/conf/zoo.cfg\n";
        QTest::newRow("nothing") << QByteArray("    1 /sbin/init\n   55 sshd: root@notty\n")
                                 << QList<int>{} << QList<int>{} << QList<int>{};
        QTest::newRow("all three")
            << (jm + tm + zk) << QList<int>{101} << QList<int>{202} << QList<int>{303};
        // Another install on the same machine (as in the sandbox) is not this host's.
        QByteArray other = jm;
        other.replace("/opt/flink", "/srv/other/flink");
        other.replace("101", "111");
        QTest::newRow("other install") << other << QList<int>{} << QList<int>{} << QList<int>{};
        QByteArray prefix = tm;
        prefix.replace("/opt/flink", "/opt/flink2");
        QTest::newRow("home is a prefix of another")
            << prefix << QList<int>{} << QList<int>{} << QList<int>{};
        QByteArray otherZk = zk;
        otherZk.replace("/opt/zookeeper/conf/zoo.cfg", "/srv/zk2/zoo.cfg");
        QTest::newRow("other zoo.cfg") << otherZk << QList<int>{} << QList<int>{} << QList<int>{};
        QTest::newRow("grep for the class is not a process")
            << QByteArray("404 grep org.apache.flink.runtime.taskexecutor.TaskManagerRunner\n")
            << QList<int>{} << QList<int>{} << QList<int>{};
        QTest::newRow("two TaskManagers") << (tm + QByteArray(tm).replace("202", "203"))
                                          << QList<int>{} << QList<int>{202, 203} << QList<int>{};
        QTest::newRow("garbage") << QByteArray("abc\n\n  \nxyz 1 2\n") << QList<int>{}
                                 << QList<int>{} << QList<int>{};
    }

    void parse()
    {
        QFETCH(QByteArray, ps);
        QFETCH(QList<int>, jobManagers);
        QFETCH(QList<int>, taskManagers);
        QFETCH(QList<int>, zooKeepers);
        const RemoteProcesses p = RemoteProcesses::parse(
            ps, QStringLiteral("/opt/flink/"), QStringLiteral("/opt/zookeeper/conf/zoo.cfg"));
        auto asInts = [](const QList<qint64> &pids) {
            QList<int> r;
            for (qint64 pid : pids) {
                r << int(pid);
            }
            return r;
        };
        QCOMPARE(asInts(p.pids(RemoteProcesses::Service::JobManager)), jobManagers);
        QCOMPARE(asInts(p.pids(RemoteProcesses::Service::TaskManager)), taskManagers);
        QCOMPARE(asInts(p.pids(RemoteProcesses::Service::ZooKeeper)), zooKeepers);
    }
};

QTEST_GUILESS_MAIN(TestRemoteProcesses)
#include "tst_remoteprocesses.moc"
