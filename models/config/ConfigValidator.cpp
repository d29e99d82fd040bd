#include "ConfigValidator.h"

#include "ValueSyntax.h"

namespace {
Diagnostic at(const QString &fileName, const ConfigEntry *entry, const QString &key)
{
    Diagnostic d;
    d.file = fileName;
    d.line = entry ? entry->line : 0;
    d.key = entry ? entry->key : key;
    return d;
}
} // namespace

ConfigValidator::ConfigValidator(const ConfigSchema &schema)
    : m_schema(schema)
{}

DiagnosticList ConfigValidator::validate(const FlinkConfig &config, ConfigFileFormat format,
                                         const FlinkVersion &version, const QString &fileName) const
{
    DiagnosticList out;
    checkFileFormat(format, version, fileName, out);
    for (const ConfigEntry &entry : config.entries()) {
        Diagnostic base;
        base.file = fileName;
        base.line = entry.line;
        base.key = entry.key;
        checkKey(entry, version, config, base, out);
    }
    checkMemory(config, version, fileName, out);
    checkHa(config, fileName, out);
    return out;
}

const ConfigEntry *ConfigValidator::findSetting(const FlinkConfig &config, const QString &key) const
{
    for (const QString &name : m_schema.aliases(key)) {
        if (const ConfigEntry *e = config.entry(name)) {
            return e;
        }
    }
    return nullptr;
}

bool ConfigValidator::zooKeeperHa(const FlinkConfig &config) const
{
    const ConfigEntry *type = findSetting(config, QStringLiteral("high-availability.type"));
    return type &&
           type->value.trimmed().compare(QStringLiteral("zookeeper"), Qt::CaseInsensitive) == 0;
}

void ConfigValidator::checkFileFormat(ConfigFileFormat format, const FlinkVersion &version,
                                      const QString &fileName, DiagnosticList &out) const
{
    Diagnostic d;
    d.file = fileName;
    d.severity = Diagnostic::Severity::Error;
    if (format == ConfigFileFormat::Legacy && !version.readsLegacyConf()) {
        d.rule = QStringLiteral("legacy-file-unsupported");
        d.message = tr("Flink %1 no longer reads flink-conf.yaml").arg(version.toString());
        d.suggestion = tr("Migrate it to config.yaml: flinkdeck migrate %1 --flink-version %2")
                           .arg(fileName, version.toString());
        out.append(d);
    } else if (format == ConfigFileFormat::Standard && !version.defaultsToStandardYaml()) {
        d.rule = QStringLiteral("standard-file-unsupported");
        d.message =
            tr("Flink %1 does not read config.yaml (it appeared in 1.19)").arg(version.toString());
        d.suggestion = tr("Use conf/flink-conf.yaml for this version.");
        out.append(d);
    } else if (format == ConfigFileFormat::Legacy && version.defaultsToStandardYaml()) {
        d.severity = Diagnostic::Severity::Info;
        d.rule = QStringLiteral("legacy-file-deprecated");
        d.message =
            tr("Flink %1 still reads flink-conf.yaml (and prefers it over config.yaml), but "
               "Flink 2.0 will not")
                .arg(version.toString());
        d.suggestion = tr("Plan the move: flinkdeck migrate %1").arg(fileName);
        out.append(d);
    }
}

void ConfigValidator::checkKey(const ConfigEntry &entry, const FlinkVersion &version,
                               const FlinkConfig &config, Diagnostic d, DiagnosticList &out) const
{
    const ConfigKeyInfo *info = m_schema.find(entry.key);
    if (!info) {
        const ConfigSchema::Family *family = m_schema.family(entry.key);
        if (family && family->dynamic) {
            return;
        }
        const QStringList close = m_schema.suggestions(entry.key, version);
        d.rule = QStringLiteral("unknown-key");
        if (!close.isEmpty()) {
            d.severity = Diagnostic::Severity::Warning;
            d.message = tr("Flink does not know the key '%1' and ignores it").arg(entry.key);
            d.suggestion =
                close.size() == 1
                    ? tr("Did you mean '%1'?").arg(close.first())
                    : tr("Did you mean one of: %1?").arg(close.join(QStringLiteral(", ")));
        } else if (family) {
            d.severity = Diagnostic::Severity::Info;
            d.message =
                tr("'%1' is not in FlinkDeck's key list; if Flink does not know it either, it "
                   "is ignored")
                    .arg(entry.key);
        } else {
            d.severity = Diagnostic::Severity::Warning;
            d.message = tr("Flink does not know the key '%1' and ignores it").arg(entry.key);
        }
        out.append(d);
        return;
    }
    const QString current = m_schema.currentName(entry.key, version);
    if (info->removedIn(version)) {
        d.severity = Diagnostic::Severity::Error;
        d.rule = QStringLiteral("removed-key");
        d.message = tr("'%1' was removed in Flink %2; Flink %3 ignores it")
                        .arg(entry.key, info->removed.toString(), version.toString());
        if (!current.isEmpty() && current != entry.key) {
            d.suggestion = tr("Use '%1' instead.").arg(current);
        } else if (info->uselessIn(version)) {
            d.severity = Diagnostic::Severity::Warning;
            d.suggestion = tr("It has had no effect since Flink %1: delete it.")
                               .arg(info->noEffect.toString());
        }
        out.append(d);
        return;
    }
    if (!info->existsIn(version)) {
        d.severity = Diagnostic::Severity::Warning;
        d.rule = QStringLiteral("key-too-new");
        d.message = tr("'%1' appeared in Flink %2; Flink %3 ignores it")
                        .arg(entry.key, info->since.toString(), version.toString());
        const QString older = m_schema.nameIn(entry.key, version);
        if (older != entry.key) {
            d.suggestion = tr("Flink %1 calls it '%2'.").arg(version.toString(), older);
        }
        out.append(d);
        return;
    }
    if (info->uselessIn(version)) {
        Diagnostic useless = d;
        useless.severity = Diagnostic::Severity::Warning;
        useless.rule = QStringLiteral("no-effect-key");
        useless.message =
            tr("'%1' has had no effect since Flink %2").arg(entry.key, info->noEffect.toString());
        useless.suggestion = tr("Delete it.");
        out.append(useless);
    } else if (info->deprecatedIn(version)) {
        Diagnostic deprecated = d;
        deprecated.severity = Diagnostic::Severity::Warning;
        deprecated.rule = QStringLiteral("deprecated-key");
        deprecated.message =
            tr("'%1' is deprecated since Flink %2").arg(entry.key, info->deprecated.toString());
        if (!current.isEmpty() && current != entry.key) {
            if (const ConfigEntry *other = config.entry(current)) {
                deprecated.message =
                    tr("'%1' is deprecated since Flink %2, and '%3' (line %4) is set "
                       "too; Flink uses '%3'")
                        .arg(entry.key, info->deprecated.toString(), current)
                        .arg(other->line);
                deprecated.suggestion = tr("Delete '%1'.").arg(entry.key);
            } else {
                deprecated.suggestion = tr("Rename it to '%1'.").arg(current);
            }
        }
        out.append(deprecated);
    }
    if (!info->scope.isEmpty()) {
        Diagnostic scope = d;
        scope.severity = Diagnostic::Severity::Info;
        scope.rule = QStringLiteral("not-standalone");
        scope.message = tr("'%1' only applies to %2 deployments; a standalone cluster ignores it")
                            .arg(entry.key, info->scope == u"yarn" ? QStringLiteral("YARN")
                                                                   : QStringLiteral("Kubernetes"));
        out.append(scope);
    }
    if (const auto problem = ValueSyntax::check(*info, entry.value)) {
        Diagnostic value = d;
        value.severity = problem->severity;
        value.rule = problem->rule;
        value.message = tr("%1: %2").arg(entry.key, problem->message);
        value.suggestion = problem->suggestion;
        out.append(value);
    }
}

void ConfigValidator::checkMemory(const FlinkConfig &config, const FlinkVersion &version,
                                  const QString &fileName, DiagnosticList &out) const
{
    struct Side
    {
        const char *process;
        const char *flink;
        const char *heap;
        QStringList legacy;
        int sinceMinor; // 1.x release of the unified memory model
        const char *label;
    };
    const Side sides[] = {
        {"jobmanager.memory.process.size",
         "jobmanager.memory.flink.size",
         "jobmanager.memory.heap.size",
         {QStringLiteral("jobmanager.heap.size"), QStringLiteral("jobmanager.heap.mb")},
         11,
         "JobManager"},
        {"taskmanager.memory.process.size",
         "taskmanager.memory.flink.size",
         "taskmanager.memory.task.heap.size",
         {QStringLiteral("taskmanager.heap.size"), QStringLiteral("taskmanager.heap.mb")},
         10,
         "TaskManager"},
    };
    for (const Side &side : sides) {
        const QString process = QString::fromLatin1(side.process);
        const QString flink = QString::fromLatin1(side.flink);
        const QString heap = QString::fromLatin1(side.heap);
        const QString label = QString::fromLatin1(side.label);
        const ConfigEntry *processEntry = config.entry(process);
        const ConfigEntry *flinkEntry = config.entry(flink);
        const ConfigEntry *heapEntry = config.entry(heap);
        const ConfigEntry *legacyEntry = nullptr;
        for (const QString &legacy : side.legacy) {
            legacyEntry = legacyEntry ? legacyEntry : config.entry(legacy);
        }
        if (!version.atLeast(1, side.sinceMinor)) {
            continue;
        }
        if (processEntry && flinkEntry) {
            Diagnostic d = at(fileName, flinkEntry, flink);
            d.severity = Diagnostic::Severity::Warning;
            d.rule = QStringLiteral("memory-conflict");
            d.message =
                tr("Both %1 and %2 are set; Flink fails to start when they disagree with the "
                   "derived sizes")
                    .arg(process, flink);
            d.suggestion = tr("Set only one: %1 for the whole process, or %2 for Flink's share.")
                               .arg(process, flink);
            out.append(d);
        }
        const bool modern = processEntry || flinkEntry || heapEntry;
        if (legacyEntry && modern) {
            Diagnostic d = at(fileName, legacyEntry, legacyEntry->key);
            d.severity = Diagnostic::Severity::Warning;
            d.rule = QStringLiteral("memory-conflict");
            d.message =
                tr("The legacy %1 heap key '%2' is set beside the new memory keys; Flink ignores "
                   "the legacy one")
                    .arg(label, legacyEntry->key);
            d.suggestion = tr("Delete '%1'.").arg(legacyEntry->key);
            out.append(d);
        }
        const bool legacyCounts = legacyEntry && version.readsLegacyConf();
        const bool taskManagerFineGrained =
            side.sinceMinor == 10 && heapEntry &&
            config.contains(QStringLiteral("taskmanager.memory.managed.size"));
        const bool enough = processEntry || flinkEntry || legacyCounts ||
                            (side.sinceMinor == 11 && heapEntry) || taskManagerFineGrained;
        if (!enough) {
            Diagnostic d = at(fileName, nullptr, process);
            d.severity = Diagnostic::Severity::Error;
            d.rule = QStringLiteral("memory-missing");
            d.message = tr("No %1 memory size is set; Flink %2 refuses to start a %1 without one")
                            .arg(label, version.toString());
            d.suggestion = tr("Set %1, e.g. %2: 1600m.").arg(process, process);
            out.append(d);
        }
    }
}

void ConfigValidator::checkHa(const FlinkConfig &config, const QString &fileName,
                              DiagnosticList &out) const
{
    if (!zooKeeperHa(config)) {
        return;
    }
    const ConfigEntry *type = findSetting(config, QStringLiteral("high-availability.type"));
    const auto missing = [&](const QString &key, Diagnostic::Severity severity,
                             const QString &message, const QString &suggestion) {
        if (findSetting(config, key)) {
            return;
        }
        Diagnostic d = at(fileName, type, key);
        d.key = key;
        d.severity = severity;
        d.rule = QStringLiteral("ha-incomplete");
        d.message = message;
        d.suggestion = suggestion;
        out.append(d);
    };
    missing(QStringLiteral("high-availability.zookeeper.quorum"), Diagnostic::Severity::Error,
            tr("ZooKeeper HA is on but high-availability.zookeeper.quorum is not set"),
            tr("List the ZooKeeper servers: high-availability.zookeeper.quorum: "
               "zk1:2181,zk2:2181,zk3:2181"));
    missing(QStringLiteral("high-availability.storageDir"), Diagnostic::Severity::Error,
            tr("ZooKeeper HA is on but high-availability.storageDir is not set; JobManagers cannot "
               "persist job metadata"),
            tr("Point it at storage every JobManager can reach, e.g. hdfs:///flink/ha/"));
    missing(
        QStringLiteral("high-availability.cluster-id"), Diagnostic::Severity::Warning,
        tr("high-availability.cluster-id is not set, so this cluster uses '/default' in ZooKeeper"),
        tr("Give each cluster sharing a ZooKeeper its own id, e.g. high-availability.cluster-id: "
           "/prod-a"));
    if (const ConfigEntry *rpc = config.entry(QStringLiteral("jobmanager.rpc.address"))) {
        Diagnostic d = at(fileName, rpc, rpc->key);
        d.severity = Diagnostic::Severity::Info;
        d.rule = QStringLiteral("ignored-under-ha");
        d.message =
            tr("jobmanager.rpc.address is ignored under HA: leader election finds the JobManager");
        d.suggestion = tr("The masters file decides where JobManagers run.");
        out.append(d);
    }
}
