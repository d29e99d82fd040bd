#include "UnifiedDiff.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

/// GNU patch and GNU diff are the oracles: patch must turn before into after with our diff,
/// exactly and at the stated line numbers, and diff must print the same text where the minimal
/// diff is unique (elsewhere diff may align equal lines differently, so only counts compare).
class TestUnifiedDiff final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void make_data();
    void make();
    void random_data();
    void random();
    void hunkLines();
    void largeInput_data();
    void largeInput();
};

namespace {

const QString diffProgram = QStringLiteral("/usr/bin/diff");
const QString patchProgram = QStringLiteral("/usr/bin/patch");

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QString &program, const QStringList &arguments, const QString &workDir)
{
    QProcess process;
    process.setWorkingDirectory(workDir);
    process.start(program, arguments);
    Run result;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

QByteArray lines(const QStringList &list, bool finalNewline = true)
{
    QByteArray bytes = list.join(QLatin1Char('\n')).toUtf8();
    if (finalNewline && !list.isEmpty()) {
        bytes += '\n';
    }
    return bytes;
}

/// "l1\n" ... "l<count>\n": unique lines, so every diff of them is unambiguous.
QStringList numbered(int count, const QString &prefix = QStringLiteral("l"))
{
    QStringList list;
    for (int i = 1; i <= count; ++i) {
        list << prefix + QString::number(i);
    }
    return list;
}

QStringList replaced(QStringList list, const QList<int> &oneBased)
{
    for (const int line : oneBased) {
        list[line - 1] = QStringLiteral("changed ") + list[line - 1];
    }
    return list;
}

/// Counts of "+" and "-" lines below the two label lines of a unified diff.
std::pair<int, int> countChanges(const QByteArray &diff)
{
    const QList<QByteArray> rows = diff.split('\n');
    int added = 0;
    int removed = 0;
    for (qsizetype i = 2; i < rows.size(); ++i) {
        added += rows[i].startsWith('+') ? 1 : 0;
        removed += rows[i].startsWith('-') ? 1 : 0;
    }
    return {added, removed};
}

/// Each hunk's header counts must agree with its lines, and hunks must be ordered apart.
void checkHunkShape(const QList<UnifiedDiff::Hunk> &hunks)
{
    int previousBeforeEnd = 0;
    for (const UnifiedDiff::Hunk &hunk : hunks) {
        int context = 0;
        int added = 0;
        int removed = 0;
        for (const UnifiedDiff::Line &line : hunk.lines) {
            context += line.kind == UnifiedDiff::Line::Kind::Context ? 1 : 0;
            added += line.kind == UnifiedDiff::Line::Kind::Added ? 1 : 0;
            removed += line.kind == UnifiedDiff::Line::Kind::Removed ? 1 : 0;
        }
        QVERIFY(added + removed > 0);
        QCOMPARE(hunk.beforeCount, context + removed);
        QCOMPARE(hunk.afterCount, context + added);
        QVERIFY(hunk.beforeStart >= previousBeforeEnd);
        previousBeforeEnd = hunk.beforeStart + hunk.beforeCount;
    }
}

/// Applies diff to before with GNU patch, refusing fuzz; returns what patch wrote.
QByteArray patched(const QTemporaryDir &dir, const QByteArray &before, const QString &diff,
                   QString *problem)
{
    const QString beforePath = dir.filePath(QStringLiteral("patch-before"));
    const QString diffPath = dir.filePath(QStringLiteral("patch.diff"));
    const QString resultPath = dir.filePath(QStringLiteral("patch-result"));
    QFile::remove(resultPath);
    if (!writeFile(beforePath, before) || !writeFile(diffPath, diff.toUtf8())) {
        *problem = QStringLiteral("cannot write the patch inputs");
        return {};
    }
    const Run r = run(patchProgram,
                      {QStringLiteral("--batch"), QStringLiteral("--fuzz=0"),
                       QStringLiteral("--no-backup-if-mismatch"), QStringLiteral("--output"),
                       resultPath, QStringLiteral("--input"), diffPath, beforePath},
                      dir.path());
    // An offset would mean our line numbers are wrong even though the hunk context matched.
    if (r.exitCode != 0 || r.out.contains("offset") || r.out.contains("fuzz")) {
        *problem = QStringLiteral("patch exit %1: %2 %3")
                       .arg(r.exitCode)
                       .arg(QString::fromUtf8(r.out), QString::fromUtf8(r.err));
        return {};
    }
    // patch may leave no file at all for an empty result.
    return QFileInfo::exists(resultPath) ? readFile(resultPath) : QByteArray();
}

Run gnuDiff(const QTemporaryDir &dir, const QByteArray &before, const QByteArray &after,
            int context, bool minimal)
{
    const QString beforePath = dir.filePath(QStringLiteral("diff-before"));
    const QString afterPath = dir.filePath(QStringLiteral("diff-after"));
    if (!writeFile(beforePath, before) || !writeFile(afterPath, after)) {
        return {};
    }
    QStringList arguments{QStringLiteral("--unified=%1").arg(context), QStringLiteral("--label"),
                          QStringLiteral("a/conf.yaml"), QStringLiteral("--label"),
                          QStringLiteral("b/conf.yaml")};
    if (minimal) {
        arguments << QStringLiteral("--minimal");
    }
    arguments << beforePath << afterPath;
    return run(diffProgram, arguments, dir.path());
}

} // namespace

void TestUnifiedDiff::initTestCase()
{
    if (!QFileInfo(diffProgram).isExecutable() || !QFileInfo(patchProgram).isExecutable()) {
        QSKIP("GNU diff and GNU patch are the oracles of this test");
    }
}

void TestUnifiedDiff::make_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("after");
    QTest::addColumn<int>("context");
    QTest::addColumn<bool>("unique"); // the minimal diff is unique, so GNU diff prints it too
    QTest::addColumn<QStringList>("headers");
    QTest::addColumn<int>("added");
    QTest::addColumn<int>("removed");

    const QStringList nine = numbered(9);
    const QStringList twenty = numbered(20);

    QTest::newRow("equal") << lines(nine) << lines(nine) << 3 << true << QStringList() << 0 << 0;
    QTest::newRow("both empty") << QByteArray() << QByteArray() << 3 << true << QStringList() << 0
                                << 0;
    QTest::newRow("equal without final newline")
        << lines(nine, false) << lines(nine, false) << 3 << true << QStringList() << 0 << 0;
    QTest::newRow("empty to text") << QByteArray() << lines({"a", "b"}) << 3 << true
                                   << QStringList{"@@ -0,0 +1,2 @@"} << 2 << 0;
    QTest::newRow("text to empty") << lines({"a", "b"}) << QByteArray() << 3 << true
                                   << QStringList{"@@ -1,2 +0,0 @@"} << 0 << 2;
    QTest::newRow("empty to one unterminated line")
        << QByteArray() << QByteArray("a") << 3 << true << QStringList{"@@ -0,0 +1 @@"} << 1 << 0;
    QTest::newRow("one line to empty")
        << QByteArray("a\n") << QByteArray() << 3 << true << QStringList{"@@ -1 +0,0 @@"} << 0 << 1;
    QTest::newRow("one change in middle") << lines(nine) << lines(replaced(nine, {5})) << 3 << true
                                          << QStringList{"@@ -2,7 +2,7 @@"} << 1 << 1;
    QTest::newRow("change at start") << lines(nine) << lines(replaced(nine, {1})) << 3 << true
                                     << QStringList{"@@ -1,4 +1,4 @@"} << 1 << 1;
    QTest::newRow("change at end") << lines(nine) << lines(replaced(nine, {9})) << 3 << true
                                   << QStringList{"@@ -6,4 +6,4 @@"} << 1 << 1;
    QTest::newRow("insert at start") << lines(nine) << lines(QStringList{"new"} + nine) << 3 << true
                                     << QStringList{"@@ -1,3 +1,4 @@"} << 1 << 0;
    QTest::newRow("append at end") << lines(nine) << lines(nine + QStringList{"new"}) << 3 << true
                                   << QStringList{"@@ -7,3 +7,4 @@"} << 1 << 0;
    QTest::newRow("delete at start") << lines(nine) << lines(nine.mid(1)) << 3 << true
                                     << QStringList{"@@ -1,4 +1,3 @@"} << 0 << 1;
    QTest::newRow("delete at end") << lines(nine) << lines(nine.mid(0, 8)) << 3 << true
                                   << QStringList{"@@ -6,4 +6,3 @@"} << 0 << 1;
    QTest::newRow("two far hunks") << lines(twenty) << lines(replaced(twenty, {3, 17})) << 3 << true
                                   << QStringList{"@@ -1,6 +1,6 @@", "@@ -14,7 +14,7 @@"} << 2 << 2;
    QTest::newRow("two near hunks merged") << lines(twenty) << lines(replaced(twenty, {5, 11})) << 3
                                           << true << QStringList{"@@ -2,13 +2,13 @@"} << 2 << 2;
    // Six unchanged lines between changes: the two contexts touch, so diff merges them.
    QTest::newRow("gap of twice the context merged")
        << lines(twenty) << lines(replaced(twenty, {5, 12})) << 3 << true
        << QStringList{"@@ -2,14 +2,14 @@"} << 2 << 2;
    QTest::newRow("gap of twice the context plus one split")
        << lines(twenty) << lines(replaced(twenty, {5, 13})) << 3 << true
        << QStringList{"@@ -2,7 +2,7 @@", "@@ -10,7 +10,7 @@"} << 2 << 2;
    QTest::newRow("no trailing newline on either side")
        << lines({"a", "b", "c"}, false) << lines({"a", "b", "x"}, false) << 3 << true
        << QStringList{"@@ -1,3 +1,3 @@"} << 1 << 1;
    QTest::newRow("unterminated last line as context")
        << lines({"a", "b", "c"}, false) << lines({"x", "b", "c"}, false) << 3 << true
        << QStringList{"@@ -1,3 +1,3 @@"} << 1 << 1;
    QTest::newRow("unterminated last line out of context")
        << lines(nine, false) << lines(replaced(nine, {1}), false) << 3 << true
        << QStringList{"@@ -1,4 +1,4 @@"} << 1 << 1;
    QTest::newRow("no trailing newline before only")
        << lines({"a", "b", "c"}, false) << lines({"a", "b", "x"}) << 3 << true
        << QStringList{"@@ -1,3 +1,3 @@"} << 1 << 1;
    QTest::newRow("trailing newline removed") << lines(nine) << lines(nine, false) << 3 << true
                                              << QStringList{"@@ -6,4 +6,4 @@"} << 1 << 1;
    QTest::newRow("trailing newline added") << lines(nine, false) << lines(nine) << 3 << true
                                            << QStringList{"@@ -6,4 +6,4 @@"} << 1 << 1;
    QTest::newRow("appended after unterminated line")
        << lines({"a", "b"}, false) << lines({"a", "b", "c"}) << 3 << true
        << QStringList{"@@ -1,2 +1,3 @@"} << 2 << 1;
    QTest::newRow("CRLF lines") << QByteArray("a\r\nb\r\nc\r\n") << QByteArray("a\r\nB\r\nc\r\n")
                                << 3 << true << QStringList{"@@ -1,3 +1,3 @@"} << 1 << 1;
    QTest::newRow("CRLF to LF") << QByteArray("a\r\nb\r\n") << QByteArray("a\nb\n") << 3 << true
                                << QStringList{"@@ -1,2 +1,2 @@"} << 2 << 2;
    QTest::newRow("lone CR is not a line break")
        << QByteArray("a\rb\nc\n") << QByteArray("a\rB\nc\n") << 3 << true
        << QStringList{"@@ -1,2 +1,2 @@"} << 1 << 1;
    QTest::newRow("non-ASCII UTF-8")
        << lines({"# Größe der Puffer", "taskmanager.memory: 2g", "名前: jobmanager"})
        << lines({"# Größe der Puffer", "taskmanager.memory: 3g", "名前: jobmanager ✓"}) << 3
        << true << QStringList{"@@ -1,3 +1,3 @@"} << 2 << 2;
    QTest::newRow("context 0") << lines(twenty) << lines(replaced(twenty, {5, 7})) << 0 << true
                               << QStringList{"@@ -5 +5 @@", "@@ -7 +7 @@"} << 2 << 2;
    QTest::newRow("context 0 count 1 omitted")
        << lines({"1", "2", "3", "4", "5"}) << lines({"1", "2", "x", "y", "4", "5"}) << 0 << true
        << QStringList{"@@ -3 +3,2 @@"} << 2 << 1;
    QTest::newRow("context 0 insertion names the line before")
        << lines({"1", "2", "3", "4"}) << lines({"1", "2", "3", "new", "4"}) << 0 << true
        << QStringList{"@@ -3,0 +4 @@"} << 1 << 0;
    QTest::newRow("context 0 deletion at start") << lines({"1", "2", "3"}) << lines({"2", "3"}) << 0
                                                 << true << QStringList{"@@ -1 +0,0 @@"} << 0 << 1;
    QTest::newRow("context 1") << lines(twenty) << lines(replaced(twenty, {5, 9})) << 1 << true
                               << QStringList{"@@ -4,3 +4,3 @@", "@@ -8,3 +8,3 @@"} << 2 << 2;
    QTest::newRow("context larger than file") << lines(nine) << lines(replaced(nine, {5})) << 50
                                              << true << QStringList{"@@ -1,9 +1,9 @@"} << 1 << 1;
    QTest::newRow("negative context acts as 0") << lines(nine) << lines(replaced(nine, {5})) << -2
                                                << true << QStringList{"@@ -5 +5 @@"} << 1 << 1;
    QTest::newRow("rewritten file") << lines(nine) << lines(numbered(7, QStringLiteral("m"))) << 3
                                    << true << QStringList{"@@ -1,9 +1,7 @@"} << 7 << 9;
    QTest::newRow("moved block") << lines(twenty)
                                 << lines(twenty.mid(10, 5) + twenty.mid(0, 10) + twenty.mid(15))
                                 << 3 << true << QStringList{"@@ -1,3 +1,8 @@", "@@ -8,11 +13,6 @@"}
                                 << 5 << 5;
    // Which of the equal blank lines is the new one is a free choice: only patch can judge.
    QTest::newRow("ambiguous blank lines")
        << QByteArray("a\n\n\nb\n") << QByteArray("a\n\n\n\nb\n\n") << 3 << false
        << QStringList{"@@ -1,4 +1,6 @@"} << 2 << 0;
}

void TestUnifiedDiff::make()
{
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);
    QFETCH(int, context);
    QFETCH(bool, unique);
    QFETCH(QStringList, headers);
    QFETCH(int, added);
    QFETCH(int, removed);

    const QList<UnifiedDiff::Hunk> hunks = UnifiedDiff::hunks(before, after, context);
    checkHunkShape(hunks);
    QCOMPARE(UnifiedDiff::addedLines(hunks), added);
    QCOMPARE(UnifiedDiff::removedLines(hunks), removed);
    const QString diff = UnifiedDiff::make(before, after, QStringLiteral("a/conf.yaml"),
                                           QStringLiteral("b/conf.yaml"), context);
    QStringList ourHeaders;
    for (const QString &line : diff.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("@@"))) {
            ourHeaders << line;
        }
    }
    QCOMPARE(ourHeaders, headers);
    QCOMPARE(diff.isEmpty(), before == after);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    if (!diff.isEmpty()) {
        QString problem;
        const QByteArray result = patched(dir, before, diff, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem + QLatin1Char('\n') + diff));
        QCOMPARE(result, after);
    }
    if (unique) {
        const Run gnu = gnuDiff(dir, before, after, std::max(context, 0), false);
        QCOMPARE(gnu.exitCode, before == after ? 0 : 1);
        QCOMPARE(diff, QString::fromUtf8(gnu.out));
    }
}

void TestUnifiedDiff::random_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("after");
    QTest::addColumn<int>("context");

    // Few distinct lines make many equal candidates, the hard case for choosing matches.
    const QList<QByteArray> alphabet{"a", "b", "c", "d", "", "a\r", "ü"};
    QRandomGenerator random(20240611);
    auto pick = [&](int from, int to) {
        return int(random.bounded(from, to));
    };
    auto text = [&](const QList<QByteArray> &lineList) {
        QByteArray bytes;
        for (const QByteArray &line : lineList) {
            bytes += line + '\n';
        }
        // Every fifth text drops its final newline, which can leave one empty last line.
        if (!bytes.isEmpty() && pick(0, 5) == 0) {
            bytes.chop(1);
        }
        return bytes;
    };
    for (int row = 0; row < 200; ++row) {
        QList<QByteArray> first;
        const int length = pick(0, 30);
        for (int i = 0; i < length; ++i) {
            first << alphabet[pick(0, int(alphabet.size()))];
        }
        QList<QByteArray> second;
        if (row % 2 == 0) {
            const int otherLength = pick(0, 30);
            for (int i = 0; i < otherLength; ++i) {
                second << alphabet[pick(0, int(alphabet.size()))];
            }
        } else {
            // Edits of the first text: mostly shared lines, as between two versions of a file.
            second = first;
            const int edits = pick(1, 6);
            for (int e = 0; e < edits; ++e) {
                const int at = pick(0, int(second.size()) + 1);
                switch (pick(0, 3)) {
                case 0:
                    second.insert(at, alphabet[pick(0, int(alphabet.size()))]);
                    break;
                case 1:
                    if (at < second.size()) {
                        second.removeAt(at);
                    }
                    break;
                default:
                    if (at < second.size()) {
                        second[at] = alphabet[pick(0, int(alphabet.size()))];
                    }
                    break;
                }
            }
        }
        QTest::addRow("random %d", row) << text(first) << text(second) << pick(0, 4);
    }
}

void TestUnifiedDiff::random()
{
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);
    QFETCH(int, context);

    const QList<UnifiedDiff::Hunk> hunks = UnifiedDiff::hunks(before, after, context);
    checkHunkShape(hunks);
    const QString diff = UnifiedDiff::make(before, after, QStringLiteral("a/conf.yaml"),
                                           QStringLiteral("b/conf.yaml"), context);
    QCOMPARE(diff.isEmpty(), before == after);
    if (diff.isEmpty()) {
        return;
    }
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString problem;
    const QByteArray result = patched(dir, before, diff, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem + QLatin1Char('\n') + diff));
    QCOMPARE(result, after);

    // Every minimal diff has the same counts; --minimal makes GNU diff find one for sure.
    const Run gnu = gnuDiff(dir, before, after, context, true);
    QCOMPARE(gnu.exitCode, 1);
    const auto [gnuAdded, gnuRemoved] = countChanges(gnu.out);
    QCOMPARE(UnifiedDiff::addedLines(hunks), gnuAdded);
    QCOMPARE(UnifiedDiff::removedLines(hunks), gnuRemoved);
}

void TestUnifiedDiff::hunkLines()
{
    const QList<UnifiedDiff::Hunk> hunks =
        UnifiedDiff::hunks(lines({"jobmanager.rpc.address: a", "# größe", "x\r"}),
                           lines({"jobmanager.rpc.address: b", "# größe", "x\r"}), 1);
    QCOMPARE(hunks.size(), 1);
    const UnifiedDiff::Hunk &hunk = hunks.first();
    QCOMPARE(hunk.beforeStart, 1);
    QCOMPARE(hunk.beforeCount, 2);
    QCOMPARE(hunk.afterStart, 1);
    QCOMPARE(hunk.afterCount, 2);
    QCOMPARE(hunk.lines.size(), 3);
    QCOMPARE(hunk.lines[0].kind, UnifiedDiff::Line::Kind::Removed);
    QCOMPARE(hunk.lines[0].text, QStringLiteral("jobmanager.rpc.address: a"));
    QCOMPARE(hunk.lines[1].kind, UnifiedDiff::Line::Kind::Added);
    QCOMPARE(hunk.lines[1].text, QStringLiteral("jobmanager.rpc.address: b"));
    QCOMPARE(hunk.lines[2].kind, UnifiedDiff::Line::Kind::Context);
    QCOMPARE(hunk.lines[2].text, QString::fromUtf8("# größe"));

    const QList<UnifiedDiff::Hunk> crlf =
        UnifiedDiff::hunks(QByteArray("a\r\n"), QByteArray("b\r\n"), 3);
    QCOMPARE(crlf.size(), 1);
    QCOMPARE(crlf.first().lines.first().text, QStringLiteral("a\r"));
}

void TestUnifiedDiff::largeInput_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("after");
    QTest::addColumn<bool>("unique");

    const int count = 20000;
    QStringList base;
    for (int i = 1; i <= count; ++i) {
        base << QStringLiteral("key.%1: value %1").arg(i);
    }
    QStringList edited = base;
    for (int i = count - 37; i > 0; i -= 997) {
        if (i % 3 == 0) {
            edited.insert(i, QStringLiteral("inserted.%1: x").arg(i));
        } else if (i % 3 == 1) {
            edited.removeAt(i);
        } else {
            edited[i] = QStringLiteral("key.%1: changed").arg(i + 1);
        }
    }
    QTest::newRow("20000 lines, scattered edits") << lines(base) << lines(edited) << true;
    QStringList rewritten;
    for (int i = 1; i <= count; ++i) {
        rewritten << QStringLiteral("other.%1: value").arg(i);
    }
    QTest::newRow("20000 lines, all rewritten") << lines(base) << lines(rewritten) << true;
}

void TestUnifiedDiff::largeInput()
{
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);
    QFETCH(bool, unique);

    QElapsedTimer timer;
    timer.start();
    const QString diff = UnifiedDiff::make(before, after, QStringLiteral("a/conf.yaml"),
                                           QStringLiteral("b/conf.yaml"));
    const qint64 elapsed = timer.elapsed();
    // Milliseconds in practice; the bound only catches a quadratic blow-up on a busy machine.
    QVERIFY2(elapsed < 2000, qPrintable(QStringLiteral("took %1 ms").arg(elapsed)));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString problem;
    const QByteArray result = patched(dir, before, diff, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(result == after);
    if (unique) {
        const Run gnu = gnuDiff(dir, before, after, 3, false);
        QCOMPARE(gnu.exitCode, 1);
        QVERIFY(diff == QString::fromUtf8(gnu.out));
    }
}

QTEST_GUILESS_MAIN(TestUnifiedDiff)
#include "tst_unifieddiff.moc"
