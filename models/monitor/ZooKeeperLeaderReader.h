#pragma once

#include "LeaderInfo.h"

#include <QString>
#include <QStringList>

/// Reads a Flink cluster's leader nodes from ZooKeeper once: connect, read, close.
/// Blocking and self-contained (the ZooKeeper C client): call it from any non-GUI thread;
/// no Qt event loop is needed.
class ZooKeeperLeaderReader final
{
public:
    /// What the leader nodes held at the moment of reading.
    struct Snapshot
    {
        /// A session was established; when false, error says why and nothing else is set.
        bool connected = false;
        /// Connecting or reading failed (a missing node is not an error: it means no leader).
        QString error;
        LeaderInfo restServer;
        LeaderInfo dispatcher;
        LeaderInfo resourceManager;
        /// The contenders' latch nodes, lowest sequence number (the leader's) first. 1.15+: the
        /// one latch; 1.14: the REST server's latch; 1.5-1.13: leaderlatch/rest_server_lock.
        QStringList latchChildren;
        /// The node layout found: "1.15+", "1.14", "1.5-1.13", or "none".
        QString layout = QStringLiteral("none");
    };

    /// Joins the HA root and the cluster id as Flink does: "/flink" + "/sandbox" ->
    /// "/flink/sandbox".
    static QString clusterPath(const QString &root, const QString &clusterId);

    /// Connects to quorum ("h1:p1,h2:p2"), reads the cluster's leader nodes and disconnects.
    /// Waits at most timeoutMs for a session; reads on a live session are not cut short.
    static Snapshot read(const QString &quorum, const QString &root, const QString &clusterId,
                         int timeoutMs);
};
