// Fuzzes conf/config.yaml: StandardConfFile::parse, then ConfigYamlWriter (Flat and Nested)
// and a re-parse, which must give the same flattened key/value map.
#include "FuzzCommon.h"

#include "ConfigYamlWriter.h"
#include "StandardConfFile.h"

#include <QMap>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::checkSchema();
    return 0;
}

namespace {
QMap<QString, QString> flat(const FlinkConfig &config)
{
    QMap<QString, QString> map;
    for (const ConfigEntry &e : config.entries()) {
        map.insert(e.key, e.value);
    }
    return map;
}

QString firstDifference(const QMap<QString, QString> &a, const QMap<QString, QString> &b)
{
    for (auto it = a.cbegin(); it != a.cend(); ++it) {
        if (!b.contains(it.key())) {
            return QStringLiteral("key '%1' lost").arg(fuzz::show(it.key()));
        }
        if (b.value(it.key()) != it.value()) {
            return QStringLiteral("key '%1': '%2' became '%3'")
                .arg(fuzz::show(it.key()), fuzz::show(it.value()), fuzz::show(b.value(it.key())));
        }
    }
    for (auto it = b.cbegin(); it != b.cend(); ++it) {
        if (!a.contains(it.key())) {
            return QStringLiteral("key '%1' appeared").arg(fuzz::show(it.key()));
        }
    }
    return {};
}

void roundTrip(const FlinkConfig &config, ConfigYamlWriter::Style style, const char *kind, const uint8_t *data,
               size_t size)
{
    const QString written = ConfigYamlWriter::write(config, style, QStringLiteral("# header\n"));
    const StandardConfFile::Result again = StandardConfFile::parse(written, QStringLiteral("written.yaml"));
    if (!again.readable) {
        fuzz::finding(kind, data, size,
                      QStringLiteral("written YAML does not parse: %1 | %2")
                          .arg(again.diagnostics.isEmpty() ? QString() : fuzz::show(again.diagnostics.first().message),
                               fuzz::show(written)));
        return;
    }
    const QString diff = firstDifference(flat(config), flat(again.config));
    if (!diff.isEmpty()) {
        fuzz::finding(kind, data, size, diff + QStringLiteral(" | written: ") + fuzz::show(written));
        return;
    }
    for (const Diagnostic &d : again.diagnostics) {
        if (d.severity == Diagnostic::Severity::Error) {
            fuzz::finding(kind, data, size,
                          QStringLiteral("written YAML has error %1: %2").arg(d.rule, fuzz::show(d.message)));
            return;
        }
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const StandardConfFile::Result result = StandardConfFile::parse(fuzz::text(data, size), QStringLiteral("config.yaml"));
    for (const Diagnostic &d : result.diagnostics) {
        (void)d.toText();
    }
    if (!result.readable) {
        FUZZ_ASSERT(result.config.isEmpty(), QStringLiteral("unreadable file with keys"));
        return 0;
    }
    roundTrip(result.config, ConfigYamlWriter::Style::Flat, "standard-roundtrip-flat", data, size);
    roundTrip(result.config, ConfigYamlWriter::Style::Nested, "standard-roundtrip-nested", data, size);
    return 0;
}
