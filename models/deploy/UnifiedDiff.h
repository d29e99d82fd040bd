#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

/// A line diff of two texts in unified format (as `diff -u` prints it), for deploy plan previews.
class UnifiedDiff final
{
public:
    struct Line
    {
        enum class Kind
        {
            Context,
            Added,
            Removed
        };
        Kind kind = Kind::Context;
        QString text;
    };
    struct Hunk
    {
        int beforeStart = 0;
        int beforeCount = 0;
        int afterStart = 0;
        int afterCount = 0;
        QList<Line> lines;
    };
    /// The hunks turning before into after, with `context` unchanged lines around each change;
    /// empty when equal.
    static QList<Hunk> hunks(const QByteArray &before, const QByteArray &after, int context = 3);
    /// "--- beforeLabel\n+++ afterLabel\n@@ -a,b +c,d @@\n..." ; empty string when the texts are
    /// equal.
    static QString make(const QByteArray &before, const QByteArray &after,
                        const QString &beforeLabel, const QString &afterLabel, int context = 3);
    static int addedLines(const QList<Hunk> &hunks);
    static int removedLines(const QList<Hunk> &hunks);
};
