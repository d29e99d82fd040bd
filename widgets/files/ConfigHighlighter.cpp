#include "ConfigHighlighter.h"

#include <QPalette>
#include <QRegularExpression>

namespace {

QColor blend(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(static_cast<float>(a.redF() * (1 - t) + b.redF() * t),
                            static_cast<float>(a.greenF() * (1 - t) + b.greenF() * t),
                            static_cast<float>(a.blueF() * (1 - t) + b.blueF() * t));
}

bool isLiteral(QStringView value)
{
    static const QRegularExpression literal(
        QStringLiteral("^(?:[-+]?(?:\\d[\\d_]*)(?:\\.\\d+)?(?:[eE][-+]?\\d+)?|0x[0-9a-fA-F]+|"
                       "true|false|yes|no|on|off|null|~)$"),
        QRegularExpression::CaseInsensitiveOption);
    return literal.match(value.toString()).hasMatch();
}

int roleIndex(ConfigHighlighter::Role role)
{
    return static_cast<int>(role);
}

} // namespace

ConfigHighlighter::ConfigHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    setPalette(QPalette());
}

void ConfigHighlighter::setSyntax(Syntax syntax)
{
    if (syntax != m_syntax) {
        m_syntax = syntax;
        rehighlight();
    }
}

void ConfigHighlighter::setPalette(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    const bool dark = base.lightnessF() < 0.5;
    // Hues from common editor themes, lighter on dark backgrounds so they keep their contrast.
    const QColor key = dark ? QColor(0x7c, 0xb7, 0xff) : QColor(0x00, 0x4f, 0xa8);
    const QColor string = dark ? QColor(0x8f, 0xd6, 0x8f) : QColor(0x1a, 0x7f, 0x37);
    const QColor literal = dark ? QColor(0xf0, 0xa8, 0x6c) : QColor(0xa3, 0x4a, 0x00);

    QTextCharFormat comment;
    comment.setForeground(blend(text, base, 0.45));
    comment.setFontItalic(true);
    QTextCharFormat keyFormat;
    keyFormat.setForeground(key);
    QTextCharFormat stringFormat;
    stringFormat.setForeground(string);
    QTextCharFormat literalFormat;
    literalFormat.setForeground(literal);
    QTextCharFormat punctuation;
    punctuation.setForeground(blend(text, base, 0.3));

    m_formats[roleIndex(Role::Comment)] = comment;
    m_formats[roleIndex(Role::Key)] = keyFormat;
    m_formats[roleIndex(Role::String)] = stringFormat;
    m_formats[roleIndex(Role::Literal)] = literalFormat;
    m_formats[roleIndex(Role::Punctuation)] = punctuation;
    rehighlight();
}

QTextCharFormat ConfigHighlighter::format(Role role) const
{
    return m_formats[roleIndex(role)];
}

qsizetype ConfigHighlighter::commentStart(const QString &text) const
{
    switch (m_syntax) {
    case Syntax::LegacyConf:
    case Syntax::Plain:
        // Flink's line parsers cut at the first '#', wherever it stands.
        return text.indexOf(u'#');
    case Syntax::Properties: {
        const qsizetype first = text.indexOf(QRegularExpression(QStringLiteral("\\S")));
        return first >= 0 && (text.at(first) == u'#' || text.at(first) == u'!') ? first : -1;
    }
    case Syntax::Yaml:
        break;
    }
    QChar quote;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!quote.isNull()) {
            if (c == quote) {
                quote = QChar();
            }
        } else if (c == u'"' || c == u'\'') {
            if (i == 0 || text.at(i - 1).isSpace() || text.at(i - 1) == u':') {
                quote = c;
            }
        } else if (c == u'#' && (i == 0 || text.at(i - 1).isSpace())) {
            return i;
        }
    }
    return -1;
}

void ConfigHighlighter::highlightValue(const QString &text, qsizetype from, qsizetype to)
{
    while (from < to && text.at(from).isSpace()) {
        ++from;
    }
    while (to > from && text.at(to - 1).isSpace()) {
        --to;
    }
    if (from >= to) {
        return;
    }
    const QStringView value = QStringView(text).mid(from, to - from);
    const auto length = static_cast<int>(to - from);
    const QChar first = value.front();
    if (m_syntax == Syntax::Yaml && (first == u'"' || first == u'\'')) {
        setFormat(static_cast<int>(from), length, format(Role::String));
    } else if (isLiteral(value)) {
        setFormat(static_cast<int>(from), length, format(Role::Literal));
    }
}

void ConfigHighlighter::highlightBlock(const QString &text)
{
    const qsizetype comment = commentStart(text);
    const qsizetype end = comment >= 0 ? comment : text.size();
    if (comment >= 0) {
        setFormat(static_cast<int>(comment), static_cast<int>(text.size() - comment),
                  format(Role::Comment));
    }
    const QString body = text.left(end);
    switch (m_syntax) {
    case Syntax::Yaml:
    case Syntax::LegacyConf: {
        static const QRegularExpression yamlKey(
            QStringLiteral("^(\\s*)(-\\s+)?([^\\s#:-][^:]*?|\"[^\"]*\"|'[^']*')\\s*(:)(?=\\s|$)"));
        static const QRegularExpression legacyKey(QStringLiteral("^(\\s*)()(.*?)\\s*(:)(?=\\s)"));
        const QRegularExpressionMatch m =
            (m_syntax == Syntax::Yaml ? yamlKey : legacyKey).match(body);
        if (m.hasMatch()) {
            if (m.capturedLength(2) > 0) {
                setFormat(static_cast<int>(m.capturedStart(2)), 1, format(Role::Punctuation));
            }
            setFormat(static_cast<int>(m.capturedStart(3)), static_cast<int>(m.capturedLength(3)),
                      format(Role::Key));
            setFormat(static_cast<int>(m.capturedStart(4)), 1, format(Role::Punctuation));
            highlightValue(body, m.capturedEnd(4), body.size());
        } else {
            static const QRegularExpression item(QStringLiteral("^(\\s*)(-)(\\s+|$)"));
            const QRegularExpressionMatch li = item.match(body);
            if (li.hasMatch() && m_syntax == Syntax::Yaml) {
                setFormat(static_cast<int>(li.capturedStart(2)), 1, format(Role::Punctuation));
                highlightValue(body, li.capturedEnd(0), body.size());
            }
        }
        break;
    }
    case Syntax::Properties: {
        static const QRegularExpression property(QStringLiteral("^(\\s*)([^=:\\s]+)\\s*([=:])"));
        const QRegularExpressionMatch m = property.match(body);
        if (m.hasMatch()) {
            setFormat(static_cast<int>(m.capturedStart(2)), static_cast<int>(m.capturedLength(2)),
                      format(Role::Key));
            setFormat(static_cast<int>(m.capturedStart(3)), 1, format(Role::Punctuation));
            highlightValue(body, m.capturedEnd(3), body.size());
        }
        break;
    }
    case Syntax::Plain: {
        // host[:port]: the port reads as a number, the host stays plain text.
        const qsizetype colon = body.lastIndexOf(u':');
        if (colon > 0) {
            setFormat(static_cast<int>(colon), 1, format(Role::Punctuation));
            highlightValue(body, colon + 1, body.size());
        } else {
            highlightValue(body, 0, body.size());
        }
        break;
    }
    }
}
