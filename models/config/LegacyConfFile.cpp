#include "LegacyConfFile.h"

#include "JavaText.h"

#include <QHash>
#include <QRegularExpression>

LegacyConfFile::Line LegacyConfFile::classify(const QString &raw)
{
    Line line;
    line.raw = raw;
    // Flink: line.split("#", 2)[0].trim(), then conf.split(": ", 2).
    const qsizetype hash = raw.indexOf(u'#');
    const QStringView beforeHash = hash < 0 ? QStringView(raw) : QStringView(raw).left(hash);
    if (hash >= 0) {
        line.cutText = raw.mid(hash + 1);
    }
    const QStringView conf = JavaText::trim(beforeHash);
    if (conf.isEmpty()) {
        line.kind = hash >= 0 ? Line::Kind::Comment : Line::Kind::Blank;
        return line;
    }
    const qsizetype sep = conf.indexOf(QStringLiteral(": "));
    if (sep < 0) {
        line.kind = Line::Kind::NoSeparator;
        return line;
    }
    line.key = JavaText::trim(conf.left(sep)).toString();
    line.value = JavaText::trim(conf.mid(sep + 2)).toString();
    line.kind =
        (line.key.isEmpty() || line.value.isEmpty()) ? Line::Kind::EmptyPart : Line::Kind::Entry;
    return line;
}

LegacyConfFile LegacyConfFile::parse(const QString &text)
{
    LegacyConfFile file;
    const QStringList lines = JavaText::readLines(text);
    file.m_lines.reserve(lines.size());
    for (const QString &raw : lines) {
        file.m_lines.append(classify(raw));
    }
    file.m_trailingNewline = text.isEmpty() || text.endsWith(u'\n') || text.endsWith(u'\r');
    return file;
}

FlinkConfig LegacyConfFile::toConfig() const
{
    FlinkConfig config;
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        const Line &line = m_lines[i];
        if (line.kind == Line::Kind::Entry) {
            // Configuration.setString: a later duplicate replaces the value but the key keeps
            // its first position, which is what FlinkConfig::set does.
            config.set(line.key, line.value, static_cast<int>(i + 1));
        }
    }
    return config;
}

DiagnosticList LegacyConfFile::diagnostics(const QString &fileName) const
{
    DiagnosticList result;
    QHash<QString, int> firstLine;
    if (!m_lines.isEmpty() && m_lines.first().raw.startsWith(QChar(0xFEFF))) {
        Diagnostic bom;
        bom.severity = Diagnostic::Severity::Warning;
        bom.rule = QStringLiteral("legacy-bom");
        bom.file = fileName;
        bom.line = 1;
        bom.key = m_lines.first().key;
        bom.message =
            tr("The file starts with a byte-order mark, which Flink reads as part of the first "
               "key: that line's setting is ignored");
        bom.suggestion = tr("Save the file as UTF-8 without BOM.");
        result.append(bom);
    }
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        const Line &line = m_lines[i];
        const int lineNo = static_cast<int>(i + 1);
        Diagnostic d;
        d.file = fileName;
        d.line = lineNo;
        switch (line.kind) {
        case Line::Kind::Blank:
        case Line::Kind::Comment:
            continue;
        case Line::Kind::NoSeparator: {
            const QString text =
                JavaText::trim(QStringView(line.raw).left(line.raw.indexOf(u'#') < 0
                                                              ? line.raw.size()
                                                              : line.raw.indexOf(u'#')))
                    .toString();
            d.severity = Diagnostic::Severity::Error;
            d.rule = QStringLiteral("legacy-no-separator");
            d.message = tr("Flink skips this line: it has no \": \" (colon followed by a space) "
                           "between key and value");
            const qsizetype sep = text.indexOf(QRegularExpression(QStringLiteral("[:=]")));
            if (sep > 0) {
                d.key = text.left(sep).trimmed();
                QString value = text.mid(sep + 1).trimmed();
                d.suggestion = tr("Write \"%1: %2\".").arg(d.key, value);
            } else {
                d.suggestion =
                    tr("Write the line as \"key: value\" or turn it into a comment with '#'.");
            }
            result.append(d);
            continue;
        }
        case Line::Kind::EmptyPart:
            d.severity = Diagnostic::Severity::Warning;
            d.rule = QStringLiteral("legacy-empty-part");
            d.key = line.key;
            d.message = line.key.isEmpty()
                            ? tr("Flink skips this line: the key is empty")
                            : tr("Flink skips this line: the value of '%1' is empty").arg(line.key);
            d.suggestion =
                tr("Give the key a value or delete the line; Flink then uses the default.");
            result.append(d);
            continue;
        case Line::Kind::Entry:
            break;
        }
        d.key = line.key;
        if (firstLine.contains(line.key)) {
            Diagnostic dup = d;
            dup.severity = Diagnostic::Severity::Warning;
            dup.rule = QStringLiteral("duplicate-key");
            dup.message =
                tr("'%1' is set again (first on line %2); Flink uses this later value '%3'")
                    .arg(line.key)
                    .arg(firstLine.value(line.key))
                    .arg(line.value);
            dup.suggestion = tr("Delete the earlier line; only the last one takes effect.");
            result.append(dup);
        } else {
            firstLine.insert(line.key, lineNo);
        }
        const qsizetype hash = line.raw.indexOf(u'#');
        if (hash > 0 && !line.raw.at(hash - 1).isSpace()) {
            Diagnostic cut = d;
            cut.severity = Diagnostic::Severity::Warning;
            cut.rule = QStringLiteral("legacy-hash-in-value");
            cut.message = tr("'#' cuts the line: Flink reads the value of '%1' as '%2' and drops "
                             "'#%3'")
                              .arg(line.key, line.value, line.cutText);
            cut.suggestion =
                tr("flink-conf.yaml cannot hold '#' in a value (not even in quotes or a "
                   "password); use config.yaml (Flink 1.19+) or a value without '#'.");
            result.append(cut);
        }
        const QChar first = line.value.front();
        if ((first == u'"' || first == u'\'')) {
            Diagnostic quotes = d;
            const bool closed = line.value.size() >= 2 && line.value.back() == first;
            quotes.severity = closed ? Diagnostic::Severity::Warning : Diagnostic::Severity::Error;
            quotes.rule = QStringLiteral("legacy-quotes");
            quotes.message = closed
                                 ? tr("The quotes are part of the value: Flink reads %1 with the "
                                      "quote characters")
                                       .arg(line.value)
                                 : tr("The value %1 opens a quote that is never closed (a '#' may "
                                      "have cut it)")
                                       .arg(line.value);
            quotes.suggestion = tr("flink-conf.yaml does not understand quotes; write the value "
                                   "without them.");
            result.append(quotes);
        }
        const qsizetype slashes = line.value.indexOf(QStringLiteral(" //"));
        if (slashes > 0) {
            Diagnostic comment = d;
            comment.severity = Diagnostic::Severity::Warning;
            comment.rule = QStringLiteral("legacy-slash-comment");
            comment.message = tr("'//' does not start a comment: the value of '%1' is '%2'")
                                  .arg(line.key, line.value);
            comment.suggestion = tr("Use '#' for comments: \"%1: %2  # ...\".")
                                     .arg(line.key, line.value.left(slashes).trimmed());
            result.append(comment);
        }
    }
    return result;
}

void LegacyConfFile::setValue(const QString &key, const QString &value)
{
    for (qsizetype i = m_lines.size() - 1; i >= 0; --i) {
        Line &line = m_lines[i];
        if (line.kind == Line::Kind::Entry && line.key == key) {
            const qsizetype indentEnd = line.raw.indexOf(key);
            const QString indent = line.raw.left(qMax<qsizetype>(0, indentEnd));
            QString raw = indent + key + QStringLiteral(": ") + value;
            const qsizetype hash = line.raw.indexOf(u'#');
            if (hash >= 0) {
                // Keep the comment and the gap in front of it.
                qsizetype gapStart = hash;
                while (gapStart > 0 && line.raw.at(gapStart - 1).isSpace()) {
                    --gapStart;
                }
                const QString gap = line.raw.mid(gapStart, hash - gapStart);
                raw += (gap.isEmpty() ? QStringLiteral(" ") : gap) + line.raw.mid(hash);
            }
            line = classify(raw);
            return;
        }
    }
    m_lines.append(classify(key + QStringLiteral(": ") + value));
}

void LegacyConfFile::remove(const QString &key)
{
    m_lines.removeIf(
        [&key](const Line &line) { return line.kind == Line::Kind::Entry && line.key == key; });
}

QString LegacyConfFile::toText() const
{
    QString text;
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        text += m_lines[i].raw;
        if (i + 1 < m_lines.size() || m_trailingNewline) {
            text += QLatin1Char('\n');
        }
    }
    return text;
}

QString LegacyConfFile::write(const FlinkConfig &config, const QString &header)
{
    QString text = header;
    for (const ConfigEntry &e : config.entries()) {
        text += e.key + QStringLiteral(": ") + e.value + QLatin1Char('\n');
    }
    return text;
}

bool LegacyConfFile::canRepresent(const QString &value)
{
    const QString trimmed = JavaText::trim(value).toString();
    return !value.isEmpty() && trimmed == value && !value.contains(u'#') &&
           !value.contains(u'\n') && !value.contains(u'\r');
}
