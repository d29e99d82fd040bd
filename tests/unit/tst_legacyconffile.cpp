#include "LegacyConfFile.h"
#include "TestData.h"

#include <QTest>

/// Flink's GlobalConfiguration line parser, quirk by quirk.
class TestLegacyConfFile final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void diagnostics_data();
    void diagnostics();
    void duplicateKeepsFirstPositionLastValue();
    void roundTripIsExact();
    void editKeepsCommentsAndOrder();
    void removeDropsAllOccurrences();
    void lineEndings();
};

void TestLegacyConfFile::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value"); // "<absent>" when Flink has no such key
    QTest::newRow("plain") << "a.b: c\n"
                           << "a.b"
                           << "c";
    QTest::newRow("trimmed") << "   a.b:    c   \n"
                             << "a.b"
                             << "c";
    QTest::newRow("hash cuts value") << "pw: abc#123\n"
                                     << "pw"
                                     << "abc";
    QTest::newRow("hash in quotes cuts too") << "pw: \"a #b\"\n"
                                             << "pw"
                                             << "\"a";
    QTest::newRow("quotes kept") << "k: 'v'\n"
                                 << "k"
                                 << "'v'";
    QTest::newRow("no space after colon skipped") << "k:v\n"
                                                  << "k"
                                                  << "<absent>";
    QTest::newRow("equals skipped") << "k=v\n"
                                    << "k"
                                    << "<absent>";
    QTest::newRow("empty value skipped") << "k: \n"
                                         << "k"
                                         << "<absent>";
    QTest::newRow("first separator splits") << "k: a: b\n"
                                            << "k"
                                            << "a: b";
    QTest::newRow("url value") << "s: hdfs://nn:9000/x\n"
                               << "s"
                               << "hdfs://nn:9000/x";
    QTest::newRow("colon in key") << "a:b: c\n"
                                  << "a:b"
                                  << "c";
    QTest::newRow("list kept verbatim") << "l: a;b;c\n"
                                        << "l"
                                        << "a;b;c";
    QTest::newRow("map kept verbatim") << "m: k1:v1,k2:v2\n"
                                       << "m"
                                       << "k1:v1,k2:v2";
    QTest::newRow("tab separated is not a separator") << "k:\tv\n"
                                                      << "k"
                                                      << "<absent>";
    QTest::newRow("tab after colon space") << "k: \tv\n"
                                           << "k"
                                           << "v";
    QTest::newRow("comment line") << "# k: v\n"
                                  << "k"
                                  << "<absent>";
    QTest::newRow("indented nested yaml is flat text") << "a:\n  b: c\n"
                                                       << "b"
                                                       << "c";
    QTest::newRow("control chars trimmed") << "k: v\x01\n"
                                           << "k"
                                           << "v";
    QTest::newRow("last line without newline") << "k: v"
                                               << "k"
                                               << "v";
}

void TestLegacyConfFile::parse()
{
    QFETCH(QString, text);
    QFETCH(QString, key);
    QFETCH(QString, value);
    const FlinkConfig config = LegacyConfFile::parse(text).toConfig();
    QCOMPARE(config.find(key).value_or(QStringLiteral("<absent>")), value);
}

void TestLegacyConfFile::diagnostics_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<int>("line");
    QTest::newRow("no separator") << "a: 1\nyarn.application-attempts:5\n"
                                  << "legacy-no-separator" << 2;
    QTest::newRow("equals") << "jobmanager.rpc.address=testhadoop1   // note\n"
                            << "legacy-no-separator" << 1;
    QTest::newRow("duplicate") << "a: 1\nb: 2\na: 3\n"
                               << "duplicate-key" << 3;
    QTest::newRow("hash in value") << "security.ssl.keystore-password: ab#cd\n"
                                   << "legacy-hash-in-value" << 1;
    QTest::newRow("closed quotes") << "k: \"v\"\n"
                                   << "legacy-quotes" << 1;
    QTest::newRow("unclosed quote") << "k: \"a #b\"\n"
                                    << "legacy-quotes" << 1;
    QTest::newRow("slash comment") << "parallelism.default: 3  // 默认并行度\n"
                                   << "legacy-slash-comment" << 1;
    QTest::newRow("empty value") << "k: \n"
                                 << "" << 0; // "k:" trims to no separator
    QTest::newRow("empty key") << ": v\n"
                               << "legacy-empty-part" << 1;
}

void TestLegacyConfFile::diagnostics()
{
    QFETCH(QString, text);
    QFETCH(QString, rule);
    QFETCH(int, line);
    const DiagnosticList list =
        LegacyConfFile::parse(text).diagnostics(QStringLiteral("flink-conf.yaml"));
    if (rule.isEmpty()) {
        QVERIFY2(!TestData::rules(list).contains(QStringLiteral("legacy-empty-part")),
                 qPrintable(TestData::rules(list).join(u',')));
        return;
    }
    bool found = false;
    for (const Diagnostic &d : list) {
        if (d.rule == rule) {
            found = true;
            QCOMPARE(d.line, line);
            QCOMPARE(d.file, QStringLiteral("flink-conf.yaml"));
            QVERIFY(!d.message.isEmpty());
        }
    }
    QVERIFY2(found, qPrintable(TestData::rules(list).join(u',')));
}

void TestLegacyConfFile::duplicateKeepsFirstPositionLastValue()
{
    const FlinkConfig config =
        LegacyConfFile::parse(QStringLiteral("a: 1\nb: 2\na: 3\n")).toConfig();
    QCOMPARE(config.keys(), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    QCOMPARE(config.value(QStringLiteral("a")), QStringLiteral("3"));
    QCOMPARE(config.entry(QStringLiteral("a"))->line, 3);
}

void TestLegacyConfFile::roundTripIsExact()
{
    const QString text =
        QStringLiteral("# header\n\njobmanager.rpc.port: 6123   # rpc\n  odd line\nk:v\n");
    QCOMPARE(LegacyConfFile::parse(text).toText(), text);
    const QString noNewline = QStringLiteral("a: 1\nb: 2");
    QCOMPARE(LegacyConfFile::parse(noNewline).toText(), noNewline);
}

void TestLegacyConfFile::editKeepsCommentsAndOrder()
{
    LegacyConfFile file =
        LegacyConfFile::parse(QStringLiteral("# Flink\nrest.port: 8081    # web ui\n\n"
                                             "parallelism.default: 1\n"));
    file.setValue(QStringLiteral("rest.port"), QStringLiteral("8082"));
    file.setValue(QStringLiteral("io.tmp.dirs"), QStringLiteral("/data/tmp"));
    QCOMPARE(file.toText(),
             QStringLiteral("# Flink\nrest.port: 8082    # web ui\n\nparallelism.default: 1\n"
                            "io.tmp.dirs: /data/tmp\n"));
}

void TestLegacyConfFile::removeDropsAllOccurrences()
{
    LegacyConfFile file = LegacyConfFile::parse(QStringLiteral("a: 1\n# keep\na: 2\nb: 3\n"));
    file.remove(QStringLiteral("a"));
    QCOMPARE(file.toText(), QStringLiteral("# keep\nb: 3\n"));
}

void TestLegacyConfFile::lineEndings()
{
    // BufferedReader.readLine splits at \n, \r and \r\n.
    const FlinkConfig config =
        LegacyConfFile::parse(QStringLiteral("a: 1\r\nb: 2\rc: 3\n")).toConfig();
    QCOMPARE(config.size(), 3);
    QCOMPARE(config.value(QStringLiteral("b")), QStringLiteral("2"));
    QCOMPARE(config.entry(QStringLiteral("c"))->line, 3);
}

QTEST_GUILESS_MAIN(TestLegacyConfFile)
#include "tst_legacyconffile.moc"
