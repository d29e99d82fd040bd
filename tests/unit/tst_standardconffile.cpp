#include "StandardConfFile.h"

#include <QTest>

/// config.yaml as Flink 1.19+ reads it: standard YAML 1.1, flattened.
class TestStandardConfFile final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void values_data();
    void values();
    void errors_data();
    void errors();
    void nestedAndFlatAgree();
    void linesPointAtKeys();
};

void TestStandardConfFile::values_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::newRow("flat") << "a.b: c\n"
                          << "a.b"
                          << "c";
    QTest::newRow("nested") << "a:\n  b:\n    c: 1\n"
                            << "a.b.c"
                            << "1";
    // Expected values are what flink-dist 1.20.3's GlobalConfiguration returns (YAML 1.2 core).
    QTest::newRow("yes stays text") << "k: yes\n"
                                    << "k"
                                    << "yes";
    QTest::newRow("on stays text") << "k: on\n"
                                   << "k"
                                   << "on";
    QTest::newRow("True is true") << "k: True\n"
                                  << "k"
                                  << "true";
    QTest::newRow("quoted True stays") << "k: 'True'\n"
                                       << "k"
                                       << "True";
    QTest::newRow("no sexagesimal") << "k: 1:30\n"
                                    << "k"
                                    << "1:30";
    QTest::newRow("leading zero is decimal") << "k: 010\n"
                                             << "k"
                                             << "10";
    QTest::newRow("0o octal") << "k: 0o17\n"
                              << "k"
                              << "15";
    QTest::newRow("hex") << "k: 0x1F\n"
                         << "k"
                         << "31";
    QTest::newRow("plus sign") << "k: +12\n"
                               << "k"
                               << "12";
    QTest::newRow("underscores stay text") << "k: 1_000\n"
                                           << "k"
                                           << "1_000";
    QTest::newRow("binary stays text") << "k: 0b101\n"
                                       << "k"
                                       << "0b101";
    QTest::newRow("float") << "k: 0.4\n"
                           << "k"
                           << "0.4";
    QTest::newRow("leading dot float") << "k: .5\n"
                                       << "k"
                                       << "0.5";
    QTest::newRow("exponent") << "k: 1e3\n"
                              << "k"
                              << "1000.0";
    QTest::newRow("negative infinity") << "k: -.inf\n"
                                       << "k"
                                       << "-.inf";
    QTest::newRow("date stays text") << "k: 2024-01-01\n"
                                     << "k"
                                     << "2024-01-01";
    QTest::newRow("hash inside value is text") << "pw: ab#cd\n"
                                               << "pw"
                                               << "ab#cd";
    QTest::newRow("hash after space is comment") << "k: v # c\n"
                                                 << "k"
                                                 << "v";
    QTest::newRow("double quoted escapes") << "k: \"a\\tb\"\n"
                                           << "k"
                                           << "a\tb";
    QTest::newRow("memory size stays text") << "k: 1024m\n"
                                            << "k"
                                            << "1024m";
    QTest::newRow("list") << "k: [a, b]\n"
                          << "k"
                          << "[a, b]";
    QTest::newRow("block list") << "k:\n  - a\n  - b\n"
                                << "k"
                                << "[a, b]";
    QTest::newRow("url") << "k: hdfs://nn:9000/x\n"
                         << "k"
                         << "hdfs://nn:9000/x";
}

void TestStandardConfFile::values()
{
    QFETCH(QString, text);
    QFETCH(QString, key);
    QFETCH(QString, value);
    const auto result = StandardConfFile::parse(text, QStringLiteral("config.yaml"));
    QVERIFY(result.readable);
    QCOMPARE(result.config.value(key, QStringLiteral("<absent>")), value);
}

void TestStandardConfFile::errors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<int>("line");
    QTest::newRow("duplicate") << "a: 1\nb: 2\na: 3\n"
                               << "duplicate-key" << 3;
    QTest::newRow("nested duplicate") << "a:\n  b: 1\n  b: 2\n"
                                      << "duplicate-key" << 3;
    QTest::newRow("collision") << "a.b: 1\na:\n  b: 2\n"
                               << "nested-flat-collision" << 3;
    QTest::newRow("syntax") << "a: 1\nb: [unclosed\n"
                            << "yaml-syntax" << 3;
    QTest::newRow("bad indent") << "a:\n  b: 1\n c: 2\n"
                                << "yaml-syntax" << 3;
    QTest::newRow("null") << "a:\n"
                          << "yaml-null-value" << 1;
    QTest::newRow("retyped") << "k: 010\n"
                             << "yaml-retyped" << 1;
    QTest::newRow("not a map") << "- a\n- b\n"
                               << "yaml-not-a-map" << 1;
}

void TestStandardConfFile::errors()
{
    QFETCH(QString, text);
    QFETCH(QString, rule);
    QFETCH(int, line);
    const auto result = StandardConfFile::parse(text, QStringLiteral("config.yaml"));
    QStringList seen;
    for (const Diagnostic &d : result.diagnostics) {
        seen.append(d.rule + QLatin1Char('@') + QString::number(d.line));
        if (d.rule == rule) {
            QCOMPARE(d.line, line);
            QCOMPARE(d.file, QStringLiteral("config.yaml"));
            return;
        }
    }
    QFAIL(qPrintable(seen.join(u',')));
}

void TestStandardConfFile::nestedAndFlatAgree()
{
    const auto flat =
        StandardConfFile::parse(QStringLiteral("high-availability.type: zookeeper\n"
                                               "high-availability.zookeeper.quorum: a:2181\n"),
                                {});
    const auto nested =
        StandardConfFile::parse(QStringLiteral("high-availability:\n  type: zookeeper\n"
                                               "  zookeeper:\n    quorum: a:2181\n"),
                                {});
    QCOMPARE(flat.config, nested.config);
}

void TestStandardConfFile::linesPointAtKeys()
{
    const auto result = StandardConfFile::parse(QStringLiteral("# c\na:\n  b: 1\n  c: 2\n"), {});
    QCOMPARE(result.config.entry(QStringLiteral("a.c"))->line, 4);
}

QTEST_GUILESS_MAIN(TestStandardConfFile)
#include "tst_standardconffile.moc"
