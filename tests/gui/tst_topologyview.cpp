#include "HostCardItem.h"
#include "HostDialog.h"
#include "HostTableModel.h"
#include "LinkItem.h"
#include "ProjectDocument.h"
#include "ProjectTemplates.h"
#include "RolePalette.h"
#include "StorageNodeItem.h"
#include "TestPalette.h"
#include "TopologyCanvas.h"
#include "TopologyScene.h"
#include "TopologyView.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QElapsedTimer>
#include <QGraphicsSceneDragDropEvent>
#include <QGraphicsSceneMouseEvent>
#include <QItemSelectionModel>
#include <QMimeData>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>

#include <memory>

/// The topology page: cards per role, drops from the palette, host actions with undo, badges.
class TestTopologyView final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void haTemplateCardsAndChips();
    void assigningAnExistingRoleIsNoStep();
    void hostsStandInTheBandOfTheirMainRole();
    void bandsFollowTheProject_data();
    void bandsFollowTheProject();
    void externalQuorumIsANode();
    void emptyProjectShowsHint();
    void dropRoleOnCard();
    void dropIgnoresOtherPayloads();
    void addHostAction();
    void removeHostAndUndo();
    void removeRoleKeepsCard();
    void diagnosticsBadge();
    void selectHostSelectsCardAndRow();
    void refreshKeepsSelectionAndZoom();
    void renameKeepsCardSelected();
    void paletteCarriesRoleIds();
    void paletteActivationAssignsToSelection();
    void tableToggle();
    void deleteKeyRemovesSelectedHost();
    void doubleClickOpensHostDialog();
    void followsThePalette();
    void twoHundredHosts();
    void screenshots();

private:
    static QStringList chipTexts(const HostCardItem *card);
    static bool dragAndDrop(QGraphicsScene *scene, QPointF at, QMimeData *mime);
};

namespace {
std::unique_ptr<ProjectDocument> documentFor(const QString &templateId)
{
    return std::make_unique<ProjectDocument>(ProjectTemplates::create(templateId));
}

ClusterProject bigProject(int hosts)
{
    ClusterProject p = ProjectTemplates::create(QStringLiteral("ha"));
    p.hosts.clear();
    for (int i = 0; i < hosts; ++i) {
        Host h;
        h.name = QStringLiteral("node%1").arg(i, 3, 10, QLatin1Char('0'));
        if (i < 3) {
            h.zooKeeper = ZooKeeperRole{i + 1, 2181, 2888, 3888, 0, "/var/lib/zookeeper"};
        } else if (i < 6) {
            h.jobManager = JobManagerRole{8081};
        } else {
            h.taskManager = TaskManagerRole{8};
        }
        p.hosts.append(h);
    }
    return p;
}
} // namespace

void TestTopologyView::assigningAnExistingRoleIsNoStep()
{
    auto doc = documentFor(QStringLiteral("ha"));
    TopologyView view(doc.get());
    view.selectHost(QStringLiteral("tm1"));
    view.assignRoleToSelection(HostRole::TaskManager); // tm1 already is one
    QCOMPARE(doc->undoStack()->count(), 0);
    QVERIFY(!doc->isModified());
    view.assignRoleToSelection(HostRole::ZooKeeper);
    QCOMPARE(doc->undoStack()->count(), 1);
    QVERIFY(doc->project().host(QStringLiteral("tm1"))->zooKeeper);
    // With three roles the slot chip gets shorter so the card shows all three whole.
    QCOMPARE(chipTexts(view.scene()->card(QStringLiteral("tm1"))),
             (QStringList{"ZK #4", "TM ×4 slots"}));
    view.assignRoleToSelection(HostRole::JobManager);
    QCOMPARE(chipTexts(view.scene()->card(QStringLiteral("tm1"))),
             (QStringList{"JM :8081", "ZK #4", "TM ×4"}));
}

QStringList TestTopologyView::chipTexts(const HostCardItem *card)
{
    QStringList out;
    for (const RoleStyle::Chip &chip : card->content().chips) {
        out.append(chip.text);
    }
    return out;
}

bool TestTopologyView::dragAndDrop(QGraphicsScene *scene, QPointF at, QMimeData *mime)
{
    bool accepted = false;
    for (QEvent::Type type : {QEvent::GraphicsSceneDragEnter, QEvent::GraphicsSceneDragMove,
                              QEvent::GraphicsSceneDrop}) {
        QGraphicsSceneDragDropEvent event(type);
        event.setScenePos(at);
        event.setMimeData(mime);
        event.setPossibleActions(Qt::CopyAction);
        event.setProposedAction(Qt::CopyAction);
        event.setButtons(Qt::LeftButton);
        event.setAccepted(false);
        QCoreApplication::sendEvent(scene, &event);
        accepted = event.isAccepted();
    }
    return accepted;
}

void TestTopologyView::haTemplateCardsAndChips()
{
    auto doc = documentFor("ha");
    TopologyView view(doc.get());
    TopologyScene *scene = view.scene();
    QCOMPARE(scene->cards().size(), 6);
    QCOMPARE(chipTexts(scene->card("zk1")), QStringList({"JM :8081", "ZK #1"}));
    QCOMPARE(chipTexts(scene->card("zk3")), QStringList({"ZK #3"}));
    QCOMPARE(chipTexts(scene->card("tm2")), QStringList({"TM ×4 slots"}));
    int chips = 0;
    for (const HostCardItem *card : scene->cards()) {
        chips += int(card->content().chips.size());
    }
    QCOMPARE(chips, 8);
    // zk1 and zk2 are JobManagers first; the ensemble shows them as reference cards.
    QCOMPARE(scene->referenceCards().size(), 2);
    QCOMPARE(scene->bandTitles(),
             QStringList({"ZooKeeper ensemble", "JobManagers", "TaskManagers", "Shared storage"}));
    QVERIFY(scene->storageNode());
    const auto rows = scene->storageNode()->content().rows;
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).second, "hdfs:///flink/ha/");
    QCOMPARE(rows.at(1).second, "hdfs:///flink/checkpoints");
    // Quorum bus, TaskManager trunk, two storage links: a handful of lines, not one per host.
    QCOMPARE(scene->links().size(), 4);
}

void TestTopologyView::hostsStandInTheBandOfTheirMainRole()
{
    auto doc = documentFor("ha");
    TopologyView view(doc.get());
    TopologyScene *scene = view.scene();
    const qreal zkRow = scene->card("zk3")->pos().y();
    const qreal jmRow = scene->card("zk1")->pos().y();
    const qreal tmRow = scene->card("tm1")->pos().y();
    QVERIFY(zkRow < jmRow);
    QVERIFY(jmRow < tmRow);
    QCOMPARE(scene->card("zk2")->pos().y(), jmRow);
    for (const HostCardItem *ref : scene->referenceCards()) {
        QCOMPARE(ref->pos().y(), zkRow);
        QVERIFY(ref->isReference());
    }
}

void TestTopologyView::bandsFollowTheProject_data()
{
    QTest::addColumn<QString>("templateId");
    QTest::addColumn<QStringList>("bands");
    QTest::newRow("single, no HA") << "single" << QStringList({"JobManagers", "TaskManagers"});
    QTest::newRow("seed000") << "seed000"
                             << QStringList({"ZooKeeper ensemble", "JobManagers", "TaskManagers",
                                             "Shared storage"});
}

void TestTopologyView::bandsFollowTheProject()
{
    QFETCH(QString, templateId);
    QFETCH(QStringList, bands);
    auto doc = documentFor(templateId);
    TopologyView view(doc.get());
    QCOMPARE(view.scene()->bandTitles(), bands);
}

void TestTopologyView::externalQuorumIsANode()
{
    auto doc = documentFor("seed003");
    TopologyView view(doc.get());
    QCOMPARE(view.scene()->cards().size(), 5);
    QVERIFY(view.scene()->bandTitles().contains("ZooKeeper ensemble"));
    bool found = false;
    for (QGraphicsItem *item : view.scene()->items()) {
        if (item->type() == StorageNodeItem::Type) {
            const auto *node = static_cast<StorageNodeItem *>(item);
            if (node->content().kind == StorageNodeItem::Kind::ExternalQuorum) {
                found = true;
                QCOMPARE(node->content().rows.first().second, "testhadoop1:2181");
            }
        }
    }
    QVERIFY(found);
}

void TestTopologyView::emptyProjectShowsHint()
{
    auto doc = documentFor("empty");
    TopologyView view(doc.get());
    QVERIFY(view.scene()->showsEmptyHint());
    QVERIFY(view.scene()->cards().isEmpty());
    view.action(TopologyView::Action::AddHost)->trigger();
    QVERIFY(!view.scene()->showsEmptyHint());
    QCOMPARE(view.scene()->cards().size(), 1);
    QCOMPARE(view.scene()->bandTitles().first(), "Hosts without a role");
    doc->undoStack()->undo();
    QVERIFY(view.scene()->showsEmptyHint());
}

void TestTopologyView::dropRoleOnCard()
{
    auto doc = documentFor("ha");
    TopologyView view(doc.get());
    HostCardItem *card = view.scene()->card("tm1");
    const int steps = doc->undoStack()->count();
    std::unique_ptr<QMimeData> mime(RolePalette::mimeFor(HostRole::ZooKeeper));
    QVERIFY(dragAndDrop(view.scene(), card->sceneBoundingRect().center(), mime.get()));
    QVERIFY(doc->project().host("tm1")->zooKeeper);
    QCOMPARE(doc->project().host("tm1")->zooKeeper->id, 4);
    QCOMPARE(doc->undoStack()->count(), steps + 1);
    // Same card, now with two chips, moved up into the ensemble; the TaskManagers keep a
    // reference to it.
    QCOMPARE(view.scene()->card("tm1"), card);
    QCOMPARE(chipTexts(card), QStringList({"ZK #4", "TM ×4 slots"}));
    QCOMPARE(card->pos().y(), view.scene()->card("zk3")->pos().y());
    QCOMPARE(view.scene()->referenceCards().size(), 3);
    // The scene's own entry point, as a drop calls it.
    std::unique_ptr<QMimeData> jm(RolePalette::mimeFor(HostRole::JobManager));
    QVERIFY(view.scene()->dropRole("tm2", jm.get()));
    QVERIFY(doc->project().host("tm2")->jobManager);
    QVERIFY(!view.scene()->dropRole("tm2", jm.get())); // already a JobManager: no new step
}

void TestTopologyView::dropIgnoresOtherPayloads()
{
    auto doc = documentFor("ha");
    TopologyView view(doc.get());
    QMimeData text;
    text.setText("jobmanager");
    QVERIFY(
        !dragAndDrop(view.scene(), view.scene()->card("tm1")->sceneBoundingRect().center(), &text));
    QMimeData bogus;
    bogus.setData(HostRoles::mimeType(), "dispatcher");
    QVERIFY(!view.scene()->dropRole("tm1", &bogus));
    QCOMPARE(doc->undoStack()->count(), 0);
}

void TestTopologyView::addHostAction()
{
    auto doc = documentFor("ha");
    TopologyView view(doc.get());
    view.action(TopologyView::Action::AddHost)->trigger();
    QCOMPARE(view.scene()->cards().size(), 7);
    QCOMPARE(view.selectedHosts(), QStringList({"host"}));
    QCOMPARE(view.tableModel()->rowCount(), 7);
    QVERIFY(view.action(TopologyView::Action::RemoveHost)->isEnabled());
}

void TestTopologyView::removeHostAndUndo()
{
    auto doc = documentFor("ha");
    TopologyView view(doc.get());
    view.selectHost("tm2");
    view.action(TopologyView::Action::RemoveHost)->trigger();
    QVERIFY(!view.scene()->card("tm2"));
    QCOMPARE(view.scene()->cards().size(), 5);
    QVERIFY(!view.action(TopologyView::Action::RemoveHost)->isEnabled());
    doc->undoStack()->undo();
    QVERIFY(view.scene()->card("tm2"));
    QCOMPARE(view.scene()->cards().size(), 6);
    // Several hosts at once are one step.
    view.scene()->card("tm1")->setSelected(true);
    view.scene()->card("tm3")->setSelected(true);
    const int steps = doc->undoStack()->index();
    view.removeSelectedHosts();
    QCOMPARE(view.scene()->cards().size(), 4);
    QCOMPARE(doc->undoStack()->index(), steps + 1);
    doc->undoStack()->undo();
    QCOMPARE(view.scene()->cards().size(), 6);
}

void TestTopologyView::removeRoleKeepsCard()
{
    auto doc = documentFor("ha");
    TopologyView view(doc.get());
    HostCardItem *card = view.scene()->card("zk1");
    QVERIFY(doc->removeRole("zk1", HostRole::JobManager));
    // Now a plain ZooKeeper server: same card, moved up into the ensemble.
    QCOMPARE(view.scene()->card("zk1"), card);
    QCOMPARE(chipTexts(card), QStringList({"ZK #1"}));
    QCOMPARE(card->pos().y(), view.scene()->card("zk3")->pos().y());
    QCOMPARE(view.scene()->referenceCards().size(), 1);
}

void TestTopologyView::diagnosticsBadge()
{
    auto doc = documentFor("ha");
    TopologyView view(doc.get());
    QVERIFY(!view.scene()->card("zk2")->severity());
    QSignalSpy spy(doc.get(), &ProjectDocument::diagnosticsChanged);
    doc->edit("same id", [](ClusterProject &p) { p.host("zk3")->zooKeeper->id = 1; });
    QVERIFY(spy.wait(2000));
    const HostCardItem *card = view.scene()->card("zk3");
    QCOMPARE(card->severity(), Diagnostic::Severity::Error);
    QVERIFY(card->toolTip().contains("ZooKeeper server id 1"));
    QVERIFY(!view.scene()->card("tm1")->severity());
    doc->undoStack()->undo();
    QVERIFY(spy.wait(2000));
    QVERIFY(!view.scene()->card("zk3")->severity());
}

void TestTopologyView::selectHostSelectsCardAndRow()
{
    auto doc = documentFor("ha");
    TopologyView view(doc.get());
    view.resize(900, 600);
    view.show();
    QSignalSpy spy(&view, &TopologyView::selectionChanged);
    view.selectHost("tm3");
    QCOMPARE(view.scene()->selectedHosts(), QStringList({"tm3"}));
    QCOMPARE(spy.count(), 1);
    const QModelIndexList rows = view.table()->selectionModel()->selectedRows();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(view.tableModel()->hostAt(rows.first().row()), "tm3");
    // And the other way round.
    view.table()->selectRow(view.tableModel()->rowOf("zk3"));
    QCOMPARE(view.scene()->selectedHosts(), QStringList({"zk3"}));
}

void TestTopologyView::refreshKeepsSelectionAndZoom()
{
    auto doc = documentFor("ha");
    TopologyView view(doc.get());
    view.resize(900, 600);
    view.show();
    view.selectHost("tm2");
    view.canvas()->setZoom(0.7);
    doc->assignRole("tm1", HostRole::JobManager);
    doc->setConfigValue("parallelism.default", "4");
    QCOMPARE(view.scene()->selectedHosts(), QStringList({"tm2"}));
    QCOMPARE(view.canvas()->zoom(), 0.7);
}

void TestTopologyView::renameKeepsCardSelected()
{
    auto doc = documentFor("ha");
    TopologyView view(doc.get());
    view.selectHost("tm1");
    QVERIFY(doc->renameHost("tm1", "worker1"));
    QVERIFY(!view.scene()->card("tm1"));
    QCOMPARE(view.scene()->selectedHosts(), QStringList({"worker1"}));
}

void TestTopologyView::paletteCarriesRoleIds()
{
    for (HostRole role : {HostRole::JobManager, HostRole::TaskManager, HostRole::ZooKeeper}) {
        std::unique_ptr<QMimeData> mime(RolePalette::mimeFor(role));
        QCOMPARE(QString::fromUtf8(mime->data(HostRoles::mimeType())), HostRoles::id(role));
        QCOMPARE(TopologyScene::roleFromMime(mime.get()), role);
    }
    RolePalette palette;
    QCOMPARE(palette.count(), 3);
    QCOMPARE(RolePalette::roleAt(2), HostRole::ZooKeeper);
}

void TestTopologyView::paletteActivationAssignsToSelection()
{
    auto doc = documentFor("ha");
    TopologyView view(doc.get());
    view.scene()->card("tm1")->setSelected(true);
    view.scene()->card("tm2")->setSelected(true);
    const int steps = doc->undoStack()->index();
    Q_EMIT view.rolePalette()->roleActivated(HostRole::ZooKeeper);
    QCOMPARE(doc->project().zooKeepers().size(), 5);
    QCOMPARE(doc->undoStack()->index(), steps + 1);
}

void TestTopologyView::tableToggle()
{
    auto doc = documentFor("ha");
    TopologyView view(doc.get());
    view.show();
    auto *tableButton = view.findChild<QToolButton *>("showTable");
    QVERIFY(tableButton);
    QVERIFY(!view.isTableShown());
    tableButton->click();
    QVERIFY(view.isTableShown());
    QVERIFY(view.table()->isVisible());
    QCOMPARE(view.table()->model()->rowCount(), 6);
    view.table()->selectRow(view.tableModel()->rowOf("tm1"));
    QCOMPARE(view.selectedHosts(), QStringList({"tm1"}));
    view.findChild<QToolButton *>("showCanvas")->click();
    QVERIFY(view.canvas()->isVisible());
}

void TestTopologyView::deleteKeyRemovesSelectedHost()
{
    auto doc = documentFor("ha");
    TopologyView view(doc.get());
    view.resize(900, 600);
    view.show();
    view.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&view));
    view.selectHost("tm3");
    view.canvas()->setFocus();
    QTest::keyClick(view.canvas()->viewport(), Qt::Key_Delete);
    QVERIFY(!doc->project().host("tm3"));
    QCOMPARE(view.scene()->cards().size(), 5);
}

void TestTopologyView::doubleClickOpensHostDialog()
{
    auto doc = documentFor("ha");
    TopologyView view(doc.get());
    view.resize(900, 600);
    view.show();
    QSignalSpy activated(&view, &TopologyView::hostActivated);
    QString title;
    // The dialog is modal: a polling timer looks at it and cancels it once it is up.
    QTimer poll;
    poll.setInterval(10);
    connect(&poll, &QTimer::timeout, this, [&title, &poll] {
        if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
            title = dialog->windowTitle();
            poll.stop();
            dialog->reject();
        }
    });
    poll.start();
    QGraphicsSceneMouseEvent event(QEvent::GraphicsSceneMouseDoubleClick);
    event.setScenePos(view.scene()->card("tm2")->sceneBoundingRect().center());
    event.setButton(Qt::LeftButton);
    event.setButtons(Qt::LeftButton);
    QCoreApplication::sendEvent(view.scene(), &event);
    QTRY_COMPARE(activated.count(), 1);
    QCOMPARE(activated.first().first().toString(), "tm2");
    QTRY_COMPARE(title, "Edit host tm2");
    QCOMPARE(doc->undoStack()->count(), 0);
}

void TestTopologyView::followsThePalette()
{
    auto doc = documentFor("ha");
    TopologyView view(doc.get());
    view.setPalette(TestPalette::dark());
    QCOMPARE(view.scene()->palette().color(QPalette::Base), QColor(0x1e, 0x1f, 0x22));
    QCOMPARE(view.scene()->backgroundBrush().color(), QColor(0x2b, 0x2d, 0x31));
    QCOMPARE(view.scene()->cards().size(), 6);
}

void TestTopologyView::twoHundredHosts()
{
    ProjectDocument doc(bigProject(200));
    TopologyView view(&doc);
    QCOMPARE(view.scene()->cards().size(), 200);
    view.selectHost("node150");
    QElapsedTimer timer;
    timer.start();
    doc.assignRole("node100", HostRole::JobManager);
    const qint64 ms = timer.elapsed();
    qInfo("refresh after one edit of a 200-host project: %lld ms", ms);
    QCOMPARE(view.scene()->selectedHosts(), QStringList({"node150"}));
    QCOMPARE(view.scene()->cards().size(), 200);
}

void TestTopologyView::screenshots()
{
    // Set FLINKDECK_SCREENSHOTS=<dir> to write PNGs of the page for a look.
    const QString dir = qEnvironmentVariable("FLINKDECK_SCREENSHOTS");
    if (dir.isEmpty()) {
        QSKIP("FLINKDECK_SCREENSHOTS not set");
    }
    QDir().mkpath(dir);
    for (const QString &id : QStringList{"ha", "seed003", "single", "empty"}) {
        auto doc = documentFor(id);
        TopologyView view(doc.get());
        view.resize(1280, 800);
        view.show();
        if (id == "ha") {
            view.selectHost("zk1");
        }
        QCoreApplication::processEvents();
        QVERIFY(view.grab().save(dir + "/topology-" + id + ".png"));
        if (id == "ha") {
            view.setPalette(TestPalette::dark());
            QCoreApplication::processEvents();
            QVERIFY(view.grab().save(dir + "/topology-ha-dark.png"));
            view.setPalette(QPalette());
            view.setTableShown(true);
            QVERIFY(view.grab().save(dir + "/topology-ha-table.png"));
        }
    }
    {
        auto doc = documentFor("ha");
        doc->edit("clash", [](ClusterProject &p) { p.host("zk3")->zooKeeper->id = 2; });
        doc->removeRole("zk2", HostRole::JobManager);
        TopologyView view(doc.get());
        view.resize(1280, 800);
        view.show();
        QCoreApplication::processEvents();
        QVERIFY(view.grab().save(dir + "/topology-badges.png"));
        HostDialog dialog(doc->project(), "zk3");
        dialog.show();
        QCoreApplication::processEvents();
        QVERIFY(dialog.grab().save(dir + "/hostdialog.png"));
    }
    ProjectDocument big(bigProject(200));
    TopologyView view(&big);
    view.resize(1280, 800);
    view.show();
    QCoreApplication::processEvents();
    QVERIFY(view.grab().save(dir + "/topology-200.png"));
    view.canvas()->fitAll();
    QVERIFY(view.grab().save(dir + "/topology-200-fit.png"));
}

QTEST_MAIN(TestTopologyView)
#include "tst_topologyview.moc"
