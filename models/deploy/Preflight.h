#pragma once

#include "RemoteProcesses.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

class ClusterProject;
struct Host;

/// The checks run on every host before a deploy changes anything: Java, FLINK_HOME and its
/// version, ports, name resolution, memory, clock and ZooKeeper's dataDir. One shell script
/// gathers the facts; evaluate() judges them, so every rule is unit-tested on sample output.
class Preflight final
{
    Q_DECLARE_TR_FUNCTIONS(Preflight)

public:
    struct Check
    {
        QString name; ///< what was checked, e.g. "Java 11 or newer"
        bool ok = false;
        QString detail; ///< what was found, or why it fails
    };

    /// The POSIX shell script that prints the facts for host as key=value lines.
    static QString script(const ClusterProject &project, const Host &host);
    /// Judges the script's output. localBefore/After: this machine's clock (ms since the epoch)
    /// around the script, to bound the host's clock offset.
    static QList<Check> evaluate(const ClusterProject &project, const Host &host,
                                 const QByteArray &output, const RemoteProcesses &processes,
                                 qint64 localBeforeMs, qint64 localAfterMs);
    /// The oldest Java a Flink version runs on.
    static int minimumJava(const ClusterProject &project);
    /// 8 for "1.8.0_292", 17 for "17.0.9"; 0 when unknown.
    static int javaMajor(const QString &versionLine);
    /// "1.20.3" from ".../lib/flink-dist-1.20.3.jar" or "flink-dist_2.12-1.14.6.jar"; empty if
    /// none.
    static QString distVersion(const QString &jarPath);
};
