#include "FlinkConfig.h"

std::optional<QString> FlinkConfig::find(const QString &key) const
{
    if (const ConfigEntry *e = entry(key)) {
        return e->value;
    }
    return std::nullopt;
}

QString FlinkConfig::value(const QString &key, const QString &fallback) const
{
    return find(key).value_or(fallback);
}

const ConfigEntry *FlinkConfig::entry(const QString &key) const
{
    const auto it = m_index.constFind(key);
    return it == m_index.cend() ? nullptr : &m_entries[*it];
}

void FlinkConfig::set(const QString &key, const QString &value, int line)
{
    const auto it = m_index.constFind(key);
    if (it != m_index.cend()) {
        m_entries[*it].value = value;
        m_entries[*it].line = line;
        return;
    }
    m_index.insert(key, m_entries.size());
    m_entries.append({key, value, line});
}

void FlinkConfig::insert(qsizetype index, const QString &key, const QString &value)
{
    remove(key);
    m_entries.insert(qBound<qsizetype>(0, index, m_entries.size()), {key, value, 0});
    reindex();
}

bool FlinkConfig::remove(const QString &key)
{
    const auto it = m_index.constFind(key);
    if (it == m_index.cend()) {
        return false;
    }
    m_entries.removeAt(*it);
    reindex();
    return true;
}

QStringList FlinkConfig::keys() const
{
    QStringList result;
    result.reserve(m_entries.size());
    for (const ConfigEntry &e : m_entries) {
        result.append(e.key);
    }
    return result;
}

void FlinkConfig::reindex()
{
    m_index.clear();
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        m_index.insert(m_entries[i].key, i);
    }
}
