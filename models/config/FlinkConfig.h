#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/// One key/value as Flink sees it after parsing, with the line it came from (0 if none).
struct ConfigEntry
{
    QString key;
    QString value;
    int line = 0;

    friend bool operator==(const ConfigEntry &a, const ConfigEntry &b)
    {
        return a.key == b.key && a.value == b.value; // lines are provenance, not content
    }
};

/// Which of Flink's two configuration files a config came from or is written to.
enum class ConfigFileFormat
{
    Legacy,   ///< conf/flink-conf.yaml, Flink's line parser (up to 1.20)
    Standard, ///< conf/config.yaml, standard YAML flattened to dotted keys (1.19+)
};

/// Flink's flat configuration: dotted keys in insertion order, each set at most once.
class FlinkConfig final
{
public:
    bool isEmpty() const { return m_entries.isEmpty(); }
    qsizetype size() const { return m_entries.size(); }
    bool contains(const QString &key) const { return m_index.contains(key); }
    std::optional<QString> find(const QString &key) const;
    QString value(const QString &key, const QString &fallback = {}) const;
    /// The entry for key, or nullptr.
    const ConfigEntry *entry(const QString &key) const;
    /// Replaces the value in place (keeping its position) or appends.
    void set(const QString &key, const QString &value, int line = 0);
    /// Inserts or moves key so it stands at position index.
    void insert(qsizetype index, const QString &key, const QString &value);
    bool remove(const QString &key);
    const QList<ConfigEntry> &entries() const { return m_entries; }
    QStringList keys() const;

    friend bool operator==(const FlinkConfig &a, const FlinkConfig &b)
    {
        return a.m_entries == b.m_entries;
    }

private:
    void reindex();

    QList<ConfigEntry> m_entries;
    QHash<QString, qsizetype> m_index;
};
