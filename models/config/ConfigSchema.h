#pragma once

#include "ConfigKeyInfo.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

/// The table of Flink configuration keys (resources/schema/flink-keys.yaml) and lookups on it.
class ConfigSchema final
{
    Q_DECLARE_TR_FUNCTIONS(ConfigSchema)
public:
    /// A key family with names FlinkDeck cannot list (metrics.reporter.<name>.*, table.*).
    struct Family
    {
        QString prefix;
        bool dynamic = false; ///< names are user-chosen: any key below the prefix is fine
        QString scope;
    };

    /// The schema compiled into FlinkDeck.
    static const ConfigSchema &builtin();
    /// Parses a schema document; on failure sets error (with line) and returns an empty schema.
    static ConfigSchema fromYaml(const QByteArray &yaml, QString *error);

    const ConfigKeyInfo *find(const QString &key) const;
    /// Whether key holds a credential (an SSL password, s3.secret-key, …): marked so in the
    /// schema, or named like one. Such values never go into a project file.
    bool isSecret(const QString &key) const;
    const QList<ConfigKeyInfo> &keys() const { return m_keys; }
    /// The family key belongs to, or nullptr.
    const Family *family(const QString &key) const;
    /// Up to max known keys close to an unknown one, best first.
    QStringList suggestions(const QString &key, const FlinkVersion &version, int max = 3) const;
    /// Follows replacement links until a key that exists in version; empty if none.
    QString currentName(const QString &key, const FlinkVersion &version) const;
    /// key and every older name whose replacement chain leads to it, newest first.
    QStringList aliases(const QString &key) const;
    /// The name under which version reads the setting known today as key (e.g.
    /// "high-availability" for "high-availability.type" in 1.16); key itself if none fits.
    QString nameIn(const QString &key, const FlinkVersion &version) const;

private:
    QList<ConfigKeyInfo> m_keys;
    QHash<QString, qsizetype> m_index;
    QStringList m_lowerKeys;                  ///< m_keys' names in lower case, for did-you-mean
    QHash<QString, QStringList> m_replacedBy; ///< key -> the older keys that name it as replacement
    QList<Family> m_families;
};
