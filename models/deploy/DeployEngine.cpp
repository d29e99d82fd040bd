#include "DeployEngine.h"

#include "ClusterProbe.h"
#include "ClusterProject.h"
#include "SshSession.h"
#include "SshTarget.h"
#include "StepRunner.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QSet>
#include <QThreadPool>

using Step = DeployPlan::Step;
using FileChange = DeployPlan::FileChange;
using Outcome = DeployReport::HostResult::Outcome;

DeployEngine::DeployEngine(SshPrompter *prompter, QObject *parent)
    : QObject(parent)
    , m_prompter(prompter)
{
    qRegisterMetaType<DeployPlan>();
    qRegisterMetaType<DeployReport>();
}

DeployEngine::~DeployEngine()
{
    cancel();
    if (m_worker) {
        m_worker->wait();
    }
    closeSessions();
}

bool DeployEngine::isBusy() const
{
    return m_busy;
}

void DeployEngine::cancel()
{
    m_cancel = true;
}

void DeployEngine::closeSessions()
{
    QMutexLocker lock(&m_sessionsMutex);
    m_sessions.clear();
}

SshSession *DeployEngine::session(const ClusterProject &project, const QString &hostName,
                                  QString *error)
{
    const Host *host = project.host(hostName);
    if (!host) {
        *error = tr("host %1 is not in the project").arg(hostName);
        return nullptr;
    }
    const SshTarget target = SshTarget::forHost(project, *host);
    std::shared_ptr<SshSession> session;
    {
        QMutexLocker lock(&m_sessionsMutex);
        session = m_sessions.value(hostName);
        const bool same = session && session->target().display() == target.display() &&
                          session->target().identityFile == target.identityFile &&
                          session->target().knownHostsFile == target.knownHostsFile;
        if (!same) {
            session = std::make_shared<SshSession>(target);
            m_sessions.insert(hostName, session);
        }
    }
    if (session->isConnected()) {
        return session.get();
    }
    Q_EMIT hostActivity(hostName, tr("connecting to %1").arg(target.display()));
    if (!session->connect(m_prompter)) {
        *error = session->errorString();
        return nullptr;
    }
    return session.get();
}

DeployPlan DeployEngine::inspect(const ClusterProject &project, DeployPlan::Action action,
                                 const Options &options)
{
    m_cancel = false;
    return inspectJob(project, action, options);
}

DeployReport DeployEngine::execute(const ClusterProject &project, const DeployPlan &plan,
                                   const Options &options)
{
    m_cancel = false;
    return executeJob(project, plan, options);
}

DeployPlan DeployEngine::inspectJob(const ClusterProject &project, DeployPlan::Action action,
                                    const Options &options)
{
    const DeployPlanner planner(project, options.planner);
    const QStringList names = planner.involvedHosts(action);
    QList<DeployPlan::HostInfo> inspected(names.size());
    // Only actions that start something need the host to be fit to run it.
    const bool needsPreflight =
        options.preflight &&
        (action == DeployPlan::Action::Apply || action == DeployPlan::Action::Start ||
         action == DeployPlan::Action::Restart || action == DeployPlan::Action::RollingRestart);
    QThreadPool pool;
    pool.setMaxThreadCount(std::max(1, options.parallel));
    const ClusterProbe probe(project);
    for (qsizetype i = 0; i < names.size(); ++i) {
        pool.start([&, i] {
            DeployPlan::HostInfo &info = inspected[i];
            info.name = names[i];
            if (m_cancel) {
                info.problem = tr("cancelled");
                return;
            }
            QString error;
            SshSession *s = session(project, info.name, &error);
            const Host *host = project.host(info.name);
            info.target = SshTarget::forHost(project, *host).display();
            const QString sshCheck = tr("SSH reachable and logged in");
            if (!s) {
                info.problem = error;
                if (needsPreflight) {
                    // An unreachable host fails its preflight: nothing may start on it unseen.
                    info.checks << Preflight::Check{sshCheck, false, error};
                }
                Q_EMIT hostActivity(info.name, error);
                return;
            }
            Q_EMIT hostActivity(info.name, tr("reading files"));
            for (const RenderedFile &r : planner.filesFor(info.name)) {
                FileChange change;
                change.path = r.path;
                change.kind = r.kind;
                if (const auto bytes = s->readFile(r.path)) {
                    change.current = *bytes;
                    change.status = FileChange::Status::Modified;
                } else if (s->failure() == SshSession::Failure::NotFound) {
                    change.status = FileChange::Status::New;
                } else {
                    change.status = FileChange::Status::Unknown;
                    info.problem = s->errorString();
                }
                info.files << change;
            }
            const DeployPlan nothingYet;
            StepRunner runner(project, nothingYet, probe, QString(), m_cancel);
            QString why;
            info.processes = runner.probe(*s, *host, &why);
            if (!info.processes && info.problem.isEmpty()) {
                info.problem = why;
            }
            if (info.processes && needsPreflight) {
                Q_EMIT hostActivity(info.name, tr("checking"));
                const qint64 before = QDateTime::currentMSecsSinceEpoch();
                const auto facts = s->run(Preflight::script(project, *host));
                const qint64 after = QDateTime::currentMSecsSinceEpoch();
                info.checks << Preflight::Check{
                    sshCheck, true,
                    tr("%1, host key %2").arg(s->target().display(), s->hostKeyFingerprint())};
                if (facts) {
                    info.checks << Preflight::evaluate(project, *host, facts->out, *info.processes,
                                                       before, after);
                } else {
                    info.problem = s->errorString();
                    info.checks << Preflight::Check{tr("Preflight script"), false, info.problem};
                }
            } else if (needsPreflight) {
                info.checks << Preflight::Check{sshCheck, false, info.problem};
            }
            Q_EMIT hostActivity(info.name, info.problem.isEmpty() ? tr("inspected") : info.problem);
        });
    }
    pool.waitForDone();
    QString leader;
    // Only a rolling restart's order and the status report need the leader; ZooKeeper may be down.
    const bool needsLeader =
        action == DeployPlan::Action::RollingRestart || action == DeployPlan::Action::Status;
    if (needsLeader && project.ha.mode == HaSettings::Mode::ZooKeeper &&
        !project.jobManagers().isEmpty()) {
        QString ignored;
        leader = probe.leader(&ignored);
    }
    return planner.plan(action, inspected, leader);
}

DeployReport DeployEngine::executeJob(const ClusterProject &project, const DeployPlan &plan,
                                      const Options &options)
{
    QElapsedTimer clock;
    clock.start();
    DeployReport report;
    for (const DeployPlan::HostInfo &h : plan.hosts) {
        report.hosts.append({h.name, Outcome::Untouched, 0, 0, {}});
    }
    for (const DeployPlan::Phase &phase : plan.phases) {
        for (const Step &step : phase.steps) {
            if (auto *r = report.host(step.host)) {
                ++r->stepsTotal;
            }
        }
    }
    QMutex reportMutex;
    const ClusterProbe probe(project);
    const QString stamp =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss.zzz'Z'"));
    // A rolling restart is cancelled between phases only: a host's stop is always followed by
    // its start, and the leader's successor is always waited for.
    const bool rolling = plan.action == DeployPlan::Action::RollingRestart;
    const std::atomic_bool never{false};
    StepRunner runner(project, plan, probe, stamp, rolling ? never : m_cancel);
    bool stopped = false;

    auto markFailed = [&](const QString &host, const QString &message) {
        QMutexLocker lock(&reportMutex);
        if (auto *r = report.host(host); r && r->outcome != Outcome::Failed) {
            r->outcome = Outcome::Failed;
            r->message = message;
        }
    };

    int index = 0;
    for (const DeployPlan::Phase &phase : plan.phases) {
        if (m_cancel && !stopped) {
            report.cancelled = true;
            stopped = true;
        }
        QList<QString> hostOrder;
        QHash<QString, QList<std::pair<int, Step>>> byHost;
        QList<std::pair<int, Step>> clusterWide;
        for (const Step &step : phase.steps) {
            if (step.host.isEmpty()) {
                clusterWide.append({index++, step});
            } else {
                if (!byHost.contains(step.host)) {
                    hostOrder << step.host;
                }
                byHost[step.host].append({index++, step});
            }
        }
        if (stopped) {
            continue;
        }
        QThreadPool pool;
        pool.setMaxThreadCount(std::max(1, options.parallel));
        for (const QString &hostName : hostOrder) {
            pool.start([&, hostName] {
                {
                    QMutexLocker lock(&reportMutex);
                    if (report.host(hostName)->outcome == Outcome::Failed) {
                        return;
                    }
                }
                QString error;
                SshSession *s = session(project, hostName, &error);
                if (!s) {
                    markFailed(hostName, error);
                    for (const auto &[i, step] : byHost.value(hostName)) {
                        Q_EMIT stepFinished(i, hostName, false, error);
                    }
                    return;
                }
                for (const auto &[i, step] : byHost.value(hostName)) {
                    if (m_cancel && !rolling) {
                        return;
                    }
                    Q_EMIT stepStarted(i, hostName, step.title);
                    QString message;
                    const bool ok = runner.run(
                        *s, step,
                        [&](const QString &text, bool isError) {
                            Q_EMIT output(hostName, text, isError);
                        },
                        &message);
                    Q_EMIT stepFinished(i, hostName, ok, message);
                    QMutexLocker lock(&reportMutex);
                    auto *r = report.host(hostName);
                    if (!ok) {
                        r->outcome = Outcome::Failed;
                        r->message = message.isEmpty() ? step.title : message;
                        return;
                    }
                    ++r->stepsDone;
                }
            });
        }
        pool.waitForDone();
        // Waits expect only what the hosts that did not fail can deliver; the failures are
        // already in the report.
        QSet<QString> failed;
        for (const auto &r : std::as_const(report.hosts)) {
            if (r.outcome == Outcome::Failed) {
                failed.insert(r.host);
            }
        }
        for (const auto &[i, step] : clusterWide) {
            if (m_cancel) {
                break;
            }
            Q_EMIT stepStarted(i, QString(), step.title);
            QString detail;
            bool ok = false;
            switch (step.kind) {
            case Step::Kind::WaitQuorum:
                ok = ClusterProbe::waitUntil([&](QString *d) { return probe.quorumUp(d); }, 120,
                                             m_cancel, &detail);
                break;
            case Step::Kind::WaitJobManagers: {
                qsizetype alive = 0;
                for (const Host *h : project.jobManagers()) {
                    alive += !failed.contains(h->name);
                }
                if (alive == 0) {
                    detail = tr("no JobManager started");
                    break;
                }
                ok = ClusterProbe::waitUntil(
                    [&](QString *d) { return probe.jobManagersAnswer(d, failed); }, 180, m_cancel,
                    &detail);
                break;
            }
            case Step::Kind::WaitTaskManagers: {
                int wanted = 0;
                for (const Host *h : project.taskManagers()) {
                    wanted += !failed.contains(h->name);
                }
                ok = wanted == 0 || ClusterProbe::waitUntil(
                                        [&](QString *d) {
                                            const auto ids = probe.taskManagerIds(d);
                                            if (ids && ids->size() >= wanted) {
                                                return true;
                                            }
                                            if (ids) {
                                                *d = tr("%1 of %2 TaskManagers registered")
                                                         .arg(ids->size())
                                                         .arg(wanted);
                                            }
                                            return false;
                                        },
                                        180, m_cancel, &detail);
                break;
            }
            default:
                detail = tr("this step needs a host");
            }
            Q_EMIT stepFinished(i, QString(), ok, ok ? QString() : detail);
            if (!ok && !m_cancel) {
                report.failure = tr("%1: %2").arg(step.title, detail);
                stopped = true;
                break;
            }
        }
        // A rolling restart must not go on restarting hosts after one failed to come back.
        if (rolling && !stopped) {
            for (const auto &r : std::as_const(report.hosts)) {
                if (r.outcome == Outcome::Failed) {
                    report.failure = tr("stopped after %1 failed: %2").arg(r.host, r.message);
                    stopped = true;
                    break;
                }
            }
        }
    }
    // Cancelled means something did not run because of the cancel, not that Cancel was pressed.
    bool incomplete = false;
    for (const auto &r : std::as_const(report.hosts)) {
        incomplete = incomplete || (r.outcome != Outcome::Failed && r.stepsDone < r.stepsTotal);
    }
    report.cancelled = m_cancel && incomplete;
    for (auto &r : report.hosts) {
        if (r.outcome == Outcome::Failed) {
            continue;
        }
        if (r.stepsTotal == 0) {
            r.outcome = Outcome::Untouched;
        } else if (r.stepsDone == r.stepsTotal) {
            r.outcome = Outcome::Succeeded;
        } else {
            r.outcome = Outcome::Skipped;
            r.message = report.cancelled ? tr("cancelled before its steps ran")
                                         : tr("not reached after an earlier failure");
        }
    }
    report.elapsedMs = clock.elapsed();
    return report;
}

bool DeployEngine::startJob(std::function<void()> job)
{
    if (isBusy()) {
        return false;
    }
    if (m_worker) {
        m_worker->wait(); // the previous job has sent its result; its thread is only returning
    }
    // Reset here, not in the job: a cancel() right after starting must not be lost.
    m_cancel = false;
    m_busy = true;
    m_worker.reset(QThread::create(std::move(job)));
    m_worker->start();
    return true;
}

bool DeployEngine::startInspect(const ClusterProject &project, DeployPlan::Action action,
                                const Options &options)
{
    return startJob([this, project, action, options] {
        const DeployPlan plan = inspectJob(project, action, options);
        // Idle before the result goes out, so a receiver may start the next job at once.
        m_busy = false;
        Q_EMIT planReady(plan);
    });
}

bool DeployEngine::startExecute(const ClusterProject &project, const DeployPlan &plan,
                                const Options &options)
{
    return startJob([this, project, plan, options] {
        const DeployReport report = executeJob(project, plan, options);
        m_busy = false;
        Q_EMIT finished(report);
    });
}
