#pragma once

#include "ConfigKeyInfo.h"
#include "Diagnostic.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

/// Checks a value against its key's type with Flink's own conversion rules.
class ValueSyntax final
{
    Q_DECLARE_TR_FUNCTIONS(ValueSyntax)
public:
    struct Problem
    {
        Diagnostic::Severity severity = Diagnostic::Severity::Error;
        QString rule; ///< "bad-value" or "suspicious-value"
        QString message;
        QString suggestion;
    };

    /// nullopt when Flink accepts value for info's type and nothing looks like a mistake.
    static std::optional<Problem> check(const ConfigKeyInfo &info, const QString &value);
};
