#include "MemorySize.h"

#include <QTest>

/// Expected values were produced by org.apache.flink.configuration.MemorySize (Flink 1.20.5).
class TestMemorySize final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void format();
};

void TestMemorySize::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<quint64>("bytes");
    QTest::addColumn<bool>("hadUnit");
    QTest::newRow("bare number is bytes") << "1024" << true << quint64(1024) << false;
    QTest::newRow("kb with spaces") << " 12 kb " << true << quint64(12288) << true;
    QTest::newRow("Mb any case") << "1 Mb" << true << quint64(1048576) << true;
    QTest::newRow("m") << "1 m" << true << quint64(1048576) << true;
    QTest::newRow("mebibytes") << "2mebibytes" << true << quint64(2097152) << true;
    QTest::newRow("g") << "2g" << true << (quint64(2) << 30) << true;
    QTest::newRow("t") << "1t" << true << (quint64(1) << 40) << true;
    QTest::newRow("bytes") << "7 bytes" << true << quint64(7) << true;
    QTest::newRow("decimal rejected") << "1024.5m" << false << quint64(0) << false;
    QTest::newRow("negative rejected") << "-1m" << false << quint64(0) << false;
    QTest::newRow("duration unit") << "5min" << false << quint64(0) << false;
    QTest::newRow("empty") << "  " << false << quint64(0) << false;
    QTest::newRow("overflow digits") << "99999999999999999999" << false << quint64(0) << false;
    QTest::newRow("overflow unit") << "9999999999t" << false << quint64(0) << false;
}

void TestMemorySize::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(quint64, bytes);
    QFETCH(bool, hadUnit);
    QString error;
    const auto parsed = MemorySize::parse(text, &error);
    QCOMPARE(parsed.has_value(), ok);
    if (ok) {
        QCOMPARE(parsed->bytes, bytes);
        QCOMPARE(parsed->hadUnit, hadUnit);
    } else {
        QVERIFY(!error.isEmpty());
    }
}

void TestMemorySize::format()
{
    QCOMPARE(MemorySize::format(1536ULL << 20), QStringLiteral("1536m"));
    QCOMPARE(MemorySize::format(2ULL << 30), QStringLiteral("2g"));
    QCOMPARE(MemorySize::format(1000), QStringLiteral("1000b"));
}

QTEST_GUILESS_MAIN(TestMemorySize)
#include "tst_memorysize.moc"
