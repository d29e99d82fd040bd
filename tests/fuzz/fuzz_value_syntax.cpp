// Fuzzes value syntax: MemorySize, DurationValue and YamlScalar. Invariant: a single-line value
// written with YamlScalar::toYaml and read back by StandardConfFile as "k: <that>" is exactly
// the value.
#include "FuzzCommon.h"

#include "DurationValue.h"
#include "MemorySize.h"
#include "StandardConfFile.h"
#include "YamlScalar.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::checkSchema();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString value = fuzz::textKeepBom(data, size);

    QString error;
    if (const auto m = MemorySize::parse(value, &error)) {
        const QString formatted = MemorySize::format(m->bytes);
        const auto back = MemorySize::parse(formatted);
        if (!back || back->bytes != m->bytes) {
            fuzz::finding("memorysize-format", data, size,
                          QStringLiteral("'%1' -> %2 bytes -> '%3' does not parse back").arg(fuzz::show(value)).arg(m->bytes).arg(formatted));
        }
    } else {
        FUZZ_ASSERT(!error.isEmpty(), QStringLiteral("MemorySize failure without message"));
    }

    error.clear();
    if (const auto d = DurationValue::parse(value, &error)) {
        FUZZ_ASSERT(d->value.count() >= 0, QStringLiteral("negative duration"));
        const QString formatted = DurationValue::format(d->value);
        const auto back = DurationValue::parse(formatted);
        if (!back || back->value != d->value) {
            fuzz::finding("duration-format", data, size,
                          QStringLiteral("'%1' -> %2 ns -> '%3' does not parse back").arg(fuzz::show(value)).arg(d->value.count()).arg(formatted));
        }
    } else {
        FUZZ_ASSERT(!error.isEmpty(), QStringLiteral("DurationValue failure without message"));
    }

    (void)YamlScalar::resolve(value);
    const QString flink = YamlScalar::flinkString(value);
    const bool quote = YamlScalar::needsQuoting(value);
    // Plain output promises that Flink reads the value as written.
    FUZZ_ASSERT(quote || flink == value, QStringLiteral("needsQuoting() false but flinkString() changes the value"));
    const QString yaml = YamlScalar::toYaml(value);
    FUZZ_ASSERT(quote || yaml == value, QStringLiteral("toYaml() changed a value that needs no quotes"));

    if (!value.contains(u'\n') && !value.contains(u'\r')) {
        const QString doc = QStringLiteral("k: ") + yaml + QLatin1Char('\n');
        const StandardConfFile::Result r = StandardConfFile::parse(doc, QStringLiteral("config.yaml"));
        if (!r.readable || r.config.size() != 1 || !r.config.contains(QStringLiteral("k"))
            || r.config.value(QStringLiteral("k")) != value) {
            fuzz::finding("yamlscalar-roundtrip", data, size,
                          QStringLiteral("value '%1' written as '%2' reads back as %3")
                              .arg(fuzz::show(value), fuzz::show(yaml),
                                   !r.readable ? QStringLiteral("<unreadable: %1>")
                                                     .arg(r.diagnostics.isEmpty() ? QString() : fuzz::show(r.diagnostics.first().message))
                                   : r.config.contains(QStringLiteral("k"))
                                       ? QLatin1Char('\'') + fuzz::show(r.config.value(QStringLiteral("k"))) + QLatin1Char('\'')
                                       : QStringLiteral("<no value, %1 keys>").arg(r.config.size())));
        }
    }
    return 0;
}
