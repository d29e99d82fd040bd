#include "RemoteProcesses.h"

#include <QCoreApplication>
#include <QRegularExpression>

QString RemoteProcesses::listCommand()
{
    return QStringLiteral("ps -ww -eo pid=,args=");
}

RemoteProcesses RemoteProcesses::parse(const QByteArray &psOutput, const QString &flinkHome,
                                       const QString &zooCfg)
{
    RemoteProcesses result;
    QString home = flinkHome;
    while (home.size() > 1 && home.endsWith(QLatin1Char('/'))) {
        home.chop(1);
    }
    // Flink's scripts pass --configDir <FLINK_CONF_DIR>, which defaults to <FLINK_HOME>/conf,
    // and put <FLINK_HOME>/lib jars on the class path.
    const QString confDir = home + QStringLiteral("/conf");
    const QString libDir = home + QStringLiteral("/lib/");
    const auto words = QRegularExpression(QStringLiteral("\\s+"));
    for (const QString &line : QString::fromUtf8(psOutput).split(QLatin1Char('\n'))) {
        const QStringList parts = line.trimmed().split(words, Qt::SkipEmptyParts);
        if (parts.size() < 2) {
            continue;
        }
        bool ok = false;
        const qint64 pid = parts.first().toLongLong(&ok);
        if (!ok) {
            continue;
        }
        const QString args = line.trimmed().mid(parts.first().size()).trimmed();
        const auto hasArg = [&](const QString &value) {
            return parts.contains(value);
        };
        // --configDir decides when present; otherwise a whole class-path entry from this lib/.
        const qsizetype configDir = parts.indexOf(QStringLiteral("--configDir"));
        bool fromHome = false;
        if (configDir >= 0) {
            fromHome = parts.value(configDir + 1) == confDir;
        } else {
            for (const QString &part : parts) {
                for (const QString &entry : part.split(QLatin1Char(':'))) {
                    fromHome = fromHome || entry.startsWith(libDir);
                }
            }
        }
        if (hasArg(QStringLiteral(
                "org.apache.flink.runtime.entrypoint.StandaloneSessionClusterEntrypoint")) &&
            fromHome) {
            result.m_processes.append({Service::JobManager, pid});
        } else if (hasArg(
                       QStringLiteral("org.apache.flink.runtime.taskexecutor.TaskManagerRunner")) &&
                   fromHome) {
            result.m_processes.append({Service::TaskManager, pid});
        } else if (hasArg(QStringLiteral("org.apache.zookeeper.server.quorum.QuorumPeerMain")) &&
                   !zooCfg.isEmpty() && hasArg(zooCfg)) {
            result.m_processes.append({Service::ZooKeeper, pid});
        }
    }
    return result;
}

QList<qint64> RemoteProcesses::pids(Service service) const
{
    QList<qint64> result;
    for (const Process &p : m_processes) {
        if (p.service == service) {
            result << p.pid;
        }
    }
    return result;
}

QString RemoteProcesses::serviceName(Service service)
{
    switch (service) {
    case Service::JobManager:
        return QCoreApplication::translate("RemoteProcesses", "JobManager");
    case Service::TaskManager:
        return QCoreApplication::translate("RemoteProcesses", "TaskManager");
    case Service::ZooKeeper:
        return QCoreApplication::translate("RemoteProcesses", "ZooKeeper");
    }
    return {};
}
