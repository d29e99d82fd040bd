#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

/// One finding of the validator or a parser, tied to a file, line, key and host where known.
struct Diagnostic
{
    enum class Severity
    {
        Info,
        Warning,
        Error
    };

    Severity severity = Severity::Error;
    QString rule;       ///< stable identifier, e.g. "unknown-key"
    QString file;       ///< file name as the user knows it ("conf/flink-conf.yaml", project path)
    int line = 0;       ///< 1-based; 0 when not tied to a line
    QString key;        ///< configuration key or project field
    QString host;       ///< host name when the finding concerns one host
    QString message;    ///< one translated sentence
    QString suggestion; ///< what to do instead; may be empty

    static QString severityName(Severity severity);
    /// "file:line: severity: message [rule]" with the suggestion on a second line.
    QString toText() const;
    QJsonObject toJson() const;

    friend bool operator==(const Diagnostic &, const Diagnostic &) = default;
};

using DiagnosticList = QList<Diagnostic>;

namespace Diagnostics {
bool hasErrors(const DiagnosticList &list);
int count(const DiagnosticList &list, Diagnostic::Severity severity);
/// Stable order for output: by file, line, then severity (errors first).
void sort(DiagnosticList &list);
} // namespace Diagnostics
