#include "ProjectFile.h"

#include "ProjectFileReader.h"
#include "ProjectYaml.h"

#include <QFile>
#include <QSaveFile>

using namespace ProjectYaml;

namespace {

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
    return ProjectFileReader::parse(yaml, fileName);
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
            mergeUnknown(root, YAML::Load(p.extraYaml.toStdString()), rootSpec());
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
