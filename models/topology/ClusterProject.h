#pragma once

#include "FlinkConfig.h"
#include "FlinkVersion.h"

#include <QList>
#include <QString>

#include <optional>
#include <utility>

/// Where a value came from in the project file; never part of a value's identity.
struct SourceLine
{
    int value = 0;
    QString file; ///< empty = the project file itself
    friend bool operator==(SourceLine, SourceLine) { return true; }
};

/// How FlinkDeck reaches a host. Secrets are never part of a project.
struct SshSettings
{
    QString user;
    int port = 0; ///< 0 = inherit (22 at the top level)
    QString identityFile;
    QString knownHostsFile;
    friend bool operator==(const SshSettings &, const SshSettings &) = default;
};

struct JobManagerRole
{
    int webUiPort = 8081;
    friend bool operator==(const JobManagerRole &, const JobManagerRole &) = default;
};

struct TaskManagerRole
{
    int taskSlots = 1;
    friend bool operator==(const TaskManagerRole &, const TaskManagerRole &) = default;
};

struct ZooKeeperRole
{
    int id = 1;
    int clientPort = 2181;
    int peerPort = 2888;
    int electionPort = 3888;
    int adminPort = 0; ///< 0 = AdminServer off
    QString dataDir;
    friend bool operator==(const ZooKeeperRole &, const ZooKeeperRole &) = default;
};

/// Install locations; empty fields inherit the project's defaults.
struct InstallPaths
{
    QString flinkHome;
    QString zookeeperHome;
    QString zookeeperConfDir; ///< empty = <zookeeperHome>/conf
    friend bool operator==(const InstallPaths &, const InstallPaths &) = default;
};

/// One machine of the cluster with the roles it plays.
struct Host
{
    QString name;
    QString address; ///< host name or IP the others use; empty = name
    SshSettings ssh;
    InstallPaths paths;
    int cores = 0; ///< 0 = unknown
    std::optional<JobManagerRole> jobManager;
    std::optional<TaskManagerRole> taskManager;
    std::optional<ZooKeeperRole> zooKeeper;
    FlinkConfig flinkConfig; ///< keys only this host gets (taskmanager.host, io.tmp.dirs, …)
    SourceLine line;

    QString effectiveAddress() const { return address.isEmpty() ? name : address; }
    bool runsFlink() const { return jobManager || taskManager; }
    friend bool operator==(const Host &, const Host &) = default;
};

struct HaSettings
{
    enum class Mode
    {
        None,
        ZooKeeper
    };
    Mode mode = Mode::None;
    QString quorum; ///< empty = derived from the ZooKeeper roles
    QString pathRoot;
    QString clusterId;
    QString storageDir;
    friend bool operator==(const HaSettings &, const HaSettings &) = default;
};

struct ZooKeeperSettings
{
    int tickTime = 2000;
    int initLimit = 10;
    int syncLimit = 5;
    QList<std::pair<QString, QString>> extra; ///< further zoo.cfg lines, in order
    friend bool operator==(const ZooKeeperSettings &, const ZooKeeperSettings &) = default;
};

/// The cluster project: the one model that design, deploy and monitor share.
class ClusterProject final
{
public:
    enum class ConfigStyle
    {
        Auto,
        Legacy,
        StandardFlat,
        StandardNested
    };

    QString name;
    FlinkVersion flinkVersion = FlinkVersion::latest();
    ConfigStyle configStyle = ConfigStyle::Auto;
    SshSettings ssh;
    InstallPaths paths;
    HaSettings ha;
    ZooKeeperSettings zooKeeper;
    QList<Host> hosts;
    FlinkConfig flinkConfig;
    /// Fields FlinkDeck does not know (at any depth), as YAML, so a save keeps them.
    QString extraYaml;

    /// The Flink file this project renders: legacy before 1.19 or when chosen, else config.yaml.
    ConfigFileFormat configFormat() const;
    /// "host:clientPort,…" of the ZooKeeper roles, ordered by server id.
    QString derivedQuorum() const;
    /// The quorum Flink is given: the override if set, else the derived one.
    QString effectiveQuorum() const;
    const Host *host(const QString &name) const;
    Host *host(const QString &name);
    QList<const Host *> jobManagers() const;
    QList<const Host *> taskManagers() const;
    QList<const Host *> zooKeepers() const;
    /// The host's paths with the project's defaults filled in.
    InstallPaths pathsFor(const Host &host) const;
    /// The host's SSH settings with the project's defaults filled in.
    SshSettings sshFor(const Host &host) const;

    friend bool operator==(const ClusterProject &, const ClusterProject &) = default;
};
