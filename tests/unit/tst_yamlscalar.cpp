#include "StandardConfFile.h"
#include "YamlScalar.h"

#include <QTest>

class TestYamlScalar final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void quoting_data();
    void quoting();
    void survivesConfigYaml_data() { quoting_data(); }
    void survivesConfigYaml();
};

void TestYamlScalar::quoting_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("quoted");
    QTest::newRow("int") << "2" << false;
    QTest::newRow("true") << "true" << false;
    QTest::newRow("True changes case") << "True" << true;
    QTest::newRow("yes") << "yes" << false;
    QTest::newRow("on") << "on" << false;
    QTest::newRow("leading zero") << "010" << true;
    QTest::newRow("plus sign") << "+12" << true;
    QTest::newRow("colon number") << "1:30" << false;
    QTest::newRow("float same") << "0.4" << false;
    QTest::newRow("float changes") << ".5" << true;
    QTest::newRow("null word") << "null" << true;
    QTest::newRow("tilde") << "~" << true;
    QTest::newRow("empty") << "" << true;
    QTest::newRow("date") << "2024-01-01" << false;
    QTest::newRow("document end") << "...x" << true;
    QTest::newRow("memory") << "1024m" << false;
    QTest::newRow("url") << "hdfs://nn:9000/flink/ha/" << false;
    QTest::newRow("colon space") << "a: b" << true;
    QTest::newRow("space hash") << "a #b" << true;
    QTest::newRow("hash inside") << "ab#cd" << false;
    QTest::newRow("leading star") << "*x" << true;
    QTest::newRow("leading space") << " x" << true;
    QTest::newRow("quote char") << "it's" << false;
    QTest::newRow("leading quote") << "'x'" << true;
    QTest::newRow("newline") << "a\nb" << true;
    QTest::newRow("path") << "/opt/flink" << false;
    QTest::newRow("class") << "org.apache.flink.Foo" << false;
    QTest::newRow("list") << "a;b;c" << false;
    QTest::newRow("leading BOM character")
        << QStringLiteral("\uFEFFx") << false; // found by fuzz_value_syntax
}

void TestYamlScalar::quoting()
{
    QFETCH(QString, value);
    QFETCH(bool, quoted);
    QCOMPARE(YamlScalar::needsQuoting(value), quoted);
}

void TestYamlScalar::survivesConfigYaml()
{
    QFETCH(QString, value);
    const QString text = QStringLiteral("k: ") + YamlScalar::toYaml(value) + QLatin1Char('\n');
    const auto parsed = StandardConfFile::parse(text, {});
    QVERIFY2(parsed.readable, qPrintable(text));
    QCOMPARE(parsed.config.value(QStringLiteral("k"), QStringLiteral("<absent>")), value);
}

QTEST_GUILESS_MAIN(TestYamlScalar)
#include "tst_yamlscalar.moc"
