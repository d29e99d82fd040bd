#include "ConfImporter.h"

#include "ConfigSchema.h"
#include "HostListFile.h"
#include "JavaText.h"
#include "LegacyConfFile.h"
#include "StandardConfFile.h"
#include "ZooCfg.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace {

std::optional<QString> readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return std::nullopt;
    }
    return JavaText::decodeUtf8(file.readAll());
}

Host &hostFor(ClusterProject &project, const QString &address, const SourceLine &line)
{
    if (Host *h = project.host(address)) {
        return *h;
    }
    Host h;
    h.name = address;
    h.line = line;
    project.hosts.append(h);
    return project.hosts.last();
}

} // namespace

std::optional<FlinkVersion> ConfImporter::detectVersion(const QString &flinkHome)
{
    static const QRegularExpression jar(
        QStringLiteral("^flink-dist(?:_[0-9.]+)?-(\\d+\\.\\d+(?:\\.\\d+)?)"));
    const QStringList jars =
        QDir(flinkHome + QStringLiteral("/lib")).entryList({QStringLiteral("flink-dist*.jar")});
    for (const QString &name : jars) {
        if (const auto m = jar.match(name); m.hasMatch()) {
            return FlinkVersion::parse(m.captured(1));
        }
    }
    return std::nullopt;
}

ConfImporter::Result ConfImporter::import(const QString &confDir,
                                          std::optional<FlinkVersion> version,
                                          const QString &zooCfgPath)
{
    Result result;
    const QDir dir(confDir);
    const auto fail = [&](const QString &file, const QString &message,
                          const QString &suggestion = {}) {
        Diagnostic d;
        d.severity = Diagnostic::Severity::Error;
        d.rule = QStringLiteral("file-unreadable");
        d.file = file;
        d.message = message;
        d.suggestion = suggestion;
        result.diagnostics.append(d);
        return result;
    };
    if (!dir.exists()) {
        return fail(confDir, tr("No such directory"));
    }
    const QString legacyPath = dir.filePath(QStringLiteral("flink-conf.yaml"));
    const QString standardPath = dir.filePath(QStringLiteral("config.yaml"));
    const bool hasLegacy = QFileInfo::exists(legacyPath);
    const bool hasStandard = QFileInfo::exists(standardPath);
    if (!version) {
        version = detectVersion(QFileInfo(dir.absolutePath()).path());
    }
    if (!version) {
        result.versionGuessed = true;
        version = hasLegacy ? FlinkVersion(1, 20) : FlinkVersion::latest();
    }
    // 1.19 and 1.20 read flink-conf.yaml when it exists; 2.x reads only config.yaml.
    const bool useLegacy = hasLegacy && (version->readsLegacyConf() || !hasStandard);
    if (!hasLegacy && !hasStandard) {
        return fail(confDir, tr("Neither flink-conf.yaml nor config.yaml is in this directory"),
                    tr("Point FlinkDeck at Flink's conf/ directory."));
    }
    result.format = useLegacy ? ConfigFileFormat::Legacy : ConfigFileFormat::Standard;
    result.configFile = useLegacy ? legacyPath : standardPath;
    const auto text = readText(result.configFile);
    if (!text) {
        return fail(result.configFile, tr("Cannot read the file"));
    }
    if (useLegacy) {
        const LegacyConfFile legacy = LegacyConfFile::parse(*text);
        result.rawConfig = legacy.toConfig();
        result.diagnostics += legacy.diagnostics(result.configFile);
        if (hasStandard && version->readsLegacyConf()) {
            Diagnostic d;
            d.severity = Diagnostic::Severity::Warning;
            d.rule = QStringLiteral("both-config-files");
            d.file = standardPath;
            d.message = tr("Flink %1 reads flink-conf.yaml and ignores this config.yaml")
                            .arg(version->toString());
            d.suggestion = tr("Delete one of the two files.");
            result.diagnostics.append(d);
        }
    } else {
        StandardConfFile::Result parsed = StandardConfFile::parse(*text, result.configFile);
        result.diagnostics += parsed.diagnostics;
        if (!parsed.readable) {
            return result;
        }
        result.rawConfig = parsed.config;
    }

    ClusterProject project;
    project.name = QFileInfo(QFileInfo(dir.absolutePath()).path()).fileName();
    project.flinkVersion = *version;
    project.configStyle =
        useLegacy ? ClusterProject::ConfigStyle::Legacy : ClusterProject::ConfigStyle::StandardFlat;
    project.paths.flinkHome = QFileInfo(dir.absolutePath()).path();

    const ConfigSchema &schema = ConfigSchema::builtin();
    FlinkConfig config = result.rawConfig;
    // Credentials stay in the files they came from: a project never holds them.
    const auto secretNotImported = [&result](const QString &file, int line, const QString &key) {
        Diagnostic d;
        d.severity = Diagnostic::Severity::Warning;
        d.rule = QStringLiteral("secret-not-imported");
        d.file = file;
        d.line = line;
        d.key = key;
        d.message = tr("The value of %1 is a secret and was not imported; a deploy does not "
                       "write secrets yet")
                        .arg(key);
        result.diagnostics.append(d);
    };
    for (const ConfigEntry &e : result.rawConfig.entries()) {
        if (schema.isSecret(e.key) && !e.value.isEmpty()) {
            secretNotImported(result.configFile, e.line, e.key);
            config.remove(e.key);
        }
    }
    const auto take = [&](const char *canonical) {
        QString value;
        for (const QString &alias : schema.aliases(QString::fromLatin1(canonical))) {
            if (const auto v = config.find(alias); v && value.isEmpty()) {
                value = *v;
            }
            config.remove(alias);
        }
        return value;
    };
    const QString haType = take("high-availability.type");
    project.ha.mode = haType.compare(QStringLiteral("zookeeper"), Qt::CaseInsensitive) == 0
                          ? HaSettings::Mode::ZooKeeper
                          : HaSettings::Mode::None;
    const QString quorum = take("high-availability.zookeeper.quorum");
    project.ha.pathRoot = take("high-availability.zookeeper.path.root");
    project.ha.clusterId = take("high-availability.cluster-id");
    project.ha.storageDir = take("high-availability.storageDir");
    if (!haType.isEmpty() && project.ha.mode == HaSettings::Mode::None &&
        haType.compare(QStringLiteral("none"), Qt::CaseInsensitive) != 0) {
        config.insert(0, schema.nameIn(QStringLiteral("high-availability.type"), *version), haType);
    }
    const int slots =
        config.value(QStringLiteral("taskmanager.numberOfTaskSlots"), QStringLiteral("1")).toInt();
    const int restPort = config.value(QStringLiteral("rest.port"), QStringLiteral("8081")).toInt();

    const QString mastersPath = dir.filePath(QStringLiteral("masters"));
    if (const auto masters = readText(mastersPath)) {
        const auto parsed = HostListFile::parse(*masters, HostListFile::Kind::Masters, mastersPath);
        result.diagnostics += parsed.diagnostics;
        for (const auto &e : parsed.entries) {
            Host &h = hostFor(project, e.host, {e.line, mastersPath});
            h.jobManager = JobManagerRole{e.port > 0 ? e.port : (restPort > 0 ? restPort : 8081)};
        }
    }
    const QString workersName = version->workersFileName();
    const QString otherName =
        workersName == u"workers" ? QStringLiteral("slaves") : QStringLiteral("workers");
    const QString workersPath = dir.filePath(workersName);
    if (!QFileInfo::exists(workersPath) && QFileInfo::exists(dir.filePath(otherName))) {
        Diagnostic d;
        d.severity = Diagnostic::Severity::Error;
        d.rule = QStringLiteral("workers-file-name");
        d.file = dir.filePath(otherName);
        d.message =
            tr("Flink %1 reads conf/%2, not conf/%3; start-cluster.sh will start no TaskManagers")
                .arg(version->toString(), workersName, otherName);
        d.suggestion = tr("Rename the file to %1.").arg(workersName);
        result.diagnostics.append(d);
    }
    const QString usedWorkersPath =
        QFileInfo::exists(workersPath) ? workersPath : dir.filePath(otherName);
    if (const auto workers = readText(usedWorkersPath)) {
        const auto parsed =
            HostListFile::parse(*workers, HostListFile::Kind::Workers, usedWorkersPath);
        result.diagnostics += parsed.diagnostics;
        for (const auto &e : parsed.entries) {
            Host &h = hostFor(project, e.host, {e.line, usedWorkersPath});
            h.taskManager = TaskManagerRole{slots > 0 ? slots : 1};
        }
    }
    config.remove(QStringLiteral("taskmanager.numberOfTaskSlots"));
    if (slots > 0 && project.taskManagers().isEmpty()) {
        config.set(QStringLiteral("taskmanager.numberOfTaskSlots"), QString::number(slots));
    }

    const QString zooPath =
        zooCfgPath.isEmpty() ? dir.filePath(QStringLiteral("zoo.cfg")) : zooCfgPath;
    if (const auto zoo = readText(zooPath)) {
        const ZooCfg::Result parsed = ZooCfg::parse(*zoo, zooPath);
        result.diagnostics += parsed.diagnostics;
        const ZooCfg &cfg = parsed.cfg;
        project.zooKeeper.tickTime =
            cfg.value(QStringLiteral("tickTime"), QStringLiteral("2000")).toInt();
        project.zooKeeper.initLimit =
            cfg.value(QStringLiteral("initLimit"), QStringLiteral("10")).toInt();
        project.zooKeeper.syncLimit =
            cfg.value(QStringLiteral("syncLimit"), QStringLiteral("5")).toInt();
        static const QStringList handled{QStringLiteral("tickTime"), QStringLiteral("initLimit"),
                                         QStringLiteral("syncLimit"), QStringLiteral("dataDir"),
                                         QStringLiteral("clientPort")};
        for (const ZooCfg::Property &p : cfg.properties()) {
            if (handled.contains(p.key) || p.key.startsWith(QStringLiteral("server."))) {
                continue;
            }
            if (schema.isSecret(p.key)) {
                secretNotImported(zooPath, p.line, p.key);
                continue;
            }
            project.zooKeeper.extra.append({p.key, p.value});
        }
        for (const ZooCfg::Server &s : parsed.servers) {
            Host &h = hostFor(project, s.host, {s.line, zooPath});
            ZooKeeperRole role;
            role.id = s.id;
            role.peerPort = s.peerPort;
            role.electionPort = s.electionPort;
            role.clientPort =
                cfg.value(QStringLiteral("clientPort"), QStringLiteral("2181")).toInt();
            role.dataDir = cfg.value(QStringLiteral("dataDir"));
            h.zooKeeper = role;
        }
    }
    project.flinkConfig = config;
    if (!quorum.isEmpty()) {
        QStringList given;
        for (const QString &part : quorum.split(u',', Qt::SkipEmptyParts)) {
            given.append(part.trimmed());
        }
        if (project.zooKeepers().isEmpty() || given.join(u',') != project.derivedQuorum()) {
            project.ha.quorum = given.join(u',');
        }
    }
    result.project = project;
    return result;
}
