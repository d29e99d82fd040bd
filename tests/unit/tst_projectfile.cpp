#include "ProjectDocument.h"
#include "ProjectFile.h"
#include "TestData.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestProjectFile final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void examplesRoundTrip_data();
    void examplesRoundTrip();
    void unknownFieldsSurvive();
    void secretsAreLeftOut_data();
    void secretsAreLeftOut();
    void errors_data();
    void errors();
    void failedSaveKeepsOldFile();
    void awkwardValuesSurvive();
};

void TestProjectFile::examplesRoundTrip_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("seed 000") << "resources/examples/seed000-hadoop.flinkdeck.yaml";
    QTest::newRow("seed 003") << "resources/examples/seed003-testhadoop.flinkdeck.yaml";
}

void TestProjectFile::examplesRoundTrip()
{
    QFETCH(QString, file);
    const auto first = ProjectFile::load(TestData::sourcePath(file));
    QVERIFY2(first.project, qPrintable(first.diagnostics.value(0).toText()));
    const QByteArray saved = ProjectFile::serialize(*first.project);
    const auto second = ProjectFile::parse(saved, QStringLiteral("saved"));
    QVERIFY(second.project);
    QCOMPARE(*second.project, *first.project);
    QCOMPARE(ProjectFile::serialize(*second.project), saved); // a second save is byte-identical
}

void TestProjectFile::unknownFieldsSurvive()
{
    const QByteArray yaml = "flinkdeck: 1\nname: x\nflinkVersion: \"1.20\"\nowner: team-a\n"
                            "ha: {mode: zookeeper, storageDir: 'hdfs:///ha', ticket: OPS-1}\n"
                            "hosts:\n  - name: a\n    rack: r1\n    roles:\n      jobmanager: "
                            "{webUiPort: 8081, color: red}\n"
                            "      gpu: {count: 1}\n"
                            "flinkConfig:\n  parallelism.default: 2\n";
    const auto loaded = ProjectFile::parse(yaml, {});
    QVERIFY(loaded.project);
    const QByteArray saved = ProjectFile::serialize(*loaded.project);
    for (const char *needle :
         {"owner: team-a", "ticket: OPS-1", "rack: r1", "color: red", "count: 1"}) {
        QVERIFY2(saved.contains(needle), saved.constData());
    }
    const auto again = ProjectFile::parse(saved, {});
    QVERIFY(again.project);
    QCOMPARE(*again.project, *loaded.project);
}

void TestProjectFile::secretsAreLeftOut_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("key");
    QTest::newRow("ssl password")
        << QByteArray("name: x\nflinkConfig:\n  a: 1\n  security.ssl.rest.keystore-password: pw\n")
        << 4 << "flinkConfig.security.ssl.rest.keystore-password";
    QTest::newRow("host secret")
        << QByteArray("hosts:\n  - name: a\n    flinkConfig:\n      s3.secret-key: pw\n") << 4
        << "hosts[0].flinkConfig.s3.secret-key";
    QTest::newRow("zoo.cfg secret")
        << QByteArray("zookeeper:\n  extra:\n    ssl.keyStore.password: pw\n") << 3
        << "zookeeper.extra.ssl.keyStore.password";
    QTest::newRow("unknown field")
        << QByteArray("name: x\nnotes:\n  s3.secret-key: pw\n  owner: me\n")
        << 0 // kept fields are copies without positions
        << "notes.s3.secret-key";
}

void TestProjectFile::secretsAreLeftOut()
{
    // A secret in a project (an old file, a hand edit) is dropped with a warning: the project
    // still opens, and no save or recovery copy writes the secret again.
    QFETCH(QByteArray, yaml);
    QFETCH(int, line);
    QFETCH(QString, key);
    const auto loaded = ProjectFile::parse(yaml, QStringLiteral("p.flinkdeck.yaml"));
    QVERIFY(loaded.project);
    QCOMPARE(loaded.diagnostics.size(), 1);
    const Diagnostic &d = loaded.diagnostics.first();
    QCOMPARE(d.rule, QStringLiteral("secret-not-kept"));
    QCOMPARE(d.severity, Diagnostic::Severity::Warning);
    if (line > 0) {
        QCOMPARE(d.line, line);
    }
    QCOMPARE(d.key, key);
    QVERIFY(!ProjectFile::serialize(*loaded.project).contains("pw"));
    QVERIFY(!ProjectDocument::holdsSecret(*loaded.project));
}

void TestProjectFile::errors_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("key");
    QTest::newRow("syntax") << QByteArray("name: x\nhosts:\n  - name: a\n   roles: {}\n") << 4
                            << "";
    QTest::newRow("bad port")
        << QByteArray(
               "name: x\nhosts:\n  - name: a\n    roles:\n      jobmanager: {webUiPort: eighty}\n")
        << 5 << "hosts[0].roles.jobmanager.webUiPort";
    QTest::newRow("bad version") << QByteArray("name: x\nflinkVersion: latest\n") << 2
                                 << "flinkVersion";
    QTest::newRow("password refused")
        << QByteArray("name: x\nssh:\n  user: u\n  password: hunter2\n") << 4 << "ssh.password";
    QTest::newRow("repeated section")
        << QByteArray("name: x\nflinkConfig: {a: 1}\nflinkConfig: {a: 2}\n") << 3 << "flinkConfig";
    QTest::newRow("duplicate host")
        << QByteArray("hosts:\n  - name: a\n  - name: a\n") << 3 << "hosts[1].name";
    QTest::newRow("hosts not a list") << QByteArray("hosts: a\n") << 1 << "hosts";
    QTest::newRow("bad style") << QByteArray("configStyle: fancy\n") << 1 << "configStyle";
    QTest::newRow("empty host entry")
        << QByteArray("hosts:\n  -\nname: x\n") << 3
        << "hosts[0].name"; // yaml-cpp marks a null item where the next token starts
}

void TestProjectFile::errors()
{
    QFETCH(QByteArray, yaml);
    QFETCH(int, line);
    QFETCH(QString, key);
    const auto loaded = ProjectFile::parse(yaml, QStringLiteral("p.flinkdeck.yaml"));
    QVERIFY(!loaded.project);
    QVERIFY(!loaded.diagnostics.isEmpty());
    const Diagnostic &d = loaded.diagnostics.first();
    QCOMPARE(d.file, QStringLiteral("p.flinkdeck.yaml"));
    QCOMPARE(d.line, line);
    if (!key.isEmpty()) {
        QCOMPARE(d.key, key);
    }
    QVERIFY(!d.message.contains(QStringLiteral("hunter2")));
}

void TestProjectFile::failedSaveKeepsOldFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.flinkdeck.yaml"));
    ClusterProject p;
    p.name = QStringLiteral("one");
    QString error;
    QVERIFY(ProjectFile::save(p, path, &error));
    const QByteArray before = TestData::read(path);
    // A save that cannot complete reports the path; a good save replaces the file whole and
    // leaves no temporary file behind.
    QVERIFY(!ProjectFile::save(p, dir.filePath(QStringLiteral("missing/dir/p.flinkdeck.yaml")),
                               &error));
    QVERIFY(error.contains(QStringLiteral("missing/dir")));
    p.name = QStringLiteral("two");
    QVERIFY(ProjectFile::save(p, path, &error));
    QVERIFY(TestData::read(path) != before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files),
             QStringList{QStringLiteral("p.flinkdeck.yaml")});
}

void TestProjectFile::awkwardValuesSurvive()
{
    ClusterProject p;
    p.name = QStringLiteral("yes");
    p.flinkConfig.set(QStringLiteral("a"), QStringLiteral("yes"));
    p.flinkConfig.set(QStringLiteral("b"), QStringLiteral("010"));
    p.flinkConfig.set(QStringLiteral("c"), QStringLiteral("p#ss: 'x'"));
    p.flinkConfig.set(QStringLiteral("d"), QStringLiteral("  padded "));
    p.flinkConfig.set(QStringLiteral("e"), QStringLiteral("中文值"));
    Host h;
    h.name = QStringLiteral("h");
    h.flinkConfig.set(QStringLiteral("taskmanager.host"), QStringLiteral("on"));
    p.hosts.append(h);
    const auto loaded = ProjectFile::parse(ProjectFile::serialize(p), {});
    QVERIFY(loaded.project);
    QCOMPARE(loaded.project->flinkConfig, p.flinkConfig);
    QCOMPARE(loaded.project->name, p.name);
    QCOMPARE(loaded.project->hosts.first().flinkConfig, h.flinkConfig);
}

QTEST_GUILESS_MAIN(TestProjectFile)
#include "tst_projectfile.moc"
