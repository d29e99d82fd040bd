#pragma once

#include "DeployPlan.h"

#include <QCoreApplication>

class ClusterProject;

/// Turns a cluster project, an action and what is on the hosts now into a DeployPlan.
/// Pure: no network, so every ordering rule is unit-tested.
class DeployPlanner final
{
    Q_DECLARE_TR_FUNCTIONS(DeployPlanner)

public:
    struct Options
    {
        QStringList hosts; ///< limit start/stop/restart to these hosts; empty = all
        std::optional<RemoteProcesses::Service> service; ///< limit to one kind of process
        int batchSize = 1; ///< TaskManagers restarted at once in a rolling restart
    };

    explicit DeployPlanner(const ClusterProject &project);
    DeployPlanner(const ClusterProject &project, Options options);

    /// The hosts an action touches, in project order.
    QStringList involvedHosts(DeployPlan::Action action) const;
    /// Every file a host gets, rendered from the project.
    QList<RenderedFile> filesFor(const QString &host) const;
    /// inspected: per host its processes and the current bytes of its files (FileChange with
    /// path and current filled, status New when missing or Unknown when unreadable).
    DeployPlan plan(DeployPlan::Action action, const QList<DeployPlan::HostInfo> &inspected,
                    const QString &leader = {}) const;

    /// The shell command that starts a service on a host.
    static QString startCommand(const ClusterProject &project, const Host &host,
                                RemoteProcesses::Service service);
    /// The shell command that stops a service on a host.
    static QString stopCommand(const ClusterProject &project, const Host &host,
                               RemoteProcesses::Service service);
    /// The zoo.cfg a host's ZooKeeper runs with.
    static QString zooCfgPath(const ClusterProject &project, const Host &host);

private:
    bool wanted(const Host &host, RemoteProcesses::Service service) const;
    void addPush(DeployPlan &plan) const;
    void addStart(DeployPlan &plan) const;
    void addStop(DeployPlan &plan) const;
    void addRolling(DeployPlan &plan) const;
    DeployPlan::Step serviceStep(DeployPlan::Step::Kind kind, const Host &host,
                                 RemoteProcesses::Service service) const;

    const ClusterProject &m_project;
    Options m_options;
    QList<RenderedFile> m_rendered;
};
