#include "ConfigKeyField.h"
#include "MemorySizeEdit.h"
#include "ProjectDocument.h"
#include "ProjectTemplates.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QToolButton>

/// One key's editor: the widget by type, reading aliases, writing the version's name.
class TestConfigKeyField final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void editorByType_data();
    void editorByType();
    void boolIsTriState();
    void readsAlias();
    void resetRemovesKey();
    void durationValidated();
};

namespace {
struct Bench
{
    explicit Bench(const QString &key, const QString &templateId = QStringLiteral("ha"))
        : document(ProjectTemplates::create(templateId))
        , field(&document, key, QStringLiteral("Title"))
    {
        QObject::connect(&document, &ProjectDocument::changed, &field,
                         [this] { field.refresh(document.project(), {}); });
        field.refresh(document.project(), {});
    }
    ProjectDocument document;
    ConfigKeyField field;
};
} // namespace

void TestConfigKeyField::editorByType_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("kind");
    QTest::newRow("int") << "rest.port"
                         << "line";
    QTest::newRow("duration") << "execution.checkpointing.timeout"
                              << "line";
    QTest::newRow("path") << "execution.checkpointing.dir"
                          << "line";
    QTest::newRow("bool") << "execution.checkpointing.incremental"
                          << "combo";
    QTest::newRow("enum") << "execution.checkpointing.mode"
                          << "combo";
    QTest::newRow("memory") << "taskmanager.memory.process.size"
                            << "memory";
}

void TestConfigKeyField::editorByType()
{
    QFETCH(QString, key);
    QFETCH(QString, kind);
    Bench b(key);
    QCOMPARE(b.field.lineEdit() != nullptr, kind == u"line");
    QCOMPARE(b.field.comboBox() != nullptr, kind == u"combo");
    QCOMPARE(b.field.memoryEdit() != nullptr, kind == u"memory");
    QVERIFY(b.field.editor());
    QVERIFY(b.field.label()->text().contains(key));
    QVERIFY(b.field.editor()->toolTip().contains(key));
}

void TestConfigKeyField::boolIsTriState()
{
    Bench b(QStringLiteral("execution.checkpointing.incremental"));
    QComboBox *combo = b.field.comboBox();
    QCOMPARE(combo->count(), 3);
    QVERIFY(combo->itemText(0).contains(QStringLiteral("false"))); // "Default (false)"
    Q_EMIT combo->activated(1);
    QCOMPARE(b.document.project().flinkConfig.value(
                 QStringLiteral("execution.checkpointing.incremental")),
             QStringLiteral("true"));
    Q_EMIT combo->activated(0);
    QVERIFY(!b.document.project().flinkConfig.contains(
        QStringLiteral("execution.checkpointing.incremental")));
}

void TestConfigKeyField::readsAlias()
{
    Bench b(QStringLiteral("execution.checkpointing.dir"));
    b.document.edit(QStringLiteral("old name"), [](ClusterProject &p) {
        p.flinkConfig.remove(QStringLiteral("execution.checkpointing.dir"));
        p.flinkConfig.set(QStringLiteral("state.checkpoints.dir"), QStringLiteral("hdfs:///cp"));
    });
    QCOMPARE(b.field.presentKey(), QStringLiteral("state.checkpoints.dir"));
    QCOMPARE(b.field.lineEdit()->text(), QStringLiteral("hdfs:///cp"));
    // Edits keep writing the name the project uses; the badge offers the new one.
    b.field.lineEdit()->setFocus();
    QTest::keyClicks(b.field.lineEdit(), QStringLiteral("2"));
    QCOMPARE(b.document.project().flinkConfig.value(QStringLiteral("state.checkpoints.dir")),
             QStringLiteral("hdfs:///cp2"));
    QVERIFY(b.field.hasBadge());
    QCOMPARE(b.field.replaceButton()->text(), QStringLiteral("Use execution.checkpointing.dir"));
}

void TestConfigKeyField::resetRemovesKey()
{
    Bench b(QStringLiteral("parallelism.default"));
    auto *reset = b.field.findChild<QToolButton *>(QStringLiteral("reset"));
    QVERIFY(reset);
    QVERIFY(reset->isVisibleTo(&b.field));
    reset->click();
    QVERIFY(!b.document.project().flinkConfig.contains(QStringLiteral("parallelism.default")));
    QVERIFY(reset->isHidden());
    QCOMPARE(b.field.lineEdit()->text(), QString());
}

void TestConfigKeyField::durationValidated()
{
    Bench b(QStringLiteral("execution.checkpointing.timeout"));
    QTest::keyClicks(b.field.lineEdit(), QStringLiteral("PT10M"));
    QVERIFY(b.field.hasProblem());
    QVERIFY(!b.document.project().flinkConfig.contains(
        QStringLiteral("execution.checkpointing.timeout")));
    b.field.lineEdit()->clear();
    QTest::keyClicks(b.field.lineEdit(), QStringLiteral("5 min"));
    QVERIFY(!b.field.hasProblem());
    QCOMPARE(
        b.document.project().flinkConfig.value(QStringLiteral("execution.checkpointing.timeout")),
        QStringLiteral("5 min"));
}

QTEST_MAIN(TestConfigKeyField)
#include "tst_configkeyfield.moc"
