#include "ConfigYamlWriter.h"
#include "StandardConfFile.h"
#include "TestData.h"

#include <QMap>
#include <QTest>

class TestConfigYamlWriter final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void flat();
    void nested();
    void prefixThatIsAlsoAKey();
    void roundTrip_data();
    void roundTrip();
};

namespace {
FlinkConfig sample()
{
    FlinkConfig c;
    c.set(QStringLiteral("high-availability.type"), QStringLiteral("zookeeper"));
    c.set(QStringLiteral("taskmanager.numberOfTaskSlots"), QStringLiteral("4"));
    c.set(QStringLiteral("high-availability.zookeeper.quorum"), QStringLiteral("a:2181,b:2181"));
    c.set(QStringLiteral("execution.checkpointing.unaligned"), QStringLiteral("True"));
    return c;
}
} // namespace

void TestConfigYamlWriter::flat()
{
    QCOMPARE(ConfigYamlWriter::write(sample(), ConfigYamlWriter::Style::Flat),
             QStringLiteral("high-availability.type: zookeeper\ntaskmanager.numberOfTaskSlots: 4\n"
                            "high-availability.zookeeper.quorum: a:2181,b:2181\n"
                            "execution.checkpointing.unaligned: 'True'\n"));
}

void TestConfigYamlWriter::nested()
{
    QCOMPARE(ConfigYamlWriter::write(sample(), ConfigYamlWriter::Style::Nested),
             QStringLiteral(
                 "high-availability:\n  type: zookeeper\n  zookeeper:\n    quorum: a:2181,b:2181\n"
                 "taskmanager:\n  numberOfTaskSlots: 4\nexecution:\n  checkpointing:\n"
                 "    unaligned: 'True'\n"));
}

void TestConfigYamlWriter::prefixThatIsAlsoAKey()
{
    FlinkConfig c;
    c.set(QStringLiteral("high-availability"), QStringLiteral("zookeeper"));
    c.set(QStringLiteral("high-availability.storageDir"), QStringLiteral("hdfs:///ha"));
    const QString text = ConfigYamlWriter::write(c, ConfigYamlWriter::Style::Nested);
    const auto parsed = StandardConfFile::parse(text, {});
    QVERIFY2(parsed.diagnostics.isEmpty(), qPrintable(text));
    QCOMPARE(parsed.config, c);
}

void TestConfigYamlWriter::roundTrip_data()
{
    QTest::addColumn<int>("style");
    QTest::newRow("flat") << int(ConfigYamlWriter::Style::Flat);
    QTest::newRow("nested") << int(ConfigYamlWriter::Style::Nested);
}

void TestConfigYamlWriter::roundTrip()
{
    QFETCH(int, style);
    FlinkConfig c = sample();
    c.set(QStringLiteral("security.ssl.keystore-password"), QStringLiteral("p#ss: 'word'"));
    c.set(QStringLiteral("env.java.opts.all"), QStringLiteral("-Dx=1 -XX:+UseG1GC"));
    c.set(QStringLiteral("state.savepoints.dir"), QStringLiteral("010"));
    c.set(QStringLiteral(".."), QStringLiteral("l")); // found by fuzz_standard_conf: empty segments
    c.set(QStringLiteral("a..b"), QStringLiteral("m"));
    const auto parsed =
        StandardConfFile::parse(ConfigYamlWriter::write(c, ConfigYamlWriter::Style(style)), {});
    // Nesting groups keys by prefix, so compare content, not order.
    QCOMPARE(TestData::asMap(parsed.config), TestData::asMap(c));
}

QTEST_GUILESS_MAIN(TestConfigYamlWriter)
#include "tst_configyamlwriter.moc"
