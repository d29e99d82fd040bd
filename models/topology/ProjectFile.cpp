#include "ProjectFile.h"

#include "ConfigSchema.h"
#include "YamlScalar.h"
#include "YamlSyntaxError.h"

#include <QFile>
#include <QHash>
#include <QSaveFile>

#include <climits>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <yaml-cpp/yaml.h>

namespace {

// The fields FlinkDeck knows, level by level; anything else is kept as an extra.
struct Spec
{
    std::set<std::string> keys;
    std::map<std::string, const Spec *> children;
    bool freeMap = false;  ///< every key is content (flinkConfig)
    bool hostList = false; ///< a sequence of hosts matched by name
};

const Spec kSsh{{"user", "port", "identityFile", "knownHostsFile"}, {}};
const Spec kPaths{{"flinkHome", "zookeeperHome", "zookeeperConfDir"}, {}};
const Spec kFree{{}, {}, true};
const Spec kJobManager{{"webUiPort"}, {}};
const Spec kTaskManager{{"slots"}, {}};
const Spec kZooKeeperRole{{"id", "clientPort", "peerPort", "electionPort", "adminPort", "dataDir"},
                          {}};
const Spec kRoles{
    {"jobmanager", "taskmanager", "zookeeper"},
    {{"jobmanager", &kJobManager}, {"taskmanager", &kTaskManager}, {"zookeeper", &kZooKeeperRole}}};
const Spec kHost{{"name", "address", "cores", "ssh", "paths", "roles", "flinkConfig"},
                 {{"ssh", &kSsh}, {"paths", &kPaths}, {"roles", &kRoles}, {"flinkConfig", &kFree}}};
const Spec kHosts{{}, {{"*", &kHost}}, false, true};
const Spec kHa{{"mode", "quorum", "pathRoot", "clusterId", "storageDir"}, {}};
const Spec kZooKeeper{{"tickTime", "initLimit", "syncLimit", "extra"}, {{"extra", &kFree}}};
const Spec kRoot{{"flinkdeck", "name", "flinkVersion", "configStyle", "ssh", "paths", "ha",
                  "zookeeper", "hosts", "flinkConfig"},
                 {{"ssh", &kSsh},
                  {"paths", &kPaths},
                  {"ha", &kHa},
                  {"zookeeper", &kZooKeeper},
                  {"hosts", &kHosts},
                  {"flinkConfig", &kFree}}};

/// The unknown parts of node under spec; null when there are none.
YAML::Node unknownPart(const YAML::Node &node, const Spec &spec)
{
    YAML::Node out;
    if (spec.freeMap) {
        return out;
    }
    if (spec.hostList && node.IsSequence()) {
        for (const YAML::Node &item : node) {
            if (item.IsMap() && item["name"] && item["name"].IsScalar()) {
                YAML::Node extra = unknownPart(item, *spec.children.at("*"));
                if (!extra.IsNull()) {
                    out[item["name"].Scalar()] = extra;
                }
            }
        }
        return out;
    }
    if (!node.IsMap()) {
        return out;
    }
    for (const auto &pair : node) {
        const std::string key = pair.first.Scalar();
        if (!spec.keys.count(key)) {
            out[key] = YAML::Clone(pair.second);
            continue;
        }
        const auto child = spec.children.find(key);
        if (child != spec.children.end()) {
            YAML::Node extra = unknownPart(pair.second, *child->second);
            if (!extra.IsNull()) {
                out[key] = extra;
            }
        }
    }
    return out;
}

/// Adds the unknown parts back into a freshly written node.
void mergeUnknown(YAML::Node fresh, const YAML::Node &unknown, const Spec &spec)
{
    if (!unknown.IsMap()) {
        return;
    }
    if (spec.hostList) {
        for (YAML::Node item : fresh) {
            const YAML::Node extra = unknown[item["name"].Scalar()];
            if (extra) {
                mergeUnknown(item, extra, *spec.children.at("*"));
            }
        }
        return;
    }
    for (const auto &pair : unknown) {
        const std::string key = pair.first.Scalar();
        const auto child = spec.children.find(key);
        if (spec.keys.count(key) && child != spec.children.end()) {
            if (!fresh[key]) {
                fresh[key] = YAML::Node(child->second->hostList ? YAML::NodeType::Sequence
                                                                : YAML::NodeType::Map);
            }
            mergeUnknown(fresh[key], pair.second, *child->second);
        } else if (!spec.keys.count(key)) {
            fresh[key] = pair.second;
        }
    }
}

void emitNode(YAML::Emitter &out, const YAML::Node &node);

/// Unknown fields in one stable spelling (sorted keys, block style), so that equal extras
/// compare equal however the user's file formatted them.
QString canonicalYaml(const YAML::Node &node)
{
    const std::function<YAML::Node(const YAML::Node &)> sorted =
        [&sorted](const YAML::Node &n) -> YAML::Node {
        if (n.IsMap()) {
            std::map<std::string, YAML::Node> items;
            for (const auto &pair : n) {
                items.emplace(pair.first.Scalar(), sorted(pair.second));
            }
            YAML::Node result(YAML::NodeType::Map);
            for (const auto &[key, value] : items) {
                result[key] = value;
            }
            return result;
        }
        if (n.IsSequence()) {
            YAML::Node result(YAML::NodeType::Sequence);
            for (const YAML::Node &item : n) {
                result.push_back(sorted(item));
            }
            return result;
        }
        return YAML::Clone(n);
    };
    YAML::Emitter out;
    emitNode(out, sorted(node));
    return QString::fromUtf8(out.c_str());
}

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
        d.message = tr("'%1' holds a secret; FlinkDeck left its value out of the project and asks "
                       "for it when it deploys")
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
        YAML::Node extra = unknownPart(root, kRoot);
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

void putText(YAML::Node map, const char *key, const QString &value)
{
    if (!value.isEmpty()) {
        map[key] = value.toStdString();
    }
}

YAML::Node sshNode(const SshSettings &s)
{
    YAML::Node node(YAML::NodeType::Map);
    putText(node, "user", s.user);
    if (s.port != 0) {
        node["port"] = s.port;
    }
    putText(node, "identityFile", s.identityFile);
    putText(node, "knownHostsFile", s.knownHostsFile);
    return node;
}

YAML::Node pathsNode(const InstallPaths &p)
{
    YAML::Node node(YAML::NodeType::Map);
    putText(node, "flinkHome", p.flinkHome);
    putText(node, "zookeeperHome", p.zookeeperHome);
    putText(node, "zookeeperConfDir", p.zookeeperConfDir);
    return node;
}

YAML::Node configNode(const FlinkConfig &config)
{
    YAML::Node node(YAML::NodeType::Map);
    for (const ConfigEntry &e : config.entries()) {
        node[e.key.toStdString()] = e.value.toStdString();
    }
    return node;
}

QString styleName(ClusterProject::ConfigStyle style)
{
    switch (style) {
    case ClusterProject::ConfigStyle::Legacy:
        return QStringLiteral("legacy");
    case ClusterProject::ConfigStyle::StandardFlat:
        return QStringLiteral("flat");
    case ClusterProject::ConfigStyle::StandardNested:
        return QStringLiteral("nested");
    case ClusterProject::ConfigStyle::Auto:
        break;
    }
    return QStringLiteral("auto");
}

// Text values are always written quoted when YAML would read them as anything but the same
// text, so "yes" or "010" in a Flink value survive as written.
void emitValue(YAML::Emitter &out, const std::string &value)
{
    if (YamlScalar::needsQuoting(QString::fromStdString(value))) {
        out << YAML::DoubleQuoted << value;
    } else {
        out << value;
    }
}

void emitNode(YAML::Emitter &out, const YAML::Node &node)
{
    switch (node.Type()) {
    case YAML::NodeType::Map:
        if (node.size() == 0) {
            out << YAML::Flow << YAML::BeginMap << YAML::EndMap;
            return;
        }
        out << YAML::BeginMap;
        for (const auto &pair : node) {
            if (pair.first.Scalar().size() > 255) {
                out << YAML::LongKey; // implicit keys are limited to 1024 characters
            }
            out << YAML::Key;
            emitValue(out, pair.first.Scalar());
            out << YAML::Value;
            emitNode(out, pair.second);
        }
        out << YAML::EndMap;
        return;
    case YAML::NodeType::Sequence:
        out << YAML::BeginSeq;
        for (const YAML::Node &item : node) {
            emitNode(out, item);
        }
        out << YAML::EndSeq;
        return;
    case YAML::NodeType::Scalar:
        emitValue(out, node.Scalar());
        return;
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined:
        out << YAML::Null;
        return;
    }
}

} // namespace

ProjectFile::LoadResult ProjectFile::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        LoadResult result;
        Diagnostic d;
        d.severity = Diagnostic::Severity::Error;
        d.rule = QStringLiteral("file-unreadable");
        d.file = path;
        d.message = tr("Cannot read the project: %1").arg(file.errorString());
        result.diagnostics.append(d);
        return result;
    }
    return parse(file.readAll(), path);
}

ProjectFile::LoadResult ProjectFile::parse(const QByteArray &yaml, const QString &fileName)
{
    LoadResult result;
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
                     tr("A FlinkDeck project must be a YAML map (name, flinkVersion, hosts, …)"));
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
        reader.error(root, {}, tr("Unexpected structure: %1").arg(QString::fromStdString(e.msg)));
        result.diagnostics = reader.diagnostics;
    }
    return result;
}

QByteArray ProjectFile::serialize(const ClusterProject &p)
{
    YAML::Node root(YAML::NodeType::Map);
    root["flinkdeck"] = kFormatVersion;
    putText(root, "name", p.name);
    root["flinkVersion"] = p.flinkVersion.toString().toStdString();
    if (p.configStyle != ClusterProject::ConfigStyle::Auto) {
        root["configStyle"] = styleName(p.configStyle).toStdString();
    }
    if (const YAML::Node s = sshNode(p.ssh); s.size() > 0) {
        root["ssh"] = s;
    }
    if (const YAML::Node paths = pathsNode(p.paths); paths.size() > 0) {
        root["paths"] = paths;
    }
    YAML::Node ha(YAML::NodeType::Map);
    ha["mode"] = p.ha.mode == HaSettings::Mode::ZooKeeper ? "zookeeper" : "none";
    putText(ha, "quorum", p.ha.quorum);
    putText(ha, "pathRoot", p.ha.pathRoot);
    putText(ha, "clusterId", p.ha.clusterId);
    putText(ha, "storageDir", p.ha.storageDir);
    root["ha"] = ha;
    if (!p.zooKeepers().isEmpty() || p.zooKeeper != ZooKeeperSettings()) {
        YAML::Node zk(YAML::NodeType::Map);
        zk["tickTime"] = p.zooKeeper.tickTime;
        zk["initLimit"] = p.zooKeeper.initLimit;
        zk["syncLimit"] = p.zooKeeper.syncLimit;
        if (!p.zooKeeper.extra.isEmpty()) {
            YAML::Node extra(YAML::NodeType::Map);
            for (const auto &[k, v] : p.zooKeeper.extra) {
                extra[k.toStdString()] = v.toStdString();
            }
            zk["extra"] = extra;
        }
        root["zookeeper"] = zk;
    }
    YAML::Node hosts(YAML::NodeType::Sequence);
    for (const Host &h : p.hosts) {
        YAML::Node node(YAML::NodeType::Map);
        node["name"] = h.name.toStdString();
        putText(node, "address", h.address);
        if (h.cores > 0) {
            node["cores"] = h.cores;
        }
        if (const YAML::Node s = sshNode(h.ssh); s.size() > 0) {
            node["ssh"] = s;
        }
        if (const YAML::Node paths = pathsNode(h.paths); paths.size() > 0) {
            node["paths"] = paths;
        }
        YAML::Node roles(YAML::NodeType::Map);
        if (h.jobManager) {
            roles["jobmanager"]["webUiPort"] = h.jobManager->webUiPort;
        }
        if (h.taskManager) {
            roles["taskmanager"]["slots"] = h.taskManager->taskSlots;
        }
        if (h.zooKeeper) {
            YAML::Node zk(YAML::NodeType::Map);
            zk["id"] = h.zooKeeper->id;
            zk["clientPort"] = h.zooKeeper->clientPort;
            zk["peerPort"] = h.zooKeeper->peerPort;
            zk["electionPort"] = h.zooKeeper->electionPort;
            if (h.zooKeeper->adminPort != 0) {
                zk["adminPort"] = h.zooKeeper->adminPort;
            }
            putText(zk, "dataDir", h.zooKeeper->dataDir);
            roles["zookeeper"] = zk;
        }
        node["roles"] = roles;
        if (!h.flinkConfig.isEmpty()) {
            node["flinkConfig"] = configNode(h.flinkConfig);
        }
        hosts.push_back(node);
    }
    root["hosts"] = hosts;
    root["flinkConfig"] = configNode(p.flinkConfig);
    if (!p.extraYaml.isEmpty()) {
        try {
            mergeUnknown(root, YAML::Load(p.extraYaml.toStdString()), kRoot);
        } catch (const YAML::Exception &) {
            // extraYaml is produced by the loader; it cannot be broken unless edited in code.
        }
    }
    YAML::Emitter out;
    out.SetIndent(2);
    emitNode(out, root);
    QByteArray bytes = QByteArray("# FlinkDeck cluster project; format: docs/project-format.md\n") +
                       QByteArray(out.c_str()) + '\n';
    return bytes;
}

bool ProjectFile::save(const ClusterProject &project, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error) {
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        }
        return false;
    }
    file.write(serialize(project));
    if (!file.commit()) {
        if (error) {
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        }
        return false;
    }
    return true;
}

QString ProjectFile::moveHostExtra(const QString &extraYaml, const QString &from, const QString &to)
{
    if (extraYaml.isEmpty() || from == to) {
        return extraYaml;
    }
    try {
        YAML::Node root = YAML::Load(extraYaml.toStdString());
        const YAML::Node &constRoot = root;
        const YAML::Node hosts = constRoot["hosts"];
        if (!hosts || !hosts.IsMap() || !hosts[from.toStdString()]) {
            return extraYaml;
        }
        YAML::Node moved = YAML::Clone(hosts[from.toStdString()]);
        YAML::Node editable = root["hosts"];
        editable.remove(from.toStdString());
        if (!to.isEmpty()) {
            editable[to.toStdString()] = moved;
        }
        if (editable.size() == 0) {
            root.remove("hosts");
        }
        return root.size() == 0 ? QString() : canonicalYaml(root);
    } catch (const YAML::Exception &) {
        return extraYaml; // produced by the loader; never broken in practice
    }
}
