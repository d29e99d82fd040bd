#include "Preflight.h"
#include "ProjectFile.h"

#include <QTest>

namespace {

ClusterProject project(const QString &version)
{
    const QByteArray yaml =
        QStringLiteral("flinkdeck: 1\nname: p\nflinkVersion: \"%1\"\n"
                       "paths: {flinkHome: /opt/flink, zookeeperHome: /opt/zk}\n"
                       "flinkConfig:\n  jobmanager.memory.process.size: 2g\n"
                       "  taskmanager.memory.process.size: 4g\n"
                       "hosts:\n"
                       "  - name: a\n    address: a.example\n"
                       "    roles: {jobmanager: {webUiPort: 8081}, taskmanager: {slots: 2},"
                       " zookeeper: {id: 1, dataDir: /var/zk}}\n"
                       "  - name: b\n    address: 10.0.0.2\n"
                       "    roles: {taskmanager: {slots: 2}}\n")
            .arg(version)
            .toUtf8();
    return *ProjectFile::parse(yaml, QStringLiteral("p.flinkdeck.yaml")).project;
}

// What the script prints on a healthy host; rows change one fact.
const QByteArray kHealthy = "java=openjdk version \"17.0.9\" 2023-10-17\n"
                            "flinkhome=yes\ndist=/opt/flink/lib/flink-dist-1.20.3.jar\n"
                            "zkserver=yes\ndatadir=yes\nmemavailable=16000000\n"
                            "listen=0016 1F90\nresolves=10.0.0.2\nclock=1000000500000000\n";

} // namespace

class TestPreflight final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void javaMajor_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<int>("major");
        QTest::newRow("17") << "openjdk version \"17.0.9\" 2023-10-17" << 17;
        QTest::newRow("8") << "java version \"1.8.0_292\"" << 8;
        QTest::newRow("21 ea") << "openjdk version \"21-ea\" 2023-09-19" << 21;
        QTest::newRow("missing") << "sh: 1: java: not found" << 0;
    }
    void javaMajor()
    {
        QFETCH(QString, line);
        QFETCH(int, major);
        QCOMPARE(Preflight::javaMajor(line), major);
    }

    void distVersion_data()
    {
        QTest::addColumn<QString>("jar");
        QTest::addColumn<QString>("version");
        QTest::newRow("1.20") << "/opt/flink/lib/flink-dist-1.20.3.jar"
                              << "1.20.3";
        QTest::newRow("scala suffix") << "/opt/flink/lib/flink-dist_2.12-1.14.6.jar"
                                      << "1.14.6";
        QTest::newRow("2.x") << "lib/flink-dist-2.3.0.jar"
                             << "2.3.0";
        QTest::newRow("none") << ""
                              << "";
    }
    void distVersion()
    {
        QFETCH(QString, jar);
        QFETCH(QString, version);
        QCOMPARE(Preflight::distVersion(jar), version);
    }

    void evaluate_data()
    {
        QTest::addColumn<QString>("flink");
        QTest::addColumn<QByteArray>("output");
        QTest::addColumn<QByteArray>("ps");
        QTest::addColumn<qint64>("localMs");
        QTest::addColumn<QString>("failing");
        const QByteArray zkRunning =
            "7 java org.apache.zookeeper.server.quorum.QuorumPeerMain /opt/zk/conf/zoo.cfg\n";
        QTest::newRow("healthy") << "1.20" << kHealthy << QByteArray() << qint64(1000000500) << "";
        QTest::newRow("java 8 for flink 2")
            << "2.0"
            << QByteArray(kHealthy)
                   .replace("\"17.0.9\"", "\"1.8.0_292\"")
                   .replace("1.20.3", "2.0.0")
            << QByteArray() << qint64(1000000500) << "Java 11 or newer";
        QTest::newRow("no java") << "1.20"
                                 << QByteArray(kHealthy).replace(
                                        "openjdk version \"17.0.9\" 2023-10-17",
                                        "sh: java: not found")
                                 << QByteArray() << qint64(1000000500) << "Java 8 or newer";
        QTest::newRow("wrong flink")
            << "1.19" << kHealthy << QByteArray() << qint64(1000000500) << "Flink 1.19 installed";
        QTest::newRow("no flink") << "1.20"
                                  << QByteArray(kHealthy).replace("flinkhome=yes", "flinkhome=")
                                  << QByteArray() << qint64(1000000500)
                                  << "FLINK_HOME /opt/flink (the same on every host)";
        // 2181 = 0x0885 is ZooKeeper's client port.
        QTest::newRow("port taken")
            << "1.20" << QByteArray(kHealthy).replace("listen=0016", "listen=0885") << QByteArray()
            << qint64(1000000500) << "Ports free";
        QTest::newRow("port held by our ZooKeeper")
            << "1.20" << QByteArray(kHealthy).replace("listen=0016", "listen=0885") << zkRunning
            << qint64(1000000500) << "";
        QTest::newRow("unresolved")
            << "1.20" << (kHealthy + "unresolved=b.example\n") << QByteArray() << qint64(1000000500)
            << "Resolves the other hosts";
        QTest::newRow("little memory")
            << "1.20" << QByteArray(kHealthy).replace("16000000", "4000000") << QByteArray()
            << qint64(1000000500) << "Free memory";
        QTest::newRow("clock 2 s ahead") << "1.20" << kHealthy << QByteArray()
                                         << qint64(1000000500 - 2000) << "Clock within 1 s";
        QTest::newRow("datadir read-only")
            << "1.20" << QByteArray(kHealthy).replace("datadir=yes", "datadir=") << QByteArray()
            << qint64(1000000500) << "ZooKeeper dataDir writable";
    }
    void evaluate()
    {
        QFETCH(QString, flink);
        QFETCH(QByteArray, output);
        QFETCH(QByteArray, ps);
        QFETCH(qint64, localMs);
        QFETCH(QString, failing);
        const ClusterProject p = project(flink);
        const RemoteProcesses processes = RemoteProcesses::parse(
            ps, QStringLiteral("/opt/flink"), QStringLiteral("/opt/zk/conf/zoo.cfg"));
        const auto checks =
            Preflight::evaluate(p, p.hosts.first(), output, processes, localMs, localMs + 20);
        QStringList failed;
        for (const auto &c : checks) {
            if (!c.ok) {
                failed << c.name;
            }
            QVERIFY2(!c.detail.isEmpty(), qPrintable(c.name));
        }
        QCOMPARE(failed.join(QLatin1Char('|')), failing);
        QVERIFY(checks.size() >= 8);
    }

    void scriptQuotesPathsAndSkipsIpAddresses()
    {
        const ClusterProject p = project(QStringLiteral("1.20"));
        const QString script = Preflight::script(p, p.hosts.first());
        QVERIFY(script.contains(QLatin1String("'/opt/flink'/lib/flink-dist*.jar")) ||
                script.contains(QLatin1String("ls '/opt/flink'/lib")));
        QVERIFY(!script.contains(QLatin1String("getent hosts '10.0.0.2'")));
        const QString other = Preflight::script(p, p.hosts.last());
        QVERIFY(other.contains(QLatin1String("getent hosts 'a.example'")));
    }
};

QTEST_GUILESS_MAIN(TestPreflight)
#include "tst_preflight.moc"
