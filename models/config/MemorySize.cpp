#include "MemorySize.h"

#include "JavaText.h"

#include <array>
#include <limits>
#include <utility>

namespace {
struct Unit
{
    quint64 multiplier;
    std::array<const char *, 3> labels;
};

constexpr std::array<Unit, 5> kUnits{{
    {1ULL, {"b", "bytes", nullptr}},
    {1ULL << 10, {"k", "kb", "kibibytes"}},
    {1ULL << 20, {"m", "mb", "mebibytes"}},
    {1ULL << 30, {"g", "gb", "gibibytes"}},
    {1ULL << 40, {"t", "tb", "tebibytes"}},
}};
} // namespace

std::optional<MemorySize::Parsed> MemorySize::parse(QStringView text, QString *error)
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
    const auto [number, unit] = JavaText::splitNumberAndUnit(trimmed);
    if (number.isEmpty()) {
        return fail(tr("'%1' does not start with a number").arg(trimmed));
    }
    bool ok = false;
    const qint64 value = number.toLongLong(&ok);
    if (!ok) {
        return fail(tr("'%1' does not fit in a 64-bit number").arg(number));
    }
    quint64 multiplier = 1;
    if (!unit.isEmpty()) {
        bool found = false;
        for (const Unit &u : kUnits) {
            for (const char *label : u.labels) {
                if (label && unit == QLatin1String(label)) {
                    multiplier = u.multiplier;
                    found = true;
                }
            }
        }
        if (!found) {
            return fail(tr("unknown memory unit '%1' (use b, k/kb, m/mb, g/gb or t/tb)").arg(unit));
        }
    }
    const auto unsignedValue = static_cast<quint64>(value);
    if (multiplier > 1 &&
        unsignedValue > static_cast<quint64>(std::numeric_limits<qint64>::max()) / multiplier) {
        return fail(tr("'%1' overflows a 64-bit byte count").arg(trimmed));
    }
    return Parsed{unsignedValue * multiplier, !unit.isEmpty()};
}

QString MemorySize::format(quint64 bytes)
{
    static constexpr std::array<std::pair<quint64, char>, 4> units{
        {{1ULL << 40, 't'}, {1ULL << 30, 'g'}, {1ULL << 20, 'm'}, {1ULL << 10, 'k'}}};
    for (const auto &[multiplier, suffix] : units) {
        if (bytes != 0 && bytes % multiplier == 0) {
            return QString::number(bytes / multiplier) + QLatin1Char(suffix);
        }
    }
    return QString::number(bytes) + QLatin1Char('b');
}
