#include "HostDialog.h"
#include "ProjectDocument.h"
#include "ProjectTemplates.h"

#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QUndoStack>

/// The host dialog: fields from the host, inline validation that blocks OK, one undo step.
class TestHostDialog final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fieldsShowTheHost();
    void validHostHasNoProblems();
    void invalidInput_data();
    void invalidInput();
    void duplicateNameDisablesOk();
    void validEditIsOneUndoStep();
    void newZooKeeperJoinsTheEnsemble();
    void placeholdersShowProjectDefaults();
    void noPasswordField();

private:
    static QPushButton *okButton(HostDialog &dialog);
};

QPushButton *TestHostDialog::okButton(HostDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

void TestHostDialog::fieldsShowTheHost()
{
    const ClusterProject project = ProjectTemplates::create("ha");
    HostDialog dialog(project, "zk1");
    QCOMPARE(dialog.findChild<QLineEdit *>("name")->text(), "zk1");
    QVERIFY(dialog.findChild<QGroupBox *>("jobManager")->isChecked());
    QVERIFY(dialog.findChild<QGroupBox *>("zooKeeper")->isChecked());
    QVERIFY(!dialog.findChild<QGroupBox *>("taskManager")->isChecked());
    QCOMPARE(dialog.findChild<QSpinBox *>("webUiPort")->value(), 8081);
    QCOMPARE(dialog.findChild<QSpinBox *>("zkId")->value(), 1);
    QCOMPARE(dialog.findChild<QLineEdit *>("zkDataDir")->text(), "/var/lib/zookeeper");
    QCOMPARE(dialog.host(), *project.host("zk1"));
}

void TestHostDialog::validHostHasNoProblems()
{
    const ClusterProject project = ProjectTemplates::create("ha");
    for (const Host &h : project.hosts) {
        HostDialog dialog(project, h.name);
        QVERIFY2(dialog.isValid(), qPrintable(dialog.problems().join('\n')));
        QVERIFY(okButton(dialog)->isEnabled());
        QVERIFY(dialog.findChild<QLabel *>("problems")->isHidden());
    }
}

void TestHostDialog::invalidInput_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("problem");
    QTest::newRow("empty name") << "tm1"
                                << "name" << QVariant("  ") << "Enter a name";
    QTest::newRow("space in name") << "tm1"
                                   << "name" << QVariant("tm 1") << "letters, digits";
    QTest::newRow("taken name") << "tm1"
                                << "name" << QVariant("zk3") << "already called";
    QTest::newRow("relative flink home")
        << "tm1"
        << "flinkHome" << QVariant("opt/flink") << "Flink home: use an absolute";
    QTest::newRow("relative zk conf")
        << "zk3"
        << "zookeeperConfDir" << QVariant("conf") << "conf dir: use an absolute";
    QTest::newRow("relative key") << "tm1"
                                  << "identityFile" << QVariant("id_rsa")
                                  << "Identity file: use an absolute";
    QTest::newRow("duplicate zk id") << "zk3"
                                     << "zkId" << QVariant(2) << "already used by zk2";
    QTest::newRow("port clash") << "zk3"
                                << "zkPeerPort" << QVariant(2181) << "must all differ";
    QTest::newRow("web ui on zk port") << "zk1"
                                       << "webUiPort" << QVariant(3888) << "also a ZooKeeper port";
    QTest::newRow("no data dir") << "zk3"
                                 << "zkDataDir" << QVariant("") << "needs a data dir";
    QTest::newRow("relative data dir")
        << "zk3"
        << "zkDataDir" << QVariant("data") << "data dir must be an absolute";
}

void TestHostDialog::invalidInput()
{
    QFETCH(QString, host);
    QFETCH(QString, field);
    QFETCH(QVariant, value);
    QFETCH(QString, problem);
    const ClusterProject project = ProjectTemplates::create("ha");
    HostDialog dialog(project, host);
    if (auto *edit = dialog.findChild<QLineEdit *>(field)) {
        edit->setText(value.toString());
    } else {
        auto *box = dialog.findChild<QSpinBox *>(field);
        QVERIFY2(box, qPrintable(field));
        box->setValue(value.toInt());
    }
    QVERIFY(!dialog.isValid());
    QVERIFY(!okButton(dialog)->isEnabled());
    const QString shown = dialog.findChild<QLabel *>("problems")->text();
    QVERIFY2(shown.contains(problem), qPrintable(shown));
    ProjectDocument doc(project);
    QVERIFY(!dialog.applyTo(&doc));
    QCOMPARE(doc.undoStack()->count(), 0);
}

void TestHostDialog::duplicateNameDisablesOk()
{
    const ClusterProject project = ProjectTemplates::create("ha");
    HostDialog dialog(project, "tm1");
    auto *name = dialog.findChild<QLineEdit *>("name");
    QTest::keyClicks(name, "x"); // "tm1x": fine
    QVERIFY(okButton(dialog)->isEnabled());
    name->setText("tm2");
    QVERIFY(!okButton(dialog)->isEnabled());
    QVERIFY(dialog.findChild<QLabel *>("problems")->text().contains("tm2"));
    name->setText("tm1"); // its own name is fine
    QVERIFY(okButton(dialog)->isEnabled());
}

void TestHostDialog::validEditIsOneUndoStep()
{
    ProjectDocument doc(ProjectTemplates::create("ha"));
    HostDialog dialog(doc.project(), "tm1");
    dialog.findChild<QLineEdit *>("name")->setText("worker1");
    dialog.findChild<QLineEdit *>("address")->setText("10.0.0.11");
    dialog.findChild<QSpinBox *>("sshPort")->setValue(2222);
    dialog.findChild<QLineEdit *>("flinkHome")->setText("/srv/flink");
    dialog.findChild<QSpinBox *>("taskSlots")->setValue(8);
    dialog.findChild<QGroupBox *>("jobManager")->setChecked(true);
    QVERIFY(dialog.isValid());
    QVERIFY(dialog.applyTo(&doc));
    QCOMPARE(doc.undoStack()->count(), 1);
    const Host *h = doc.project().host("worker1");
    QVERIFY(h);
    QCOMPARE(h->address, "10.0.0.11");
    QCOMPARE(h->ssh.port, 2222);
    QCOMPARE(h->paths.flinkHome, "/srv/flink");
    QCOMPARE(h->taskManager->taskSlots, 8);
    QVERIFY(h->jobManager);
    doc.undoStack()->undo();
    QVERIFY(doc.project().host("tm1"));
    QVERIFY(!doc.project().host("worker1"));
}

void TestHostDialog::newZooKeeperJoinsTheEnsemble()
{
    const ClusterProject project = ProjectTemplates::create("ha");
    HostDialog dialog(project, "tm1");
    dialog.findChild<QGroupBox *>("zooKeeper")->setChecked(true);
    QVERIFY(dialog.isValid());
    const Host h = dialog.host();
    QVERIFY(h.zooKeeper);
    QCOMPARE(h.zooKeeper->id, 4);
    QCOMPARE(h.zooKeeper->dataDir, "/var/lib/zookeeper");
}

void TestHostDialog::placeholdersShowProjectDefaults()
{
    const ClusterProject project = ProjectTemplates::create("ha");
    HostDialog dialog(project, "tm1");
    QVERIFY(dialog.findChild<QLineEdit *>("flinkHome")->placeholderText().contains("/opt/flink"));
    auto *confDir = dialog.findChild<QLineEdit *>("zookeeperConfDir");
    QVERIFY(confDir->placeholderText().contains("/opt/zookeeper/conf"));
    dialog.findChild<QLineEdit *>("zookeeperHome")->setText("/srv/zk");
    QVERIFY(confDir->placeholderText().contains("/srv/zk/conf"));
}

void TestHostDialog::noPasswordField()
{
    HostDialog dialog(ProjectTemplates::create("ha"), "zk1");
    for (const QLineEdit *edit : dialog.findChildren<QLineEdit *>()) {
        QCOMPARE(edit->echoMode(), QLineEdit::Normal);
    }
}

QTEST_MAIN(TestHostDialog)
#include "tst_hostdialog.moc"
