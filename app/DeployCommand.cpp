#include "DeployCommand.h"

#include "DeployEngine.h"
#include "ProjectFile.h"
#include "ProjectValidator.h"
#include "TerminalPrompter.h"

#include <QCommandLineParser>
#include <QMutex>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

namespace {

constexpr int kOk = 0;
constexpr int kFailed = 1;
constexpr int kUsage = 2;

QString outcomeName(DeployReport::HostResult::Outcome outcome)
{
    switch (outcome) {
    case DeployReport::HostResult::Outcome::Succeeded:
        return DeployCommand::tr("succeeded");
    case DeployReport::HostResult::Outcome::Failed:
        return DeployCommand::tr("FAILED");
    case DeployReport::HostResult::Outcome::Skipped:
        return DeployCommand::tr("skipped");
    case DeployReport::HostResult::Outcome::Untouched:
        return DeployCommand::tr("nothing to do");
    }
    return {};
}

QString statusTable(const DeployPlan &plan)
{
    QString text;
    for (const DeployPlan::HostInfo &h : plan.hosts) {
        QStringList running;
        if (h.processes) {
            for (const RemoteProcesses::Process &p : h.processes->processes()) {
                running << DeployCommand::tr("%1 (pid %2)")
                               .arg(RemoteProcesses::serviceName(p.service))
                               .arg(p.pid);
            }
        }
        const QString what = !h.problem.isEmpty()
                                 ? DeployCommand::tr("unreachable: %1").arg(h.problem)
                             : running.isEmpty() ? DeployCommand::tr("nothing running")
                                                 : running.join(QStringLiteral(", "));
        text += QStringLiteral("%1  %2\n").arg(h.name, -12).arg(what);
    }
    if (!plan.leader.isEmpty()) {
        text += DeployCommand::tr("leading JobManager: %1").arg(plan.leader) + QLatin1Char('\n');
    }
    return text;
}

} // namespace

int DeployCommand::run(const QStringList &args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Push a cluster project's files to its hosts over SSH and "
                                        "start, stop or restart the cluster."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("PROJECT"), tr("The *.flinkdeck.yaml file."));
    const QCommandLineOption plan({QStringLiteral("plan"), QStringLiteral("dry-run")},
                                  tr("Show what would change and run, change nothing."));
    const QCommandLineOption apply(QStringLiteral("apply"),
                                   tr("Push the changed files (with backups)."));
    const QCommandLineOption action(QStringLiteral("action"),
                                    tr("start, stop, restart, rolling-restart or status."),
                                    QStringLiteral("ACTION"));
    const QCommandLineOption rollback(
        QStringLiteral("rollback"),
        tr("Put back the files the last push replaced, on every host."));
    const QCommandLineOption yes(QStringLiteral("yes"), tr("Do not ask for confirmation."));
    const QCommandLineOption parallel(QStringLiteral("parallel"),
                                      tr("Hosts worked on at once (default 8)."),
                                      QStringLiteral("N"), QStringLiteral("8"));
    const QCommandLineOption hosts(QStringLiteral("host"),
                                   tr("Only start/stop/restart on this host (repeatable)."),
                                   QStringLiteral("NAME"));
    const QCommandLineOption role(
        QStringLiteral("role"),
        tr("Only this kind of process: jobmanager, taskmanager or zookeeper."),
        QStringLiteral("ROLE"));
    const QCommandLineOption batch(
        QStringLiteral("batch"),
        tr("TaskManagers restarted at once in a rolling restart (default 1)."), QStringLiteral("N"),
        QStringLiteral("1"));
    const QCommandLineOption acceptNew(
        QStringLiteral("accept-new-host-keys"),
        tr("Trust host keys not yet in known_hosts (changed keys are "
           "still refused)."));
    const QCommandLineOption force(QStringLiteral("force"),
                                   tr("Carry out the plan even when preflight checks fail."));
    const QCommandLineOption noDiff(QStringLiteral("no-diff"),
                                    tr("List changed files without their diffs."));
    parser.addOptions({plan, apply, action, rollback, yes, parallel, hosts, role, batch, acceptNew,
                       force, noDiff});
    QStringList argv = args;
    argv.first() = QStringLiteral("flinkdeck deploy");
    if (!parser.parse(argv)) {
        err << parser.errorText() << '\n';
        return kUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return kOk;
    }
    if (parser.positionalArguments().size() != 1) {
        err << tr("flinkdeck deploy takes exactly one PROJECT") << '\n';
        return kUsage;
    }
    const int modes =
        int(parser.isSet(apply)) + int(parser.isSet(action)) + int(parser.isSet(rollback));
    if (modes > 1 || (modes == 0 && !parser.isSet(plan))) {
        err << tr("choose one of --plan, --apply, --action ACTION, --rollback") << '\n';
        return kUsage;
    }
    DeployPlan::Action what = DeployPlan::Action::Apply;
    if (parser.isSet(action)) {
        const auto parsed = DeployPlan::actionFromId(parser.value(action));
        if (!parsed || *parsed == DeployPlan::Action::Apply ||
            *parsed == DeployPlan::Action::Rollback) {
            err << tr("unknown action '%1' (start, stop, restart, rolling-restart, status)")
                       .arg(parser.value(action))
                << '\n';
            return kUsage;
        }
        what = *parsed;
    } else if (parser.isSet(rollback)) {
        what = DeployPlan::Action::Rollback;
    }
    DeployEngine::Options options;
    bool ok = false;
    options.parallel = parser.value(parallel).toInt(&ok);
    if (!ok || options.parallel < 1) {
        err << tr("--parallel needs a number of at least 1") << '\n';
        return kUsage;
    }
    options.planner.batchSize = parser.value(batch).toInt(&ok);
    if (!ok || options.planner.batchSize < 1) {
        err << tr("--batch needs a number of at least 1") << '\n';
        return kUsage;
    }
    options.planner.hosts = parser.values(hosts);
    if (parser.isSet(role)) {
        const QString r = parser.value(role);
        if (r == u"jobmanager") {
            options.planner.service = RemoteProcesses::Service::JobManager;
        } else if (r == u"taskmanager") {
            options.planner.service = RemoteProcesses::Service::TaskManager;
        } else if (r == u"zookeeper") {
            options.planner.service = RemoteProcesses::Service::ZooKeeper;
        } else {
            err << tr("--role must be jobmanager, taskmanager or zookeeper") << '\n';
            return kUsage;
        }
    }

    const QString path = parser.positionalArguments().first();
    const ProjectFile::LoadResult loaded = ProjectFile::load(path);
    if (!loaded.project) {
        for (const Diagnostic &d : loaded.diagnostics) {
            err << d.toText() << '\n';
        }
        return kUsage;
    }
    const ClusterProject &project = *loaded.project;
    for (const QString &h : std::as_const(options.planner.hosts)) {
        if (!project.host(h)) {
            err << tr("%1: there is no host %2 in the project").arg(path, h) << '\n';
            return kUsage;
        }
    }
    const DiagnosticList problems = ProjectValidator().validate(project, path);
    // A plan only looks, and stop, status and rollback do not carry the project's files out.
    if (Diagnostics::hasErrors(problems) && !parser.isSet(plan) &&
        what != DeployPlan::Action::Status && what != DeployPlan::Action::Stop &&
        what != DeployPlan::Action::Rollback) {
        for (const Diagnostic &d : problems) {
            if (d.severity == Diagnostic::Severity::Error) {
                err << d.toText() << '\n';
            }
        }
        err << tr("%1 has errors; fix them before deploying (flinkdeck validate %1)").arg(path)
            << '\n';
        return kFailed;
    }

    TerminalPrompter prompter(parser.isSet(acceptNew));
    DeployEngine engine(&prompter);
    QMutex printing;
    // The engine reports from its worker threads; print at once, one line at a time.
    QObject::connect(
        &engine, &DeployEngine::hostActivity, &engine,
        [&](const QString &host, const QString &activity) {
            QMutexLocker lock(&printing);
            err << QStringLiteral("[%1] %2\n").arg(host, activity);
            err.flush();
        },
        Qt::DirectConnection);
    QObject::connect(
        &engine, &DeployEngine::stepStarted, &engine,
        [&](int index, const QString &host, const QString &title) {
            QMutexLocker lock(&printing);
            out << QStringLiteral("[%1] #%2 %3\n")
                       .arg(host.isEmpty() ? tr("cluster") : host)
                       .arg(index + 1)
                       .arg(title);
            out.flush();
        },
        Qt::DirectConnection);
    QObject::connect(
        &engine, &DeployEngine::output, &engine,
        [&](const QString &host, const QString &text, bool isError) {
            QMutexLocker lock(&printing);
            for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
                (isError ? err : out) << QStringLiteral("[%1]   %2\n").arg(host, line);
            }
            out.flush();
            err.flush();
        },
        Qt::DirectConnection);
    QObject::connect(
        &engine, &DeployEngine::stepFinished, &engine,
        [&](int index, const QString &host, bool stepOk, const QString &message) {
            QMutexLocker lock(&printing);
            const QString who = host.isEmpty() ? tr("cluster") : host;
            if (stepOk) {
                out << QStringLiteral("[%1] #%2 %3\n").arg(who).arg(index + 1).arg(tr("done"));
            } else {
                out << QStringLiteral("[%1] #%2 %3: %4\n")
                           .arg(who)
                           .arg(index + 1)
                           .arg(tr("FAILED"), message);
            }
            out.flush();
        },
        Qt::DirectConnection);

    const DeployPlan thePlan = engine.inspect(project, what, options);
    if (what == DeployPlan::Action::Status) {
        out << statusTable(thePlan);
        out.flush();
        for (const DeployPlan::HostInfo &h : thePlan.hosts) {
            if (!h.problem.isEmpty()) {
                return kFailed;
            }
        }
        return kOk;
    }
    out << thePlan.toText(!parser.isSet(noDiff));
    out.flush();
    bool unreachable = false;
    for (const DeployPlan::HostInfo &h : thePlan.hosts) {
        unreachable = unreachable || !h.problem.isEmpty();
    }
    if (parser.isSet(plan)) {
        return unreachable ? kFailed : kOk;
    }
    if (thePlan.phases.isEmpty()) {
        out << tr("Nothing to do.") << '\n';
        return unreachable ? kFailed : kOk;
    }
    const QStringList failedChecks = thePlan.failedChecks();
    if (!failedChecks.isEmpty() && !parser.isSet(force)) {
        err << tr("Preflight checks failed:") << '\n';
        for (const QString &f : failedChecks) {
            err << QStringLiteral("  ") << f << '\n';
        }
        err << tr("Nothing changed. Fix the hosts, or add --force to go ahead anyway.") << '\n';
        return kFailed;
    }
    if (!parser.isSet(yes)) {
        if (!isatty(STDIN_FILENO)) {
            err << tr("Not a terminal: add --yes to carry out the plan.") << '\n';
            return kUsage;
        }
        out << tr("Carry out these %n step(s)? [yes/no] ", nullptr, thePlan.stepCount());
        out.flush();
        const QString answer = QTextStream(stdin).readLine().trimmed();
        if (answer.compare(QLatin1String("yes"), Qt::CaseInsensitive) != 0 &&
            answer.compare(QLatin1String("y"), Qt::CaseInsensitive) != 0 && answer != tr("yes")) {
            out << tr("Nothing changed.") << '\n';
            return kFailed;
        }
    }
    const DeployReport report = engine.execute(project, thePlan, options);
    out << '\n' << tr("Summary (%1 s):").arg(double(report.elapsedMs) / 1000.0, 0, 'f', 1) << '\n';
    for (const DeployReport::HostResult &h : report.hosts) {
        out << QStringLiteral("  %1  %2  %3/%4")
                   .arg(h.host, -12)
                   .arg(outcomeName(h.outcome), -14)
                   .arg(h.stepsDone)
                   .arg(h.stepsTotal);
        if (!h.message.isEmpty()) {
            out << QStringLiteral("  ") << h.message;
        }
        out << '\n';
    }
    if (!report.failure.isEmpty()) {
        out << tr("Stopped: %1").arg(report.failure) << '\n';
    }
    if (report.cancelled) {
        out << tr("Cancelled.") << '\n';
    }
    out.flush();
    return report.ok() ? kOk : kFailed;
}
