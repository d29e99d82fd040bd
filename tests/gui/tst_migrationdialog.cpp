#include "MigrationDialog.h"
#include "ProjectDocument.h"
#include "ProjectTemplates.h"

#include <QTableWidget>
#include <QTest>

/// The dialog that moves a project's keys to another Flink version.
class TestMigrationDialog final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void listsChanges();
    void applyIsOneStep();
    void keepOnlySetsVersion();
    void fileNameFollowsStyle();
};

void TestMigrationDialog::listsChanges()
{
    const ClusterProject project = ProjectTemplates::create(QStringLiteral("seed003"));
    MigrationDialog dialog(project, FlinkVersion(1, 20));
    const QList<ConfigMigrator::Change> &changes = dialog.result().changes;
    QVERIFY(!changes.isEmpty());
    QCOMPARE(dialog.table()->rowCount(), changes.size());
    bool sawHeap = false;
    for (int row = 0; row < dialog.table()->rowCount(); ++row) {
        const QString key = dialog.table()->item(row, 2)->text();
        if (key == u"jobmanager.heap.size → jobmanager.memory.heap.size") {
            sawHeap = true;
            QCOMPARE(dialog.table()->item(row, 1)->text(), QStringLiteral("renamed"));
            QVERIFY(!dialog.table()->item(row, 4)->text().isEmpty());
        }
    }
    QVERIFY(sawHeap);
    QCOMPARE(dialog.fileName(), QStringLiteral("config.yaml"));
    QCOMPARE(dialog.choice(), MigrationDialog::Choice::Cancel);
}

void TestMigrationDialog::applyIsOneStep()
{
    ProjectDocument document(ProjectTemplates::create(QStringLiteral("seed003")));
    const ClusterProject before = document.project();
    MigrationDialog dialog(before, FlinkVersion(2, 0));
    QVERIFY(dialog.carryOut(&document, MigrationDialog::Choice::Apply));
    QCOMPARE(document.undoStack()->count(), 1);
    QCOMPARE(document.project().flinkVersion, FlinkVersion(2, 0));
    QVERIFY(document.project().flinkConfig == dialog.result().config);
    QVERIFY(!document.project().flinkConfig.contains(QStringLiteral("jobmanager.heap.size")));
    document.undoStack()->undo();
    QVERIFY(document.project() == before);
}

void TestMigrationDialog::keepOnlySetsVersion()
{
    ProjectDocument document(ProjectTemplates::create(QStringLiteral("seed003")));
    const FlinkConfig keys = document.project().flinkConfig;
    MigrationDialog dialog(document.project(), FlinkVersion(1, 20));
    QVERIFY(dialog.carryOut(&document, MigrationDialog::Choice::Keep));
    QCOMPARE(document.project().flinkVersion, FlinkVersion(1, 20));
    QVERIFY(document.project().flinkConfig == keys);
    QVERIFY(!dialog.carryOut(&document, MigrationDialog::Choice::Cancel));
    QCOMPARE(document.undoStack()->count(), 1);
}

void TestMigrationDialog::fileNameFollowsStyle()
{
    ClusterProject project = ProjectTemplates::create(QStringLiteral("seed003"));
    project.configStyle = ClusterProject::ConfigStyle::Legacy;
    MigrationDialog dialog(project, FlinkVersion(1, 20));
    QCOMPARE(dialog.fileName(), QStringLiteral("flink-conf.yaml"));
}

QTEST_MAIN(TestMigrationDialog)
#include "tst_migrationdialog.moc"
