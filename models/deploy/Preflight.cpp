#include "Preflight.h"

#include "ClusterProject.h"
#include "DeployPlanner.h"
#include "MemorySize.h"
#include "ProjectRenderer.h"
#include "SshSession.h"

#include <QHostAddress>
#include <QRegularExpression>

using Service = RemoteProcesses::Service;

namespace {

QString q(const QString &text)
{
    return SshSession::shellQuote(text);
}

QHash<QString, QStringList> facts(const QByteArray &output)
{
    QHash<QString, QStringList> result;
    for (const QString &line : QString::fromUtf8(output).split(QLatin1Char('\n'))) {
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq > 0) {
            result[line.left(eq)] << line.mid(eq + 1).trimmed();
        }
    }
    return result;
}

QList<std::pair<int, Service>> portsOf(const Host &host)
{
    QList<std::pair<int, Service>> ports;
    if (host.jobManager) {
        ports.append({host.jobManager->webUiPort, Service::JobManager});
    }
    if (host.zooKeeper) {
        ports.append({host.zooKeeper->clientPort, Service::ZooKeeper});
        ports.append({host.zooKeeper->peerPort, Service::ZooKeeper});
        ports.append({host.zooKeeper->electionPort, Service::ZooKeeper});
        if (host.zooKeeper->adminPort > 0) {
            ports.append({host.zooKeeper->adminPort, Service::ZooKeeper});
        }
    }
    return ports;
}

} // namespace

int Preflight::minimumJava(const ClusterProject &project)
{
    // Flink 2.0 dropped Java 8; every 1.x release since 1.5 still ran on it.
    return project.flinkVersion.major() >= 2 ? 11 : 8;
}

int Preflight::javaMajor(const QString &versionLine)
{
    static const QRegularExpression quoted(QStringLiteral("\"(\\d+)(?:\\.(\\d+))?"));
    const auto m = quoted.match(versionLine);
    if (!m.hasMatch()) {
        return 0;
    }
    const int first = m.captured(1).toInt();
    return first == 1 ? m.captured(2).toInt() : first;
}

QString Preflight::distVersion(const QString &jarPath)
{
    static const QRegularExpression pattern(
        QStringLiteral("flink-dist(?:_[0-9.]+)?-([0-9][0-9A-Za-z.-]*)\\.jar$"));
    const auto m = pattern.match(jarPath);
    return m.hasMatch() ? m.captured(1) : QString();
}

QString Preflight::script(const ClusterProject &project, const Host &host)
{
    const InstallPaths paths = project.pathsFor(host);
    QString s;
    // env.java.home wins over JAVA_HOME, which wins over PATH: the order of Flink's config.sh.
    const QString javaHome =
        ProjectRenderer().effectiveConfig(project, &host).value(QStringLiteral("env.java.home"));
    s += QStringLiteral("J=java; [ -n \"$JAVA_HOME\" ] && J=\"$JAVA_HOME/bin/java\"; ");
    if (!javaHome.isEmpty()) {
        s += QStringLiteral("J=%1/bin/java; ").arg(q(javaHome));
    }
    s += QStringLiteral("echo \"java=$(\"$J\" -version 2>&1 | head -n 1)\"; ");
    if (host.runsFlink()) {
        s += QStringLiteral("echo \"flinkhome=$(test -x %1/bin/config.sh && echo yes)\"; ")
                 .arg(q(paths.flinkHome));
        s += QStringLiteral("echo \"dist=$(ls %1/lib/flink-dist*.jar 2>/dev/null | head -n 1)\"; ")
                 .arg(q(paths.flinkHome));
    }
    if (host.zooKeeper) {
        s += QStringLiteral("echo \"zkserver=$(test -x %1/bin/zkServer.sh && echo yes)\"; ")
                 .arg(q(paths.zookeeperHome));
        s += QStringLiteral("d=%1; while [ ! -e \"$d\" ]; do d=$(dirname \"$d\"); done; "
                            "echo \"datadir=$(test -d \"$d\" -a -w \"$d\" && echo yes)\"; ")
                 .arg(q(host.zooKeeper->dataDir));
    }
    s += QStringLiteral(
        "echo \"memavailable=$(awk '/^MemAvailable:/ {print $2}' /proc/meminfo)\"; ");
    // Listening sockets from /proc (state 0A), in hex: no ss or netstat needed.
    s += QStringLiteral(
        "echo \"listen=$(cat /proc/net/tcp /proc/net/tcp6 2>/dev/null | "
        "awk '$4 == \"0A\" {split($2, a, \":\"); print a[2]}' | sort -u | tr '\\n' ' ')\"; ");
    for (const Host &other : project.hosts) {
        // An IP address needs no resolving (and getent fails on one without a hosts entry).
        if (other.name != host.name && QHostAddress(other.effectiveAddress()).isNull()) {
            const QString address = other.effectiveAddress();
            s += QStringLiteral("getent hosts %1 >/dev/null 2>&1 && echo %2 || echo %3; ")
                     .arg(q(address), q(QStringLiteral("resolves=") + address),
                          q(QStringLiteral("unresolved=") + address));
        }
    }
    s += QStringLiteral("echo \"clock=$(date +%s%N)\"");
    return s;
}

QList<Preflight::Check> Preflight::evaluate(const ClusterProject &project, const Host &host,
                                            const QByteArray &output,
                                            const RemoteProcesses &processes, qint64 localBeforeMs,
                                            qint64 localAfterMs)
{
    const QHash<QString, QStringList> f = facts(output);
    const InstallPaths paths = project.pathsFor(host);
    QList<Check> checks;

    const int wantJava = minimumJava(project);
    const QString javaLine = f.value(QStringLiteral("java")).value(0);
    const int java = javaMajor(javaLine);
    checks << Check{
        tr("Java %1 or newer").arg(wantJava), java >= wantJava,
        java == 0 ? tr("no java found (%1)").arg(javaLine.isEmpty() ? tr("no output") : javaLine)
                  : tr("Java %1 (%2)").arg(java).arg(javaLine)};

    if (host.runsFlink()) {
        const bool home = f.value(QStringLiteral("flinkhome")).value(0) == u"yes";
        const QString jar = f.value(QStringLiteral("dist")).value(0);
        const QString found = distVersion(jar);
        const auto parsed = FlinkVersion::parse(found);
        const bool sameVersion = parsed && parsed->major() == project.flinkVersion.major() &&
                                 parsed->minor() == project.flinkVersion.minor();
        const bool shared = host.paths.flinkHome.isEmpty();
        checks << Check{shared ? tr("FLINK_HOME %1 (the same on every host)").arg(paths.flinkHome)
                               : tr("FLINK_HOME %1").arg(paths.flinkHome),
                        home && !jar.isEmpty(),
                        !home ? tr("bin/config.sh is missing: Flink is not installed there")
                        : jar.isEmpty() ? tr("lib/flink-dist*.jar is missing")
                                        : jar};
        if (home && !jar.isEmpty()) {
            checks << Check{tr("Flink %1 installed").arg(project.flinkVersion.toString()),
                            sameVersion,
                            found.isEmpty() ? tr("cannot tell the version of %1").arg(jar)
                                            : tr("found Flink %1").arg(found)};
        }
    }
    if (host.zooKeeper) {
        checks << Check{tr("ZooKeeper at %1").arg(paths.zookeeperHome),
                        f.value(QStringLiteral("zkserver")).value(0) == u"yes",
                        tr("bin/zkServer.sh")};
        checks << Check{tr("ZooKeeper dataDir writable"),
                        f.value(QStringLiteral("datadir")).value(0) == u"yes",
                        host.zooKeeper->dataDir};
    }

    QSet<int> listening;
    for (const QString &hex :
         f.value(QStringLiteral("listen")).value(0).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int port = hex.toInt(&ok, 16);
        if (ok) {
            listening.insert(port);
        }
    }
    QStringList taken;
    QStringList ours;
    for (const auto &[port, service] : portsOf(host)) {
        if (!listening.contains(port)) {
            continue;
        }
        if (processes.runs(service)) {
            ours << tr("%1 (%2)").arg(port).arg(RemoteProcesses::serviceName(service));
        } else {
            taken << QString::number(port);
        }
    }
    checks << Check{
        tr("Ports free"), taken.isEmpty(),
        !taken.isEmpty() ? tr("in use by something else: %1").arg(taken.join(QStringLiteral(", ")))
        : !ours.isEmpty()
            ? tr("held by the running services: %1").arg(ours.join(QStringLiteral(", ")))
            : tr("all free")};

    const QStringList unresolved = f.value(QStringLiteral("unresolved"));
    int literal = 0;
    for (const Host &other : project.hosts) {
        literal += other.name != host.name && !QHostAddress(other.effectiveAddress()).isNull();
    }
    checks << Check{tr("Resolves the other hosts"), unresolved.isEmpty(),
                    !unresolved.isEmpty()
                        ? tr("cannot resolve %1").arg(unresolved.join(QStringLiteral(", ")))
                        : tr("%1 resolved, %2 given as IP addresses")
                              .arg(f.value(QStringLiteral("resolves")).size())
                              .arg(literal)};

    const FlinkConfig config = ProjectRenderer().effectiveConfig(project, &host);
    quint64 needed = 0;
    QStringList parts;
    const auto add = [&](Service service, const QString &key) {
        if (processes.runs(service)) {
            return; // already resident: a restart frees what it takes
        }
        if (const auto size = MemorySize::parse(config.value(key))) {
            needed += size->bytes;
            parts << QStringLiteral("%1 %2").arg(key, config.value(key));
        }
    };
    if (host.jobManager) {
        add(Service::JobManager, QStringLiteral("jobmanager.memory.process.size"));
    }
    if (host.taskManager) {
        add(Service::TaskManager, QStringLiteral("taskmanager.memory.process.size"));
    }
    const quint64 available = f.value(QStringLiteral("memavailable")).value(0).toULongLong() * 1024;
    checks << Check{tr("Free memory"), available >= needed,
                    tr("%1 available, %2 needed%3")
                        .arg(MemorySize::format(available / (1024 * 1024) * 1024 * 1024),
                             MemorySize::format(needed),
                             parts.isEmpty()
                                 ? QString()
                                 : QStringLiteral(" (") + parts.join(QStringLiteral(" + ")) +
                                       QLatin1Char(')'))};

    const qint64 remoteMs = f.value(QStringLiteral("clock")).value(0).toLongLong() / 1000000;
    if (remoteMs > 0) {
        // The host read its clock somewhere between our two readings.
        const qint64 offset = remoteMs < localBeforeMs  ? remoteMs - localBeforeMs
                              : remoteMs > localAfterMs ? remoteMs - localAfterMs
                                                        : 0;
        checks << Check{tr("Clock within 1 s"), std::abs(offset) <= 1000,
                        tr("off by at most %1 ms").arg(std::abs(offset))};
    } else {
        checks << Check{tr("Clock within 1 s"), false, tr("cannot read the host's clock")};
    }
    return checks;
}
