#include "ConfigMigrator.h"
#include "LegacyConfFile.h"
#include "StandardConfFile.h"

#include <QTest>

class TestConfigMigrator final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void seed000To120();
    void conflictKeepsNewKey();
    void olderTargetWritesLegacy();
};

void TestConfigMigrator::seed000To120()
{
    const QString legacy = QStringLiteral(
        "jobmanager.rpc.port: 6123\njobmanager.heap.mb: 1024\ntaskmanager.heap.mb: 1024\n"
        "taskmanager.numberOfTaskSlots: 2\ntaskmanager.memory.preallocate: "
        "false\nparallelism.default: 1\n"
        "taskmanager.tmp.dirs: /opt/cdh/flink-1.5.0/tmp\nstate.backend: filesystem\n"
        "state.backend.fs.checkpointdir: "
        "hdfs://hadoop01:9000/flink-checkpoints\nhigh-availability: zookeeper\n"
        "high-availability.storageDir: hdfs://hadoop01:9000/flink/ha/\nyarn.reallocate-failed: "
        "true\n"
        "security.ssl.keystore-password: 'p: #x'\n");
    const ConfigMigrator::Result r =
        ConfigMigrator().migrate(LegacyConfFile::parse(legacy).toConfig(), FlinkVersion(1, 20));
    QCOMPARE(r.format, ConfigFileFormat::Standard);
    const FlinkConfig &c = r.config;
    QCOMPARE(c.value(QStringLiteral("jobmanager.memory.heap.size")), QStringLiteral("1024m"));
    QCOMPARE(c.value(QStringLiteral("taskmanager.memory.flink.size")), QStringLiteral("1024m"));
    QVERIFY(!c.contains(QStringLiteral("taskmanager.memory.preallocate")));
    QVERIFY(!c.contains(QStringLiteral("yarn.reallocate-failed")));
    QCOMPARE(c.value(QStringLiteral("io.tmp.dirs")), QStringLiteral("/opt/cdh/flink-1.5.0/tmp"));
    QCOMPARE(c.value(QStringLiteral("state.backend.type")), QStringLiteral("hashmap"));
    QCOMPARE(c.value(QStringLiteral("execution.checkpointing.dir")),
             QStringLiteral("hdfs://hadoop01:9000/flink-checkpoints"));
    QCOMPARE(c.value(QStringLiteral("high-availability.type")), QStringLiteral("zookeeper"));
    QCOMPARE(c.value(QStringLiteral("taskmanager.numberOfTaskSlots")), QStringLiteral("2"));
    // The legacy parser cut the password at '#', and the quote is part of the value: the
    // migrated file must carry exactly what Flink read.
    QCOMPARE(c.value(QStringLiteral("security.ssl.keystore-password")), QStringLiteral("'p:"));
    const auto reread = StandardConfFile::parse(r.text, {});
    QVERIFY(reread.readable);
    QCOMPARE(reread.config, c);
    QVERIFY(r.changes.size() >= 8);
    for (const ConfigMigrator::Change &change : r.changes) {
        QVERIFY(change.line > 0);
        QVERIFY(!change.toText().isEmpty());
    }
}

void TestConfigMigrator::conflictKeepsNewKey()
{
    FlinkConfig c;
    c.set(QStringLiteral("state.checkpoints.dir"), QStringLiteral("hdfs:///old"));
    c.set(QStringLiteral("execution.checkpointing.dir"), QStringLiteral("hdfs:///new"));
    const auto r = ConfigMigrator().migrate(c, FlinkVersion(2, 0));
    QCOMPARE(r.config.size(), 1);
    QCOMPARE(r.config.value(QStringLiteral("execution.checkpointing.dir")),
             QStringLiteral("hdfs:///new"));
    QCOMPARE(r.changes.first().kind, ConfigMigrator::Change::Kind::Dropped);
}

void TestConfigMigrator::olderTargetWritesLegacy()
{
    FlinkConfig c;
    c.set(QStringLiteral("jobmanager.heap.mb"), QStringLiteral("512"));
    const auto r = ConfigMigrator().migrate(c, FlinkVersion(1, 11));
    QCOMPARE(r.format, ConfigFileFormat::Legacy);
    QVERIFY2(r.text.contains(QStringLiteral("jobmanager.memory.heap.size: 512m\n")),
             qPrintable(r.text));
}

QTEST_GUILESS_MAIN(TestConfigMigrator)
#include "tst_configmigrator.moc"
