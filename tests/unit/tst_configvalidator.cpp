#include "ConfigValidator.h"
#include "LegacyConfFile.h"
#include "StandardConfFile.h"

#include <QTest>

namespace {
// Enough memory and HA keys that a case only shows the rule it is about.
const QString kBase = QStringLiteral(
    "jobmanager.memory.process.size: 1600m\ntaskmanager.memory.process.size: 1728m\n");

DiagnosticList run(const QString &text, const QString &version, bool standard)
{
    FlinkConfig config;
    DiagnosticList out;
    if (standard) {
        const auto parsed = StandardConfFile::parse(text, QStringLiteral("config.yaml"));
        config = parsed.config;
        out = parsed.diagnostics;
    } else {
        const LegacyConfFile file = LegacyConfFile::parse(text);
        config = file.toConfig();
        out = file.diagnostics(QStringLiteral("flink-conf.yaml"));
    }
    out += ConfigValidator().validate(
        config, standard ? ConfigFileFormat::Standard : ConfigFileFormat::Legacy,
        *FlinkVersion::parse(version),
        standard ? QStringLiteral("config.yaml") : QStringLiteral("flink-conf.yaml"));
    return out;
}
} // namespace

/// Each rule of the single-file validator, on the smallest config that triggers it.
class TestConfigValidator final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rules_data();
    void rules();
    void cleanConfigIsClean();
    void messagesNameKeyAndSuggestion();
};

void TestConfigValidator::rules_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("version");
    QTest::addColumn<bool>("standard");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("severity");
    QTest::addColumn<int>("line");
    const int E = int(Diagnostic::Severity::Error);
    const int W = int(Diagnostic::Severity::Warning);
    const int I = int(Diagnostic::Severity::Info);
    QTest::newRow("unknown key with did-you-mean")
        << kBase + "high-availability.zookeeper.qourum: a:2181\n"
        << "1.20" << false << "unknown-key"
        << "high-availability.zookeeper.qourum" << W << 3;
    QTest::newRow("unknown key in family") << kBase + "table.exec.made-up: 1\n"
                                           << "1.20" << false << "unknown-key"
                                           << "table.exec.made-up" << I << 3;
    QTest::newRow("bad memory decimal")
        << "jobmanager.memory.process.size: 1024.5m\ntaskmanager.memory.process.size: 1g\n"
        << "1.20" << false << "bad-value"
        << "jobmanager.memory.process.size" << E << 1;
    QTest::newRow("ISO duration") << kBase + "heartbeat.timeout: PT1M\n"
                                  << "1.20" << false << "bad-value"
                                  << "heartbeat.timeout" << E << 3;
    QTest::newRow("bare memory number")
        << "jobmanager.memory.process.size: 1024\ntaskmanager.memory.process.size: 1g\n"
        << "1.20" << false << "suspicious-value"
        << "jobmanager.memory.process.size" << W << 1;
    QTest::newRow("bad int") << kBase + "parallelism.default: 3  // 默认并行度\n"
                             << "1.20" << false << "bad-value"
                             << "parallelism.default" << E << 3;
    QTest::newRow("bad bool in legacy") << kBase + "state.backend.incremental: yes\n"
                                        << "1.19" << false << "bad-value"
                                        << "state.backend.incremental" << E << 3;
    QTest::newRow("yes is no boolean in config.yaml either")
        << kBase + "execution.checkpointing.incremental: yes\n"
        << "1.20" << true << "bad-value"
        << "execution.checkpointing.incremental" << E << 3;
    QTest::newRow("True is retyped but fine")
        << kBase + "execution.checkpointing.incremental: True\n"
        << "1.20" << true << "yaml-retyped"
        << "execution.checkpointing.incremental" << W << 3;
    QTest::newRow("null value") << kBase + "rest.port:\n"
                                << "1.20" << true << "yaml-null-value"
                                << "rest.port" << E << 3;
    QTest::newRow("bad enum") << kBase + "state.backend.type: rocks\n"
                              << "1.20" << false << "bad-value"
                              << "state.backend.type" << E << 3;
    QTest::newRow("deprecated with replacement") << kBase + "state.checkpoints.dir: hdfs:///c\n"
                                                 << "1.20" << false << "deprecated-key"
                                                 << "state.checkpoints.dir" << W << 3;
    QTest::newRow("removed in 2.0") << kBase + "taskmanager.heap.size: 1024m\n"
                                    << "2.0" << true << "removed-key"
                                    << "taskmanager.heap.size" << E << 3;
    QTest::newRow("no effect") << kBase + "taskmanager.memory.preallocate: false\n"
                               << "1.15" << false << "removed-key"
                               << "taskmanager.memory.preallocate" << W << 3;
    QTest::newRow("no effect, still read")
        << kBase + "high-availability.zookeeper.path.running-registry: /r\n"
        << "1.16" << false << "no-effect-key"
        << "high-availability.zookeeper.path.running-registry" << W << 3;
    QTest::newRow("yarn key on standalone") << kBase + "yarn.application-attempts: 5\n"
                                            << "1.20" << false << "not-standalone"
                                            << "yarn.application-attempts" << I << 3;
    QTest::newRow("too new") << kBase + "execution.checkpointing.dir: hdfs:///c\n"
                             << "1.18" << false << "key-too-new"
                             << "execution.checkpointing.dir" << W << 3;
    QTest::newRow("duplicate legacy") << kBase + "a.b: 1\na.b: 2\n"
                                      << "1.20" << false << "duplicate-key"
                                      << "a.b" << W << 4;
    QTest::newRow("duplicate yaml") << kBase + "rest.port: 1\nrest.port: 2\n"
                                    << "1.20" << true << "duplicate-key"
                                    << "rest.port" << E << 4;
    QTest::newRow("hash in legacy value") << kBase + "security.ssl.keystore-password: se#cret\n"
                                          << "1.20" << false << "legacy-hash-in-value"
                                          << "security.ssl.keystore-password" << W << 3;
    QTest::newRow("no separator") << kBase + "rest.port:8081\n"
                                  << "1.20" << false << "legacy-no-separator"
                                  << "rest.port" << E << 3;
    QTest::newRow("nested flat collision") << kBase + "rest.port: 1\nrest:\n  port: 2\n"
                                           << "1.20" << true << "nested-flat-collision"
                                           << "rest.port" << E << 5;
    QTest::newRow("legacy file on 2.0") << kBase << "2.0" << false << "legacy-file-unsupported"
                                        << "" << E << 0;
    QTest::newRow("config.yaml on 1.18") << kBase << "1.18" << true << "standard-file-unsupported"
                                         << "" << E << 0;
    QTest::newRow("process and flink size") << kBase + "taskmanager.memory.flink.size: 1g\n"
                                            << "1.20" << false << "memory-conflict"
                                            << "taskmanager.memory.flink.size" << W << 3;
    QTest::newRow("legacy heap beside new") << kBase + "jobmanager.heap.size: 1g\n"
                                            << "1.20" << false << "memory-conflict"
                                            << "jobmanager.heap.size" << W << 3;
    QTest::newRow("no memory") << "parallelism.default: 1\n"
                               << "1.20" << false << "memory-missing"
                               << "jobmanager.memory.process.size" << E << 0;
    QTest::newRow("HA without quorum")
        << kBase + "high-availability.type: zookeeper\nhigh-availability.storageDir: "
                   "hdfs:///ha\nhigh-availability.cluster-id: /a\n"
        << "1.20" << false << "ha-incomplete"
        << "high-availability.zookeeper.quorum" << E << 3;
    QTest::newRow("HA without storage (old key)")
        << kBase + "high-availability: zookeeper\nhigh-availability.zookeeper.quorum: "
                   "z:2181\nhigh-availability.cluster-id: /a\n"
        << "1.16" << false << "ha-incomplete"
        << "high-availability.storageDir" << E << 3;
    QTest::newRow("HA without cluster-id")
        << kBase + "high-availability.type: ZOOKEEPER\nhigh-availability.zookeeper.quorum: "
                   "z:2181\nhigh-availability.storageDir: hdfs:///ha\n"
        << "1.20" << false << "ha-incomplete"
        << "high-availability.cluster-id" << W << 3;
    QTest::newRow("rpc address under HA")
        << kBase + "high-availability.type: zookeeper\nhigh-availability.zookeeper.quorum: "
                   "z:2181\nhigh-availability.storageDir: "
                   "hdfs:///ha\nhigh-availability.cluster-id: /a\njobmanager.rpc.address: jm\n"
        << "1.20" << false << "ignored-under-ha"
        << "jobmanager.rpc.address" << I << 7;
}

void TestConfigValidator::rules()
{
    QFETCH(QString, text);
    QFETCH(QString, version);
    QFETCH(bool, standard);
    QFETCH(QString, rule);
    QFETCH(QString, key);
    QFETCH(int, severity);
    QFETCH(int, line);
    const DiagnosticList list = run(text, version, standard);
    QStringList seen;
    for (const Diagnostic &d : list) {
        seen.append(d.rule + QLatin1Char('/') + d.key);
        if (d.rule == rule && (key.isEmpty() || d.key == key)) {
            QCOMPARE(int(d.severity), severity);
            QCOMPARE(d.line, line);
            QVERIFY(!d.message.isEmpty());
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("expected %1 on %2, got: %3")
                         .arg(rule, key, seen.join(QStringLiteral(", ")))));
}

void TestConfigValidator::cleanConfigIsClean()
{
    const QString text = QStringLiteral(
        "jobmanager.memory.process.size: 1600m\ntaskmanager.memory.process.size: 1728m\n"
        "taskmanager.numberOfTaskSlots: 4\nparallelism.default: 2\nhigh-availability.type: "
        "zookeeper\n"
        "high-availability.zookeeper.quorum: "
        "zk1:2181,zk2:2181,zk3:2181\nhigh-availability.storageDir: hdfs:///flink/ha\n"
        "high-availability.cluster-id: /prod\nexecution.checkpointing.interval: 30 s\n"
        "execution.checkpointing.dir: hdfs:///flink/checkpoints\nstate.backend.type: rocksdb\n"
        "rest.bind-address: 0.0.0.0\n");
    const DiagnosticList list = run(text, QStringLiteral("2.0"), true);
    QStringList seen;
    for (const Diagnostic &d : list) {
        seen.append(d.toText());
    }
    QVERIFY2(list.isEmpty(), qPrintable(seen.join(u'\n')));
}

void TestConfigValidator::messagesNameKeyAndSuggestion()
{
    const DiagnosticList list =
        run(kBase + QStringLiteral("jobmanager.heap.mb: 1024\n"), QStringLiteral("1.20"), false);
    bool found = false;
    for (const Diagnostic &d : list) {
        if (d.rule == u"deprecated-key") {
            found = true;
            QVERIFY(d.message.contains(QStringLiteral("jobmanager.heap.mb")));
            QVERIFY2(d.suggestion.contains(QStringLiteral("jobmanager.memory.heap.size")),
                     qPrintable(d.suggestion));
        }
    }
    QVERIFY(found);
}

QTEST_GUILESS_MAIN(TestConfigValidator)
#include "tst_configvalidator.moc"
