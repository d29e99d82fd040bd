#include "ConfigSchema.h"

#include <QFile>

#include <algorithm>
#include <cstdlib>
#include <yaml-cpp/yaml.h>

namespace {

QString str(const YAML::Node &node, const char *field)
{
    const YAML::Node value = node[field];
    return value && value.IsScalar() ? QString::fromStdString(value.Scalar()) : QString();
}

FlinkVersion version(const YAML::Node &node, const char *field)
{
    return FlinkVersion::parse(str(node, field)).value_or(FlinkVersion());
}

/// Levenshtein distance; callers pass lower-cased strings so case never counts.
int editDistance(const QString &a, const QString &b)
{
    QList<int> previous(b.size() + 1);
    QList<int> current(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j) {
        previous[j] = static_cast<int>(j);
    }
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = static_cast<int>(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

QByteArray readResource(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

const ConfigSchema &ConfigSchema::builtin()
{
    static const ConfigSchema schema = [] {
        QString error;
        QByteArray yaml = readResource(QStringLiteral(":/flinkdeck/schema/flink-keys.yaml"));
        yaml += '\n';
        yaml += readResource(QStringLiteral(":/flinkdeck/schema/flink-key-families.yaml"));
        ConfigSchema s = fromYaml(yaml, &error);
        if (!error.isEmpty()) {
            qFatal("FlinkDeck's built-in key schema is broken: %s", qPrintable(error));
        }
        return s;
    }();
    return schema;
}

ConfigSchema ConfigSchema::fromYaml(const QByteArray &yaml, QString *error)
{
    ConfigSchema schema;
    try {
        const YAML::Node root = YAML::Load(yaml.toStdString());
        for (const YAML::Node &node : root["keys"]) {
            ConfigKeyInfo info;
            info.key = str(node, "key");
            const auto type = ConfigKeyInfo::typeFromName(str(node, "type"));
            if (info.key.isEmpty() || !type) {
                if (error) {
                    *error = tr("schema line %1: entry without key or with unknown type '%2'")
                                 .arg(node.Mark().line + 1)
                                 .arg(str(node, "type"));
                }
                return {};
            }
            info.type = *type;
            if (const YAML::Node values = node["values"]; values && values.IsSequence()) {
                for (const YAML::Node &v : values) {
                    info.values.append(QString::fromStdString(v.Scalar()));
                }
            }
            info.allowClass = node["allowClass"] && node["allowClass"].as<bool>();
            info.secret = node["secret"] && node["secret"].as<bool>();
            info.defaultValue = str(node, "default");
            info.since = version(node, "since");
            info.deprecated = version(node, "deprecated");
            info.removed = version(node, "removed");
            info.noEffect = version(node, "noEffect");
            info.replacement = str(node, "replacement");
            info.group = str(node, "group");
            info.scope = str(node, "scope");
            info.description = str(node, "description");
            if (schema.m_index.contains(info.key)) {
                if (error) {
                    *error = tr("schema line %1: key '%2' is listed twice")
                                 .arg(node.Mark().line + 1)
                                 .arg(info.key);
                }
                return {};
            }
            schema.m_index.insert(info.key, schema.m_keys.size());
            schema.m_keys.append(info);
        }
        for (const YAML::Node &node : root["families"]) {
            Family family;
            family.prefix = str(node, "prefix");
            family.dynamic = node["dynamic"] && node["dynamic"].as<bool>();
            family.scope = str(node, "scope");
            schema.m_families.append(family);
        }
    } catch (const YAML::Exception &e) {
        if (error) {
            *error =
                tr("schema line %1: %2").arg(e.mark.line + 1).arg(QString::fromStdString(e.msg));
        }
        return {};
    }
    for (const ConfigKeyInfo &info : schema.m_keys) {
        schema.m_lowerKeys.append(info.key.toLower());
        if (!info.replacement.isEmpty()) {
            schema.m_replacedBy[info.replacement].append(info.key);
        }
    }
    // Longest prefix first so that the most specific family wins.
    std::sort(schema.m_families.begin(), schema.m_families.end(),
              [](const Family &a, const Family &b) { return a.prefix.size() > b.prefix.size(); });
    return schema;
}

const ConfigKeyInfo *ConfigSchema::find(const QString &key) const
{
    const auto it = m_index.constFind(key);
    return it == m_index.cend() ? nullptr : &m_keys[*it];
}

const ConfigSchema::Family *ConfigSchema::family(const QString &key) const
{
    for (const Family &f : m_families) {
        if (key.startsWith(f.prefix) && key.size() > f.prefix.size()) {
            return &f;
        }
    }
    return nullptr;
}

QStringList ConfigSchema::suggestions(const QString &key, const FlinkVersion &version,
                                      int max) const
{
    struct Candidate
    {
        int distance;
        QString key;
    };
    QList<Candidate> candidates;
    const int limit = std::max(2, static_cast<int>(key.size() / 5));
    const QString lowered = key.toLower();
    const QString lastSegment = lowered.section(u'.', -1);
    for (qsizetype i = 0; i < m_keys.size(); ++i) {
        const ConfigKeyInfo &info = m_keys[i];
        if (!info.existsIn(version) || info.deprecatedIn(version)) {
            continue;
        }
        // The length difference bounds the distance from below: skip the DP when it cannot win.
        const bool closeInLength =
            std::abs(static_cast<int>(info.key.size() - key.size())) <= limit;
        int distance = closeInLength ? editDistance(lowered, m_lowerKeys[i]) : limit + 1;
        if (distance > limit && lastSegment.size() > 3 &&
            info.key.endsWith(lastSegment, Qt::CaseInsensitive) &&
            info.key.section(u'.', -1).compare(lastSegment, Qt::CaseInsensitive) == 0) {
            distance = limit; // same leaf name under a different parent
        }
        if (distance <= limit) {
            candidates.append({distance, info.key});
        }
    }
    std::sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
        return a.distance != b.distance ? a.distance < b.distance : a.key < b.key;
    });
    QStringList result;
    for (const Candidate &c : candidates) {
        if (result.size() >= max) {
            break;
        }
        result.append(c.key);
    }
    return result;
}

QString ConfigSchema::currentName(const QString &key, const FlinkVersion &version) const
{
    QString name = key;
    for (int hops = 0; hops < 8; ++hops) {
        const ConfigKeyInfo *info = find(name);
        if (!info) {
            return {};
        }
        if (info->existsIn(version) && !info->deprecatedIn(version)) {
            return name;
        }
        if (info->replacement.isEmpty()) {
            return info->existsIn(version) ? name : QString();
        }
        name = info->replacement;
    }
    return {};
}

QStringList ConfigSchema::aliases(const QString &key) const
{
    QStringList result{key};
    // Breadth-first over "replaced by" links, so nearer names come first.
    for (qsizetype i = 0; i < result.size(); ++i) {
        for (const QString &older : m_replacedBy.value(result[i])) {
            if (!result.contains(older)) {
                result.append(older);
            }
        }
    }
    return result;
}

QString ConfigSchema::nameIn(const QString &key, const FlinkVersion &version) const
{
    const QStringList names = aliases(key);
    for (const QString &name : names) {
        const ConfigKeyInfo *info = find(name);
        if (info && info->existsIn(version) && !info->deprecatedIn(version)) {
            return name;
        }
    }
    for (const QString &name : names) {
        const ConfigKeyInfo *info = find(name);
        if (info && info->existsIn(version)) {
            return name;
        }
    }
    return key;
}

bool ConfigSchema::isSecret(const QString &key) const
{
    if (const ConfigKeyInfo *info = find(key); info && info->secret) {
        return true;
    }
    // Judged by the last name segment, so "kubernetes.secrets" (a list of secret *names*) is
    // not a secret while "s3.secret-key" and "ssl.keyStore.password" are.
    const QString lower = key.toLower();
    const QString last = lower.section(u'.', -1);
    if (lower.startsWith(QStringLiteral("fs.azure.account.key.")) ||
        lower.endsWith(QStringLiteral(".secret.key"))) {
        return true;
    }
    if (last.contains(QStringLiteral("password")) || last.contains(QStringLiteral("passphrase"))) {
        return true;
    }
    static const QStringList names{
        QStringLiteral("secret"),        QStringLiteral("secret-key"),
        QStringLiteral("secretkey"),     QStringLiteral("secret-access-key"),
        QStringLiteral("token"),         QStringLiteral("access-token"),
        QStringLiteral("api-key"),       QStringLiteral("apikey"),
        QStringLiteral("client-secret"), QStringLiteral("client.secret"),
    };
    return names.contains(last) || last.endsWith(QStringLiteral("-secret"));
}
