#include "ConfigMigrator.h"

#include "LegacyConfFile.h"

namespace {
// Keys whose old unit was megabytes as a bare int; the new keys take a memory size.
bool isMegabyteKey(const QString &key)
{
    return key.endsWith(QStringLiteral(".heap.mb"));
}
} // namespace

QString ConfigMigrator::Change::toText() const
{
    QString where = line > 0 ? tr("line %1: ").arg(line) : QString();
    switch (kind) {
    case Kind::Renamed:
        return where + tr("renamed %1 -> %2 (%3)").arg(key, newKey, reason);
    case Kind::Converted:
        return where +
               tr("converted %1: %2 -> %3: %4 (%5)").arg(key, oldValue, newKey, newValue, reason);
    case Kind::Dropped:
        break;
    }
    return where + tr("dropped %1: %2 (%3)").arg(key, oldValue, reason);
}

ConfigMigrator::ConfigMigrator(const ConfigSchema &schema)
    : m_schema(schema)
{}

ConfigMigrator::Result ConfigMigrator::migrate(const FlinkConfig &config,
                                               const FlinkVersion &target,
                                               ConfigYamlWriter::Style style) const
{
    Result result;
    result.format =
        target.defaultsToStandardYaml() ? ConfigFileFormat::Standard : ConfigFileFormat::Legacy;
    for (const ConfigEntry &entry : config.entries()) {
        const ConfigKeyInfo *info = m_schema.find(entry.key);
        if (!info) {
            result.config.set(entry.key, entry.value, entry.line);
            continue;
        }
        Change change;
        change.line = entry.line;
        change.key = entry.key;
        change.oldValue = entry.value;
        if (!info->scope.isEmpty()) {
            change.kind = Change::Kind::Dropped;
            change.reason =
                tr("only used by %1 deployments, not by a standalone cluster").arg(info->scope);
            result.changes.append(change);
            continue;
        }
        const bool stale =
            info->removedIn(target) || info->deprecatedIn(target) || info->uselessIn(target);
        if (!stale) {
            result.config.set(entry.key, entry.value, entry.line);
            continue;
        }
        const QString current = m_schema.currentName(entry.key, target);
        if (current.isEmpty() || current == entry.key) {
            if (info->uselessIn(target) || info->removedIn(target)) {
                change.kind = Change::Kind::Dropped;
                change.reason = info->uselessIn(target)
                                    ? tr("no effect since Flink %1").arg(info->noEffect.toString())
                                    : tr("removed in Flink %1 with no replacement")
                                          .arg(info->removed.toString());
                result.changes.append(change);
            } else {
                result.config.set(entry.key, entry.value, entry.line);
            }
            continue;
        }
        if (config.contains(current)) {
            change.kind = Change::Kind::Dropped;
            change.reason = tr("'%1' is set too and takes precedence").arg(current);
            result.changes.append(change);
            continue;
        }
        change.newKey = current;
        change.newValue = entry.value;
        change.kind = Change::Kind::Renamed;
        change.reason = info->removedIn(target)
                            ? tr("removed in Flink %1").arg(info->removed.toString())
                            : tr("deprecated since Flink %1").arg(info->deprecated.toString());
        if (isMegabyteKey(entry.key)) {
            bool ok = false;
            const qint64 megabytes = entry.value.trimmed().toLongLong(&ok);
            if (ok) {
                change.kind = Change::Kind::Converted;
                change.newValue = QString::number(megabytes) + QLatin1Char('m');
                change.reason = tr("the number of megabytes became a memory size with a unit");
            }
        } else if (entry.key == u"state.backend") {
            const QString lower = entry.value.trimmed().toLower();
            if (lower == u"filesystem" || lower == u"jobmanager") {
                change.kind = Change::Kind::Converted;
                change.newValue = QStringLiteral("hashmap");
                change.reason =
                    tr("the '%1' backend is called 'hashmap' now; the checkpoint directory "
                       "decides where snapshots go")
                        .arg(lower);
            }
        }
        result.config.set(change.newKey, change.newValue, entry.line);
        result.changes.append(change);
    }
    // File content, not UI: the same bytes whatever the user's language.
    const QString header =
        QStringLiteral("# Migrated by FlinkDeck for Flink %1.\n").arg(target.toString());
    result.text = result.format == ConfigFileFormat::Standard
                      ? ConfigYamlWriter::write(result.config, style, header)
                      : LegacyConfFile::write(result.config, header);
    return result;
}
