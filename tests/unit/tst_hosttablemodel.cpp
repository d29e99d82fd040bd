#include "HostTableModel.h"
#include "ProjectDocument.h"
#include "ProjectTemplates.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

/// The host table: columns, inline edits through the document, precise change notifications.
class TestHostTableModel final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void modelTesterThroughEdits();
    void columnsAndHeaders();
    void inheritedValuesShowGreyed();
    void flags();
    void editCells_data();
    void editCells();
    void rejectsBadValues();
    void toggleRoles();
    void notifications();
};

void TestHostTableModel::modelTesterThroughEdits()
{
    ProjectDocument doc(ProjectTemplates::create("ha"));
    HostTableModel model(&doc);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    doc.addHost("edge");
    doc.removeHost("tm2");
    doc.renameHost("tm1", "worker1");
    doc.assignRole("edge", HostRole::TaskManager);
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    doc.undoStack()->redo();
    QVERIFY(model.setData(model.index(0, HostTableModel::AddressColumn), "10.0.0.1"));
    doc.replaceProject("swap", ProjectTemplates::create("seed000"));
    doc.replaceProject("clear", ClusterProject{});
    QCOMPARE(model.rowCount(), 0);
}

void TestHostTableModel::columnsAndHeaders()
{
    ProjectDocument doc(ProjectTemplates::create("ha"));
    HostTableModel model(&doc);
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.columnCount(), int(HostTableModel::ColumnCount));
    QCOMPARE(model.headerData(HostTableModel::JobManagerColumn, Qt::Horizontal).toString(),
             "JobManager (port)");
    QCOMPARE(model.headerData(HostTableModel::FlinkHomeColumn, Qt::Horizontal).toString(),
             "Flink home");
    const int zk1 = model.rowOf("zk1");
    QCOMPARE(model.data(model.index(zk1, HostTableModel::NameColumn)).toString(), "zk1");
    QCOMPARE(model.data(model.index(zk1, HostTableModel::JobManagerColumn)).toInt(), 8081);
    QCOMPARE(model.data(model.index(zk1, HostTableModel::ZooKeeperColumn)).toInt(), 1);
    QCOMPARE(model.data(model.index(zk1, HostTableModel::ZooKeeperColumn), Qt::CheckStateRole)
                 .value<Qt::CheckState>(),
             Qt::Checked);
    QCOMPARE(model.data(model.index(zk1, HostTableModel::TaskManagerColumn), Qt::CheckStateRole)
                 .value<Qt::CheckState>(),
             Qt::Unchecked);
    QVERIFY(!model.data(model.index(zk1, HostTableModel::TaskManagerColumn)).isValid());
    QCOMPARE(model.data(model.index(model.rowOf("tm1"), HostTableModel::TaskManagerColumn)).toInt(),
             4);
}

void TestHostTableModel::inheritedValuesShowGreyed()
{
    ProjectDocument doc(ProjectTemplates::create("ha"));
    HostTableModel model(&doc);
    const QModelIndex home = model.index(0, HostTableModel::FlinkHomeColumn);
    QCOMPARE(model.data(home).toString(), "/opt/flink");
    QCOMPARE(model.data(home, Qt::EditRole).toString(), "");
    QVERIFY(model.data(home, Qt::ForegroundRole).isValid());
    QVERIFY(model.data(home, Qt::ToolTipRole).toString().contains("/opt/flink"));
    const QModelIndex port = model.index(0, HostTableModel::SshPortColumn);
    QCOMPARE(model.data(port).toString(), "22");
    QCOMPARE(model.data(port, Qt::EditRole).toInt(), 0);
    // A new project default reaches the inherited cells at once.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    doc.edit("defaults", [](ClusterProject &p) { p.paths.flinkHome = "/usr/local/flink"; });
    QVERIFY(!changed.isEmpty());
    QCOMPARE(model.data(home).toString(), "/usr/local/flink");
    QVERIFY(model.setData(home, "/srv/flink"));
    QCOMPARE(model.data(home).toString(), "/srv/flink");
    QVERIFY(!model.data(home, Qt::ForegroundRole).isValid());
}

void TestHostTableModel::flags()
{
    ProjectDocument doc(ProjectTemplates::create("ha"));
    HostTableModel model(&doc);
    const int tm1 = model.rowOf("tm1");
    QVERIFY(model.flags(model.index(tm1, HostTableModel::NameColumn)) & Qt::ItemIsEditable);
    const Qt::ItemFlags tm = model.flags(model.index(tm1, HostTableModel::TaskManagerColumn));
    QVERIFY(tm & Qt::ItemIsUserCheckable);
    QVERIFY(tm & Qt::ItemIsEditable);
    // Without the role there is nothing to edit, only a box to tick.
    const Qt::ItemFlags jm = model.flags(model.index(tm1, HostTableModel::JobManagerColumn));
    QVERIFY(jm & Qt::ItemIsUserCheckable);
    QVERIFY(!(jm & Qt::ItemIsEditable));
}

void TestHostTableModel::editCells_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("column");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("shown");
    QTest::newRow("name") << "tm1" << int(HostTableModel::NameColumn) << QVariant("worker1")
                          << "worker1";
    QTest::newRow("address") << "tm1" << int(HostTableModel::AddressColumn) << QVariant("10.1.1.1")
                             << "10.1.1.1";
    QTest::newRow("web ui port") << "zk1" << int(HostTableModel::JobManagerColumn) << QVariant(9081)
                                 << "9081";
    QTest::newRow("slots") << "tm1" << int(HostTableModel::TaskManagerColumn) << QVariant(16)
                           << "16";
    QTest::newRow("zk id") << "zk3" << int(HostTableModel::ZooKeeperColumn) << QVariant(7) << "7";
    QTest::newRow("ssh user") << "tm1" << int(HostTableModel::SshUserColumn) << QVariant("flink")
                              << "flink";
    QTest::newRow("ssh port") << "tm1" << int(HostTableModel::SshPortColumn) << QVariant(2222)
                              << "2222";
    QTest::newRow("flink home") << "tm1" << int(HostTableModel::FlinkHomeColumn)
                                << QVariant("/srv/flink") << "/srv/flink";
}

void TestHostTableModel::editCells()
{
    QFETCH(QString, host);
    QFETCH(int, column);
    QFETCH(QVariant, value);
    QFETCH(QString, shown);
    ProjectDocument doc(ProjectTemplates::create("ha"));
    HostTableModel model(&doc);
    const QModelIndex index = model.index(model.rowOf(host), column);
    QVERIFY(model.setData(index, value));
    QCOMPARE(model.data(index).toString(), shown);
    QCOMPARE(doc.undoStack()->count(), 1);
    QVERIFY(model.setData(index, model.data(index, Qt::EditRole))); // unchanged: no new step
    QCOMPARE(doc.undoStack()->count(), 1);
    doc.undoStack()->undo();
    QCOMPARE(model.rowOf(host), index.row());
}

void TestHostTableModel::rejectsBadValues()
{
    ProjectDocument doc(ProjectTemplates::create("ha"));
    HostTableModel model(&doc);
    const int tm1 = model.rowOf("tm1");
    QVERIFY(!model.setData(model.index(tm1, HostTableModel::NameColumn), "tm2"));
    QVERIFY(!model.setData(model.index(tm1, HostTableModel::NameColumn), ""));
    QVERIFY(!model.setData(model.index(tm1, HostTableModel::NameColumn), "a b"));
    QVERIFY(!model.setData(model.index(tm1, HostTableModel::NameColumn), ".."));
    QVERIFY(!model.setData(model.index(tm1, HostTableModel::TaskManagerColumn), 0));
    QVERIFY(!model.setData(model.index(tm1, HostTableModel::SshPortColumn), 70000));
    QVERIFY(!model.setData(model.index(tm1, HostTableModel::FlinkHomeColumn), "opt/flink"));
    QVERIFY(!model.setData(model.index(tm1, HostTableModel::JobManagerColumn), 8081)); // no role
    QCOMPARE(doc.undoStack()->count(), 0);
}

void TestHostTableModel::toggleRoles()
{
    ProjectDocument doc(ProjectTemplates::create("ha"));
    HostTableModel model(&doc);
    const QModelIndex zk = model.index(model.rowOf("tm1"), HostTableModel::ZooKeeperColumn);
    QVERIFY(model.setData(zk, Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(model.data(zk).toInt(), 4);
    QVERIFY(model.setData(zk, Qt::Unchecked, Qt::CheckStateRole));
    QVERIFY(!doc.project().host("tm1")->zooKeeper);
    QCOMPARE(doc.undoStack()->count(), 2);
}

void TestHostTableModel::notifications()
{
    ProjectDocument doc(ProjectTemplates::create("ha"));
    HostTableModel model(&doc);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    doc.assignRole("tm2", HostRole::JobManager);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), model.rowOf("tm2"));
    QCOMPARE(changed.first().at(1).toModelIndex().row(), model.rowOf("tm2"));
    doc.setConfigValue("parallelism.default", "8"); // not about hosts: no signal
    QCOMPARE(changed.count(), 1);
    doc.addHost();
    QCOMPARE(inserted.count(), 1);
    doc.removeHost("zk2");
    QCOMPARE(removed.count(), 1);
    doc.undoStack()->undo(); // zk2 comes back in the middle
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(model.rowOf("zk2"), 1);
    QCOMPARE(reset.count(), 0);
}

QTEST_MAIN(TestHostTableModel)
#include "tst_hosttablemodel.moc"
