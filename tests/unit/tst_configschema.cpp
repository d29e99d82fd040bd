#include "ConfigSchema.h"

#include <QTest>

class TestConfigSchema final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void builtinLoads();
    void isSecret_data();
    void isSecret();
    void designKeysPresent_data();
    void designKeysPresent();
    void suggestions_data();
    void suggestions();
    void nameIn_data();
    void nameIn();
    void brokenSchemaIsReported();
};

void TestConfigSchema::builtinLoads()
{
    const ConfigSchema &schema = ConfigSchema::builtin();
    QVERIFY(schema.keys().size() > 150);
    for (const ConfigKeyInfo &info : schema.keys()) {
        if (!info.replacement.isEmpty()) {
            QVERIFY2(schema.find(info.replacement),
                     qPrintable(info.key + QStringLiteral(" -> ") + info.replacement));
        }
    }
    QVERIFY(schema.family(QStringLiteral("metrics.reporter.prom.factory.class"))->dynamic);
}

void TestConfigSchema::designKeysPresent_data()
{
    QTest::addColumn<QString>("key");
    for (const char *key : {"recovery.mode",
                            "high-availability",
                            "high-availability.type",
                            "recovery.zookeeper.storageDir",
                            "high-availability.zookeeper.storageDir",
                            "high-availability.storageDir",
                            "high-availability.cluster-id",
                            "high-availability.zookeeper.path.root",
                            "high-availability.zookeeper.client.session-timeout",
                            "high-availability.zookeeper.client.acl",
                            "jobmanager.heap.mb",
                            "jobmanager.heap.size",
                            "jobmanager.memory.process.size",
                            "taskmanager.heap.mb",
                            "taskmanager.memory.preallocate",
                            "jobmanager.web.port",
                            "web.port",
                            "rest.port",
                            "taskmanager.tmp.dirs",
                            "io.tmp.dirs",
                            "state.backend",
                            "state.backend.type",
                            "state.backend.fs.checkpointdir",
                            "state.checkpoints.dir",
                            "execution.checkpointing.dir",
                            "state.savepoints.dir",
                            "execution.checkpointing.savepoint-dir",
                            "state.checkpoints.num-retained",
                            "state.backend.incremental",
                            "restart-strategy",
                            "restart-strategy.type",
                            "fs.hdfs.hadoopconf",
                            "yarn.reallocate-failed",
                            "yarn.maximum-failed-containers",
                            "yarn.application-attempts",
                            "fs.default-scheme",
                            "rest.bind-address",
                            "parallelism.default",
                            "taskmanager.numberOfTaskSlots"}) {
        QTest::newRow(key) << QString::fromLatin1(key);
    }
}

void TestConfigSchema::designKeysPresent()
{
    QFETCH(QString, key);
    QVERIFY(ConfigSchema::builtin().find(key));
}

void TestConfigSchema::suggestions_data()
{
    QTest::addColumn<QString>("typo");
    QTest::addColumn<QString>("expected");
    QTest::newRow("swapped letters") << "high-availability.zookeeper.qourum"
                                     << "high-availability.zookeeper.quorum";
    QTest::newRow("case") << "taskmanager.numberoftaskslots"
                          << "taskmanager.numberOfTaskSlots";
    QTest::newRow("missing letter") << "paralelism.default"
                                    << "parallelism.default";
    QTest::newRow("wrong parent") << "jobmanager.numberOfTaskSlots"
                                  << "taskmanager.numberOfTaskSlots";
}

void TestConfigSchema::suggestions()
{
    QFETCH(QString, typo);
    QFETCH(QString, expected);
    const QStringList got = ConfigSchema::builtin().suggestions(typo, FlinkVersion(1, 20));
    QVERIFY2(!got.isEmpty() && got.first() == expected, qPrintable(got.join(u',')));
}

void TestConfigSchema::nameIn_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("expected");
    QTest::newRow("HA type in 1.16") << "high-availability.type"
                                     << "1.16"
                                     << "high-availability";
    QTest::newRow("HA type in 1.17") << "high-availability.type"
                                     << "1.17"
                                     << "high-availability.type";
    QTest::newRow("checkpoints 1.19") << "execution.checkpointing.dir"
                                      << "1.19"
                                      << "state.checkpoints.dir";
    QTest::newRow("checkpoints 1.20") << "execution.checkpointing.dir"
                                      << "1.20"
                                      << "execution.checkpointing.dir";
    QTest::newRow("storage dir") << "high-availability.storageDir"
                                 << "1.5"
                                 << "high-availability.storageDir";
}

void TestConfigSchema::nameIn()
{
    QFETCH(QString, key);
    QFETCH(QString, version);
    QFETCH(QString, expected);
    QCOMPARE(ConfigSchema::builtin().nameIn(key, *FlinkVersion::parse(version)), expected);
}

void TestConfigSchema::brokenSchemaIsReported()
{
    QString error;
    const ConfigSchema s = ConfigSchema::fromYaml("keys:\n  - key: a\n    type: bogus\n", &error);
    QVERIFY(s.keys().isEmpty());
    QVERIFY2(error.contains(QStringLiteral("line 2")), qPrintable(error));
}

void TestConfigSchema::isSecret_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("secret");
    QTest::newRow("ssl password") << "security.ssl.rest.keystore-password" << true;
    QTest::newRow("s3 secret") << "s3.secret-key" << true;
    QTest::newRow("s3a secret") << "fs.s3a.secret.key" << true;
    QTest::newRow("azure key") << "fs.azure.account.key.acct.blob.core.windows.net" << true;
    QTest::newRow("zk tls") << "ssl.quorum.keyStore.password" << true;
    QTest::newRow("token") << "metrics.reporter.dd.apikey" << true;
    QTest::newRow("s3 access key") << "s3.access-key" << false;
    QTest::newRow("k8s secret names") << "kubernetes.secrets" << false;
    QTest::newRow("keystore path") << "security.ssl.rest.keystore" << false;
    QTest::newRow("ordinary") << "rest.port" << false;
}

void TestConfigSchema::isSecret()
{
    QFETCH(QString, key);
    QFETCH(bool, secret);
    QCOMPARE(ConfigSchema::builtin().isSecret(key), secret);
}

QTEST_GUILESS_MAIN(TestConfigSchema)
#include "tst_configschema.moc"
