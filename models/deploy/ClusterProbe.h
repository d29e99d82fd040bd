#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QSet>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

class ClusterProject;
struct Host;

/// Asks the running cluster how it is, from this machine: ZooKeeper's `srvr`, the leader node,
/// and the JobManagers' REST API. Blocking, for worker threads.
class ClusterProbe final
{
    Q_DECLARE_TR_FUNCTIONS(ClusterProbe)

public:
    explicit ClusterProbe(const ClusterProject &project);

    /// http(s)://address:port of a JobManager's REST API.
    QString restUrl(const Host &jobManager) const;
    /// GET path on one JobManager; nullopt when nothing answered. status gets the HTTP code.
    std::optional<QJsonDocument> get(const Host &jobManager, const QString &path,
                                     int *status = nullptr, int timeoutMs = 3000) const;
    /// True when ZooKeeper has a leader and a majority of servers in the ensemble.
    bool quorumUp(QString *detail) const;
    /// True when every JobManager's REST API answers (except those on the hosts in skip).
    bool jobManagersAnswer(QString *detail, const QSet<QString> &skip = {}) const;
    /// The TaskManager ids registered, from the first JobManager that answers; nullopt if none
    /// does.
    std::optional<QStringList> taskManagerIds(QString *detail) const;
    /// The host of the leading JobManager, from ZooKeeper's rest_server leader node; empty if
    /// unknown.
    QString leader(QString *detail) const;

    /// Polls check every interval until it holds, the timeout passes or cancel is set.
    static bool waitUntil(const std::function<bool(QString *)> &check, int timeoutSeconds,
                          const std::atomic_bool &cancel, QString *detail, int intervalMs = 500);

private:
    const ClusterProject &m_project;
    QHash<QString, QString> m_restUrls; ///< per JobManager host
};
