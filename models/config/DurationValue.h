#pragma once

#include <QCoreApplication>
#include <QString>

#include <chrono>
#include <optional>

/// Flink's Duration syntax (TimeUtils.parseDuration): a bare number is milliseconds, "m" is
/// minutes, ISO-8601 is rejected.
class DurationValue final
{
    Q_DECLARE_TR_FUNCTIONS(DurationValue)
public:
    struct Parsed
    {
        std::chrono::nanoseconds value{0};
        bool hadUnit = false;
    };

    /// Parses as Flink does; on failure sets error to a sentence naming the accepted units.
    static std::optional<Parsed> parse(QStringView text, QString *error = nullptr);
    /// Formats with the largest unit that divides the value exactly ("90 s", "5 min").
    static QString format(std::chrono::nanoseconds value);
};
