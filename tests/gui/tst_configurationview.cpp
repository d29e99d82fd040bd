#include "AllKeysModel.h"
#include "AllKeysPage.h"
#include "ClusterBasicsFields.h"
#include "ConfigFormSection.h"
#include "ConfigKeyField.h"
#include "ConfigurationView.h"
#include "HaFields.h"
#include "MemorySizeEdit.h"
#include "ProjectDefaultsFields.h"
#include "ProjectDocument.h"
#include "ProjectTemplates.h"
#include "ZooKeeperFields.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>

/// The configuration page edits through the document and follows it.
class TestConfigurationView final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void editFieldRendersAndUndoes();
    void projectDefaults();
    void allKeysRefusesBadValues();
    void zooCfgExtraLines();
    void typingIsOneUndoStep();
    void invalidMemoryIsNotPushed();
    void deprecatedKeyBadgeRenames();
    void legacyFieldsFollowVersion();
    void versionChangeOffersMigration_data();
    void versionChangeOffersMigration();
    void allKeysSearchFilters();
    void focusKey_data();
    void focusKey();
    void secretFieldsAreMasked();
    void refreshKeepsCursor();
    void haAndZooKeeperSettings();
    void knownVersions();
    void screenshots();

private:
    struct Fixture
    {
        explicit Fixture(const QString &templateId)
            : document(ProjectTemplates::create(templateId))
            , view(&document)
        {
            view.resize(1280, 800);
            view.show();
            QApplication::setActiveWindow(&view);
            QVERIFY(QTest::qWaitForWindowActive(&view));
        }
        ProjectDocument document;
        ConfigurationView view;
    };
    static QString renderedConfig(const ProjectDocument &document);
};

QString TestConfigurationView::renderedConfig(const ProjectDocument &document)
{
    for (const RenderedFile &file : document.renderedFiles()) {
        if (file.kind == RenderedFile::Kind::FlinkConfig) {
            return QString::fromUtf8(file.content);
        }
    }
    return {};
}

void TestConfigurationView::editFieldRendersAndUndoes()
{
    Fixture f(QStringLiteral("ha"));
    ConfigKeyField *field = f.view.field(QStringLiteral("parallelism.default"));
    QVERIFY(field && field->lineEdit());
    QCOMPARE(field->lineEdit()->text(), QStringLiteral("2"));
    field->lineEdit()->setFocus();
    field->lineEdit()->selectAll();
    const int steps = f.document.undoStack()->count();
    QTest::keyClicks(field->lineEdit(), QStringLiteral("16"));
    QCOMPARE(f.document.project().flinkConfig.value(QStringLiteral("parallelism.default")),
             QStringLiteral("16"));
    QVERIFY(renderedConfig(f.document).contains(QStringLiteral("parallelism.default: 16")));
    QCOMPARE(f.document.undoStack()->count(), steps + 1);
    f.document.undoStack()->undo();
    QCOMPARE(f.document.project().flinkConfig.value(QStringLiteral("parallelism.default")),
             QStringLiteral("2"));
    QCOMPARE(field->lineEdit()->text(), QStringLiteral("2"));
}

void TestConfigurationView::typingIsOneUndoStep()
{
    Fixture f(QStringLiteral("ha"));
    ConfigKeyField *field = f.view.field(QStringLiteral("rest.port"));
    QVERIFY(field && field->lineEdit());
    QVERIFY(field->lineEdit()->placeholderText().contains(QStringLiteral("8081")));
    QVERIFY(!field->lineEdit()->toolTip().isEmpty());
    field->lineEdit()->setFocus();
    const int steps = f.document.undoStack()->count();
    QTest::keyClicks(field->lineEdit(), QStringLiteral("18081"));
    QCOMPARE(f.document.project().flinkConfig.value(QStringLiteral("rest.port")),
             QStringLiteral("18081"));
    QCOMPARE(f.document.undoStack()->count(), steps + 1);
    QVERIFY(renderedConfig(f.document).contains(QStringLiteral("rest.port: 18081")));
    // A letter is rejected: marked, and the document keeps the last good value.
    QTest::keyClicks(field->lineEdit(), QStringLiteral("x"));
    QVERIFY(field->hasProblem());
    QCOMPARE(f.document.project().flinkConfig.value(QStringLiteral("rest.port")),
             QStringLiteral("18081"));
    f.document.undoStack()->undo();
    QVERIFY(!f.document.project().flinkConfig.contains(QStringLiteral("rest.port")));
}

void TestConfigurationView::invalidMemoryIsNotPushed()
{
    Fixture f(QStringLiteral("ha"));
    ConfigKeyField *field = f.view.field(QStringLiteral("jobmanager.memory.flink.size"));
    QVERIFY(field && field->memoryEdit());
    QLineEdit *number = field->memoryEdit()->numberEdit();
    number->setFocus();
    const int steps = f.document.undoStack()->count();
    QTest::keyClicks(number, QStringLiteral("abc"));
    QVERIFY(field->hasProblem());
    QVERIFY(!number->styleSheet().isEmpty());
    QVERIFY(
        !f.document.project().flinkConfig.contains(QStringLiteral("jobmanager.memory.flink.size")));
    QCOMPARE(f.document.undoStack()->count(), steps);
    // Fixing the text pushes it; the unit box supplies the unit for a bare number.
    number->selectAll();
    QTest::keyClicks(number, QStringLiteral("2"));
    QVERIFY(!field->hasProblem());
    QVERIFY(number->styleSheet().isEmpty());
    QCOMPARE(f.document.project().flinkConfig.value(QStringLiteral("jobmanager.memory.flink.size")),
             QStringLiteral("2m"));
    QComboBox *unit = field->memoryEdit()->unitBox();
    unit->setCurrentIndex(3);
    Q_EMIT unit->activated(3);
    QCOMPARE(f.document.project().flinkConfig.value(QStringLiteral("jobmanager.memory.flink.size")),
             QStringLiteral("2g"));
    // Text that turns bad midway keeps the last good value in the document.
    QTest::keyClicks(number, QStringLiteral(" megs"));
    QVERIFY(field->hasProblem());
    QCOMPARE(f.document.project().flinkConfig.value(QStringLiteral("jobmanager.memory.flink.size")),
             QStringLiteral("2 m"));
}

void TestConfigurationView::deprecatedKeyBadgeRenames()
{
    Fixture f(QStringLiteral("seed003"));
    ConfigKeyField *legacy = f.view.field(QStringLiteral("jobmanager.heap.size"));
    QVERIFY(legacy);
    QVERIFY(!legacy->hasBadge()); // fine in 1.7
    QVERIFY(f.document.setFlinkVersion(FlinkVersion(1, 20)));
    QVERIFY(legacy->isRelevant());
    QVERIFY(legacy->hasBadge());
    QVERIFY(legacy->badge()->text().contains(QStringLiteral("deprecated")));
    QVERIFY(!legacy->replaceButton()->isHidden());
    QCOMPARE(legacy->replaceButton()->text(), QStringLiteral("Use jobmanager.memory.heap.size"));
    legacy->replaceButton()->click();
    const FlinkConfig &config = f.document.project().flinkConfig;
    QVERIFY(!config.contains(QStringLiteral("jobmanager.heap.size")));
    QCOMPARE(config.value(QStringLiteral("jobmanager.memory.heap.size")), QStringLiteral("1024m"));
    QVERIFY(!legacy->isRelevant()); // deprecated and unset: the row goes away
    ConfigKeyField *current = f.view.field(QStringLiteral("jobmanager.memory.heap.size"));
    QCOMPARE(current->presentKey(), QStringLiteral("jobmanager.memory.heap.size"));
    QCOMPARE(current->memoryEdit()->text(), QStringLiteral("1024m"));
    QVERIFY(!current->hasBadge());
}

void TestConfigurationView::legacyFieldsFollowVersion()
{
    Fixture f(QStringLiteral("seed003"));
    // 1.7 reads state.backend: the state backend field writes that name.
    ConfigKeyField *backend = f.view.field(QStringLiteral("state.backend.type"));
    QVERIFY(backend->isRelevant());
    QCOMPARE(backend->writtenKey(), QStringLiteral("state.backend"));
    QVERIFY(backend->label()->text().contains(QStringLiteral("state.backend<")));
    const int index = backend->comboBox()->findData(QStringLiteral("rocksdb"));
    QVERIFY(index > 0);
    backend->comboBox()->setCurrentIndex(index);
    Q_EMIT backend->comboBox()->activated(index);
    QCOMPARE(f.document.project().flinkConfig.value(QStringLiteral("state.backend")),
             QStringLiteral("rocksdb"));
    QVERIFY(!f.view.field(QStringLiteral("jobmanager.memory.process.size"))->isRelevant());
    QVERIFY(!f.view.field(QStringLiteral("execution.checkpointing.interval"))->isRelevant());
    f.document.setFlinkVersion(FlinkVersion(2, 0));
    QVERIFY(f.view.field(QStringLiteral("jobmanager.memory.process.size"))->isRelevant());
    QCOMPARE(backend->presentKey(), QStringLiteral("state.backend"));
    QCOMPARE(backend->comboBox()->currentData().toString(), QStringLiteral("rocksdb"));
    QCOMPARE(backend->replaceButton()->text(), QStringLiteral("Use state.backend.type"));
}

void TestConfigurationView::versionChangeOffersMigration_data()
{
    QTest::addColumn<int>("choice");
    QTest::newRow("apply") << int(MigrationDialog::Choice::Apply);
    QTest::newRow("keep") << int(MigrationDialog::Choice::Keep);
    QTest::newRow("cancel") << int(MigrationDialog::Choice::Cancel);
}

void TestConfigurationView::versionChangeOffersMigration()
{
    QFETCH(int, choice);
    Fixture f(QStringLiteral("seed003"));
    int asked = 0;
    QString file;
    qsizetype changes = 0;
    f.view.setMigrationPrompt([&](MigrationDialog &dialog) {
        ++asked;
        file = dialog.fileName();
        changes = dialog.result().changes.size();
        return static_cast<MigrationDialog::Choice>(choice);
    });
    const ClusterProject before = f.document.project();
    const int steps = f.document.undoStack()->count();
    QComboBox *versions = f.view.basicsFields()->versionBox();
    const int target = versions->findData(QStringLiteral("1.20"));
    QVERIFY(target >= 0);
    versions->setCurrentIndex(target);
    Q_EMIT versions->activated(target);
    QCOMPARE(asked, 1);
    QCOMPARE(file, QStringLiteral("config.yaml"));
    QVERIFY(changes >= 2); // both heap sizes
    const ClusterProject &after = f.document.project();
    switch (static_cast<MigrationDialog::Choice>(choice)) {
    case MigrationDialog::Choice::Apply:
        QCOMPARE(after.flinkVersion, FlinkVersion(1, 20));
        QVERIFY(after.flinkConfig.contains(QStringLiteral("jobmanager.memory.heap.size")));
        QVERIFY(!after.flinkConfig.contains(QStringLiteral("jobmanager.heap.size")));
        QCOMPARE(f.document.undoStack()->count(), steps + 1);
        f.document.undoStack()->undo();
        QVERIFY(f.document.project() == before);
        break;
    case MigrationDialog::Choice::Keep:
        QCOMPARE(after.flinkVersion, FlinkVersion(1, 20));
        QVERIFY(after.flinkConfig == before.flinkConfig);
        QCOMPARE(f.document.undoStack()->count(), steps + 1);
        break;
    case MigrationDialog::Choice::Cancel:
        QVERIFY(after == before);
        QCOMPARE(versions->currentData().toString(), QStringLiteral("1.7"));
        break;
    }

    // A move that changes no key asks nothing.
    Fixture plain(QStringLiteral("ha"));
    plain.view.setMigrationPrompt([&](MigrationDialog &) {
        ++asked;
        return MigrationDialog::Choice::Cancel;
    });
    plain.view.requestFlinkVersion(FlinkVersion(2, 0));
    QCOMPARE(asked, 1);
    QCOMPARE(plain.document.project().flinkVersion, FlinkVersion(2, 0));
}

void TestConfigurationView::allKeysSearchFilters()
{
    Fixture f(QStringLiteral("ha"));
    AllKeysPage *page = f.view.allKeysPage();
    QSortFilterProxyModel *proxy = page->proxy();
    const int all = proxy->rowCount();
    QVERIFY(all > 200);
    page->searchEdit()->setText(QStringLiteral("zookeeper.quorum"));
    QVERIFY(proxy->rowCount() >= 1 && proxy->rowCount() < 5);
    for (int row = 0; row < proxy->rowCount(); ++row) {
        QVERIFY(
            proxy->index(row, 0).data().toString().contains(QStringLiteral("zookeeper.quorum")));
    }
    // Descriptions are searched too.
    page->searchEdit()->setText(QStringLiteral("leader election"));
    bool found = false;
    for (int row = 0; row < proxy->rowCount(); ++row) {
        found = found || proxy->index(row, 0).data().toString() == u"jobmanager.rpc.address";
    }
    QVERIFY(found);
    page->searchEdit()->clear();
    page->setOnlyBox()->setChecked(true);
    // The project's keys plus the HA section's.
    QVERIFY(proxy->rowCount() >= f.document.project().flinkConfig.size());
    QVERIFY(proxy->rowCount() < 20);
    page->setOnlyBox()->setChecked(false);
    QCOMPARE(proxy->rowCount(), all);

    // Inline edits and custom keys.
    AllKeysModel *model = page->model();
    const QModelIndex value =
        model->index(model->rowOf(QStringLiteral("web.tmpdir")), AllKeysModel::ValueColumn);
    QVERIFY(model->flags(value) & Qt::ItemIsEditable);
    QVERIFY(model->setData(value, QStringLiteral("/data/web")));
    QCOMPARE(f.document.project().flinkConfig.value(QStringLiteral("web.tmpdir")),
             QStringLiteral("/data/web"));
    f.document.setConfigValue(QStringLiteral("my.custom.key"), QStringLiteral("x"));
    const int custom = model->rowOf(QStringLiteral("my.custom.key"));
    QVERIFY(custom >= 0);
    QCOMPARE(model->index(custom, AllKeysModel::StatusColumn).data().toString(),
             QStringLiteral("unknown"));
    QVERIFY(page->selectKey(QStringLiteral("my.custom.key")));
    QVERIFY(page->removeButton()->isEnabled());
    page->removeButton()->click();
    QVERIFY(!f.document.project().flinkConfig.contains(QStringLiteral("my.custom.key")));
    QCOMPARE(model->rowOf(QStringLiteral("my.custom.key")), -1);
    // HA keys show the value the file gets and are edited in the HA section.
    const QModelIndex quorum =
        model->index(model->rowOf(QStringLiteral("high-availability.zookeeper.quorum")),
                     AllKeysModel::ValueColumn);
    QVERIFY(quorum.data().toString().contains(QStringLiteral("zk1:2181")));
    QVERIFY(!(model->flags(quorum) & Qt::ItemIsEditable));
}

void TestConfigurationView::focusKey_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("section"); ///< empty = the All keys page
    QTest::newRow("field") << "execution.checkpointing.interval"
                           << "State & checkpoints";
    QTest::newRow("older name of a field") << "state.checkpoints.dir"
                                           << "State & checkpoints";
    QTest::newRow("HA setting") << "high-availability.zookeeper.quorum"
                                << "High availability";
    QTest::newRow("HA type, old name") << "high-availability"
                                       << "High availability";
    QTest::newRow("memory") << "taskmanager.memory.process.size"
                            << "Memory";
    QTest::newRow("table only") << "web.tmpdir"
                                << "";
}

void TestConfigurationView::focusKey()
{
    QFETCH(QString, key);
    QFETCH(QString, section);
    Fixture f(QStringLiteral("ha"));
    QVERIFY(f.view.focusKey(key));
    QWidget *focused = QApplication::focusWidget();
    QVERIFY(focused);
    if (section.isEmpty()) {
        QCOMPARE(f.view.currentPage(), f.view.sections().size());
        QCOMPARE(f.view.allKeysPage()->currentKey(), key);
        return;
    }
    const ConfigFormSection *shown = f.view.sections().value(f.view.currentPage());
    QVERIFY(shown);
    QCOMPARE(shown->title(), section);
    QVERIFY(shown->isAncestorOf(focused));
    QVERIFY(!f.view.focusKey(QStringLiteral("no.such.key")));
}

void TestConfigurationView::secretFieldsAreMasked()
{
    // Secrets are never typed into a project: the field explains and refuses input, and the
    // document refuses the value from any other path.
    Fixture f(QStringLiteral("ha"));
    ConfigKeyField *field = f.view.field(QStringLiteral("security.ssl.rest.keystore-password"));
    QVERIFY(field && field->lineEdit());
    QCOMPARE(field->lineEdit()->echoMode(), QLineEdit::Password);
    QVERIFY(field->lineEdit()->isReadOnly());
    QVERIFY(!field->lineEdit()->placeholderText().isEmpty());
    QVERIFY(!f.document.setConfigValue(QStringLiteral("security.ssl.rest.keystore-password"),
                                       QStringLiteral("s3cret")));
    QVERIFY(!f.document.setConfigValue(QStringLiteral("s3.secret-key"), QStringLiteral("abc")));
    QVERIFY(!f.document.project().flinkConfig.contains(
        QStringLiteral("security.ssl.rest.keystore-password")));
    QCOMPARE(f.document.undoStack()->count(), 0);
}

void TestConfigurationView::refreshKeepsCursor()
{
    Fixture f(QStringLiteral("ha"));
    ConfigKeyField *field = f.view.field(QStringLiteral("rest.address"));
    QLineEdit *edit = field->lineEdit();
    edit->setFocus();
    QTest::keyClicks(edit, QStringLiteral("abcd"));
    edit->setCursorPosition(2);
    QTest::keyClicks(edit, QStringLiteral("X"));
    QCOMPARE(f.document.project().flinkConfig.value(QStringLiteral("rest.address")),
             QStringLiteral("abXcd"));
    QCOMPARE(edit->text(), QStringLiteral("abXcd"));
    QCOMPARE(edit->cursorPosition(), 3);
    // An unrelated change refreshes without touching the field being typed in.
    f.document.setConfigValue(QStringLiteral("rest.port"), QStringLiteral("9000"));
    QCOMPARE(edit->cursorPosition(), 3);
    QVERIFY(edit->hasFocus());
    // Undo while typing replaces the text.
    f.document.undoStack()->undo();
    f.document.undoStack()->undo();
    QCOMPARE(edit->text(), QString());
    QVERIFY(field->isRelevant());
}

void TestConfigurationView::haAndZooKeeperSettings()
{
    Fixture f(QStringLiteral("ha"));
    HaFields *ha = f.view.haFields();
    QCOMPARE(ha->storageDirEdit()->text(), QStringLiteral("hdfs:///flink/ha/"));
    QVERIFY(ha->quorumEdit()->placeholderText().contains(QStringLiteral("zk1:2181")));
    ha->storageDirEdit()->setFocus();
    ha->storageDirEdit()->selectAll();
    QTest::keyClicks(ha->storageDirEdit(), QStringLiteral("s3://ha"));
    QCOMPARE(f.document.project().ha.storageDir, QStringLiteral("s3://ha"));
    QVERIFY(renderedConfig(f.document).contains(QStringLiteral("s3://ha")));
    const int none = ha->modeBox()->findData(int(HaSettings::Mode::None));
    ha->modeBox()->setCurrentIndex(none);
    Q_EMIT ha->modeBox()->activated(none);
    QCOMPARE(f.document.project().ha.mode, HaSettings::Mode::None);
    QVERIFY(!ha->quorumEdit()->isEnabled());

    ZooKeeperFields *zk = f.view.zooKeeperFields();
    QCOMPARE(zk->tickTimeBox()->value(), 2000);
    QCOMPARE(zk->serverTable()->rowCount(), 3);
    zk->tickTimeBox()->setValue(3000);
    QCOMPARE(f.document.project().zooKeeper.tickTime, 3000);
    f.document.undoStack()->undo();
    QCOMPARE(zk->tickTimeBox()->value(), 2000);
}

void TestConfigurationView::knownVersions()
{
    const QList<FlinkVersion> versions = ClusterBasicsFields::knownVersions();
    QCOMPARE(versions.first(), FlinkVersion(1, 5));
    QVERIFY(versions.contains(FlinkVersion(1, 20)));
    QVERIFY(versions.contains(FlinkVersion(2, 0)));
    QCOMPARE(versions.last(),
             FlinkVersion(FlinkVersion::latest().major(), FlinkVersion::latest().minor()));
    QVERIFY(std::is_sorted(versions.cbegin(), versions.cend()));
}

void TestConfigurationView::screenshots()
{
    const QString dir = qEnvironmentVariable("FLINKDECK_SCREENSHOT_DIR");
    if (dir.isEmpty()) {
        QSKIP("set FLINKDECK_SCREENSHOT_DIR to write the page's screenshots");
    }
    for (const QString &id : {QStringLiteral("ha"), QStringLiteral("seed003")}) {
        Fixture f(id);
        if (id == u"seed003") {
            f.document.setFlinkVersion(FlinkVersion(1, 20));
        }
        for (int page = 0; page <= f.view.sections().size(); ++page) {
            f.view.setCurrentPage(page);
            QApplication::processEvents();
            QVERIFY(f.view.grab().save(
                QDir(dir).filePath(QStringLiteral("configuration-%1-%2.png").arg(id).arg(page))));
        }
    }
    MigrationDialog dialog(ProjectTemplates::create(QStringLiteral("seed003")),
                           FlinkVersion(1, 20));
    dialog.show();
    QApplication::processEvents();
    QVERIFY(dialog.grab().save(QDir(dir).filePath(QStringLiteral("configuration-migration.png"))));
}

void TestConfigurationView::projectDefaults()
{
    Fixture f(QStringLiteral("ha"));
    ProjectDefaultsFields *defaults = f.view.defaultsFields();
    QVERIFY(defaults);
    QCOMPARE(defaults->nameEdit()->text(), QStringLiteral("flink-ha"));
    // A relative install path is refused in place; the project keeps its value.
    QLineEdit *home = defaults->flinkHomeEdit();
    home->setFocus();
    home->selectAll();
    QTest::keyClicks(home, QStringLiteral("opt/x"));
    QCOMPARE(f.document.project().paths.flinkHome, QStringLiteral("/opt/flink"));
    QVERIFY(!home->toolTip().isEmpty());
    home->selectAll();
    QTest::keyClicks(home, QStringLiteral("/srv/flink"));
    QCOMPARE(f.document.project().paths.flinkHome, QStringLiteral("/srv/flink"));
    bool rendered = false;
    for (const RenderedFile &file : f.document.renderedFiles()) {
        rendered = rendered || file.path.startsWith(QStringLiteral("/srv/flink/conf/"));
    }
    QVERIFY(rendered);
    const int steps = f.document.undoStack()->count();
    QCOMPARE(steps, 1); // the typing is one step
    defaults->sshPortBox()->setValue(2222);
    QCOMPARE(f.document.project().ssh.port, 2222);
    f.document.undoStack()->undo();
    QCOMPARE(defaults->sshPortBox()->value(), 0);
}

void TestConfigurationView::allKeysRefusesBadValues()
{
    Fixture f(QStringLiteral("ha"));
    AllKeysPage *page = f.view.allKeysPage();
    AllKeysModel *model = page->model();
    int row = -1;
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->index(r, AllKeysModel::KeyColumn).data().toString() ==
            QStringLiteral("taskmanager.memory.process.size")) {
            row = r;
        }
    }
    QVERIFY(row >= 0);
    const QModelIndex value = model->index(row, AllKeysModel::ValueColumn);
    QVERIFY(!model->setData(value, QStringLiteral("4 gigs")));
    QCOMPARE(
        f.document.project().flinkConfig.value(QStringLiteral("taskmanager.memory.process.size")),
        QStringLiteral("4096m"));
    QVERIFY(page->rejectedNote()->isVisibleTo(page));
    QVERIFY(
        page->rejectedNote()->text().contains(QStringLiteral("taskmanager.memory.process.size")));
    QVERIFY(model->setData(value, QStringLiteral("4g")));
    QVERIFY(!page->rejectedNote()->isVisibleTo(page));
}

void TestConfigurationView::zooCfgExtraLines()
{
    Fixture f(QStringLiteral("ha"));
    QPlainTextEdit *extra = f.view.zooKeeperFields()->extraEdit();
    extra->setPlainText(QStringLiteral("autopurge.purgeInterval=24\nmaxClientCnxns = 100"));
    const QList<std::pair<QString, QString>> expected{
        {QStringLiteral("autopurge.purgeInterval"), QStringLiteral("24")},
        {QStringLiteral("maxClientCnxns"), QStringLiteral("100")}};
    QCOMPARE(f.document.project().zooKeeper.extra, expected);
    bool rendered = false;
    for (const RenderedFile &file : f.document.renderedFiles()) {
        rendered = rendered || (file.kind == RenderedFile::Kind::ZooCfg &&
                                file.content.contains("maxClientCnxns=100\n"));
    }
    QVERIFY(rendered);
    // A line without '=' and a password are refused; the project keeps its lines.
    extra->setPlainText(QStringLiteral("autopurge.purgeInterval"));
    QCOMPARE(f.document.project().zooKeeper.extra, expected);
    extra->setPlainText(QStringLiteral("ssl.keyStore.password=pw"));
    QCOMPARE(f.document.project().zooKeeper.extra, expected);
    QVERIFY(extra->toolTip().contains(QStringLiteral("secret")));
    // Undo brings back the text of the project's lines.
    f.document.undoStack()->undo();
    QVERIFY(f.document.project().zooKeeper.extra.isEmpty());
    QCOMPARE(extra->toPlainText(), QString());
}

QTEST_MAIN(TestConfigurationView)
#include "tst_configurationview.moc"
