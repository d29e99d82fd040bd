#include "ConfImporter.h"
#include "ProjectFile.h"
#include "TestData.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {
void write(const QString &path, const QByteArray &content)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
}
} // namespace

class TestConfImporter final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void seed000Directory();
    void versionFromJar();
    void slavesOnNewFlink();
    void missingDirectory();
    void secretsStayBehind();
};

void TestConfImporter::seed000Directory()
{
    QTemporaryDir home;
    QVERIFY(QDir(home.path()).mkpath(QStringLiteral("conf")));
    const QString conf = home.filePath(QStringLiteral("conf"));
    write(conf + QStringLiteral("/flink-conf.yaml"),
          "jobmanager.rpc.address: hadoop01\njobmanager.heap.mb: "
          "1024\ntaskmanager.numberOfTaskSlots: 2\n"
          "high-availability: zookeeper\nhigh-availability.storageDir: "
          "hdfs://hadoop01:9000/flink/ha/\n"
          "high-availability.zookeeper.quorum: hadoop01:2181,hadoop02:2181,hadoop03:2181\n");
    write(conf + QStringLiteral("/masters"), "hadoop01:8081   \nhadoop02:8082 \n");
    write(conf + QStringLiteral("/slaves"), "hadoop01   \nhadoop02   \nhadoop03 \n");
    write(
        conf + QStringLiteral("/zoo.cfg"),
        "tickTime=2000\ninitLimit=10\nsyncLimit=5\ndataDir=/tmp/zookeeper\nclientPort=2181\n"
        "server.1=hadoop01:2888:3888\nserver.2=hadoop02:2888:3888\nserver.3=hadoop03:2888:3888\n");
    const auto r = ConfImporter::import(conf, FlinkVersion(1, 5));
    QVERIFY(r.project);
    const ClusterProject &p = *r.project;
    QCOMPARE(p.hosts.size(), 3);
    QCOMPARE(p.jobManagers().size(), 2);
    QCOMPARE(p.host(QStringLiteral("hadoop02"))->jobManager->webUiPort, 8082);
    QCOMPARE(p.taskManagers().size(), 3);
    QCOMPARE(p.host(QStringLiteral("hadoop03"))->taskManager->taskSlots, 2);
    QCOMPARE(p.host(QStringLiteral("hadoop03"))->zooKeeper->id, 3);
    QCOMPARE(p.ha.mode, HaSettings::Mode::ZooKeeper);
    QVERIFY(p.ha.quorum.isEmpty()); // derived from zoo.cfg, identical
    QCOMPARE(p.ha.storageDir, QStringLiteral("hdfs://hadoop01:9000/flink/ha/"));
    QVERIFY(!p.flinkConfig.contains(QStringLiteral("high-availability")));
    QCOMPARE(p.flinkConfig.value(QStringLiteral("jobmanager.heap.mb")), QStringLiteral("1024"));
    // The imported project saves and loads back.
    const auto again = ProjectFile::parse(ProjectFile::serialize(p), {});
    QVERIFY(again.project);
    QCOMPARE(*again.project, p);
}

void TestConfImporter::versionFromJar()
{
    QTemporaryDir home;
    QVERIFY(QDir(home.path()).mkpath(QStringLiteral("conf")));
    QVERIFY(QDir(home.path()).mkpath(QStringLiteral("lib")));
    write(home.filePath(QStringLiteral("lib/flink-dist-1.20.5.jar")), "");
    write(home.filePath(QStringLiteral("conf/config.yaml")),
          "taskmanager:\n  numberOfTaskSlots: 2\n");
    const auto r = ConfImporter::import(home.filePath(QStringLiteral("conf")));
    QVERIFY(r.project);
    QCOMPARE(r.project->flinkVersion.toString(), QStringLiteral("1.20.5"));
    QVERIFY(!r.versionGuessed);
    QCOMPARE(r.format, ConfigFileFormat::Standard);
}

void TestConfImporter::slavesOnNewFlink()
{
    QTemporaryDir home;
    QVERIFY(QDir(home.path()).mkpath(QStringLiteral("conf")));
    write(home.filePath(QStringLiteral("conf/flink-conf.yaml")),
          "taskmanager.numberOfTaskSlots: 2\n");
    write(home.filePath(QStringLiteral("conf/slaves")), "w1\n");
    const auto r = ConfImporter::import(home.filePath(QStringLiteral("conf")), FlinkVersion(1, 18));
    bool found = false;
    for (const Diagnostic &d : r.diagnostics) {
        found = found || d.rule == u"workers-file-name";
    }
    QVERIFY(found);
}

void TestConfImporter::missingDirectory()
{
    const auto r = ConfImporter::import(QStringLiteral("/nonexistent/conf"));
    QVERIFY(!r.project);
    QCOMPARE(r.diagnostics.first().rule, QStringLiteral("file-unreadable"));
}

void TestConfImporter::secretsStayBehind()
{
    QTemporaryDir home;
    QVERIFY(QDir(home.path()).mkpath(QStringLiteral("conf")));
    const QString conf = home.filePath(QStringLiteral("conf"));
    write(conf + QStringLiteral("/flink-conf.yaml"),
          "jobmanager.rpc.address: jm\ns3.access-key: AKIA\ns3.secret-key: hush\n"
          "security.ssl.internal.keystore-password: pw\n");
    write(conf + QStringLiteral("/masters"), "jm:8081\n");
    write(conf + QStringLiteral("/workers"), "tm\n");
    write(conf + QStringLiteral("/zoo.cfg"),
          "tickTime=2000\ndataDir=/z\nclientPort=2181\nssl.keyStore.password=zkpw\n"
          "server.1=jm:2888:3888\n");
    const auto r =
        ConfImporter::import(conf, FlinkVersion(1, 18), conf + QStringLiteral("/zoo.cfg"));
    QVERIFY(r.project);
    QVERIFY(!r.project->flinkConfig.contains(QStringLiteral("s3.secret-key")));
    QVERIFY(!r.project->flinkConfig.contains(
        QStringLiteral("security.ssl.internal.keystore-password")));
    QCOMPARE(r.project->flinkConfig.value(QStringLiteral("s3.access-key")), QStringLiteral("AKIA"));
    QCOMPARE(TestData::rules(r.diagnostics).count(QStringLiteral("secret-not-imported")), 3);
    const QByteArray saved = ProjectFile::serialize(*r.project);
    QVERIFY(!saved.contains("hush"));
    QVERIFY(!saved.contains("zkpw"));
}

QTEST_GUILESS_MAIN(TestConfImporter)
#include "tst_confimporter.moc"
