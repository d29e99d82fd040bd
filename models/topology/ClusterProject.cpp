#include "ClusterProject.h"

#include <QStringList>

#include <algorithm>

ConfigFileFormat ClusterProject::configFormat() const
{
    switch (configStyle) {
    case ConfigStyle::Legacy:
        return flinkVersion.readsLegacyConf() ? ConfigFileFormat::Legacy
                                              : ConfigFileFormat::Standard;
    case ConfigStyle::StandardFlat:
    case ConfigStyle::StandardNested:
        return flinkVersion.defaultsToStandardYaml() ? ConfigFileFormat::Standard
                                                     : ConfigFileFormat::Legacy;
    case ConfigStyle::Auto:
        break;
    }
    return flinkVersion.defaultsToStandardYaml() ? ConfigFileFormat::Standard
                                                 : ConfigFileFormat::Legacy;
}

QString ClusterProject::derivedQuorum() const
{
    QList<const Host *> servers = zooKeepers();
    std::stable_sort(servers.begin(), servers.end(), [](const Host *a, const Host *b) {
        return a->zooKeeper->id < b->zooKeeper->id;
    });
    QStringList parts;
    for (const Host *h : servers) {
        parts.append(h->effectiveAddress() + QLatin1Char(':') +
                     QString::number(h->zooKeeper->clientPort));
    }
    return parts.join(QLatin1Char(','));
}

QString ClusterProject::effectiveQuorum() const
{
    return ha.quorum.isEmpty() ? derivedQuorum() : ha.quorum;
}

const Host *ClusterProject::host(const QString &hostName) const
{
    for (const Host &h : hosts) {
        if (h.name == hostName) {
            return &h;
        }
    }
    return nullptr;
}

Host *ClusterProject::host(const QString &hostName)
{
    for (Host &h : hosts) {
        if (h.name == hostName) {
            return &h;
        }
    }
    return nullptr;
}

namespace {
template<typename Role>
QList<const Host *> hostsWith(const QList<Host> &hosts, std::optional<Role> Host::*role)
{
    QList<const Host *> result;
    for (const Host &h : hosts) {
        if (h.*role) {
            result.append(&h);
        }
    }
    return result;
}
} // namespace

QList<const Host *> ClusterProject::jobManagers() const
{
    return hostsWith(hosts, &Host::jobManager);
}

QList<const Host *> ClusterProject::taskManagers() const
{
    return hostsWith(hosts, &Host::taskManager);
}

QList<const Host *> ClusterProject::zooKeepers() const
{
    return hostsWith(hosts, &Host::zooKeeper);
}

InstallPaths ClusterProject::pathsFor(const Host &h) const
{
    InstallPaths result = h.paths;
    if (result.flinkHome.isEmpty()) {
        result.flinkHome =
            paths.flinkHome.isEmpty() ? QStringLiteral("/opt/flink") : paths.flinkHome;
    }
    if (result.zookeeperHome.isEmpty()) {
        result.zookeeperHome =
            paths.zookeeperHome.isEmpty() ? QStringLiteral("/opt/zookeeper") : paths.zookeeperHome;
    }
    if (result.zookeeperConfDir.isEmpty()) {
        result.zookeeperConfDir =
            h.paths.zookeeperHome.isEmpty() && !paths.zookeeperConfDir.isEmpty()
                ? paths.zookeeperConfDir
                : result.zookeeperHome + QStringLiteral("/conf");
    }
    return result;
}

SshSettings ClusterProject::sshFor(const Host &h) const
{
    SshSettings result = h.ssh;
    if (result.user.isEmpty()) {
        result.user = ssh.user;
    }
    if (result.port == 0) {
        result.port = ssh.port == 0 ? 22 : ssh.port;
    }
    if (result.identityFile.isEmpty()) {
        result.identityFile = ssh.identityFile;
    }
    if (result.knownHostsFile.isEmpty()) {
        result.knownHostsFile = ssh.knownHostsFile;
    }
    return result;
}
