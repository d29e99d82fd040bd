#include "ZooCfg.h"

#include "JavaText.h"

#include <QRegularExpression>
#include <QSet>

ZooCfg::Result ZooCfg::parse(const QString &text, const QString &fileName)
{
    Result result;
    const QStringList lines = JavaText::readLines(text);
    static const QRegularExpression serverKey(QStringLiteral("^server\\.(-?\\d+)$"));
    static const QRegularExpression serverValue(QStringLiteral(
        "^([^:;\\s]+|\\[[^\\]]+\\]):(\\d+):(\\d+)(?::(participant|observer))?(?:;.*)?$"));
    QSet<int> ids;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int lineNo = static_cast<int>(i + 1);
        const QString line = lines[i].trimmed();
        if (line.isEmpty() || line.startsWith(u'#') || line.startsWith(u'!')) {
            continue;
        }
        // Properties: key ends at the first unescaped '=', ':' or whitespace.
        qsizetype sep = 0;
        while (sep < line.size() && line[sep] != u'=' && line[sep] != u':' &&
               !line[sep].isSpace()) {
            ++sep;
        }
        const QString key = line.left(sep);
        QString value = line.mid(sep).trimmed();
        if (value.startsWith(u'=') || value.startsWith(u':')) {
            value = value.mid(1).trimmed();
        }
        result.cfg.m_properties.append({key, value, lineNo});
        const auto keyMatch = serverKey.match(key);
        if (!keyMatch.hasMatch()) {
            continue;
        }
        Diagnostic d;
        d.file = fileName;
        d.line = lineNo;
        d.key = key;
        const int id = keyMatch.captured(1).toInt();
        const auto valueMatch = serverValue.match(value);
        if (!valueMatch.hasMatch()) {
            d.severity = Diagnostic::Severity::Error;
            d.rule = QStringLiteral("zk-bad-server");
            d.message = tr("'%1' is not host:peerPort:electionPort").arg(value);
            d.suggestion = tr("For example: %1=zk1.example.com:2888:3888").arg(key);
            result.diagnostics.append(d);
            continue;
        }
        if (id < 1 || id > 255) {
            d.severity = Diagnostic::Severity::Error;
            d.rule = QStringLiteral("zk-server-id-range");
            d.message = tr("Server id %1 is outside 1..255").arg(id);
            d.suggestion = tr("Number the servers 1, 2, 3, … and write the same number into each "
                              "server's myid file.");
            result.diagnostics.append(d);
        } else if (ids.contains(id)) {
            d.severity = Diagnostic::Severity::Error;
            d.rule = QStringLiteral("zk-server-id-duplicate");
            d.message = tr("Server id %1 is used twice").arg(id);
            d.suggestion = tr("Every server.N needs its own N.");
            result.diagnostics.append(d);
        }
        ids.insert(id);
        Server server;
        server.id = id;
        server.host = valueMatch.captured(1);
        server.peerPort = valueMatch.captured(2).toInt();
        server.electionPort = valueMatch.captured(3).toInt();
        server.line = lineNo;
        result.servers.append(server);
    }
    if (result.cfg.value(QStringLiteral("dataDir")).isEmpty()) {
        Diagnostic d;
        d.severity = Diagnostic::Severity::Error;
        d.rule = QStringLiteral("zk-no-datadir");
        d.file = fileName;
        d.key = QStringLiteral("dataDir");
        d.message = tr("zoo.cfg has no dataDir; ZooKeeper will not start");
        d.suggestion = tr(
            "Set dataDir to a folder that holds the myid file, e.g. dataDir=/var/lib/zookeeper.");
        result.diagnostics.append(d);
    }
    return result;
}

QString ZooCfg::value(const QString &key, const QString &fallback) const
{
    for (auto it = m_properties.crbegin(); it != m_properties.crend(); ++it) {
        if (it->key == key) {
            return it->value;
        }
    }
    return fallback;
}

void ZooCfg::set(const QString &key, const QString &value)
{
    // Like java.util.Properties, the last occurrence is the one that counts.
    for (auto it = m_properties.rbegin(); it != m_properties.rend(); ++it) {
        if (it->key == key) {
            it->value = value;
            return;
        }
    }
    m_properties.append({key, value, 0});
}

QList<ZooCfg::Server> ZooCfg::servers() const
{
    return parse(toText(), {}).servers;
}

QString ZooCfg::toText() const
{
    QString text;
    for (const Property &p : m_properties) {
        text += p.key + QLatin1Char('=') + p.value + QLatin1Char('\n');
    }
    return text;
}
