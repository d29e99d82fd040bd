#include "DeployPlanner.h"

#include "ClusterProject.h"
#include "SshSession.h"
#include "SshTarget.h"
#include "UnifiedDiff.h"

using Service = RemoteProcesses::Service;
using Step = DeployPlan::Step;
using Phase = DeployPlan::Phase;
using FileChange = DeployPlan::FileChange;

namespace {

QString q(const QString &text)
{
    return SshSession::shellQuote(text);
}

} // namespace

DeployPlanner::DeployPlanner(const ClusterProject &project)
    : DeployPlanner(project, Options())
{}

DeployPlanner::DeployPlanner(const ClusterProject &project, Options options)
    : m_project(project)
    , m_options(std::move(options))
    , m_rendered(ProjectRenderer().render(project))
{
    m_options.batchSize = std::max(1, m_options.batchSize);
}

bool DeployPlanner::wanted(const Host &host, Service service) const
{
    if (!m_options.hosts.isEmpty() && !m_options.hosts.contains(host.name)) {
        return false;
    }
    if (m_options.service && *m_options.service != service) {
        return false;
    }
    switch (service) {
    case Service::JobManager:
        return host.jobManager.has_value();
    case Service::TaskManager:
        return host.taskManager.has_value();
    case Service::ZooKeeper:
        return host.zooKeeper.has_value();
    }
    return false;
}

QStringList DeployPlanner::involvedHosts(DeployPlan::Action) const
{
    // Every action inspects every host: pushes touch masters/workers everywhere, and a status
    // is only useful when complete.
    QStringList names;
    for (const Host &h : m_project.hosts) {
        names << h.name;
    }
    return names;
}

QList<RenderedFile> DeployPlanner::filesFor(const QString &host) const
{
    QList<RenderedFile> result;
    for (const RenderedFile &f : m_rendered) {
        if (f.host == host) {
            result << f;
        }
    }
    return result;
}

QString DeployPlanner::zooCfgPath(const ClusterProject &project, const Host &host)
{
    return project.pathsFor(host).zookeeperConfDir + QStringLiteral("/zoo.cfg");
}

QString DeployPlanner::startCommand(const ClusterProject &project, const Host &host,
                                    Service service)
{
    const InstallPaths paths = project.pathsFor(host);
    switch (service) {
    case Service::ZooKeeper:
        return q(paths.zookeeperHome + QStringLiteral("/bin/zkServer.sh")) +
               QStringLiteral(" start ") + q(zooCfgPath(project, host));
    case Service::JobManager:
        // Under HA the masters file's host and port win; start-cluster.sh passes the same two.
        return q(paths.flinkHome + QStringLiteral("/bin/jobmanager.sh")) +
               QStringLiteral(" start ") + q(host.effectiveAddress()) + QLatin1Char(' ') +
               QString::number(host.jobManager ? host.jobManager->webUiPort : 8081);
    case Service::TaskManager:
        return q(paths.flinkHome + QStringLiteral("/bin/taskmanager.sh")) +
               QStringLiteral(" start");
    }
    return {};
}

QString DeployPlanner::stopCommand(const ClusterProject &project, const Host &host, Service service)
{
    const InstallPaths paths = project.pathsFor(host);
    switch (service) {
    case Service::ZooKeeper:
        return q(paths.zookeeperHome + QStringLiteral("/bin/zkServer.sh")) +
               QStringLiteral(" stop ") + q(zooCfgPath(project, host));
    case Service::JobManager:
        return q(paths.flinkHome + QStringLiteral("/bin/jobmanager.sh")) + QStringLiteral(" stop");
    case Service::TaskManager:
        return q(paths.flinkHome + QStringLiteral("/bin/taskmanager.sh")) + QStringLiteral(" stop");
    }
    return {};
}

Step DeployPlanner::serviceStep(Step::Kind kind, const Host &host, Service service) const
{
    Step step;
    step.kind = kind;
    step.host = host.name;
    step.service = service;
    step.command = kind == Step::Kind::Start ? startCommand(m_project, host, service)
                                             : stopCommand(m_project, host, service);
    step.title = (kind == Step::Kind::Start ? tr("start %1 on %2") : tr("stop %1 on %2"))
                     .arg(RemoteProcesses::serviceName(service), host.name);
    return step;
}

void DeployPlanner::addPush(DeployPlan &plan) const
{
    Phase phase{tr("Push files (back up, then replace atomically)"), {}};
    for (const DeployPlan::HostInfo &h : plan.hosts) {
        int changed = 0;
        for (const FileChange &f : h.files) {
            changed += f.status != FileChange::Status::Unchanged;
        }
        if (changed > 0) {
            Step step;
            step.kind = Step::Kind::Upload;
            step.host = h.name;
            step.title = tr("write %n file(s) on %1", nullptr, changed).arg(h.name);
            phase.steps << step;
        }
    }
    if (!phase.steps.isEmpty()) {
        plan.phases << phase;
    }
}

void DeployPlanner::addStart(DeployPlan &plan) const
{
    const bool ha = m_project.ha.mode == HaSettings::Mode::ZooKeeper;
    for (Service service : {Service::ZooKeeper, Service::JobManager, Service::TaskManager}) {
        Phase phase;
        phase.title = tr("Start %1s").arg(RemoteProcesses::serviceName(service));
        for (const Host &h : m_project.hosts) {
            if (wanted(h, service)) {
                phase.steps << serviceStep(Step::Kind::Start, h, service);
            }
        }
        if (phase.steps.isEmpty()) {
            continue;
        }
        plan.phases << phase;
        Step wait;
        if (service == Service::ZooKeeper) {
            if (!ha && m_project.zooKeepers().isEmpty()) {
                continue;
            }
            wait.kind = Step::Kind::WaitQuorum;
            wait.title = tr("wait for a ZooKeeper quorum (srvr)");
        } else if (service == Service::JobManager) {
            wait.kind = Step::Kind::WaitJobManagers;
            wait.title = tr("wait until every JobManager's REST API answers");
        } else {
            wait.kind = Step::Kind::WaitTaskManagers;
            wait.title = tr("wait until every TaskManager is registered");
        }
        plan.phases << Phase{tr("Wait"), {wait}};
    }
}

void DeployPlanner::addStop(DeployPlan &plan) const
{
    for (Service service : {Service::TaskManager, Service::JobManager, Service::ZooKeeper}) {
        Phase phase;
        phase.title = tr("Stop %1s").arg(RemoteProcesses::serviceName(service));
        for (const Host &h : m_project.hosts) {
            if (wanted(h, service)) {
                phase.steps << serviceStep(Step::Kind::Stop, h, service);
            }
        }
        if (!phase.steps.isEmpty()) {
            plan.phases << phase;
        }
    }
}

void DeployPlanner::addRolling(DeployPlan &plan) const
{
    QList<const Host *> taskManagers;
    for (const Host &h : m_project.hosts) {
        if (wanted(h, Service::TaskManager)) {
            taskManagers << &h;
        }
    }
    for (qsizetype i = 0; i < taskManagers.size(); i += m_options.batchSize) {
        Phase phase;
        QStringList names;
        for (qsizetype j = i; j < std::min(taskManagers.size(), i + m_options.batchSize); ++j) {
            const Host &h = *taskManagers[j];
            names << h.name;
            phase.steps << serviceStep(Step::Kind::Stop, h, Service::TaskManager)
                        << serviceStep(Step::Kind::Start, h, Service::TaskManager);
            Step wait;
            wait.kind = Step::Kind::WaitTaskManagerOf;
            wait.host = h.name;
            wait.service = Service::TaskManager;
            wait.title = tr("wait until the TaskManager on %1 registered again").arg(h.name);
            phase.steps << wait;
        }
        phase.title = tr("Restart TaskManagers on %1").arg(names.join(QStringLiteral(", ")));
        plan.phases << phase;
    }
    // Standbys first: each restart then costs nothing, and the leader goes last so the cluster
    // fails over once, onto a JobManager that already runs the new configuration.
    QList<const Host *> jobManagers;
    const Host *leader = nullptr;
    for (const Host &h : m_project.hosts) {
        if (wanted(h, Service::JobManager)) {
            if (h.name == plan.leader) {
                leader = &h;
            } else {
                jobManagers << &h;
            }
        }
    }
    if (leader) {
        jobManagers << leader;
    } else if (!jobManagers.isEmpty()) {
        plan.notes << tr(
            "The leading JobManager is unknown, so JobManagers restart in project order.");
    }
    for (const Host *h : jobManagers) {
        const bool isLeader = h == leader;
        Phase phase;
        phase.title = isLeader ? tr("Restart the leading JobManager on %1").arg(h->name)
                               : tr("Restart the standby JobManager on %1").arg(h->name);
        phase.steps << serviceStep(Step::Kind::Stop, *h, Service::JobManager);
        if (isLeader && jobManagers.size() > 1) {
            Step wait;
            wait.kind = Step::Kind::WaitLeader;
            wait.host = h->name;
            wait.title = tr("wait until another JobManager leads and answers");
            phase.steps << wait;
        }
        phase.steps << serviceStep(Step::Kind::Start, *h, Service::JobManager);
        // The next JobManager goes down only once this one can take over.
        Step back;
        back.kind = Step::Kind::WaitJobManagerOf;
        back.host = h->name;
        back.service = Service::JobManager;
        back.title = tr("wait until the JobManager on %1 answers again").arg(h->name);
        phase.steps << back;
        plan.phases << phase;
    }
    if (!m_project.zooKeepers().isEmpty()) {
        plan.notes << tr("A rolling restart leaves ZooKeeper running; restart it separately if "
                         "zoo.cfg changed.");
    }
}

DeployPlan DeployPlanner::plan(DeployPlan::Action action,
                               const QList<DeployPlan::HostInfo> &inspected,
                               const QString &leader) const
{
    DeployPlan plan;
    plan.action = action;
    plan.leader = leader;
    for (const Host &host : m_project.hosts) {
        DeployPlan::HostInfo info;
        for (const DeployPlan::HostInfo &i : inspected) {
            if (i.name == host.name) {
                info = i;
            }
        }
        info.name = host.name;
        if (info.target.isEmpty()) {
            info.target = SshTarget::forHost(m_project, host).display();
        }
        QList<FileChange> files;
        for (const RenderedFile &r : filesFor(host.name)) {
            FileChange change;
            change.path = r.path;
            change.kind = r.kind;
            change.wanted = r.content;
            for (const FileChange &seen : info.files) {
                if (seen.path == r.path) {
                    change.current = seen.current;
                    change.status = seen.status;
                }
            }
            if (change.status == FileChange::Status::New) {
                change.current.clear();
                change.diff = UnifiedDiff::make({}, r.content, QStringLiteral("/dev/null"), r.path);
            } else if (change.status != FileChange::Status::Unknown) {
                change.status = change.current == r.content ? FileChange::Status::Unchanged
                                                            : FileChange::Status::Modified;
                change.diff = UnifiedDiff::make(change.current, r.content, r.path, r.path);
            }
            files << change;
        }
        info.files = files;
        plan.hosts << info;
    }

    switch (action) {
    case DeployPlan::Action::Apply:
        addPush(plan);
        break;
    case DeployPlan::Action::Start:
        addPush(plan);
        addStart(plan);
        break;
    case DeployPlan::Action::Stop:
        addStop(plan);
        break;
    case DeployPlan::Action::Restart:
        addStop(plan);
        addPush(plan);
        addStart(plan);
        break;
    case DeployPlan::Action::RollingRestart:
        addPush(plan);
        addRolling(plan);
        break;
    case DeployPlan::Action::Status:
        break;
    case DeployPlan::Action::Rollback: {
        Phase phase{tr("Restore the newest backup"), {}};
        for (const Host &h : m_project.hosts) {
            Step step;
            step.kind = Step::Kind::Restore;
            step.host = h.name;
            step.title = tr("restore the files FlinkDeck last replaced on %1").arg(h.name);
            phase.steps << step;
        }
        plan.phases << phase;
        plan.notes << tr("Running processes keep their configuration until they restart.");
        break;
    }
    }
    if (action == DeployPlan::Action::Apply && plan.changedFileCount() > 0) {
        bool running = false;
        for (const DeployPlan::HostInfo &h : plan.hosts) {
            running = running || (h.processes && !h.processes->processes().isEmpty());
        }
        if (running) {
            plan.notes << tr("Processes are running: they read the new files only when they "
                             "restart (use a rolling restart).");
        }
    }
    return plan;
}
