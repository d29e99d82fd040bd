#include "YamlScalar.h"

#include <QRegularExpression>

#include <cmath>

namespace {
// The patterns of org.yaml.snakeyaml.resolver.Resolver (YAML 1.1; note: no y/n booleans).
const QRegularExpression &boolRe()
{
    static const QRegularExpression re(QStringLiteral(
        "^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$"));
    return re;
}
const QRegularExpression &intRe()
{
    static const QRegularExpression re(
        QStringLiteral("^(?:[-+]?0b_*[0-1]+[0-1_]*|[-+]?0_*[0-7]+[0-7_]*|[-+]?(?:0|[1-9][0-9_]*)|[-"
                       "+]?0x_*[0-9a-fA-F]+"
                       "[0-9a-fA-F_]*|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$"));
    return re;
}
const QRegularExpression &floatRe()
{
    static const QRegularExpression re(
        QStringLiteral("^(?:[-+]?(?:\\.[0-9]+|[0-9][0-9_]*(?:\\.[0-9_]*)?)(?:[eE][-+]?[0-9]+)?|[-+]"
                       "?[0-9][0-9_]*(?::[0-5]?"
                       "[0-9])+\\.[0-9_]*|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"));
    return re;
}
const QRegularExpression &nullRe()
{
    static const QRegularExpression re(QStringLiteral("^(?:~|null|Null|NULL| )?$"));
    return re;
}
const QRegularExpression &timestampRe()
{
    static const QRegularExpression re(
        QStringLiteral("^(?:[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]|[0-9][0-9][0-9][0-9]-[0-9]["
                       "0-9]?-[0-9][0-9]?(?:[Tt]|"
                       "[ \\t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9](?:\\.[0-9]*)?(?:[ "
                       "\\t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)$"));
    return re;
}

QString canonicalInt(QStringView text)
{
    QString digits = text.toString().remove(u'_');
    bool negative = false;
    if (digits.startsWith(u'-') || digits.startsWith(u'+')) {
        negative = digits.startsWith(u'-');
        digits.remove(0, 1);
    }
    bool ok = true;
    qint64 value = 0;
    if (digits.contains(u':')) {
        for (const QString &part : digits.split(u':')) {
            value = value * 60 + part.toLongLong(&ok);
        }
    } else if (digits.startsWith(QStringLiteral("0b"))) {
        value = digits.mid(2).toLongLong(&ok, 2);
    } else if (digits.startsWith(QStringLiteral("0x"))) {
        value = digits.mid(2).toLongLong(&ok, 16);
    } else if (digits.size() > 1 && digits.startsWith(u'0')) {
        value = digits.mid(1).toLongLong(&ok, 8);
    } else {
        value = digits.toLongLong(&ok);
    }
    if (!ok) {
        return text.toString(); // BigInteger territory; Flink prints the digits unchanged
    }
    return QString::number(negative ? -value : value);
}

// java.lang.Double.toString, which SnakeYAML's representer uses for Flink's getString().
QString javaDouble(double value)
{
    if (std::isnan(value)) {
        return QStringLiteral("NaN");
    }
    if (std::isinf(value)) {
        return value > 0 ? QStringLiteral("Infinity") : QStringLiteral("-Infinity");
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
    if (indicators.contains(value.front())) {
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
    // Every non-string pattern starts with one of these; most values (paths, hosts, class
    // names, sizes like "1024m" aside) are settled by the first character alone.
    static const QString starts = QStringLiteral("0123456789+-.~ yYnNtTfFoO");
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
    if (floatRe().match(plain).hasMatch() && plain != u"." && plain != u"_") {
        return Type::Float;
    }
    if (timestampRe().match(plain).hasMatch()) {
        return Type::Timestamp;
    }
    return Type::String;
}

QString flinkString(QStringView plain)
{
    switch (resolve(plain)) {
    case Type::Bool: {
        const QString lower = plain.toString().toLower();
        return (lower == u"yes" || lower == u"true" || lower == u"on") ? QStringLiteral("true")
                                                                       : QStringLiteral("false");
    }
    case Type::Int:
        return canonicalInt(plain);
    case Type::Float: {
        QString text = plain.toString().remove(u'_');
        const QString lower = text.toLower();
        if (lower.endsWith(QStringLiteral(".inf"))) {
            return text.startsWith(u'-') ? QStringLiteral("-Infinity") : QStringLiteral("Infinity");
        }
        if (lower == u".nan") {
            return QStringLiteral("NaN");
        }
        if (text.contains(u':')) {
            const bool negative = text.startsWith(u'-');
            if (negative || text.startsWith(u'+')) {
                text.remove(0, 1);
            }
            double value = 0;
            for (const QString &part : text.split(u':')) {
                value = value * 60 + part.toDouble();
            }
            return javaDouble(negative ? -value : value);
        }
        return javaDouble(text.toDouble());
    }
    case Type::Null:
    case Type::Timestamp:
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
    if (type == Type::Null || type == Type::Timestamp) {
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
