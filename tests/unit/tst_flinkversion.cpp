#include "FlinkVersion.h"

#include <QTest>

class TestFlinkVersion final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void files();
};

void TestFlinkVersion::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("minor") << "1.20"
                           << "1.20";
    QTest::newRow("patch") << "1.20.5"
                           << "1.20.5";
    QTest::newRow("v prefix") << "v2.0"
                              << "2.0";
    QTest::newRow("snapshot") << "2.1-SNAPSHOT"
                              << "2.1";
    QTest::newRow("garbage") << "one.two"
                             << "";
    QTest::newRow("major only") << "2"
                                << "";
}

void TestFlinkVersion::parse()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const auto v = FlinkVersion::parse(text);
    QCOMPARE(v ? v->toString() : QString(), expected);
}

void TestFlinkVersion::files()
{
    QCOMPARE(FlinkVersion(1, 10).workersFileName(), QStringLiteral("slaves"));
    QCOMPARE(FlinkVersion(1, 11).workersFileName(), QStringLiteral("workers"));
    QVERIFY(!FlinkVersion(1, 18).defaultsToStandardYaml());
    QVERIFY(FlinkVersion(1, 19).defaultsToStandardYaml());
    QVERIFY(FlinkVersion(1, 20, 5).readsLegacyConf());
    QVERIFY(!FlinkVersion(2, 0).readsLegacyConf());
    QVERIFY(FlinkVersion(1, 20) < FlinkVersion(2, 0));
    QVERIFY(FlinkVersion(1, 9) < FlinkVersion(1, 10));
}

QTEST_GUILESS_MAIN(TestFlinkVersion)
#include "tst_flinkversion.moc"
