#include "ProjectFile.h"
#include "ProjectRenderer.h"
#include "TestData.h"

#include <QDir>
#include <QDirIterator>
#include <QTest>

/// Golden-file tests: every rendered file of the example projects, byte for byte.
/// Regenerate with: flinkdeck render resources/examples/X.flinkdeck.yaml --out tests/data/golden/X
class TestProjectRenderer final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void golden_data();
    void golden();
    void haKeysFollowVersion();
    void standardYamlForNewVersions();
};

void TestProjectRenderer::golden_data()
{
    QTest::addColumn<QString>("example");
    QTest::newRow("seed 000") << "seed000-hadoop";
    QTest::newRow("seed 003") << "seed003-testhadoop";
}

void TestProjectRenderer::golden()
{
    QFETCH(QString, example);
    const auto loaded = ProjectFile::load(
        TestData::sourcePath(QStringLiteral("resources/examples/%1.flinkdeck.yaml").arg(example)));
    QVERIFY(loaded.project);
    const QString goldenDir = TestData::path(QStringLiteral("golden/") + example);
    QStringList rendered;
    for (const RenderedFile &f : ProjectRenderer().render(*loaded.project)) {
        const QString relative = f.host + f.path;
        rendered.append(relative);
        const QByteArray expected = TestData::read(goldenDir + QLatin1Char('/') + relative);
        QVERIFY2(!expected.isEmpty(), qPrintable(QStringLiteral("no golden file for ") + relative));
        QCOMPARE(f.content, expected);
    }
    QStringList golden;
    QDirIterator it(goldenDir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        golden.append(QDir(goldenDir).relativeFilePath(it.next()));
    }
    rendered.sort();
    golden.sort();
    QCOMPARE(rendered, golden);
}

void TestProjectRenderer::haKeysFollowVersion()
{
    ClusterProject p;
    p.flinkVersion = FlinkVersion(1, 16);
    p.ha.mode = HaSettings::Mode::ZooKeeper;
    p.ha.storageDir = QStringLiteral("hdfs:///ha");
    p.flinkConfig.set(QStringLiteral("recovery.mode"),
                      QStringLiteral("zookeeper")); // replaced by the HA section
    Host zk;
    zk.name = QStringLiteral("z1");
    zk.zooKeeper = ZooKeeperRole{1, 2181, 2888, 3888, 0, QStringLiteral("/var/zk")};
    p.hosts.append(zk);
    const FlinkConfig c = ProjectRenderer().effectiveConfig(p);
    QCOMPARE(c.value(QStringLiteral("high-availability")), QStringLiteral("zookeeper"));
    QVERIFY(!c.contains(QStringLiteral("recovery.mode")));
    QVERIFY(!c.contains(QStringLiteral("high-availability.type")));
    QCOMPARE(c.value(QStringLiteral("high-availability.zookeeper.quorum")),
             QStringLiteral("z1:2181"));
    p.flinkVersion = FlinkVersion(1, 20);
    QCOMPARE(ProjectRenderer().effectiveConfig(p).value(QStringLiteral("high-availability.type")),
             QStringLiteral("zookeeper"));
}

void TestProjectRenderer::standardYamlForNewVersions()
{
    ClusterProject p;
    p.flinkVersion = FlinkVersion(2, 0);
    p.configStyle = ClusterProject::ConfigStyle::StandardNested;
    p.flinkConfig.set(QStringLiteral("taskmanager.memory.process.size"), QStringLiteral("1g"));
    Host h;
    h.name = QStringLiteral("a");
    h.taskManager = TaskManagerRole{3};
    p.hosts.append(h);
    const QList<RenderedFile> files = ProjectRenderer().render(p);
    QCOMPARE(files.size(), 3);
    QCOMPARE(files[0].path, QStringLiteral("/opt/flink/conf/config.yaml"));
    QVERIFY(files[0].content.contains(
        "taskmanager:\n  memory:\n    process:\n      size: 1g\n  numberOfTaskSlots: 3\n"));
    QCOMPARE(files[2].path, QStringLiteral("/opt/flink/conf/workers"));
    // A host's own keys reach only that host's file.
    Host b = h;
    b.name = QStringLiteral("b");
    b.flinkConfig.set(QStringLiteral("taskmanager.host"), QStringLiteral("10.0.0.2"));
    p.hosts.append(b);
    const QList<RenderedFile> two = ProjectRenderer().render(p);
    QVERIFY(!two[0].content.contains("10.0.0.2"));
    QVERIFY(two[3].content.contains("host: 10.0.0.2"));
    QCOMPARE(files[2].content, QByteArray("a\n"));
}

QTEST_GUILESS_MAIN(TestProjectRenderer)
#include "tst_projectrenderer.moc"
