#pragma once

#include "DeployPlan.h"

#include <QCoreApplication>
#include <QMutex>

#include <atomic>
#include <functional>

class ClusterProbe;
class ClusterProject;
class SshSession;
struct Host;

/// Carries out one host's steps of a plan over its SSH session: backed-up atomic uploads,
/// rollbacks, starting and stopping services, and the waits that belong to one host.
class StepRunner final
{
    Q_DECLARE_TR_FUNCTIONS(StepRunner)

public:
    using Output = std::function<void(const QString &text, bool isError)>;

    StepRunner(const ClusterProject &project, const DeployPlan &plan, const ClusterProbe &probe,
               QString backupStamp, const std::atomic_bool &cancel);

    /// Runs a step; on failure message says why (and names the host).
    bool run(SshSession &session, const DeployPlan::Step &step, const Output &out,
             QString *message);
    /// Which of the host's services run now.
    std::optional<RemoteProcesses> probe(SshSession &session, const Host &host, QString *message);
    /// <home>/.flinkdeck/backups/<project>/<host> on the host: per project and host, because
    /// one machine (and one login) may serve several hosts and clusters.
    static QString backupRoot(SshSession &session, const ClusterProject &project, const Host &host);

private:
    bool upload(SshSession &session, const Host &host, const Output &out, QString *message);
    bool restore(SshSession &session, const Host &host, const Output &out, QString *message);
    bool start(SshSession &session, const Host &host, const DeployPlan::Step &step,
               const Output &out, QString *message);
    bool stop(SshSession &session, const Host &host, const DeployPlan::Step &step,
              const Output &out, QString *message);
    bool waitForProcess(SshSession &session, const Host &host, RemoteProcesses::Service service,
                        bool running, int timeoutSeconds, QString *message);

    const ClusterProject &m_project;
    const DeployPlan &m_plan;
    const ClusterProbe &m_probe;
    QString m_stamp;
    const std::atomic_bool &m_cancel;
    QMutex m_mutex;
    QHash<QString, QStringList> m_taskManagersBefore; ///< per host, ids seen before its restart
};
