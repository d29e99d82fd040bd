#include "UnifiedDiff.h"

#include <QByteArrayView>
#include <QHash>

#include <algorithm>
#include <utility>
#include <vector>

namespace {

// A line keeps its '\n': a last line without one must not equal the same text with one, because
// that is how diff puts "\ No newline at end of file" into a change and how patch can replay it.
QList<QByteArrayView> splitLines(const QByteArray &text)
{
    QList<QByteArrayView> lines;
    const QByteArrayView all(text);
    qsizetype start = 0;
    while (start < all.size()) {
        const qsizetype newline = all.indexOf('\n', start);
        const qsizetype end = newline < 0 ? all.size() : newline + 1;
        lines.append(all.sliced(start, end - start));
        start = end;
    }
    return lines;
}

bool lacksFinalNewline(const QByteArray &text)
{
    return !text.isEmpty() && !text.endsWith('\n');
}

int lineCount(const QByteArray &text)
{
    return int(text.count('\n')) + (lacksFinalNewline(text) ? 1 : 0);
}

QString decoded(QByteArrayView line)
{
    return QString::fromUtf8(line.endsWith('\n') ? line.chopped(1) : line);
}

QString range(int start, int count)
{
    // GNU diff omits a count of 1; patch accepts both, but previews should read like diff's.
    if (count == 1) {
        return QString::number(start);
    }
    return QString::number(start) + QLatin1Char(',') + QString::number(count);
}

/// Myers' O((N+M)·D) algorithm in its linear-space form: the middle snake of each range is found
/// from both ends at once, so memory stays O(N+M) however many changes there are.
class LineMatcher
{
public:
    LineMatcher(const std::vector<int> &a, const std::vector<int> &b, std::vector<char> &aChanged,
                std::vector<char> &bChanged)
        : m_a(a)
        , m_b(b)
        , m_aChanged(aChanged)
        , m_bChanged(bChanged)
    {}

    /// Clears the changed flag of every line on one longest common subsequence.
    void compare(int aLo, int aHi, int bLo, int bHi)
    {
        while (aLo < aHi && bLo < bHi && m_a[aLo] == m_b[bLo]) {
            m_aChanged[aLo++] = 0;
            m_bChanged[bLo++] = 0;
        }
        while (aLo < aHi && bLo < bHi && m_a[aHi - 1] == m_b[bHi - 1]) {
            m_aChanged[--aHi] = 0;
            m_bChanged[--bHi] = 0;
        }
        if (aLo == aHi || bLo == bHi) {
            return;
        }
        const auto [x, y] = middleSnake(aLo, aHi, bLo, bHi);
        // A split at a corner would recurse forever; it cannot happen once the ends differ, and
        // leaving the range changed keeps the output a valid (if not minimal) patch regardless.
        if (x < 0 || (x == aLo && y == bLo) || (x == aHi && y == bHi)) {
            return;
        }
        // Recursing halves the edit distance each time, so the depth is only about log2(D).
        compare(aLo, x, bLo, y);
        compare(x, aHi, y, bHi);
    }

private:
    /// A point on an optimal edit path roughly halfway through it, or (-1, -1) when the two
    /// ranges have nothing in common.
    std::pair<int, int> middleSnake(int aLo, int aHi, int bLo, int bHi) const
    {
        const int n = aHi - aLo;
        const int m = bHi - bLo;
        const int maxD = (n + m + 1) / 2;
        const int offset = maxD + 1;
        const int size = 2 * maxD + 3;
        // forward[k]: furthest x on diagonal k = x - y from the start; backward[k]: the same
        // counted from the end, where diagonal k there is delta - k here.
        std::vector<int> forward(size_t(size), -1);
        std::vector<int> backward(size_t(size), -1);
        forward[size_t(offset + 1)] = 0;
        backward[size_t(offset + 1)] = 0;
        const int delta = n - m;
        const int *a = m_a.data() + aLo;
        const int *b = m_b.data() + bLo;
        const int *aEnd = m_a.data() + aHi;
        const int *bEnd = m_b.data() + bHi;
        // The paths can only meet on the forward pass when delta is odd, on the backward one
        // when it is even: that is where the overlap is first possible.
        const bool checkOnForward = (delta % 2) != 0;
        // Diagonals that ran off an edge of the grid are never extended again.
        int forwardTrimLow = 0;
        int forwardTrimHigh = 0;
        int backwardTrimLow = 0;
        int backwardTrimHigh = 0;
        for (int d = 0; d <= maxD; ++d) {
            for (int k = -d + forwardTrimLow; k <= d - forwardTrimHigh; k += 2) {
                const size_t i = size_t(offset + k);
                int x = (k == -d || (k != d && forward[i - 1] < forward[i + 1]))
                            ? forward[i + 1]
                            : forward[i - 1] + 1;
                int y = x - k;
                while (x < n && y < m && a[x] == b[y]) {
                    ++x;
                    ++y;
                }
                forward[i] = x;
                if (x > n) {
                    forwardTrimHigh += 2;
                } else if (y > m) {
                    forwardTrimLow += 2;
                } else if (checkOnForward) {
                    const int j = offset + delta - k;
                    if (j >= 0 && j < size && backward[size_t(j)] != -1 &&
                        x >= n - backward[size_t(j)]) {
                        return {aLo + x, bLo + y};
                    }
                }
            }
            for (int k = -d + backwardTrimLow; k <= d - backwardTrimHigh; k += 2) {
                const size_t i = size_t(offset + k);
                int x = (k == -d || (k != d && backward[i - 1] < backward[i + 1]))
                            ? backward[i + 1]
                            : backward[i - 1] + 1;
                int y = x - k;
                while (x < n && y < m && aEnd[-1 - x] == bEnd[-1 - y]) {
                    ++x;
                    ++y;
                }
                backward[i] = x;
                if (x > n) {
                    backwardTrimHigh += 2;
                } else if (y > m) {
                    backwardTrimLow += 2;
                } else if (!checkOnForward) {
                    const int j = offset + delta - k;
                    if (j >= 0 && j < size && forward[size_t(j)] != -1) {
                        const int fx = forward[size_t(j)];
                        if (fx >= n - x) {
                            return {aLo + fx, bLo + fx - (j - offset)};
                        }
                    }
                }
            }
        }
        return {-1, -1};
    }

    const std::vector<int> &m_a;
    const std::vector<int> &m_b;
    std::vector<char> &m_aChanged;
    std::vector<char> &m_bChanged;
};

/// Marks every line of before and after that is not on one longest common subsequence.
void findChanges(const QList<QByteArrayView> &before, const QList<QByteArrayView> &after,
                 std::vector<char> &beforeChanged, std::vector<char> &afterChanged)
{
    const int n = int(before.size());
    const int m = int(after.size());
    beforeChanged.assign(size_t(n), 0);
    afterChanged.assign(size_t(m), 0);

    // Config files mostly change in a few places, so the common ends are usually nearly all.
    int lo = 0;
    while (lo < n && lo < m && before[lo] == after[lo]) {
        ++lo;
    }
    int beforeHi = n;
    int afterHi = m;
    while (beforeHi > lo && afterHi > lo && before[beforeHi - 1] == after[afterHi - 1]) {
        --beforeHi;
        --afterHi;
    }
    if (lo == beforeHi && lo == afterHi) {
        return;
    }

    // Comparing small integers instead of byte strings keeps the O(ND) inner loop cheap.
    QHash<QByteArrayView, int> ids;
    std::vector<int> beforeIds;
    std::vector<int> afterIds;
    beforeIds.reserve(size_t(beforeHi - lo));
    afterIds.reserve(size_t(afterHi - lo));
    auto idOf = [&ids](QByteArrayView line) {
        const auto known = ids.constFind(line);
        if (known != ids.cend()) {
            return *known;
        }
        const int id = int(ids.size());
        ids.insert(line, id);
        return id;
    };
    for (int i = lo; i < beforeHi; ++i) {
        beforeIds.push_back(idOf(before[i]));
    }
    for (int i = lo; i < afterHi; ++i) {
        afterIds.push_back(idOf(after[i]));
    }
    std::vector<char> inBefore(size_t(ids.size()), 0);
    std::vector<char> inAfter(size_t(ids.size()), 0);
    for (const int id : beforeIds) {
        inBefore[size_t(id)] = 1;
    }
    for (const int id : afterIds) {
        inAfter[size_t(id)] = 1;
    }

    // A line the other side does not have is changed in every edit script, so leaving it out of
    // the search keeps the result minimal while a rewritten file costs O(N) instead of O(N·M).
    std::vector<int> a;
    std::vector<int> b;
    std::vector<int> aLine;
    std::vector<int> bLine;
    for (int i = 0; i < int(beforeIds.size()); ++i) {
        beforeChanged[size_t(lo + i)] = 1;
        if (inAfter[size_t(beforeIds[size_t(i)])]) {
            a.push_back(beforeIds[size_t(i)]);
            aLine.push_back(lo + i);
        }
    }
    for (int i = 0; i < int(afterIds.size()); ++i) {
        afterChanged[size_t(lo + i)] = 1;
        if (inBefore[size_t(afterIds[size_t(i)])]) {
            b.push_back(afterIds[size_t(i)]);
            bLine.push_back(lo + i);
        }
    }
    std::vector<char> aChanged(a.size(), 1);
    std::vector<char> bChanged(b.size(), 1);
    LineMatcher(a, b, aChanged, bChanged).compare(0, int(a.size()), 0, int(b.size()));
    for (size_t i = 0; i < a.size(); ++i) {
        beforeChanged[size_t(aLine[i])] = aChanged[i];
    }
    for (size_t i = 0; i < b.size(); ++i) {
        afterChanged[size_t(bLine[i])] = bChanged[i];
    }
}

/// A run of changed lines: [beforeFrom, beforeTo) is replaced by [afterFrom, afterTo).
struct Change
{
    int beforeFrom = 0;
    int beforeTo = 0;
    int afterFrom = 0;
    int afterTo = 0;
};

std::vector<Change> changeRuns(const std::vector<char> &beforeChanged,
                               const std::vector<char> &afterChanged)
{
    const int n = int(beforeChanged.size());
    const int m = int(afterChanged.size());
    std::vector<Change> changes;
    int i = 0;
    int j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && !beforeChanged[size_t(i)] && !afterChanged[size_t(j)]) {
            ++i;
            ++j;
            continue;
        }
        Change c{i, i, j, j};
        while (c.beforeTo < n && beforeChanged[size_t(c.beforeTo)]) {
            ++c.beforeTo;
        }
        while (c.afterTo < m && afterChanged[size_t(c.afterTo)]) {
            ++c.afterTo;
        }
        if (c.beforeTo == i && c.afterTo == j) {
            // Unpaired unchanged lines would mean a broken matching; never loop on them.
            Q_ASSERT(false);
            break;
        }
        changes.push_back(c);
        i = c.beforeTo;
        j = c.afterTo;
    }
    return changes;
}

} // namespace

QList<UnifiedDiff::Hunk> UnifiedDiff::hunks(const QByteArray &before, const QByteArray &after,
                                            int context)
{
    QList<Hunk> result;
    if (before == after) {
        return result;
    }
    context = std::max(context, 0);
    const QList<QByteArrayView> beforeLines = splitLines(before);
    const QList<QByteArrayView> afterLines = splitLines(after);
    std::vector<char> beforeChanged;
    std::vector<char> afterChanged;
    findChanges(beforeLines, afterLines, beforeChanged, afterChanged);
    const std::vector<Change> changes = changeRuns(beforeChanged, afterChanged);
    const int beforeTotal = int(beforeLines.size());

    auto addLines = [](Hunk &hunk, Line::Kind kind, const QList<QByteArrayView> &lines, int from,
                       int to) {
        for (int i = from; i < to; ++i) {
            hunk.lines.append(Line{kind, decoded(lines[i])});
        }
    };

    size_t first = 0;
    while (first < changes.size()) {
        // Like GNU diff: changes whose context would touch or overlap share one hunk.
        size_t last = first;
        while (last + 1 < changes.size() &&
               changes[last + 1].beforeFrom - changes[last].beforeTo <= 2 * context) {
            ++last;
        }
        // Outside a hunk the lines are unchanged on both sides, so one count serves both.
        const int lead = std::min(context, changes[first].beforeFrom);
        const int trail = std::min(context, beforeTotal - changes[last].beforeTo);
        Hunk hunk;
        const int beforeFrom = changes[first].beforeFrom - lead;
        const int afterFrom = changes[first].afterFrom - lead;
        hunk.beforeCount = changes[last].beforeTo + trail - beforeFrom;
        hunk.afterCount = changes[last].afterTo + trail - afterFrom;
        // An empty side names the line before it (0 at the top), which patch relies on to
        // recognise an insertion into an empty file.
        hunk.beforeStart = hunk.beforeCount > 0 ? beforeFrom + 1 : beforeFrom;
        hunk.afterStart = hunk.afterCount > 0 ? afterFrom + 1 : afterFrom;

        addLines(hunk, Line::Kind::Context, beforeLines, beforeFrom, changes[first].beforeFrom);
        for (size_t c = first; c <= last; ++c) {
            const Change &change = changes[c];
            addLines(hunk, Line::Kind::Removed, beforeLines, change.beforeFrom, change.beforeTo);
            addLines(hunk, Line::Kind::Added, afterLines, change.afterFrom, change.afterTo);
            const int contextTo = c < last ? changes[c + 1].beforeFrom : change.beforeTo + trail;
            addLines(hunk, Line::Kind::Context, beforeLines, change.beforeTo, contextTo);
        }
        result.append(hunk);
        first = last + 1;
    }
    return result;
}

QString UnifiedDiff::make(const QByteArray &before, const QByteArray &after,
                          const QString &beforeLabel, const QString &afterLabel, int context)
{
    const QList<Hunk> all = hunks(before, after, context);
    if (all.isEmpty()) {
        return {};
    }
    const int beforeTotal = lineCount(before);
    const int afterTotal = lineCount(after);
    const bool beforeCut = lacksFinalNewline(before);
    const bool afterCut = lacksFinalNewline(after);

    QString out = QStringLiteral("--- ") + beforeLabel + QLatin1Char('\n') +
                  QStringLiteral("+++ ") + afterLabel + QLatin1Char('\n');
    for (const Hunk &hunk : all) {
        out += QStringLiteral("@@ -") + range(hunk.beforeStart, hunk.beforeCount) +
               QStringLiteral(" +") + range(hunk.afterStart, hunk.afterCount) +
               QStringLiteral(" @@\n");
        // 1-based numbers of the next line read from each side, to spot each file's last line.
        int beforeLine = hunk.beforeCount > 0 ? hunk.beforeStart : hunk.beforeStart + 1;
        int afterLine = hunk.afterCount > 0 ? hunk.afterStart : hunk.afterStart + 1;
        for (const Line &line : hunk.lines) {
            bool cut = false;
            switch (line.kind) {
            case Line::Kind::Context:
                out += QLatin1Char(' ');
                // An unchanged unterminated line is the last line of both files; one marker.
                cut = (beforeCut && beforeLine == beforeTotal) ||
                      (afterCut && afterLine == afterTotal);
                ++beforeLine;
                ++afterLine;
                break;
            case Line::Kind::Removed:
                out += QLatin1Char('-');
                cut = beforeCut && beforeLine == beforeTotal;
                ++beforeLine;
                break;
            case Line::Kind::Added:
                out += QLatin1Char('+');
                cut = afterCut && afterLine == afterTotal;
                ++afterLine;
                break;
            }
            out += line.text + QLatin1Char('\n');
            if (cut) {
                out += QStringLiteral("\\ No newline at end of file\n");
            }
        }
    }
    return out;
}

int UnifiedDiff::addedLines(const QList<Hunk> &hunks)
{
    int count = 0;
    for (const Hunk &hunk : hunks) {
        for (const Line &line : hunk.lines) {
            count += line.kind == Line::Kind::Added ? 1 : 0;
        }
    }
    return count;
}

int UnifiedDiff::removedLines(const QList<Hunk> &hunks)
{
    int count = 0;
    for (const Hunk &hunk : hunks) {
        for (const Line &line : hunk.lines) {
            count += line.kind == Line::Kind::Removed ? 1 : 0;
        }
    }
    return count;
}
