#include "DurationValue.h"

#include "JavaText.h"

#include <QStringList>

#include <array>
#include <limits>

namespace {
struct Unit
{
    qint64 nanos;
    const char *shortName;
    std::array<const char *, 5> labels;
};

// Labels as TimeUtils.TimeUnit lists them in Flink 1.20 (checked against the real jar).
const std::array<Unit, 7> kUnits{{
    {86'400'000'000'000LL, "d", {"d", "day", "days", nullptr, nullptr}},
    {3'600'000'000'000LL, "h", {"h", "hour", "hours", nullptr, nullptr}},
    {60'000'000'000LL, "min", {"min", "m", "minute", "minutes", nullptr}},
    {1'000'000'000LL, "s", {"s", "sec", "secs", "second", "seconds"}},
    {1'000'000LL, "ms", {"ms", "milli", "millis", "millisecond", "milliseconds"}},
    {1'000LL, "\xc2\xb5s", {"\xc2\xb5s", "micro", "micros", "microsecond", "microseconds"}},
    {1LL, "ns", {"ns", "nano", "nanos", "nanosecond", "nanoseconds"}},
}};
} // namespace

std::optional<DurationValue::Parsed> DurationValue::parse(QStringView text, QString *error)
{
    const auto fail = [error](const QString &message) -> std::optional<Parsed> {
        if (error) {
            *error = message;
        }
        return std::nullopt;
    };
    const QStringView trimmed = JavaText::trim(text);
    if (trimmed.isEmpty()) {
        return fail(tr("the value is empty"));
    }
    const auto [number, label] = JavaText::splitNumberAndUnit(trimmed);
    if (number.isEmpty()) {
        if (trimmed.startsWith(u'P') || trimmed.startsWith(u'p')) {
            return fail(tr("ISO-8601 durations such as '%1' are not accepted by Flink; write e.g. "
                           "'1 min' or '30 s'")
                            .arg(trimmed));
        }
        return fail(tr("'%1' does not start with a number").arg(trimmed));
    }
    bool ok = false;
    const qint64 value = number.toLongLong(&ok);
    if (!ok) {
        return fail(tr("'%1' does not fit in a 64-bit number").arg(number));
    }
    qint64 nanosPerUnit = 1'000'000; // a bare number is milliseconds
    if (!label.isEmpty()) {
        bool found = false;
        for (const Unit &unit : kUnits) {
            for (const char *l : unit.labels) {
                if (l && label == QString::fromUtf8(l)) {
                    nanosPerUnit = unit.nanos;
                    found = true;
                }
            }
        }
        if (!found) {
            return fail(
                tr("unknown time unit '%1' (use d, h, min, s, ms, \u00b5s or ns)").arg(label));
        }
    }
    if (value > std::numeric_limits<qint64>::max() / nanosPerUnit) {
        // Flink keeps such values as java.time.Duration (seconds + nanos); they are never
        // sensible configuration, so FlinkDeck reports them instead of modelling them.
        return fail(tr("'%1' is longer than FlinkDeck can check (about 292 years)").arg(trimmed));
    }
    return Parsed{std::chrono::nanoseconds(value * nanosPerUnit), !label.isEmpty()};
}

QString DurationValue::format(std::chrono::nanoseconds value)
{
    const qint64 n = value.count();
    for (const Unit &unit : kUnits) {
        if (n != 0 && n % unit.nanos == 0) {
            return QString::number(n / unit.nanos) + QLatin1Char(' ') +
                   QString::fromUtf8(unit.shortName);
        }
    }
    return QStringLiteral("0 ms");
}
