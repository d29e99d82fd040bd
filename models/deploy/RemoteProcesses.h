#pragma once

#include <QList>
#include <QString>

/// The Flink and ZooKeeper processes of one host, recognised in `ps -eo pid=,args=` output by
/// their main class and by the install they were started from (several hosts may share a
/// machine, as in the sandbox, so the class alone is not enough).
class RemoteProcesses final
{
public:
    enum class Service
    {
        JobManager,
        TaskManager,
        ZooKeeper
    };
    struct Process
    {
        Service service = Service::JobManager;
        qint64 pid = 0;
    };

    /// The command that lists processes, for `parse`.
    static QString listCommand();
    /// Processes started from flinkHome (JobManager, TaskManager) or with zooCfg (ZooKeeper).
    static RemoteProcesses parse(const QByteArray &psOutput, const QString &flinkHome,
                                 const QString &zooCfg);

    QList<Process> processes() const { return m_processes; }
    QList<qint64> pids(Service service) const;
    bool runs(Service service) const { return !pids(service).isEmpty(); }
    static QString serviceName(Service service);

private:
    QList<Process> m_processes;
};
