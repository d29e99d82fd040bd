#include "ProjectFileReader.h"

#include "ConfigSchema.h"
#include "ProjectYaml.h"
#include "YamlScalar.h"
#include "YamlSyntaxError.h"

#include <QHash>

#include <climits>
#include <functional>
#include <string>

using namespace ProjectYaml;

namespace {

class Reader
{
    Q_DECLARE_TR_FUNCTIONS(ProjectFile)
public:
    QString fileName;
    DiagnosticList diagnostics;

    void error(const YAML::Node &at, const QString &path, const QString &message,
               const QString &suggestion = {})
    {
        Diagnostic d;
        d.severity = Diagnostic::Severity::Error;
        d.rule = QStringLiteral("project-field");
        d.file = fileName;
        d.line = at.Mark().is_null() ? 0 : at.Mark().line + 1;
        d.key = path;
        d.message = message;
        d.suggestion = suggestion;
        diagnostics.append(d);
    }

    /// A secret in the file: warned about and left out, so it never reaches a save or a
    /// recovery copy, and the rest of the project still opens.
    void secretSkipped(const YAML::Node &at, const QString &path, const QString &key)
    {
        secretSkipped(at.Mark().is_null() ? 0 : at.Mark().line + 1, path, key);
    }
    void secretSkipped(int line, const QString &path, const QString &key)
    {
        Diagnostic d;
        d.severity = Diagnostic::Severity::Warning;
        d.rule = QStringLiteral("secret-not-kept");
        d.file = fileName;
        d.line = line;
        d.key = path;
        d.message = tr("'%1' holds a secret; FlinkDeck left its value out of the project (a deploy "
                       "does not write secrets yet)")
                        .arg(key);
        d.suggestion = tr("Save the project to remove the value from the file.");
        diagnostics.append(d);
    }

    QString text(const YAML::Node &map, const char *field, const QString &path)
    {
        const YAML::Node node = map[field];
        if (!node || node.IsNull()) {
            return {};
        }
        if (!node.IsScalar()) {
            error(node, path + QLatin1String(field),
                  tr("'%1' must be text").arg(path + QLatin1String(field)));
            return {};
        }
        return QString::fromStdString(node.Scalar());
    }

    int number(const YAML::Node &map, const char *field, const QString &path, int fallback, int min,
               int max)
    {
        const YAML::Node node = map[field];
        if (!node || node.IsNull()) {
            return fallback;
        }
        bool ok = false;
        const int value = node.IsScalar() ? QString::fromStdString(node.Scalar()).toInt(&ok) : 0;
        if (!ok || value < min || value > max) {
            error(node, path + QLatin1String(field),
                  tr("'%1' must be a whole number from %2 to %3")
                      .arg(path + QLatin1String(field))
                      .arg(min)
                      .arg(max));
            return fallback;
        }
        return value;
    }

    bool isMap(const YAML::Node &node, const QString &path)
    {
        if (!node || node.IsNull()) {
            return false;
        }
        if (!node.IsMap()) {
            error(node, path, tr("'%1' must be a map of fields").arg(path));
            return false;
        }
        return true;
    }

    SshSettings ssh(const YAML::Node &node, const QString &path)
    {
        SshSettings s;
        if (isMap(node, path)) {
            const QString p = path + QLatin1Char('.');
            s.user = text(node, "user", p);
            s.port = number(node, "port", p, 0, 1, 65535);
            s.identityFile = text(node, "identityFile", p);
            s.knownHostsFile = text(node, "knownHostsFile", p);
            for (const char *secret : {"password", "passphrase"}) {
                if (node[secret]) {
                    error(node[secret], p + QLatin1String(secret),
                          tr("A project must not hold a %1; FlinkDeck asks for it when it connects")
                              .arg(QLatin1String(secret)),
                          tr("Delete the line; use ssh-agent or an identity file."));
                }
            }
        }
        return s;
    }

    InstallPaths paths(const YAML::Node &node, const QString &path)
    {
        InstallPaths p;
        if (isMap(node, path)) {
            const QString prefix = path + QLatin1Char('.');
            p.flinkHome = text(node, "flinkHome", prefix);
            p.zookeeperHome = text(node, "zookeeperHome", prefix);
            p.zookeeperConfDir = text(node, "zookeeperConfDir", prefix);
        }
        return p;
    }

    Host host(const YAML::Node &node, const QString &path)
    {
        Host h;
        h.line.value = node.Mark().line + 1;
        if (!node || node.IsNull()) {
            error(node, path + QStringLiteral(".name"), tr("Every host needs a name"));
            return h;
        }
        if (!isMap(node, path)) {
            return h;
        }
        const QString p = path + QLatin1Char('.');
        h.name = text(node, "name", p);
        if (h.name.isEmpty()) {
            error(node, p + QStringLiteral("name"), tr("Every host needs a name"));
        }
        h.address = text(node, "address", p);
        h.cores = number(node, "cores", p, 0, 0, 100000);
        h.ssh = ssh(node["ssh"], p + QStringLiteral("ssh"));
        h.paths = paths(node["paths"], p + QStringLiteral("paths"));
        h.flinkConfig = flinkConfig(node["flinkConfig"], p + QStringLiteral("flinkConfig"));
        const YAML::Node roles = node["roles"];
        if (isMap(roles, p + QStringLiteral("roles"))) {
            const QString r = p + QStringLiteral("roles.");
            if (const YAML::Node jm = roles["jobmanager"]) {
                JobManagerRole role;
                if (isMap(jm, r + QStringLiteral("jobmanager"))) {
                    role.webUiPort =
                        number(jm, "webUiPort", r + QStringLiteral("jobmanager."), 8081, 1, 65535);
                }
                h.jobManager = role;
            }
            if (const YAML::Node tm = roles["taskmanager"]) {
                TaskManagerRole role;
                if (isMap(tm, r + QStringLiteral("taskmanager"))) {
                    role.taskSlots =
                        number(tm, "slots", r + QStringLiteral("taskmanager."), 1, 1, 100000);
                }
                h.taskManager = role;
            }
            if (const YAML::Node zk = roles["zookeeper"]) {
                ZooKeeperRole role;
                if (isMap(zk, r + QStringLiteral("zookeeper"))) {
                    const QString z = r + QStringLiteral("zookeeper.");
                    // Range checks (1..255, ports) are the validator's job, so they get its
                    // well-worded diagnostics instead of a load failure.
                    role.id = number(zk, "id", z, 1, INT_MIN, INT_MAX);
                    role.clientPort = number(zk, "clientPort", z, 2181, 1, 65535);
                    role.peerPort = number(zk, "peerPort", z, 2888, 1, 65535);
                    role.electionPort = number(zk, "electionPort", z, 3888, 1, 65535);
                    role.adminPort = number(zk, "adminPort", z, 0, 0, 65535);
                    role.dataDir = text(zk, "dataDir", z);
                }
                h.zooKeeper = role;
            }
        }
        return h;
    }

    /// yaml-cpp keeps both of two equal keys; a project with such a map is ambiguous.
    void duplicates(const YAML::Node &node, const QString &path)
    {
        if (node.IsSequence()) {
            for (std::size_t i = 0; i < node.size(); ++i) {
                duplicates(node[i], path + QStringLiteral("[%1]").arg(i));
            }
            return;
        }
        if (!node.IsMap()) {
            return;
        }
        QHash<QString, int> seen;
        for (const auto &pair : node) {
            const QString key = QString::fromStdString(pair.first.Scalar());
            const QString where = path.isEmpty() ? key : path + QLatin1Char('.') + key;
            if (const auto it = seen.constFind(key); it != seen.cend()) {
                error(pair.first, where,
                      tr("'%1' appears twice (first on line %2)").arg(key).arg(*it),
                      tr("Keep one of them."));
            } else {
                seen.insert(key, pair.first.Mark().line + 1);
            }
            duplicates(pair.second, where);
        }
    }

    FlinkConfig flinkConfig(const YAML::Node &node, const QString &path)
    {
        FlinkConfig config;
        if (!isMap(node, path)) {
            return config;
        }
        for (const auto &pair : node) {
            const QString key = QString::fromStdString(pair.first.Scalar());
            const QString where = path + QLatin1Char('.') + key;
            if (!pair.second.IsScalar()) {
                error(pair.second, where,
                      tr("The value of '%1' must be text; write lists as a;b;c").arg(key));
                continue;
            }
            if (config.contains(key)) {
                error(pair.first, where, tr("'%1' is set twice").arg(key));
            }
            if (ConfigSchema::builtin().isSecret(key) && !pair.second.Scalar().empty()) {
                secretSkipped(pair.second, where, key);
                continue;
            }
            config.set(key, QString::fromStdString(pair.second.Scalar()),
                       pair.first.Mark().line + 1);
        }
        return config;
    }

    ClusterProject project(const YAML::Node &root)
    {
        ClusterProject p;
        if (const int format = number(root, "flinkdeck", {}, ProjectFile::kFormatVersion, 1, 1000);
            format > ProjectFile::kFormatVersion) {
            error(root["flinkdeck"], QStringLiteral("flinkdeck"),
                  tr("This project was written by a newer FlinkDeck (format %1)").arg(format));
        }
        p.name = text(root, "name", {});
        const QString version = text(root, "flinkVersion", {});
        if (!version.isEmpty()) {
            if (const auto v = FlinkVersion::parse(version)) {
                p.flinkVersion = *v;
            } else {
                error(root["flinkVersion"], QStringLiteral("flinkVersion"),
                      tr("'%1' is not a Flink version").arg(version),
                      tr("Write it like \"1.20\" or \"2.1\"."));
            }
        }
        const QString style = text(root, "configStyle", {});
        if (style.isEmpty() || style == u"auto") {
            p.configStyle = ClusterProject::ConfigStyle::Auto;
        } else if (style == u"legacy") {
            p.configStyle = ClusterProject::ConfigStyle::Legacy;
        } else if (style == u"flat") {
            p.configStyle = ClusterProject::ConfigStyle::StandardFlat;
        } else if (style == u"nested") {
            p.configStyle = ClusterProject::ConfigStyle::StandardNested;
        } else {
            error(root["configStyle"], QStringLiteral("configStyle"),
                  tr("configStyle must be auto, legacy, flat or nested, not '%1'").arg(style));
        }
        p.ssh = ssh(root["ssh"], QStringLiteral("ssh"));
        p.paths = paths(root["paths"], QStringLiteral("paths"));
        const YAML::Node ha = root["ha"];
        if (isMap(ha, QStringLiteral("ha"))) {
            const QString mode = text(ha, "mode", QStringLiteral("ha."));
            if (mode.compare(QStringLiteral("zookeeper"), Qt::CaseInsensitive) == 0) {
                p.ha.mode = HaSettings::Mode::ZooKeeper;
            } else if (!mode.isEmpty() &&
                       mode.compare(QStringLiteral("none"), Qt::CaseInsensitive) != 0) {
                error(ha["mode"], QStringLiteral("ha.mode"),
                      tr("ha.mode must be zookeeper or none, not '%1'").arg(mode));
            }
            p.ha.quorum = text(ha, "quorum", QStringLiteral("ha."));
            p.ha.pathRoot = text(ha, "pathRoot", QStringLiteral("ha."));
            p.ha.clusterId = text(ha, "clusterId", QStringLiteral("ha."));
            p.ha.storageDir = text(ha, "storageDir", QStringLiteral("ha."));
        }
        const YAML::Node zk = root["zookeeper"];
        if (isMap(zk, QStringLiteral("zookeeper"))) {
            const QString z = QStringLiteral("zookeeper.");
            p.zooKeeper.tickTime = number(zk, "tickTime", z, 2000, 1, 3600000);
            p.zooKeeper.initLimit = number(zk, "initLimit", z, 10, 1, 100000);
            p.zooKeeper.syncLimit = number(zk, "syncLimit", z, 5, 1, 100000);
            const YAML::Node extra = zk["extra"];
            if (isMap(extra, QStringLiteral("zookeeper.extra"))) {
                for (const auto &pair : extra) {
                    const QString key = QString::fromStdString(pair.first.Scalar());
                    if (ConfigSchema::builtin().isSecret(key)) {
                        secretSkipped(pair.second, QStringLiteral("zookeeper.extra.") + key, key);
                        continue;
                    }
                    p.zooKeeper.extra.append(
                        {key, pair.second.IsScalar() ? QString::fromStdString(pair.second.Scalar())
                                                     : QString()});
                }
            }
        }
        const YAML::Node hosts = root["hosts"];
        if (hosts && !hosts.IsNull()) {
            if (!hosts.IsSequence()) {
                error(hosts, QStringLiteral("hosts"), tr("'hosts' must be a list"));
            } else {
                for (std::size_t i = 0; i < hosts.size(); ++i) {
                    Host h = host(hosts[i], QStringLiteral("hosts[%1]").arg(i));
                    if (!h.name.isEmpty() && p.host(h.name)) {
                        error(hosts[i], QStringLiteral("hosts[%1].name").arg(i),
                              tr("Host name '%1' is used twice").arg(h.name));
                    }
                    p.hosts.append(h);
                }
            }
        }
        p.flinkConfig = flinkConfig(root["flinkConfig"], QStringLiteral("flinkConfig"));
        YAML::Node extra = unknownPart(root, rootSpec());
        dropSecrets(extra, {});
        if (!extra.IsNull() && extra.size() > 0) {
            p.extraYaml = canonicalYaml(extra);
        }
        return p;
    }

    /// Removes secret-named keys from fields FlinkDeck keeps without knowing them.
    void dropSecrets(YAML::Node node, const QString &path)
    {
        if (!node.IsMap()) {
            return;
        }
        QList<std::string> secrets;
        for (const auto &pair : node) {
            const QString key = QString::fromStdString(pair.first.Scalar());
            const QString where = path.isEmpty() ? key : path + QLatin1Char('.') + key;
            if (ConfigSchema::builtin().isSecret(key) && !pair.second.IsMap()) {
                secretSkipped(0, where, key); // kept fields are copies without positions
                secrets.append(pair.first.Scalar());
            } else {
                dropSecrets(pair.second, where);
            }
        }
        for (const std::string &key : secrets) {
            node.remove(key);
        }
    }
};

} // namespace

ProjectFile::LoadResult ProjectFileReader::parse(const QByteArray &yaml, const QString &fileName)
{
    ProjectFile::LoadResult result;
    Reader reader;
    reader.fileName = fileName;
    YAML::Node root;
    try {
        root = YAML::Load(yaml.toStdString());
    } catch (const YAML::Exception &e) {
        result.diagnostics.append(YamlSyntaxError::diagnostic(e, fileName));
        return result;
    }
    if (!root.IsMap()) {
        reader.error(root, {},
                     ProjectFile::tr(
                         "A FlinkDeck project must be a YAML map (name, flinkVersion, hosts, …)"));
        result.diagnostics = reader.diagnostics;
        return result;
    }
    try {
        reader.duplicates(root, {});
        ClusterProject project = reader.project(root);
        result.diagnostics = reader.diagnostics;
        if (!Diagnostics::hasErrors(reader.diagnostics)) {
            result.project = std::move(project);
        }
    } catch (const YAML::Exception &e) {
        reader.error(
            root, {},
            ProjectFile::tr("Unexpected structure: %1").arg(QString::fromStdString(e.msg)));
        result.diagnostics = reader.diagnostics;
    }
    return result;
}
