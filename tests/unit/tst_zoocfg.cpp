#include "ZooCfg.h"

#include <QTest>

class TestZooCfg final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void seed();
    void diagnostics_data();
    void diagnostics();
    void propertiesSeparators();
};

void TestZooCfg::seed()
{
    const auto result = ZooCfg::parse(
        QStringLiteral("# The number of milliseconds of each tick\ntickTime=2000\n"
                       "initLimit=10\nsyncLimit=5\ndataDir=/tmp/zookeeper\nclientPort=2181\n"
                       "server.1=hadoop01:2888:3888\nserver.2=hadoop02:2888:3888\n"
                       "server.3=hadoop03:2888:3888;2181\n"),
        QStringLiteral("zoo.cfg"));
    QVERIFY(result.diagnostics.isEmpty());
    QCOMPARE(result.servers.size(), 3);
    QCOMPARE(result.servers[2].host, QStringLiteral("hadoop03"));
    QCOMPARE(result.servers[2].electionPort, 3888);
    QCOMPARE(result.servers[2].line, 9);
    QCOMPARE(result.cfg.value(QStringLiteral("tickTime")), QStringLiteral("2000"));
}

void TestZooCfg::diagnostics_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("rule");
    QTest::newRow("no dataDir") << "# dataDir=/tmp/zookeeper\nclientPort=2181\n"
                                << "zk-no-datadir";
    QTest::newRow("id 0") << "dataDir=/d\nserver.0=a:2888:3888\n"
                          << "zk-server-id-range";
    QTest::newRow("id 256") << "dataDir=/d\nserver.256=a:2888:3888\n"
                            << "zk-server-id-range";
    QTest::newRow("id twice") << "dataDir=/d\nserver.1=a:2888:3888\nserver.1=b:2888:3888\n"
                              << "zk-server-id-duplicate";
    QTest::newRow("bad value") << "dataDir=/d\nserver.1=a:2888\n"
                               << "zk-bad-server";
}

void TestZooCfg::diagnostics()
{
    QFETCH(QString, text);
    QFETCH(QString, rule);
    const auto result = ZooCfg::parse(text, QStringLiteral("zoo.cfg"));
    QVERIFY(!result.diagnostics.isEmpty());
    QCOMPARE(result.diagnostics.first().rule, rule);
}

void TestZooCfg::propertiesSeparators()
{
    const auto result = ZooCfg::parse(
        QStringLiteral("dataDir /d\nclientPort:2182\n  tickTime = 3000\n! bang comment\n"), {});
    QCOMPARE(result.cfg.value(QStringLiteral("dataDir")), QStringLiteral("/d"));
    QCOMPARE(result.cfg.value(QStringLiteral("clientPort")), QStringLiteral("2182"));
    QCOMPARE(result.cfg.value(QStringLiteral("tickTime")), QStringLiteral("3000"));
    QCOMPARE(result.cfg.properties().size(), 3);
    // Found by fuzz_zoo_cfg: set() must change the occurrence that value() reads (the last).
    ZooCfg twice = ZooCfg::parse(QStringLiteral("a=1\na=2\n"), {}).cfg;
    twice.set(QStringLiteral("a"), QStringLiteral("3"));
    QCOMPARE(twice.value(QStringLiteral("a")), QStringLiteral("3"));
}

QTEST_GUILESS_MAIN(TestZooCfg)
#include "tst_zoocfg.moc"
