#include "ValueSyntax.h"

#include "DurationValue.h"
#include "JavaText.h"
#include "MemorySize.h"

#include <QRegularExpression>

#include <climits>

namespace {
ValueSyntax::Problem bad(const QString &message, const QString &suggestion = {})
{
    return {Diagnostic::Severity::Error, QStringLiteral("bad-value"), message, suggestion};
}
ValueSyntax::Problem suspicious(const QString &message, const QString &suggestion = {})
{
    return {Diagnostic::Severity::Warning, QStringLiteral("suspicious-value"), message, suggestion};
}
} // namespace

std::optional<ValueSyntax::Problem> ValueSyntax::check(const ConfigKeyInfo &info,
                                                       const QString &value)
{
    const QString trimmed = JavaText::trim(value).toString();
    switch (info.type) {
    case ConfigKeyInfo::Type::String:
    case ConfigKeyInfo::Type::Path:
    case ConfigKeyInfo::Type::List:
        return std::nullopt;
    case ConfigKeyInfo::Type::Int:
    case ConfigKeyInfo::Type::Long: {
        bool ok = false;
        const qint64 n = trimmed.toLongLong(&ok);
        const bool fits =
            ok && (info.type == ConfigKeyInfo::Type::Long || (n >= INT_MIN && n <= INT_MAX));
        if (!fits) {
            return bad(tr("'%1' is not a whole number").arg(value),
                       info.defaultValue.isEmpty() ? QString()
                                                   : tr("For example: %1").arg(info.defaultValue));
        }
        return std::nullopt;
    }
    case ConfigKeyInfo::Type::Double: {
        bool ok = false;
        trimmed.toDouble(&ok);
        if (!ok) {
            return bad(tr("'%1' is not a number").arg(value));
        }
        return std::nullopt;
    }
    case ConfigKeyInfo::Type::Bool:
        if (trimmed.compare(QStringLiteral("true"), Qt::CaseInsensitive) != 0 &&
            trimmed.compare(QStringLiteral("false"), Qt::CaseInsensitive) != 0) {
            return bad(tr("'%1' is not a boolean: Flink accepts only true or false").arg(value),
                       tr("Write true or false."));
        }
        return std::nullopt;
    case ConfigKeyInfo::Type::Enum: {
        for (const QString &allowed : info.values) {
            if (trimmed.compare(allowed, Qt::CaseInsensitive) == 0) {
                return std::nullopt;
            }
        }
        static const QRegularExpression className(
            QStringLiteral("^[A-Za-z_$][\\w$]*(\\.[A-Za-z_$][\\w$]*)+$"));
        if (info.allowClass && className.match(trimmed).hasMatch()) {
            return std::nullopt;
        }
        return bad(tr("'%1' is not one of %2").arg(value, info.values.join(QStringLiteral(", "))),
                   info.allowClass
                       ? tr("Use one of the values above or a fully qualified factory class name.")
                       : QString());
    }
    case ConfigKeyInfo::Type::Memory: {
        QString error;
        const auto parsed = MemorySize::parse(value, &error);
        if (!parsed) {
            return bad(tr("'%1' is not a memory size: %2").arg(value, error),
                       tr("Write a whole number with a unit, e.g. 1024m or 2g."));
        }
        if (!parsed->hadUnit && parsed->bytes != 0) {
            return suspicious(tr("'%1' has no unit, so Flink reads it as %1 bytes (%2)")
                                  .arg(trimmed, MemorySize::format(parsed->bytes)),
                              tr("Add a unit: %1m if you meant mebibytes.").arg(trimmed));
        }
        return std::nullopt;
    }
    case ConfigKeyInfo::Type::Duration: {
        QString error;
        const auto parsed = DurationValue::parse(value, &error);
        if (!parsed) {
            return bad(tr("'%1' is not a duration: %2").arg(value, error),
                       tr("Write a number with a unit, e.g. 30 s, 5 min or 500 ms."));
        }
        if (!parsed->hadUnit && parsed->value.count() != 0 &&
            parsed->value < std::chrono::seconds(1)) {
            return {{Diagnostic::Severity::Info, QStringLiteral("suspicious-value"),
                     tr("'%1' has no unit, so Flink reads it as %1 milliseconds").arg(trimmed),
                     tr("Add a unit to make it explicit: '%1 ms' or '%1 s'.").arg(trimmed)}};
        }
        return std::nullopt;
    }
    case ConfigKeyInfo::Type::Map: {
        // Flink's map syntax: k1:v1,k2:v2 (config.yaml may also hold a real YAML map).
        if (trimmed.startsWith(u'{')) {
            return std::nullopt;
        }
        for (const QString &item : trimmed.split(u',', Qt::SkipEmptyParts)) {
            if (!item.contains(u':')) {
                return bad(
                    tr("'%1' is not a map entry: Flink expects key:value pairs separated by commas")
                        .arg(item.trimmed()),
                    tr("For example: k1:v1,k2:v2"));
            }
        }
        return std::nullopt;
    }
    }
    return std::nullopt;
}
