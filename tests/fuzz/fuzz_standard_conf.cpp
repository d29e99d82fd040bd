// Fuzzes conf/config.yaml: StandardConfFile::parse, then ConfigYamlWriter (Flat and Nested)
// and a re-parse, which must give the same flattened key/value map.
#include "FuzzCommon.h"

#include "ConfigYamlWriter.h"
#include "StandardConfFile.h"
#include "YamlScalar.h"

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

// The longest key as ConfigYamlWriter writes it (whole dotted key or one segment). YAML limits
// implicit ("key: value") keys to 1024 characters (yaml-cpp: 1024 bytes of UTF-8).
qsizetype longestWrittenKey(const FlinkConfig &config)
{
    const auto written = [](const QString &key) {
        return (YamlScalar::needsQuoting(key) ? YamlScalar::toYaml(key) : key).toUtf8().size();
    };
    qsizetype longest = 0;
    for (const ConfigEntry &e : config.entries()) {
        longest = qMax(longest, written(e.key));
        for (const QString &segment : e.key.split(u'.')) {
            longest = qMax(longest, written(segment));
        }
    }
    return longest;
}

void roundTrip(const FlinkConfig &config, ConfigYamlWriter::Style style, const char *style_, const uint8_t *data,
               size_t size)
{
    const QString written = ConfigYamlWriter::write(config, style, QStringLiteral("# header\n"));
    const StandardConfFile::Result again = StandardConfFile::parse(written, QStringLiteral("written.yaml"));
    const QByteArray unparseable = QByteArray("standard-unparseable-") + style_;
    const QByteArray longKey = QByteArray("standard-longkey-") + style_;
    const QByteArray mismatch = QByteArray("standard-mismatch-") + style_;
    const QByteArray error = QByteArray("standard-error-") + style_;
    if (!again.readable) {
        const char *kind = longestWrittenKey(config) > 1024 ? longKey.constData() : unparseable.constData();
        fuzz::finding(kind, data, size,
                      QStringLiteral("written YAML does not parse: %1 | %2")
                          .arg(again.diagnostics.isEmpty() ? QString() : fuzz::show(again.diagnostics.first().message),
                               fuzz::show(written)));
        return;
    }
    const QString diff = firstDifference(flat(config), flat(again.config));
    if (!diff.isEmpty()) {
        fuzz::finding(mismatch.constData(), data, size, diff + QStringLiteral(" | written: ") + fuzz::show(written));
        return;
    }
    for (const Diagnostic &d : again.diagnostics) {
        if (d.severity == Diagnostic::Severity::Error) {
            fuzz::finding(error.constData(), data, size,
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
    roundTrip(result.config, ConfigYamlWriter::Style::Flat, "flat", data, size);
    roundTrip(result.config, ConfigYamlWriter::Style::Nested, "nested", data, size);
    return 0;
}
