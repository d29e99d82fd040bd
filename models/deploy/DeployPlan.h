#pragma once

#include "Preflight.h"
#include "ProjectRenderer.h"
#include "RemoteProcesses.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

/// What a deploy does: which files change on each host and which steps run in which order.
struct DeployPlan
{
    Q_DECLARE_TR_FUNCTIONS(DeployPlan)

public:
    enum class Action
    {
        Apply,          ///< push changed files only
        Start,          ///< push, then ZooKeeper → JobManagers → TaskManagers
        Stop,           ///< TaskManagers → JobManagers → ZooKeeper
        Restart,        ///< stop, push, start
        RollingRestart, ///< push, then TaskManagers in batches, standby JobManagers, the leader
                        ///< last
        Status,         ///< which processes run where
        Rollback        ///< restore the newest backup on every host
    };

    /// One file FlinkDeck writes on a host, with what is there now.
    struct FileChange
    {
        enum class Status
        {
            Unchanged,
            Modified,
            New,
            Unknown ///< the host could not be read
        };
        QString path;
        RenderedFile::Kind kind = RenderedFile::Kind::FlinkConfig;
        Status status = Status::Unknown;
        QByteArray current;
        QByteArray wanted;
        QString diff; ///< unified diff, empty when unchanged
    };

    struct Step
    {
        enum class Kind
        {
            Upload,            ///< back up and write the host's changed files
            Restore,           ///< put back the newest backup
            Start,             ///< start a service unless it runs
            Stop,              ///< stop a service if it runs
            Probe,             ///< list the host's processes
            WaitQuorum,        ///< until ZooKeeper has a leader and a majority (cluster-wide)
            WaitJobManagers,   ///< until every JobManager's REST answers (cluster-wide)
            WaitTaskManagers,  ///< until every TaskManager is registered (cluster-wide)
            WaitTaskManagerOf, ///< until a new TaskManager from this host registered
            WaitJobManagerOf,  ///< until this host's JobManager answers on its REST port
            WaitLeader         ///< until a leader other than this host serves REST
        };
        Kind kind = Kind::Probe;
        QString host; ///< empty for cluster-wide steps
        RemoteProcesses::Service service = RemoteProcesses::Service::JobManager;
        QString command; ///< the shell command a Start or Stop runs
        QString title;   ///< what the person reads
    };

    /// Steps that may run at once (one per host at a time); phases run one after another.
    struct Phase
    {
        QString title;
        QList<Step> steps;
    };

    struct HostInfo
    {
        QString name;
        QString target;  ///< user@address:port
        QString problem; ///< why the host could not be inspected; empty when fine
        std::optional<RemoteProcesses> processes;
        QList<FileChange> files;
        QList<Preflight::Check> checks; ///< empty when the action needs none
    };

    Action action = Action::Apply;
    QList<HostInfo> hosts;
    QList<Phase> phases;
    QString leader;    ///< the leading JobManager's host when known
    QStringList notes; ///< things the person should know (e.g. a restart is needed)

    const HostInfo *host(const QString &name) const;
    int changedFileCount() const;
    /// "host: check — detail" for every failed preflight check.
    QStringList failedChecks() const;
    int stepCount() const;
    /// The plan as text for the command line and logs: per-host diffs, then the ordered steps.
    QString toText(bool withDiffs = true) const;

    static QString actionId(Action action);
    static std::optional<Action> actionFromId(const QString &id);
    static QString actionName(Action action);
    static QString statusName(FileChange::Status status);
};
