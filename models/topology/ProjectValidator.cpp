#include "ProjectValidator.h"

#include "ConfigValidator.h"
#include "ProjectDocument.h"
#include "ProjectRenderer.h"

#include <QHash>
#include <QSet>

namespace {

Diagnostic makeAt(Diagnostic::Severity severity, const char *rule, const QString &fileName,
                  int line)
{
    Diagnostic d;
    d.severity = severity;
    d.rule = QString::fromLatin1(rule);
    d.file = fileName;
    d.line = line;
    return d;
}

Diagnostic make(Diagnostic::Severity severity, const char *rule, const QString &fileName,
                int line = 0)
{
    return makeAt(severity, rule, fileName, line);
}

Diagnostic make(Diagnostic::Severity severity, const char *rule, const QString &fileName,
                const SourceLine &line)
{
    return makeAt(severity, rule, line.file.isEmpty() ? fileName : line.file, line.value);
}

bool isLoopback(const QString &address)
{
    const QString a = address.trimmed().toLower();
    return a == u"localhost" || a.startsWith(QStringLiteral("127.")) || a == u"::1";
}

/// Ports a value like "8081", "50100-50200" or "50100,50101" fixes; empty for 0 (random).
QList<std::pair<int, int>> portRanges(const QString &value)
{
    QList<std::pair<int, int>> ranges;
    for (const QString &part : value.split(u',', Qt::SkipEmptyParts)) {
        const QStringList bounds = part.trimmed().split(u'-');
        bool okLow = false;
        bool okHigh = true;
        const int low = bounds.value(0).trimmed().toInt(&okLow);
        const int high = bounds.size() > 1 ? bounds.value(1).trimmed().toInt(&okHigh) : low;
        if (okLow && okHigh && low > 0) {
            ranges.append({low, qMax(low, high)});
        }
    }
    return ranges;
}

} // namespace

ProjectValidator::ProjectValidator(const ConfigSchema &schema)
    : m_schema(schema)
{}

DiagnosticList ProjectValidator::validate(const ClusterProject &project,
                                          const QString &fileName) const
{
    const FlinkConfig config = ProjectRenderer(m_schema).effectiveConfig(project);
    DiagnosticList out = ConfigValidator(m_schema).validate(config, project.configFormat(),
                                                            project.flinkVersion, fileName);
    // Keys the HA section writes have no line in flinkConfig; point them at the HA section.
    for (Diagnostic &d : out) {
        if (d.line == 0 && d.key.startsWith(QStringLiteral("high-availability"))) {
            d.key = QStringLiteral("ha");
        }
    }
    out += topologyRules(project, config, fileName);
    return out;
}

DiagnosticList ProjectValidator::validateTopology(const ClusterProject &project,
                                                  const QString &fileName) const
{
    return topologyRules(project, ProjectRenderer(m_schema).effectiveConfig(project), fileName);
}

DiagnosticList ProjectValidator::topologyRules(const ClusterProject &project,
                                               const FlinkConfig &config,
                                               const QString &fileName) const
{
    DiagnosticList out;
    if (project.hosts.isEmpty()) {
        Diagnostic d = make(Diagnostic::Severity::Warning, "no-hosts", fileName);
        d.key = QStringLiteral("hosts");
        d.message = tr("The cluster has no hosts yet");
        d.suggestion = tr("Add hosts and give them JobManager, TaskManager or ZooKeeper roles.");
        out.append(d);
        return out;
    }
    QHash<QString, const Host *> byAddress;
    for (const Host &h : project.hosts) {
        if (const Host *other = byAddress.value(h.effectiveAddress())) {
            Diagnostic d = make(Diagnostic::Severity::Error, "duplicate-host", fileName, h.line);
            d.host = h.name;
            d.key = QStringLiteral("address");
            d.message = tr("Hosts '%1' and '%2' have the same address %3")
                            .arg(other->name, h.name, h.effectiveAddress());
            d.suggestion = tr("Put both sets of roles on one host.");
            out.append(d);
        }
        byAddress.insert(h.effectiveAddress(), &h);
    }
    if (project.jobManagers().isEmpty()) {
        Diagnostic d = make(Diagnostic::Severity::Error, "no-jobmanager", fileName);
        d.message = tr("No host runs a JobManager");
        d.suggestion = tr("Give at least one host the JobManager role (two or more for HA).");
        out.append(d);
    }
    if (project.taskManagers().isEmpty()) {
        Diagnostic d = make(Diagnostic::Severity::Warning, "no-taskmanager", fileName);
        d.message = tr("No host runs a TaskManager, so jobs have no slots");
        d.suggestion = tr("Give the worker hosts the TaskManager role.");
        out.append(d);
    }
    for (const Host *h : project.taskManagers()) {
        if (h->cores > 0 && h->taskManager->taskSlots > 2 * h->cores) {
            Diagnostic d =
                make(Diagnostic::Severity::Warning, "slots-above-cores", fileName, h->line);
            d.host = h->name;
            d.key = QStringLiteral("taskmanager.numberOfTaskSlots");
            d.message =
                tr("%1 offers %2 slots on %3 cores; slots share the CPU, so tasks will starve")
                    .arg(h->name)
                    .arg(h->taskManager->taskSlots)
                    .arg(h->cores);
            d.suggestion =
                tr("Offer at most about one slot per core: %n core(s) here.", nullptr, h->cores);
            out.append(d);
        }
    }
    checkHa(project, config, fileName, out);
    checkZooKeeper(project, fileName, out);
    checkPorts(project, config, fileName, out);
    checkAddresses(project, fileName, out);
    return out;
}

void ProjectValidator::checkHa(const ClusterProject &project, const FlinkConfig &config,
                               const QString &fileName, DiagnosticList &out) const
{
    const QList<const Host *> jms = project.jobManagers();
    const bool ha = project.ha.mode == HaSettings::Mode::ZooKeeper;
    if (!ha) {
        if (jms.size() > 1) {
            Diagnostic d = make(Diagnostic::Severity::Error, "multiple-jm-without-ha", fileName);
            d.key = QStringLiteral("ha.mode");
            d.message =
                tr("%1 JobManagers but HA is off: without ZooKeeper they cannot elect a leader")
                    .arg(jms.size());
            d.suggestion = tr("Turn on ZooKeeper HA or keep one JobManager.");
            out.append(d);
        }
        return;
    }
    if (jms.size() == 1) {
        Diagnostic d = make(Diagnostic::Severity::Warning, "ha-single-jobmanager", fileName,
                            jms.first()->line);
        d.host = jms.first()->name;
        d.message = tr("HA is on but only %1 runs a JobManager: there is no standby to take over")
                        .arg(jms.first()->name);
        d.suggestion = tr("Give a second host the JobManager role.");
        out.append(d);
    }
    QHash<QString, QSet<int>> uiPorts;
    for (const Host *h : jms) {
        QSet<int> &ports = uiPorts[h->effectiveAddress()];
        if (ports.contains(h->jobManager->webUiPort)) {
            Diagnostic d = make(Diagnostic::Severity::Error, "jm-port-clash", fileName, h->line);
            d.host = h->name;
            d.message = tr("Two JobManagers on %1 use web UI port %2")
                            .arg(h->effectiveAddress())
                            .arg(h->jobManager->webUiPort);
            d.suggestion = tr("Give each JobManager on one host its own port.");
            out.append(d);
        }
        ports.insert(h->jobManager->webUiPort);
    }
    if (project.effectiveQuorum().isEmpty()) {
        Diagnostic d = make(Diagnostic::Severity::Error, "ha-no-quorum", fileName);
        d.key = QStringLiteral("ha.quorum");
        d.message =
            tr("ZooKeeper HA needs a quorum: no host has the ZooKeeper role and none is given");
        d.suggestion = tr("Add the ZooKeeper role to three hosts, or enter an external quorum "
                          "(zk1:2181,zk2:2181,zk3:2181).");
        out.append(d);
    }
    if (!project.ha.quorum.isEmpty() && !project.zooKeepers().isEmpty()) {
        QSet<QString> given;
        for (const QString &part : project.ha.quorum.split(u',', Qt::SkipEmptyParts)) {
            given.insert(part.trimmed());
        }
        QSet<QString> derived;
        for (const QString &part : project.derivedQuorum().split(u',', Qt::SkipEmptyParts)) {
            derived.insert(part);
        }
        if (given != derived) {
            Diagnostic d = make(Diagnostic::Severity::Error, "quorum-mismatch", fileName);
            d.key = QStringLiteral("ha.quorum");
            d.message = tr("The quorum Flink is given (%1) differs from the ZooKeeper servers in "
                           "zoo.cfg (%2)")
                            .arg(project.ha.quorum, project.derivedQuorum());
            d.suggestion =
                tr("Clear the quorum override so FlinkDeck derives it, or fix the servers.");
            out.append(d);
        }
    }
    const bool multiHost = project.hosts.size() > 1;
    const ConfigValidator cv(m_schema);
    for (const char *canonical : {"high-availability.storageDir", "execution.checkpointing.dir",
                                  "execution.checkpointing.savepoint-dir"}) {
        const ConfigEntry *e = cv.findSetting(config, QString::fromLatin1(canonical));
        if (!e || !multiHost) {
            continue;
        }
        const QString value = e->value.trimmed();
        if (value.startsWith(QStringLiteral("file:")) || value.startsWith(u'/')) {
            Diagnostic d =
                make(Diagnostic::Severity::Warning, "local-shared-storage", fileName, e->line);
            d.key = e->key;
            d.message =
                tr("%1 is a local path (%2) on a %3-host cluster: every JobManager and TaskManager "
                   "must see the same files")
                    .arg(e->key, value)
                    .arg(project.hosts.size());
            d.suggestion = tr("Use shared storage (hdfs://, s3://) or make sure %1 is the same "
                              "shared mount on "
                              "every host.")
                               .arg(value);
            out.append(d);
        }
    }
}

void ProjectValidator::checkZooKeeper(const ClusterProject &project, const QString &fileName,
                                      DiagnosticList &out) const
{
    const QList<const Host *> servers = project.zooKeepers();
    if (servers.isEmpty()) {
        return;
    }
    if (servers.size() == 1 || servers.size() % 2 == 0) {
        Diagnostic d = make(Diagnostic::Severity::Warning, "zk-ensemble-size", fileName);
        d.key = QStringLiteral("zookeeper");
        d.message = servers.size() == 1
                        ? tr("A single ZooKeeper server is a single point of failure for HA")
                        : tr("%1 ZooKeeper servers survive no more failures than %2: an even "
                             "ensemble buys nothing")
                              .arg(servers.size())
                              .arg(servers.size() - 1);
        d.suggestion = tr("Use an odd number of servers: 3 survive one failure, 5 survive two.");
        out.append(d);
    }
    QHash<int, const Host *> ids;
    for (const Host *h : servers) {
        const ZooKeeperRole &z = *h->zooKeeper;
        if (z.id < 1 || z.id > 255) {
            Diagnostic d =
                make(Diagnostic::Severity::Error, "zk-server-id-range", fileName, h->line);
            d.host = h->name;
            d.key = QStringLiteral("roles.zookeeper.id");
            d.message = tr("ZooKeeper server id %1 on %2 is outside 1..255").arg(z.id).arg(h->name);
            d.suggestion = tr("Number the servers 1, 2, 3, …");
            out.append(d);
        } else if (const Host *other = ids.value(z.id)) {
            Diagnostic d =
                make(Diagnostic::Severity::Error, "zk-server-id-duplicate", fileName, h->line);
            d.host = h->name;
            d.key = QStringLiteral("roles.zookeeper.id");
            d.message = tr("%1 and %2 both have ZooKeeper server id %3")
                            .arg(other->name, h->name)
                            .arg(z.id);
            d.suggestion = tr("Every server needs its own id.");
            out.append(d);
        }
        ids.insert(z.id, h);
        if (z.dataDir.isEmpty()) {
            Diagnostic d = make(Diagnostic::Severity::Error, "zk-no-datadir", fileName, h->line);
            d.host = h->name;
            d.key = QStringLiteral("roles.zookeeper.dataDir");
            d.message =
                tr("The ZooKeeper server on %1 has no dataDir; it cannot start or hold its myid")
                    .arg(h->name);
            d.suggestion = tr("Set dataDir, e.g. /var/lib/zookeeper.");
            out.append(d);
        }
    }
    if (2 * project.zooKeeper.tickTime > 60000) {
        Diagnostic d = make(Diagnostic::Severity::Warning, "zk-ticktime", fileName);
        d.key = QStringLiteral("zookeeper.tickTime");
        d.message =
            tr("tickTime %1 ms makes the shortest ZooKeeper session %2 ms, so a dead JobManager "
               "keeps its leadership at least that long")
                .arg(project.zooKeeper.tickTime)
                .arg(2 * project.zooKeeper.tickTime);
        d.suggestion = tr("Use the usual tickTime of 2000 ms.");
        out.append(d);
    }
}

void ProjectValidator::checkPorts(const ClusterProject &project, const FlinkConfig &config,
                                  const QString &fileName, DiagnosticList &out) const
{
    // Port keys come from the project-wide configuration (hosts differ in slots and their own
    // keys).
    const bool ha = project.ha.mode == HaSettings::Mode::ZooKeeper;
    for (const Host &h : project.hosts) {
        // A host's own keys override the project-wide ones, as in its rendered file.
        const auto setting = [&](const char *key, const char *fallback) {
            const QString name = QString::fromLatin1(key);
            return h.flinkConfig.find(name).value_or(
                config.value(name, QString::fromLatin1(fallback)));
        };
        struct Use
        {
            QString what;
            std::pair<int, int> range;
        };
        QList<Use> uses;
        const auto add = [&uses](const QString &what, const QString &value) {
            for (const auto &range : portRanges(value)) {
                uses.append({what, range});
            }
        };
        if (h.jobManager) {
            add(tr("JobManager REST/web UI"), QString::number(h.jobManager->webUiPort));
            add(tr("JobManager RPC"), ha ? setting("high-availability.jobmanager.port", "0")
                                         : setting("jobmanager.rpc.port", "6123"));
            add(tr("blob server"), setting("blob.server.port", "0"));
        }
        if (h.taskManager) {
            add(tr("TaskManager RPC"), setting("taskmanager.rpc.port", "0"));
            add(tr("TaskManager data"), setting("taskmanager.data.port", "0"));
        }
        if (h.runsFlink()) {
            add(tr("metrics query service"), setting("metrics.internal.query-service.port", "0"));
        }
        if (h.zooKeeper) {
            const ZooKeeperRole &z = *h.zooKeeper;
            add(tr("ZooKeeper client"), QString::number(z.clientPort));
            add(tr("ZooKeeper peer"), QString::number(z.peerPort));
            add(tr("ZooKeeper election"), QString::number(z.electionPort));
            if (z.adminPort > 0) {
                add(tr("ZooKeeper AdminServer"), QString::number(z.adminPort));
            }
        }
        for (qsizetype i = 0; i < uses.size(); ++i) {
            for (qsizetype j = i + 1; j < uses.size(); ++j) {
                const auto &a = uses[i].range;
                const auto &b = uses[j].range;
                const bool overlap = a.first <= b.second && b.first <= a.second;
                const bool bothRanges = a.first != a.second && b.first != b.second;
                if (!overlap || bothRanges) {
                    continue; // two ranges can share: each service takes a free port from its range
                }
                Diagnostic d = make(Diagnostic::Severity::Error, "port-clash", fileName, h.line);
                d.host = h.name;
                const int port = qMax(a.first, b.first);
                d.message = tr("Port %1 on %2 is used by both the %3 and the %4")
                                .arg(port)
                                .arg(h.name, uses[i].what, uses[j].what);
                d.suggestion = tr("Move one of them to a free port.");
                out.append(d);
            }
        }
    }
}

void ProjectValidator::checkAddresses(const ClusterProject &project, const QString &fileName,
                                      DiagnosticList &out) const
{
    for (const Host &h : project.hosts) {
        // Names become folder names when files are exported, and ids in deploy logs.
        if (const QString problem = ProjectDocument::hostNameProblem(h.name);
            !problem.isEmpty() && !h.name.isEmpty()) {
            Diagnostic d;
            d.severity = Diagnostic::Severity::Warning;
            d.rule = QStringLiteral("host-name");
            d.file = fileName;
            d.line = h.line.value;
            d.host = h.name;
            d.message = tr("The host name '%1' is not plain: %2").arg(h.name, problem);
            d.suggestion = tr("Rename the host; its address can stay as it is.");
            out.append(d);
        }
    }
    QSet<QString> addresses;
    for (const Host &h : project.hosts) {
        addresses.insert(h.effectiveAddress());
    }
    if (addresses.size() < 2) {
        return;
    }
    bool allLoopback = true;
    for (const QString &a : addresses) {
        allLoopback = allLoopback && isLoopback(a);
    }
    if (allLoopback) {
        return; // a test cluster on one machine (FlinkDeck's own sandbox): loopback is right
    }
    for (const char *key :
         {"rest.bind-address", "rest.address", "jobmanager.bind-host", "taskmanager.bind-host",
          "taskmanager.host", "jobmanager.rpc.address"}) {
        const ConfigEntry *e = project.flinkConfig.entry(QString::fromLatin1(key));
        if (!e || !isLoopback(e->value)) {
            continue;
        }
        Diagnostic d = make(Diagnostic::Severity::Error, "loopback-address", fileName, e->line);
        d.key = e->key;
        d.message = tr("%1 is %2 on a %3-host cluster: the other hosts cannot reach it")
                        .arg(e->key, e->value)
                        .arg(addresses.size());
        d.suggestion = e->key.endsWith(QStringLiteral("bind-host")) ||
                               e->key.endsWith(QStringLiteral("bind-address"))
                           ? tr("Bind to 0.0.0.0 (all interfaces) or to the host's own address.")
                           : tr("Delete it so each host uses its own address.");
        out.append(d);
    }
}
