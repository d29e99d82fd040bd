#include "HostListFile.h"

#include <QTest>

class TestHostListFile final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void diagnostics_data();
    void diagnostics();
    void write();
};

void TestHostListFile::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("masters");
    QTest::addColumn<QString>("expected"); // host:port;host:port
    QTest::newRow("seed 000 masters") << "hadoop01:8081   \nhadoop02:8082 \n"
                                      << true << "hadoop01:8081;hadoop02:8082";
    QTest::newRow("no port") << "jm1\n" << true << "jm1:0";
    QTest::newRow("comments") << "# masters\njm1:8081 # primary\n\n" << true << "jm1:8081";
    QTest::newRow("hash glued") << "jm1#x\n" << true << "jm1:0";
    QTest::newRow("first word only") << "w1 w2\n" << false << "w1:0";
    QTest::newRow("network hierarchy") << "/rack1/w1\n" << false << "w1:0";
    QTest::newRow("workers") << "hadoop01   \nhadoop02   \nhadoop03 \n"
                             << false << "hadoop01:0;hadoop02:0;hadoop03:0";
}

void TestHostListFile::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, masters);
    QFETCH(QString, expected);
    const auto result = HostListFile::parse(
        text, masters ? HostListFile::Kind::Masters : HostListFile::Kind::Workers, {});
    QStringList got;
    for (const auto &e : result.entries) {
        got.append(e.host + QLatin1Char(':') + QString::number(e.port));
    }
    QCOMPARE(got.join(u';'), expected);
}

void TestHostListFile::diagnostics_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("rule");
    QTest::newRow("bad port") << "jm1:80x\n"
                              << "hostlist-bad-port";
    QTest::newRow("port out of range") << "jm1:70000\n"
                                       << "hostlist-bad-port";
    QTest::newRow("duplicate") << "jm1:8081\njm1:8081\n"
                               << "hostlist-duplicate";
    QTest::newRow("extra words") << "jm1 jm2\n"
                                 << "hostlist-extra-words";
    // Found by fuzz_host_list: these used to parse into hosts that did not write back.
    QTest::newRow("empty host") << ":\n"
                                << "hostlist-bad-host";
    QTest::newRow("slash host") << "rack1/host:\n"
                                << "hostlist-bad-host";
}

void TestHostListFile::diagnostics()
{
    QFETCH(QString, text);
    QFETCH(QString, rule);
    const auto result =
        HostListFile::parse(text, HostListFile::Kind::Masters, QStringLiteral("masters"));
    QVERIFY(!result.diagnostics.isEmpty());
    QCOMPARE(result.diagnostics.first().rule, rule);
    QCOMPARE(result.diagnostics.first().file, QStringLiteral("masters"));
    QVERIFY(result.diagnostics.first().line > 0);
}

void TestHostListFile::write()
{
    QCOMPARE(HostListFile::write({{QStringLiteral("a"), 8081, 0}, {QStringLiteral("b"), 0, 0}}),
             QStringLiteral("a:8081\nb\n"));
}

QTEST_GUILESS_MAIN(TestHostListFile)
#include "tst_hostlistfile.moc"
