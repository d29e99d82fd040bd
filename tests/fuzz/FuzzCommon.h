#pragma once
// Shared set-up for FlinkDeck's libFuzzer targets: no QCoreApplication, the built-in key schema
// checked once, and "soft" invariant reports that let a run continue.
//
// Soft findings (round-trip mismatches and similar) are printed (first few per kind; texts cut
// at 300 characters unless FLINKDECK_FUZZ_VERBOSE is set) and, when
// FLINKDECK_FUZZ_FINDINGS names a directory, the input is saved there as <kind>-<hash>.bin
// (at most 50 per kind). FLINKDECK_FUZZ_STRICT=all (or a comma-separated list of kinds) turns
// them into __builtin_trap() so libFuzzer can minimise a reproducer (-minimize_crash=1).
// Sanitizer findings and invariants that are certainly bugs always trap/abort.

#include "ConfigSchema.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QString>
#include <QStringDecoder>
#include <QStringList>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

// Make every UBSan report fatal (-fsanitize=undefined recovers by default, which libFuzzer
// would not notice) and print stacks; UBSAN_OPTIONS still overrides these.
extern "C" const char *__ubsan_default_options()
{
    return "halt_on_error=1:print_stacktrace=1:silence_unsigned_overflow=1";
}

namespace fuzz {

inline QString text(const uint8_t *data, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

/// Like text(), but a leading U+FEFF stays in the string (QString::fromUtf8() drops it), so
/// value-level targets can try values that start with a BOM.
inline QString textKeepBom(const uint8_t *data, size_t size)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    return decoder(QByteArrayView(data, static_cast<qsizetype>(size)));
}

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

/// Loads the built-in schema (qFatal()s if broken) and aborts if the Qt resource holding it
/// was not linked in: a missing resource would silently give an empty schema.
inline void checkSchema()
{
    const ConfigSchema &schema = ConfigSchema::builtin();
    if (schema.keys().isEmpty()) {
        std::fprintf(stderr, "fuzz: ConfigSchema::builtin() is empty; the flinkdeck_schema resource is not linked\n");
        std::abort();
    }
}

inline bool strict(const char *kind)
{
    static const QStringList kinds = QString::fromLocal8Bit(qgetenv("FLINKDECK_FUZZ_STRICT")).split(u',', Qt::SkipEmptyParts);
    return kinds.contains(QStringLiteral("all")) || kinds.contains(QLatin1String(kind));
}

inline QString show(const QString &s)
{
    QString out;
    for (const QChar c : s) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c == u'\\') {
            out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        } else {
            out += c;
        }
    }
    static const bool verbose = qEnvironmentVariableIsSet("FLINKDECK_FUZZ_VERBOSE");
    return out.size() > 300 && !verbose ? out.left(300) + QStringLiteral("…") : out;
}

/// A soft invariant failed: report (rate-limited), save the input, trap only in strict mode.
inline void finding(const char *kind, const uint8_t *data, size_t size, const QString &detail)
{
    static QHash<QByteArray, int> counts;
    const int n = ++counts[QByteArray(kind)];
    if (n <= 3 || (n & (n - 1)) == 0) {
        std::fprintf(stderr, "FLINKDECK-FINDING [%s] #%d: %s\n", kind, n, qPrintable(detail));
    }
    static const QString dir = QString::fromLocal8Bit(qgetenv("FLINKDECK_FUZZ_FINDINGS"));
    if (!dir.isEmpty() && n <= 50) {
        QDir().mkpath(dir);
        const QByteArray input = bytes(data, size);
        const QByteArray hash = QCryptographicHash::hash(input, QCryptographicHash::Sha1).toHex().left(12);
        QFile f(dir + QLatin1Char('/') + QLatin1String(kind) + QLatin1Char('-') + QLatin1String(hash) + QStringLiteral(".bin"));
        if (f.open(QIODevice::WriteOnly)) {
            f.write(input);
        }
    }
    if (strict(kind)) {
        std::fprintf(stderr, "FLINKDECK-FINDING [%s] is strict: trapping\n", kind);
        __builtin_trap();
    }
}

/// An invariant whose violation is certainly a bug.
#define FUZZ_ASSERT(cond, msg)                                                                      \
    do {                                                                                            \
        if (!(cond)) {                                                                              \
            std::fprintf(stderr, "FUZZ_ASSERT failed: %s (%s)\n", #cond, qPrintable(QString(msg))); \
            __builtin_trap();                                                                       \
        }                                                                                           \
    } while (false)

} // namespace fuzz
