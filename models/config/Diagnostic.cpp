#include "Diagnostic.h"

#include <algorithm>

QString Diagnostic::severityName(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Error:
        break;
    }
    return QStringLiteral("error");
}

QString Diagnostic::toText() const
{
    QString where = file;
    if (line > 0) {
        where += QLatin1Char(':') + QString::number(line);
    }
    if (!host.isEmpty()) {
        where += QStringLiteral(" [") + host + QLatin1Char(']');
    }
    QString text;
    if (!where.isEmpty()) {
        text = where + QStringLiteral(": ");
    }
    text += severityName(severity) + QStringLiteral(": ") + message + QStringLiteral(" [") + rule +
            QLatin1Char(']');
    if (!suggestion.isEmpty()) {
        text += QStringLiteral("\n    ") + suggestion;
    }
    return text;
}

QJsonObject Diagnostic::toJson() const
{
    QJsonObject object;
    object.insert(QStringLiteral("severity"), severityName(severity));
    object.insert(QStringLiteral("rule"), rule);
    object.insert(QStringLiteral("file"), file);
    object.insert(QStringLiteral("line"), line);
    object.insert(QStringLiteral("key"), key);
    object.insert(QStringLiteral("host"), host);
    object.insert(QStringLiteral("message"), message);
    object.insert(QStringLiteral("suggestion"), suggestion);
    return object;
}

namespace Diagnostics {

bool hasErrors(const DiagnosticList &list)
{
    return count(list, Diagnostic::Severity::Error) > 0;
}

int count(const DiagnosticList &list, Diagnostic::Severity severity)
{
    return static_cast<int>(
        std::count_if(list.cbegin(), list.cend(),
                      [severity](const Diagnostic &d) { return d.severity == severity; }));
}

void sort(DiagnosticList &list)
{
    std::stable_sort(list.begin(), list.end(), [](const Diagnostic &a, const Diagnostic &b) {
        if (a.file != b.file) {
            return a.file < b.file;
        }
        if (a.line != b.line) {
            return a.line < b.line;
        }
        return a.severity > b.severity;
    });
}

} // namespace Diagnostics
