#pragma once

#include "Diagnostic.h"
#include "FlinkConfig.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

/// conf/flink-conf.yaml as Flink's own line parser reads it (GlobalConfiguration up to 1.20):
/// not YAML. Keeps every line so that an edited file is written back with its comments.
class LegacyConfFile final
{
    Q_DECLARE_TR_FUNCTIONS(LegacyConfFile)
public:
    struct Line
    {
        enum class Kind
        {
            Blank,       ///< nothing before the first '#', no comment
            Comment,     ///< only a comment
            Entry,       ///< key and value Flink accepts
            NoSeparator, ///< text without ": "; Flink skips it with a warning
            EmptyPart,   ///< ": " present but key or value empty; Flink skips it
        };
        Kind kind = Kind::Blank;
        QString raw;     ///< the line as written, without its line break
        QString key;     ///< for Entry
        QString value;   ///< for Entry, as Flink sees it (cut at '#', trimmed, quotes kept)
        QString cutText; ///< what followed the first '#', if the line had one
    };

    /// Splits text into lines and classifies each exactly as Flink does.
    static LegacyConfFile parse(const QString &text);

    const QList<Line> &lines() const { return m_lines; }
    /// The key/values Flink ends up with: later duplicates win, provenance is the winning line.
    FlinkConfig toConfig() const;
    /// Findings of the parser itself: skipped lines, duplicates, values cut at '#', quotes.
    DiagnosticList diagnostics(const QString &fileName) const;

    /// Sets key: rewrites the line that wins today (keeping a trailing comment) or appends.
    void setValue(const QString &key, const QString &value);
    /// Removes every line that sets key.
    void remove(const QString &key);
    /// The file's text; unchanged lines are reproduced byte for byte.
    QString toText() const;

    /// A config written as a fresh legacy file ("key: value" lines) with an optional header.
    static QString write(const FlinkConfig &config, const QString &header = {});
    /// Whether value survives a round trip through the legacy parser unchanged.
    static bool canRepresent(const QString &value);

private:
    static Line classify(const QString &raw);

    QList<Line> m_lines;
    bool m_trailingNewline = true;
};
