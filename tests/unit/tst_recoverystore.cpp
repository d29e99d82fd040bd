#include "ProjectDocument.h"
#include "ProjectFile.h"
#include "ProjectTemplates.h"
#include "RecoveryStore.h"
#include "RecoveryWriter.h"

#include <QTemporaryDir>
#include <QTest>

/// Recovery copies: written after edits, gone after a save or a clean close.
class TestRecoveryStore final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void writeListRemove();
    void idIsStablePerPath();
    void writerFollowsTheDocument();
};

void TestRecoveryStore::writeListRemove()
{
    QTemporaryDir dir;
    RecoveryStore store(dir.path());
    const ClusterProject project = ProjectTemplates::create(QStringLiteral("ha"));
    QVERIFY(store.write(QStringLiteral("a"), QStringLiteral("/x/a.flinkdeck.yaml"), project));
    QVERIFY(store.write(QStringLiteral("b"), QString(), project));
    const QList<RecoveryStore::Entry> entries = store.entries();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.first().id, QStringLiteral("b")); // newest first
    QCOMPARE(entries.last().originalPath, QStringLiteral("/x/a.flinkdeck.yaml"));
    QCOMPARE(ProjectFile::load(entries.first().copyPath).project.value(), project);
    store.remove(QStringLiteral("a"));
    QCOMPARE(store.entries().size(), 1);
}

void TestRecoveryStore::idIsStablePerPath()
{
    QCOMPARE(RecoveryStore::idFor(QStringLiteral("/a/b.yaml")),
             RecoveryStore::idFor(QStringLiteral("/a/./b.yaml")));
    QVERIFY(RecoveryStore::idFor(QString()) != RecoveryStore::idFor(QString()));
}

void TestRecoveryStore::writerFollowsTheDocument()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.flinkdeck.yaml"));
    QString error;
    QVERIFY(ProjectFile::save(ProjectTemplates::create(QStringLiteral("ha")), path, &error));
    RecoveryStore store(dir.filePath(QStringLiteral("recovery")));
    auto *doc = new ProjectDocument(ProjectFile::load(path).project.value(), path);
    new RecoveryWriter(doc, store, 50);
    doc->addHost(QStringLiteral("late"));
    QTRY_COMPARE(store.entries().size(), 1);
    const auto copy = ProjectFile::load(store.entries().first().copyPath);
    QVERIFY(copy.project->host(QStringLiteral("late")));
    QCOMPARE(store.entries().first().originalPath, path);
    QVERIFY(doc->save(&error));
    QCOMPARE(store.entries().size(), 0); // saved: nothing to recover
    doc->addHost(QStringLiteral("later"));
    QTRY_COMPARE(store.entries().size(), 1);
    auto *writer = doc->findChild<RecoveryWriter *>();
    writer->flush();
    delete doc; // an exit that asked nothing (logout, a crash): the copy stays
    QCOMPARE(store.entries().size(), 1);

    // The user discarded the changes: the copy goes and no new one is written.
    doc = new ProjectDocument(ProjectFile::load(path).project.value(), path);
    writer = new RecoveryWriter(doc, store, 50);
    doc->addHost(QStringLiteral("discarded"));
    writer->discard();
    QCOMPARE(store.entries().size(), 0);
    writer->flush();
    QTest::qWait(100);
    QCOMPARE(store.entries().size(), 0);
    delete doc;
}

QTEST_GUILESS_MAIN(TestRecoveryStore)
#include "tst_recoverystore.moc"
