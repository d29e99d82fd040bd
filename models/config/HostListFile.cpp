#include "HostListFile.h"

#include "JavaText.h"

#include <QRegularExpression>
#include <QSet>

HostListFile::Result HostListFile::parse(const QString &text, Kind kind, const QString &fileName)
{
    Result result;
    const QStringList lines = JavaText::readLines(text);
    QSet<QString> seen;
    static const QRegularExpression hierarchy(QStringLiteral("^.*/([0-9a-zA-Z.-]+)$"));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int lineNo = static_cast<int>(i + 1);
        // config.sh: extractHostName $line -> first word, cut at '#'.
        const QStringList words =
            lines[i].split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        if (words.isEmpty()) {
            continue;
        }
        QString word = words.first().section(u'#', 0, 0);
        if (const auto m = hierarchy.match(word); m.hasMatch()) {
            word = m.captured(1);
        }
        if (word.isEmpty()) {
            continue;
        }
        const auto make = [&](Diagnostic::Severity severity, const char *rule) {
            Diagnostic d;
            d.severity = severity;
            d.rule = QString::fromLatin1(rule);
            d.file = fileName;
            d.line = lineNo;
            return d;
        };
        if (words.size() > 1 && !words.at(1).startsWith(u'#')) {
            Diagnostic d = make(Diagnostic::Severity::Warning, "hostlist-extra-words");
            d.message = tr("Only the first word is read; '%1' is ignored")
                            .arg(lines[i].trimmed().mid(words.first().size()).trimmed());
            d.suggestion = tr("Put one host on each line.");
            result.diagnostics.append(d);
        }
        Entry entry;
        entry.line = lineNo;
        entry.host = word.section(u':', 0, 0);
        if (entry.host.isEmpty() || entry.host.contains(u'/')) {
            Diagnostic d = make(Diagnostic::Severity::Error, "hostlist-bad-host");
            d.message = tr("'%1' is not a host name").arg(word);
            d.suggestion =
                tr("Write one host name or address on each line, e.g. node1 or node1:8081.");
            result.diagnostics.append(d);
            continue;
        }
        const QString port = word.section(u':', 1, 1);
        if (!port.isEmpty()) {
            bool ok = false;
            entry.port = port.toInt(&ok);
            if (kind == Kind::Workers) {
                Diagnostic d = make(Diagnostic::Severity::Warning, "hostlist-port-ignored");
                d.host = entry.host;
                d.message = tr("A port in the workers file is not used; '%1' is read as host '%2'")
                                .arg(word, entry.host);
                result.diagnostics.append(d);
                entry.port = 0;
            } else if (!ok || entry.port < 1 || entry.port > 65535) {
                Diagnostic d = make(Diagnostic::Severity::Error, "hostlist-bad-port");
                d.host = entry.host;
                d.message = tr("'%1' is not a valid web UI port for %2").arg(port, entry.host);
                d.suggestion = tr("Write host:port with a port between 1 and 65535, e.g. %1:8081.")
                                   .arg(entry.host);
                result.diagnostics.append(d);
                entry.port = 0;
            }
        }
        const QString identity = entry.host + QLatin1Char(':') + QString::number(entry.port);
        if (seen.contains(identity)) {
            Diagnostic d = make(Diagnostic::Severity::Warning, "hostlist-duplicate");
            d.host = entry.host;
            d.message =
                kind == Kind::Masters
                    ? tr("%1 is listed twice; Flink starts a second JobManager there").arg(word)
                    : tr("%1 is listed twice; Flink starts a second TaskManager there").arg(word);
            result.diagnostics.append(d);
        }
        seen.insert(identity);
        result.entries.append(entry);
    }
    return result;
}

QString HostListFile::write(const QList<Entry> &entries)
{
    QString text;
    for (const Entry &e : entries) {
        text += e.host;
        if (e.port > 0) {
            text += QLatin1Char(':') + QString::number(e.port);
        }
        text += QLatin1Char('\n');
    }
    return text;
}
