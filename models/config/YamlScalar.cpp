#include "YamlScalar.h"

#include <QRegularExpression>

#include <cmath>
#include <limits>

namespace {
// The YAML 1.2 core schema, which snakeyaml-engine applies when Flink 1.19+ loads config.yaml.
// Checked against flink-dist 1.20.3: "yes", "on", "1:30", "1_000", "0b101" and dates stay text;
// "True" becomes true, "010" becomes 10, "0o17" 15, "0x1F" 31, ".5" 0.5, "1e3" 1000.0.
const QRegularExpression &boolRe()
{
    static const QRegularExpression re(QStringLiteral("^(?:true|True|TRUE|false|False|FALSE)$"));
    return re;
}
const QRegularExpression &intRe()
{
    static const QRegularExpression re(QStringLiteral("^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$"));
    return re;
}
const QRegularExpression &floatRe()
{
    static const QRegularExpression re(
        QStringLiteral("^(?:[-+]?(?:\\.[0-9]+|[0-9]+(?:\\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:"
                       "inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"));
    return re;
}
const QRegularExpression &nullRe()
{
    static const QRegularExpression re(QStringLiteral("^(?:~|null|Null|NULL)?$"));
    return re;
}

QString canonicalInt(QStringView text)
{
    QString digits = text.toString();
    int base = 10;
    if (digits.startsWith(QStringLiteral("0o"))) {
        base = 8;
        digits.remove(0, 2);
    } else if (digits.startsWith(QStringLiteral("0x"))) {
        base = 16;
        digits.remove(0, 2);
    }
    bool negative = false;
    if (base == 10 && (digits.startsWith(u'-') || digits.startsWith(u'+'))) {
        negative = digits.startsWith(u'-');
        digits.remove(0, 1);
    }
    bool ok = false;
    const qulonglong value = digits.toULongLong(&ok, base);
    if (!ok || value > static_cast<qulonglong>(std::numeric_limits<qint64>::max())) {
        // BigInteger territory: Java prints the decimal digits; keep decimal text as written.
        if (base == 10) {
            while (digits.size() > 1 && digits.startsWith(u'0')) {
                digits.remove(0, 1);
            }
            return (negative ? QStringLiteral("-") : QString()) + digits;
        }
        return text.toString();
    }
    const qint64 signedValue = static_cast<qint64>(value);
    return QString::number(negative ? -signedValue : signedValue);
}

// java.lang.Double.toString, which the YAML representer uses for Flink's getString().
QString javaDouble(double value)
{
    if (std::isnan(value)) {
        return QStringLiteral(".nan");
    }
    if (std::isinf(value)) {
        return value > 0 ? QStringLiteral(".inf") : QStringLiteral("-.inf");
    }
    const double magnitude = std::fabs(value);
    if (magnitude == 0.0 || (magnitude >= 1e-3 && magnitude < 1e7)) {
        QString text = QString::number(value, 'g', 17);
        // Shortest representation that round-trips, as Java prints it.
        for (int precision = 1; precision <= 17; ++precision) {
            const QString candidate = QString::number(value, 'f', precision);
            if (candidate.toDouble() == value) {
                text = candidate;
                break;
            }
        }
        while (text.endsWith(u'0') && !text.endsWith(QStringLiteral(".0"))) {
            text.chop(1);
        }
        return text;
    }
    QString text;
    for (int precision = 0; precision <= 16; ++precision) {
        text = QString::number(value, 'e', precision);
        if (text.toDouble() == value) {
            break;
        }
    }
    const qsizetype e = text.indexOf(u'e');
    QString mantissa = text.left(e);
    if (!mantissa.contains(u'.')) {
        mantissa += QStringLiteral(".0");
    }
    const int exponent = text.mid(e + 1).toInt();
    return mantissa + QLatin1Char('E') + QString::number(exponent);
}

bool syntaxNeedsQuotes(QStringView value)
{
    if (value.isEmpty()) {
        return true;
    }
    if (value.front().isSpace() || value.back().isSpace()) {
        return true;
    }
    static const QString indicators = QStringLiteral("-?:,[]{}#&*!|>'\"%@`");
    if (indicators.contains(value.front()) || value.startsWith(QStringLiteral("..."))) {
        return true;
    }
    if (value.contains(QStringLiteral(": ")) || value.contains(QStringLiteral(" #")) ||
        value.endsWith(u':')) {
        return true;
    }
    for (const QChar c : value) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f) {
            return true;
        }
    }
    return false;
}
} // namespace

namespace YamlScalar {

Type resolve(QStringView plain)
{
    // Every non-string pattern starts with one of these; most values are settled by the first
    // character alone.
    static const QString starts = QStringLiteral("0123456789+-.~nNtTfF");
    if (!plain.isEmpty() && !starts.contains(plain.front())) {
        return Type::String;
    }
    if (nullRe().match(plain).hasMatch()) {
        return Type::Null;
    }
    if (boolRe().match(plain).hasMatch()) {
        return Type::Bool;
    }
    if (intRe().match(plain).hasMatch()) {
        return Type::Int;
    }
    if (floatRe().match(plain).hasMatch()) {
        return Type::Float;
    }
    return Type::String;
}

QString flinkString(QStringView plain)
{
    switch (resolve(plain)) {
    case Type::Bool:
        return plain.front().toLower() == u't' ? QStringLiteral("true") : QStringLiteral("false");
    case Type::Int:
        return canonicalInt(plain);
    case Type::Float: {
        const QString lower = plain.toString().toLower();
        if (lower.endsWith(QStringLiteral(".inf"))) {
            return lower.startsWith(u'-') ? QStringLiteral("-.inf") : QStringLiteral(".inf");
        }
        if (lower.endsWith(QStringLiteral(".nan"))) {
            return QStringLiteral(".nan");
        }
        return javaDouble(plain.toString().toDouble());
    }
    case Type::Null:
    case Type::String:
        break;
    }
    return plain.toString();
}

bool needsQuoting(QStringView value)
{
    if (syntaxNeedsQuotes(value)) {
        return true;
    }
    const Type type = resolve(value);
    if (type == Type::Null) {
        return true;
    }
    return flinkString(value) != value;
}

QString toYaml(const QString &value)
{
    if (!needsQuoting(value)) {
        return value;
    }
    bool control = false;
    for (const QChar c : value) {
        control = control || c.unicode() < 0x20 || c.unicode() == 0x7f;
    }
    if (!control) {
        QString quoted = value;
        quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
        return QLatin1Char('\'') + quoted + QLatin1Char('\'');
    }
    QString quoted;
    for (const QChar c : value) {
        switch (c.unicode()) {
        case '"':
            quoted += QStringLiteral("\\\"");
            break;
        case '\\':
            quoted += QStringLiteral("\\\\");
            break;
        case '\n':
            quoted += QStringLiteral("\\n");
            break;
        case '\t':
            quoted += QStringLiteral("\\t");
            break;
        case '\r':
            quoted += QStringLiteral("\\r");
            break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7f) {
                quoted += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
            } else {
                quoted += c;
            }
        }
    }
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace YamlScalar
