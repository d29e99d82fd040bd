#include "CodeEditor.h"
#include "FilesView.h"
#include "ProjectDocument.h"
#include "ProjectTemplates.h"
#include "RawConfigEditor.h"
#include "RawConfigSync.h"
#include "TestPalette.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPalette>
#include <QPushButton>
#include <QScrollBar>
#include <QTest>
#include <QTextBlock>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

#include <memory>

/// The files page: the tree of rendered files, the preview, and the raw Flink config editor.
class TestFilesView final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void listsEveryFile_data();
    void listsEveryFile();
    void selectingShowsExactBytes();
    void treeSelectionShowsFile();
    void formChangeShowsUp();
    void showFileClearsHidingFilter();
    void rawValidEditIsOneUndoStep();
    void rawInvalidTextLeavesProjectUnchanged();
    void rawFollowsFormWhenClean();
    void rawKeepsInvalidTextWhenFormChanges();
    void rawOnlyForFlinkConfig();
    void screenshots();

private:
    const RenderedFile &flinkConfigOf(const QString &host) const;
    /// Replaces the first occurrence of from in the raw editor, as typing would.
    void typeReplace(const QString &from, const QString &to);
    QTreeWidget *tree() const
    {
        return m_view->findChild<QTreeWidget *>(QStringLiteral("filesTree"));
    }

    std::unique_ptr<ProjectDocument> m_document;
    std::unique_ptr<FilesView> m_view;
};

void TestFilesView::init()
{
    m_document = std::make_unique<ProjectDocument>(ProjectTemplates::create(QStringLiteral("ha")));
    m_view = std::make_unique<FilesView>(m_document.get());
    m_view->resize(1280, 800);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestFilesView::cleanup()
{
    m_view.reset();
    m_document.reset();
}

const RenderedFile &TestFilesView::flinkConfigOf(const QString &host) const
{
    for (const RenderedFile &f : m_document->renderedFiles()) {
        if (f.host == host && f.kind == RenderedFile::Kind::FlinkConfig) {
            return f;
        }
    }
    qFatal("no Flink config");
}

void TestFilesView::typeReplace(const QString &from, const QString &to)
{
    CodeEditor *editor = m_view->rawEditor()->editor();
    QTextCursor cursor = editor->document()->find(from);
    QVERIFY2(!cursor.isNull(), qPrintable(from));
    cursor.insertText(to);
    editor->setTextCursor(cursor);
}

void TestFilesView::listsEveryFile_data()
{
    QTest::addColumn<int>("grouping");
    QTest::newRow("by host") << 0;
    QTest::newRow("by file") << 1;
}

void TestFilesView::listsEveryFile()
{
    QFETCH(int, grouping);
    m_view->findChild<QComboBox *>()->setCurrentIndex(grouping);
    QSet<QString> listed;
    for (QTreeWidgetItemIterator it(tree()); *it; ++it) {
        const QString path = (*it)->data(0, Qt::UserRole + 1).toString();
        if (!path.isEmpty()) {
            listed.insert((*it)->data(0, Qt::UserRole).toString() + u'|' + path);
        }
    }
    QSet<QString> expected;
    for (const RenderedFile &f : m_document->renderedFiles()) {
        expected.insert(f.host + u'|' + f.path);
    }
    // 3 ZooKeeper hosts (two of them JobManagers) and 3 TaskManagers.
    QCOMPARE(expected.size(), 2 * 5 + 1 * 2 + 3 * 3);
    QCOMPARE(listed, expected);
    QCOMPARE(tree()->topLevelItemCount(), grouping == 0 ? 6 : 5);
}

void TestFilesView::selectingShowsExactBytes()
{
    for (const RenderedFile &f : m_document->renderedFiles()) {
        m_view->showFile(f.host, f.path);
        QCOMPARE(m_view->currentFile(), std::pair(f.host, f.path));
        QCOMPARE(m_view->preview()->toPlainText().toUtf8(), f.content);
        QVERIFY(m_view->preview()->isReadOnly());
        QCOMPARE(tree()->currentItem()->data(0, Qt::UserRole + 1).toString(), f.path);
    }
}

void TestFilesView::treeSelectionShowsFile()
{
    QTreeWidgetItem *zk2 = tree()->findItems(QStringLiteral("zk2"), Qt::MatchExactly).value(0);
    QVERIFY(zk2);
    QTreeWidgetItem *zooCfg = nullptr;
    for (int i = 0; i < zk2->childCount(); ++i) {
        if (zk2->child(i)->text(0) == u"zoo.cfg") {
            zooCfg = zk2->child(i);
        }
    }
    QVERIFY(zooCfg);
    tree()->setCurrentItem(zooCfg);
    QCOMPARE(m_view->currentFile().first, QStringLiteral("zk2"));
    QVERIFY(m_view->preview()->toPlainText().contains(u"server.3="));
}

void TestFilesView::formChangeShowsUp()
{
    const RenderedFile tm1 = flinkConfigOf(QStringLiteral("tm1"));
    m_view->showFile(tm1.host, tm1.path);
    m_view->preview()->verticalScrollBar()->setValue(3);
    QVERIFY(m_document->setConfigValue(QStringLiteral("parallelism.default"), QStringLiteral("7")));
    QCOMPARE(m_view->currentFile(), std::pair(tm1.host, tm1.path));
    QVERIFY(m_view->preview()->toPlainText().contains(u"parallelism.default: 7\n"));
    QCOMPARE(m_view->preview()->toPlainText().toUtf8(),
             flinkConfigOf(QStringLiteral("tm1")).content);
}

void TestFilesView::showFileClearsHidingFilter()
{
    m_view->findChild<QLineEdit *>()->setText(QStringLiteral("zk1"));
    const RenderedFile tm2 = flinkConfigOf(QStringLiteral("tm2"));
    m_view->showFile(tm2.host, tm2.path);
    QCOMPARE(m_view->currentFile(), std::pair(tm2.host, tm2.path));
    QVERIFY(tree()->currentItem());
    QCOMPARE(tree()->currentItem()->data(0, Qt::UserRole).toString(), QStringLiteral("tm2"));
}

void TestFilesView::rawValidEditIsOneUndoStep()
{
    const RenderedFile zk1 = flinkConfigOf(QStringLiteral("zk1"));
    m_view->showFile(zk1.host, zk1.path);
    m_view->setRawMode(true);
    RawConfigEditor *raw = m_view->rawEditor();
    const QString original = RawConfigSync::text(m_document->project());
    QCOMPARE(raw->editor()->toPlainText(), original);
    QVERIFY(!raw->editor()->isReadOnly());

    const int steps = m_document->undoStack()->count();
    typeReplace(QStringLiteral("parallelism.default: 2"), QStringLiteral("parallelism.default: 5"));
    QTRY_COMPARE(m_document->project().flinkConfig.value(QStringLiteral("parallelism.default")),
                 QStringLiteral("5"));
    typeReplace(QStringLiteral("cluster-id: /flink-ha"), QStringLiteral("cluster-id: /prod"));
    QTRY_COMPARE(m_document->project().ha.clusterId, QStringLiteral("/prod"));
    QCOMPARE(m_document->undoStack()->count(), steps + 1);
    QVERIFY(raw->diagnostics().isEmpty());

    m_document->undoStack()->undo();
    QCOMPARE(m_document->project().flinkConfig.value(QStringLiteral("parallelism.default")),
             QStringLiteral("2"));
    QCOMPARE(m_document->project().ha.clusterId, QStringLiteral("/flink-ha"));
    QCOMPARE(raw->editor()->toPlainText(), original);
}

void TestFilesView::rawInvalidTextLeavesProjectUnchanged()
{
    const RenderedFile zk1 = flinkConfigOf(QStringLiteral("zk1"));
    m_view->showFile(zk1.host, zk1.path);
    m_view->setRawMode(true);
    RawConfigEditor *raw = m_view->rawEditor();
    const ClusterProject before = m_document->project();
    const int steps = m_document->undoStack()->count();

    typeReplace(QStringLiteral("parallelism.default: 2"),
                QStringLiteral("parallelism.default: [2"));
    raw->applyNow();
    QVERIFY(raw->hasErrors());
    QVERIFY(m_document->project() == before);
    QCOMPARE(m_document->undoStack()->count(), steps);

    auto *messages = raw->findChild<QListWidget *>(QStringLiteral("rawMessages"));
    QVERIFY(messages->isVisible());
    QVERIFY(messages->count() >= 1);
    QVERIFY2(messages->item(0)->text().startsWith(u"line "), qPrintable(messages->item(0)->text()));
    QVERIFY(!raw->editor()->extraSelections().isEmpty());

    // Fixing the text applies it and clears the marks.
    typeReplace(QStringLiteral("[2"), QStringLiteral("4"));
    QTRY_VERIFY(!raw->hasErrors());
    QCOMPARE(m_document->project().flinkConfig.value(QStringLiteral("parallelism.default")),
             QStringLiteral("4"));
    QVERIFY(raw->editor()->extraSelections().isEmpty());
    QVERIFY(!messages->isVisible());
}

void TestFilesView::rawFollowsFormWhenClean()
{
    const RenderedFile zk1 = flinkConfigOf(QStringLiteral("zk1"));
    m_view->showFile(zk1.host, zk1.path);
    m_view->setRawMode(true);
    CodeEditor *editor = m_view->rawEditor()->editor();
    QTextCursor cursor(editor->document()->findBlockByNumber(2));
    cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor, 3);
    editor->setTextCursor(cursor);

    QVERIFY(m_document->setConfigValue(QStringLiteral("rest.port"), QStringLiteral("8088")));
    QCOMPARE(editor->toPlainText(), RawConfigSync::text(m_document->project()));
    QCOMPARE(editor->textCursor().blockNumber(), 2);
    QCOMPARE(editor->textCursor().positionInBlock(), 3);
}

void TestFilesView::rawKeepsInvalidTextWhenFormChanges()
{
    const RenderedFile zk1 = flinkConfigOf(QStringLiteral("zk1"));
    m_view->showFile(zk1.host, zk1.path);
    m_view->setRawMode(true);
    RawConfigEditor *raw = m_view->rawEditor();
    typeReplace(QStringLiteral("parallelism.default: 2"),
                QStringLiteral("parallelism.default: [2"));
    raw->applyNow();
    const QString typed = raw->editor()->toPlainText();

    QVERIFY(m_document->setConfigValue(QStringLiteral("rest.port"), QStringLiteral("8088")));
    QCOMPARE(raw->editor()->toPlainText(), typed);
    QVERIFY(raw->findChild<QLabel *>(QStringLiteral("rawNote"))->isVisible());
}

void TestFilesView::rawOnlyForFlinkConfig()
{
    auto *toggle = m_view->findChild<QPushButton *>(QStringLiteral("rawToggle"));
    const RenderedFile zk1 = flinkConfigOf(QStringLiteral("zk1"));
    m_view->showFile(zk1.host, zk1.path);
    QVERIFY(toggle->isVisible());
    toggle->click();
    QVERIFY(m_view->isRawMode());
    for (const RenderedFile &f : m_document->renderedFiles()) {
        if (f.kind == RenderedFile::Kind::ZooCfg) {
            m_view->showFile(f.host, f.path);
            break;
        }
    }
    QVERIFY(!m_view->isRawMode());
    QVERIFY(!toggle->isVisible());
    QVERIFY(!toggle->isChecked());
}

void TestFilesView::screenshots()
{
    // Pictures for a human to look at: FLINKDECK_SCREENSHOTS=<dir> ctest -R tst_filesview
    const QString dir = qEnvironmentVariable("FLINKDECK_SCREENSHOTS");
    if (dir.isEmpty()) {
        QSKIP("FLINKDECK_SCREENSHOTS not set");
    }
    const auto shoot = [&](const QString &name) {
        QTest::qWait(50);
        QVERIFY(m_view->grab().save(QDir(dir).filePath(name)));
    };
    const RenderedFile zk1 = flinkConfigOf(QStringLiteral("zk1"));
    m_view->showFile(zk1.host, zk1.path);
    shoot(QStringLiteral("files-ha-config.png"));
    for (const RenderedFile &f : m_document->renderedFiles()) {
        if (f.kind == RenderedFile::Kind::ZooCfg) {
            m_view->showFile(f.host, f.path);
            break;
        }
    }
    shoot(QStringLiteral("files-ha-zoocfg.png"));
    m_view->showFile(zk1.host, zk1.path);
    m_view->setRawMode(true);
    typeReplace(QStringLiteral("parallelism.default: 2"),
                QStringLiteral("parallelism.default: [2"));
    m_view->rawEditor()->applyNow();
    shoot(QStringLiteral("files-ha-raw-error.png"));
    m_view->findChild<QComboBox *>()->setCurrentIndex(1);
    shoot(QStringLiteral("files-ha-byfile.png"));
    m_view->setPalette(TestPalette::dark());
    shoot(QStringLiteral("files-ha-dark.png"));
}

QTEST_MAIN(TestFilesView)
#include "tst_filesview.moc"
