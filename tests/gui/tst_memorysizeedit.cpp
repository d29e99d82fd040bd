#include "MemorySizeEdit.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

/// The number-plus-unit editor for Flink memory sizes.
class TestMemorySizeEdit final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsValue_data();
    void showsValue();
    void typingEmits();
    void unitChangeEmits();
};

void TestMemorySizeEdit::showsValue_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("number");
    QTest::addColumn<int>("unit");
    QTest::addColumn<QString>("text");
    QTest::newRow("m") << "1600m"
                       << "1600" << 2 << "1600m";
    QTest::newRow("spelled out with space") << "128 mb"
                                            << "128" << 2 << "128m";
    QTest::newRow("gigabytes") << "4 gb"
                               << "4" << 3 << "4g";
    QTest::newRow("bare bytes") << "1024"
                                << "1024" << 0 << "1024";
    QTest::newRow("unknown unit stays text") << "5 min"
                                             << "5 min" << 2 << "5 min";
}

void TestMemorySizeEdit::showsValue()
{
    QFETCH(QString, value);
    QFETCH(QString, number);
    QFETCH(int, unit);
    QFETCH(QString, text);
    MemorySizeEdit edit;
    QSignalSpy edited(&edit, &MemorySizeEdit::edited);
    edit.setText(value);
    QCOMPARE(edit.numberEdit()->text(), number);
    QCOMPARE(edit.unitBox()->currentIndex(), unit);
    QCOMPARE(edit.text(), text);
    QCOMPARE(edited.count(), 0);
}

void TestMemorySizeEdit::typingEmits()
{
    MemorySizeEdit edit;
    QSignalSpy edited(&edit, &MemorySizeEdit::edited);
    QTest::keyClicks(edit.numberEdit(), QStringLiteral("64"));
    QCOMPARE(edited.count(), 2);
    QCOMPARE(edited.last().first().toString(), QStringLiteral("64m"));
    // A whole size typed into the number field is taken as written.
    edit.numberEdit()->clear();
    QTest::keyClicks(edit.numberEdit(), QStringLiteral("2 gb"));
    QCOMPARE(edited.last().first().toString(), QStringLiteral("2 gb"));
}

void TestMemorySizeEdit::unitChangeEmits()
{
    MemorySizeEdit edit;
    QSignalSpy edited(&edit, &MemorySizeEdit::edited);
    Q_EMIT edit.unitBox()->activated(3); // nothing typed yet: nothing to say
    QCOMPARE(edited.count(), 0);
    edit.setText(QStringLiteral("2g"));
    edit.unitBox()->setCurrentIndex(1);
    Q_EMIT edit.unitBox()->activated(1);
    QCOMPARE(edited.count(), 1);
    QCOMPARE(edited.last().first().toString(), QStringLiteral("2k"));
}

QTEST_MAIN(TestMemorySizeEdit)
#include "tst_memorysizeedit.moc"
