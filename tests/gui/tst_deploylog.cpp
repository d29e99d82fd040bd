// The Deploy page's live log: host filter, red stderr, following new lines unless the reader
// scrolled up, and the cap on kept lines.
#include "DeployIcons.h"
#include "DeployLog.h"

#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTest>
#include <QTextBlock>

class TestDeployLog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void filtersFollowsAndCaps()
    {
        DeployLog log;
        log.resize(600, 300);
        log.show();
        QVERIFY(QTest::qWaitForWindowExposed(&log));
        log.setHosts({QStringLiteral("a"), QStringLiteral("b")});
        for (int i = 0; i < 200; ++i) {
            log.append(i % 2 ? QStringLiteral("a") : QStringLiteral("b"),
                       QStringLiteral("line %1\n").arg(i), DeployLog::Kind::Output);
        }
        log.append(QStringLiteral("a"), QStringLiteral("oops"), DeployLog::Kind::Error);
        QScrollBar *bar = log.view()->verticalScrollBar();
        QCOMPARE(bar->value(), bar->maximum()); // follows new lines
        const QTextBlock last = log.view()->document()->lastBlock();
        QCOMPARE(last.text(), QStringLiteral("[a] oops"));
        QCOMPARE(last.begin().fragment().charFormat().foreground().color(),
                 DeployIcons::textColor(DeployIcons::State::Failed, log.palette()));
        // A reader who scrolled up keeps their place.
        bar->setValue(10);
        log.append(QStringLiteral("b"), QStringLiteral("more"), DeployLog::Kind::Output);
        QCOMPARE(bar->value(), 10);
        log.setHostFilter(QStringLiteral("a"));
        for (const QString &line : log.view()->toPlainText().split(u'\n')) {
            QVERIFY2(line.startsWith(QLatin1String("[a] ")), qPrintable(line));
        }
        log.setHostFilter(QString());
        for (int i = 0; i < DeployLog::MaxLines + 5000; ++i) {
            log.append(QStringLiteral("a"), QStringLiteral("x"), DeployLog::Kind::Output);
        }
        QVERIFY(log.lineCount() <= DeployLog::MaxLines + DeployLog::MaxLines / 10);
        QVERIFY(log.view()->document()->blockCount() <= DeployLog::MaxLines);
    }
};

QTEST_MAIN(TestDeployLog)
#include "tst_deploylog.moc"
