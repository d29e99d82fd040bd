#include "DurationValue.h"

#include <QTest>

using namespace std::chrono_literals;

/// Expected values were produced by org.apache.flink.util.TimeUtils.parseDuration (Flink 1.20.5).
class TestDurationValue final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void isoIsExplained();
    void format();
};

void TestDurationValue::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("nanos");
    QTest::newRow("bare number is ms") << "1024" << true << qint64(1024000000);
    QTest::newRow("m is minutes") << "1 m" << true << qint64(60000000000);
    QTest::newRow("min") << "5min" << true << qint64(300000000000);
    QTest::newRow("minutes") << "1minutes" << true << qint64(60000000000);
    QTest::newRow("mins rejected") << "2 mins" << false << qint64(0);
    QTest::newRow("micro sign") << QStringLiteral("10 \u00b5s") << true << qint64(10000);
    QTest::newRow("micros") << "1micros" << true << qint64(1000);
    QTest::newRow("days") << "3 days" << true << qint64(259200000000000);
    QTest::newRow("hours") << "1 hours" << true << qint64(3600000000000);
    QTest::newRow("secs") << "1secs" << true << qint64(1000000000);
    QTest::newRow("millis") << "1 millis" << true << qint64(1000000);
    QTest::newRow("nanos") << "1nanos" << true << qint64(1);
    QTest::newRow("upper case") << "30 S" << true << qint64(30000000000);
    QTest::newRow("ISO rejected") << "PT1M" << false << qint64(0);
    QTest::newRow("decimal rejected") << "1.5 s" << false << qint64(0);
    QTest::newRow("memory unit rejected") << "12 kb" << false << qint64(0);
    QTest::newRow("negative rejected") << "-1 s" << false << qint64(0);
}

void TestDurationValue::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(qint64, nanos);
    const auto parsed = DurationValue::parse(text);
    QCOMPARE(parsed.has_value(), ok);
    if (ok) {
        QCOMPARE(parsed->value.count(), nanos);
    }
}

void TestDurationValue::isoIsExplained()
{
    QString error;
    QVERIFY(!DurationValue::parse(QStringLiteral("PT1M"), &error));
    QVERIFY2(error.contains(QStringLiteral("ISO-8601")), qPrintable(error));
}

void TestDurationValue::format()
{
    QCOMPARE(DurationValue::format(90s), QStringLiteral("90 s"));
    QCOMPARE(DurationValue::format(5min), QStringLiteral("5 min"));
    QCOMPARE(DurationValue::format(1500ms), QStringLiteral("1500 ms"));
}

QTEST_GUILESS_MAIN(TestDurationValue)
#include "tst_durationvalue.moc"
