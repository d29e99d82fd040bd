#include "ProjectDocument.h"
#include "ProjectFile.h"
#include "ProjectTemplates.h"
#include "TestData.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

/// The editor's document: every edit one undo step, merges for typing, saves and diagnostics.
class TestProjectDocument final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void editIsUndoable();
    void noOpEditIsNotRecorded();
    void typingMergesIntoOneStep();
    void addHostPicksFreeNames();
    void assignRoleDefaults_data();
    void assignRoleDefaults();
    void renameHostRefusesTakenNames();
    void renameConfigKeyKeepsPosition();
    void saveMarksCleanAndRoundTrips();
    void diagnosticsFollowEdits();
    void renderedFilesFollowEdits();
    void renameKeepsUnknownHostFields();
    void hostNameProblem_data();
    void hostNameProblem();
    void noEditAddsASecret();
    void separateEditsDoNotMerge();
    void templatesAreValid_data();
    void templatesAreValid();
};

void TestProjectDocument::editIsUndoable()
{
    ProjectDocument doc(ProjectTemplates::create(QStringLiteral("ha")));
    QSignalSpy changed(&doc, &ProjectDocument::changed);
    const ClusterProject before = doc.project();
    QVERIFY(doc.removeHost(QStringLiteral("tm1")));
    QCOMPARE(changed.size(), 1);
    QVERIFY(doc.isModified());
    QCOMPARE(doc.project().hosts.size(), before.hosts.size() - 1);
    doc.undoStack()->undo();
    QCOMPARE(doc.project(), before);
    QVERIFY(!doc.isModified());
    doc.undoStack()->redo();
    QVERIFY(!doc.project().host(QStringLiteral("tm1")));
}

void TestProjectDocument::noOpEditIsNotRecorded()
{
    ProjectDocument doc(ProjectTemplates::create(QStringLiteral("ha")));
    QVERIFY(!doc.edit(QStringLiteral("nothing"), [](ClusterProject &) {}));
    QVERIFY(!doc.assignRole(QStringLiteral("zk1"), HostRole::ZooKeeper)); // already has it
    QCOMPARE(doc.undoStack()->count(), 0);
}

void TestProjectDocument::typingMergesIntoOneStep()
{
    ProjectDocument doc(ProjectTemplates::create(QStringLiteral("single")));
    const QString key = QStringLiteral("rest.port");
    for (const char *text : {"8", "80", "808", "8082"}) {
        doc.setConfigValue(key, QString::fromLatin1(text));
    }
    QCOMPARE(doc.undoStack()->count(), 1);
    QCOMPARE(doc.project().flinkConfig.value(key), QStringLiteral("8082"));
    doc.setConfigValue(QStringLiteral("parallelism.default"), QStringLiteral("4"));
    QCOMPARE(doc.undoStack()->count(), 2);
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    QVERIFY(!doc.project().flinkConfig.contains(key));
    // Backspacing to empty and typing again stays one step.
    doc.setConfigValue(key, QStringLiteral("1"));
    doc.setConfigValue(key, QString());
    doc.setConfigValue(key, QStringLiteral("2"));
    QCOMPARE(doc.undoStack()->count(), 1);
    // HA fields merge per field.
    HaSettings ha = doc.project().ha;
    for (const char *text : {"/a", "/ab"}) {
        ha.storageDir = QString::fromLatin1(text);
        doc.setHa(ha);
    }
    ha.clusterId = QStringLiteral("/c");
    doc.setHa(ha);
    QCOMPARE(doc.undoStack()->count(), 3);
}

void TestProjectDocument::addHostPicksFreeNames()
{
    ProjectDocument doc(ProjectTemplates::create(QStringLiteral("empty")));
    QCOMPARE(doc.addHost(), QStringLiteral("host"));
    QCOMPARE(doc.addHost(), QStringLiteral("host-2"));
    QCOMPARE(doc.addHost(QStringLiteral("host")), QStringLiteral("host-3"));
    QCOMPARE(doc.project().hosts.size(), 3);
    QCOMPARE(doc.undoStack()->count(), 3);
}

void TestProjectDocument::assignRoleDefaults_data()
{
    QTest::addColumn<QString>("templateId");
    QTest::addColumn<int>("expectedZkId");
    QTest::addColumn<int>("expectedClientPort");
    QTest::newRow("first server") << "single" << 1 << 2181;
    QTest::newRow("joins ensemble") << "ha" << 4 << 2181;
}

void TestProjectDocument::assignRoleDefaults()
{
    QFETCH(QString, templateId);
    QFETCH(int, expectedZkId);
    QFETCH(int, expectedClientPort);
    ProjectDocument doc(ProjectTemplates::create(templateId));
    const QString name = doc.addHost(QStringLiteral("new"));
    QVERIFY(doc.assignRole(name, HostRole::ZooKeeper));
    QVERIFY(doc.assignRole(name, HostRole::TaskManager));
    const Host *h = doc.project().host(name);
    QCOMPARE(h->zooKeeper->id, expectedZkId);
    QCOMPARE(h->zooKeeper->clientPort, expectedClientPort);
    QVERIFY(!h->zooKeeper->dataDir.isEmpty());
    QVERIFY(h->taskManager);
    QVERIFY(doc.removeRole(name, HostRole::ZooKeeper));
    QVERIFY(!doc.project().host(name)->zooKeeper);
}

void TestProjectDocument::renameHostRefusesTakenNames()
{
    ProjectDocument doc(ProjectTemplates::create(QStringLiteral("ha")));
    QVERIFY(!doc.renameHost(QStringLiteral("zk1"), QStringLiteral("zk2")));
    QVERIFY(!doc.renameHost(QStringLiteral("zk1"), QStringLiteral("  ")));
    QVERIFY(doc.renameHost(QStringLiteral("zk1"), QStringLiteral("zoo-a")));
    QVERIFY(doc.project().host(QStringLiteral("zoo-a"))->zooKeeper);
}

void TestProjectDocument::renameConfigKeyKeepsPosition()
{
    ProjectDocument doc(
        ProjectFile::load(TestData::sourcePath(QStringLiteral(
                              "resources/examples/seed003-testhadoop.flinkdeck.yaml")))
            .project.value());
    const QStringList before = doc.project().flinkConfig.keys();
    const qsizetype index = before.indexOf(QStringLiteral("jobmanager.heap.size"));
    QVERIFY(index >= 0);
    QVERIFY(doc.renameConfigKey(QStringLiteral("jobmanager.heap.size"),
                                QStringLiteral("jobmanager.memory.heap.size")));
    QCOMPARE(
        doc.project().flinkConfig.keys().indexOf(QStringLiteral("jobmanager.memory.heap.size")),
        index);
    QCOMPARE(doc.project().flinkConfig.value(QStringLiteral("jobmanager.memory.heap.size")),
             QStringLiteral("1024m"));
}

void TestProjectDocument::saveMarksCleanAndRoundTrips()
{
    QTemporaryDir dir;
    ProjectDocument doc(ProjectTemplates::create(QStringLiteral("ha")));
    QSignalSpy pathChanged(&doc, &ProjectDocument::pathChanged);
    QString error;
    QVERIFY(!doc.save(&error)); // no path yet
    QVERIFY(!error.isEmpty());
    doc.addHost(QStringLiteral("extra"));
    QVERIFY(doc.isModified());
    const QString path = dir.filePath(QStringLiteral("p.flinkdeck.yaml"));
    QVERIFY2(doc.saveAs(path, &error), qPrintable(error));
    QVERIFY(!doc.isModified());
    QCOMPARE(pathChanged.size(), 1);
    QCOMPARE(ProjectFile::load(path).project.value(), doc.project());
    // Undo after a save makes the document modified again: the file no longer matches.
    doc.undoStack()->undo();
    QVERIFY(doc.isModified());
}

void TestProjectDocument::diagnosticsFollowEdits()
{
    ProjectDocument doc(ProjectTemplates::create(QStringLiteral("ha")));
    QVERIFY(!Diagnostics::hasErrors(doc.diagnostics()));
    QSignalSpy spy(&doc, &ProjectDocument::diagnosticsChanged);
    // HA with a single JobManager: no standby to fail over to.
    QVERIFY(doc.removeRole(QStringLiteral("zk2"), HostRole::JobManager));
    QVERIFY(spy.wait(2000));
    QVERIFY2(TestData::rules(doc.diagnostics()).join(u' ').contains(QStringLiteral("jobmanager")),
             qPrintable(TestData::rules(doc.diagnostics()).join(u' ')));
}

void TestProjectDocument::renderedFilesFollowEdits()
{
    ProjectDocument doc(ProjectTemplates::create(QStringLiteral("ha")));
    doc.setConfigValue(QStringLiteral("parallelism.default"), QStringLiteral("7"));
    bool found = false;
    for (const RenderedFile &f : doc.renderedFiles()) {
        if (f.kind == RenderedFile::Kind::FlinkConfig) {
            QVERIFY(f.content.contains("parallelism.default: 7"));
            found = true;
        }
    }
    QVERIFY(found);
}

void TestProjectDocument::templatesAreValid_data()
{
    QTest::addColumn<QString>("id");
    for (const ProjectTemplates::Template &t : ProjectTemplates::all()) {
        QTest::newRow(qPrintable(t.id)) << t.id;
    }
}

void TestProjectDocument::templatesAreValid()
{
    QFETCH(QString, id);
    const ClusterProject project = ProjectTemplates::create(id);
    QVERIFY(!project.name.isEmpty());
    ProjectDocument doc(project);
    // The seeds are real clusters with the mistakes of their posts; an empty project only
    // lacks hosts.
    const QStringList rules = TestData::rules(doc.diagnostics());
    if (id == u"empty") {
        QCOMPARE(rules, QStringList{QStringLiteral("no-hosts")});
    } else if (!id.startsWith(u"seed")) {
        QVERIFY2(!Diagnostics::hasErrors(doc.diagnostics()), qPrintable(rules.join(u' ')));
    }
    // Every template survives a save and load.
    const auto reloaded = ProjectFile::parse(ProjectFile::serialize(project), QStringLiteral("t"));
    QVERIFY(reloaded.project);
    QCOMPARE(*reloaded.project, project);
}

void TestProjectDocument::renameKeepsUnknownHostFields()
{
    const QByteArray yaml = "flinkdeck: 1\nname: x\nflinkVersion: \"1.20\"\nhosts:\n"
                            "  - name: a\n    rack: r1\n    roles: {taskmanager: {slots: 2}}\n"
                            "  - name: b\n    rack: r2\n";
    const auto loaded = ProjectFile::parse(yaml, QStringLiteral("x.flinkdeck.yaml"));
    QVERIFY(loaded.project);
    ProjectDocument doc(*loaded.project);
    QVERIFY(doc.renameHost(QStringLiteral("a"), QStringLiteral("c")));
    QVERIFY(doc.removeHost(QStringLiteral("b")));
    QVERIFY(doc.project().host(QStringLiteral("b")) == nullptr);
    doc.addHost(QStringLiteral("a")); // a new host with an old name gets nothing of the old one
    const QByteArray saved = ProjectFile::serialize(doc.project());
    QVERIFY2(saved.contains("name: c\n    rack: r1") || saved.contains("rack: r1"),
             saved.constData());
    const auto reloaded = ProjectFile::parse(saved, QStringLiteral("x.flinkdeck.yaml"));
    QVERIFY(reloaded.project);
    const QByteArray again = ProjectFile::serialize(*reloaded.project);
    QCOMPARE(again.count("rack:"), 1);
    QVERIFY(!again.contains("r2"));
    // The rack sits under host c.
    const qsizetype c = again.indexOf("name: c");
    const qsizetype a = again.indexOf("name: a");
    const qsizetype rack = again.indexOf("rack: r1");
    QVERIFY(c >= 0 && rack > c && (a < c || rack < a));
    // Undo brings the fields back under their old names; the dialog's path moves them too.
    while (doc.undoStack()->canUndo()) {
        doc.undoStack()->undo();
    }
    QCOMPARE(doc.project().extraYaml, loaded.project->extraYaml);
    Host renamed = *doc.project().host(QStringLiteral("a"));
    renamed.name = QStringLiteral("d");
    QVERIFY(doc.updateHost(QStringLiteral("a"), renamed));
    const QByteArray viaDialog = ProjectFile::serialize(doc.project());
    QVERIFY(viaDialog.indexOf("rack: r1") > viaDialog.indexOf("name: d"));
}

void TestProjectDocument::hostNameProblem_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("ok");
    QTest::newRow("plain") << "testhadoop1" << true;
    QTest::newRow("fqdn") << "jm1.example.com" << true;
    QTest::newRow("ip") << "10.0.0.1" << true;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("blank") << "  " << false;
    QTest::newRow("space") << "a b" << false;
    QTest::newRow("slash") << "a/b" << false;
    QTest::newRow("backslash") << "a\\b" << false;
    QTest::newRow("colon") << "a:b" << false;
    QTest::newRow("star") << "a*" << false;
    QTest::newRow("underscore") << "tm_1" << true;
    QTest::newRow("dot") << "." << false;
    QTest::newRow("dotdot") << ".." << false;
}

void TestProjectDocument::hostNameProblem()
{
    QFETCH(QString, name);
    QFETCH(bool, ok);
    QCOMPARE(ProjectDocument::hostNameProblem(name).isEmpty(), ok);
    ProjectDocument doc(ProjectTemplates::create(QStringLiteral("ha")));
    QCOMPARE(doc.renameHost(QStringLiteral("tm1"), name), ok);
}

void TestProjectDocument::noEditAddsASecret()
{
    ProjectDocument doc(ProjectTemplates::create(QStringLiteral("ha")));
    QVERIFY(!doc.edit(QStringLiteral("raw"), [](ClusterProject &p) {
        p.flinkConfig.set(QStringLiteral("s3.secret-key"), QStringLiteral("pw"));
    }));
    QVERIFY(!doc.edit(QStringLiteral("host"), [](ClusterProject &p) {
        p.hosts.first().flinkConfig.set(QStringLiteral("security.ssl.key-password"),
                                        QStringLiteral("pw"));
    }));
    QVERIFY(!doc.edit(QStringLiteral("zoo"), [](ClusterProject &p) {
        p.zooKeeper.extra.append({QStringLiteral("ssl.keyStore.password"), QStringLiteral("pw")});
    }));
    QCOMPARE(doc.undoStack()->count(), 0);
    // A host whose name came from a file stays editable.
    ClusterProject odd = ProjectTemplates::create(QStringLiteral("ha"));
    odd.hosts.first().name = QStringLiteral("odd name");
    ProjectDocument oddDoc(odd);
    Host h = odd.hosts.first();
    h.address = QStringLiteral("10.0.0.1");
    QVERIFY(oddDoc.updateHost(QStringLiteral("odd name"), h));
}

void TestProjectDocument::separateEditsDoNotMerge()
{
    ProjectDocument doc(ProjectTemplates::create(QStringLiteral("single")));
    const QString key = QStringLiteral("state.backend.type");
    doc.setConfigValue(key, QStringLiteral("rocksdb"), ProjectDocument::Merge::Separate);
    doc.setConfigValue(key, QStringLiteral("hashmap"), ProjectDocument::Merge::Separate);
    QCOMPARE(doc.undoStack()->count(), 2);
    doc.undoStack()->undo();
    QCOMPARE(doc.project().flinkConfig.value(key), QStringLiteral("rocksdb"));
}

QTEST_GUILESS_MAIN(TestProjectDocument)
#include "tst_projectdocument.moc"
