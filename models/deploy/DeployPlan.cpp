#include "DeployPlan.h"

const DeployPlan::HostInfo *DeployPlan::host(const QString &name) const
{
    for (const HostInfo &h : hosts) {
        if (h.name == name) {
            return &h;
        }
    }
    return nullptr;
}

int DeployPlan::changedFileCount() const
{
    int count = 0;
    for (const HostInfo &h : hosts) {
        for (const FileChange &f : h.files) {
            count +=
                f.status == FileChange::Status::Modified || f.status == FileChange::Status::New;
        }
    }
    return count;
}

QStringList DeployPlan::failedChecks() const
{
    QStringList failed;
    for (const HostInfo &h : hosts) {
        for (const Preflight::Check &c : h.checks) {
            if (!c.ok) {
                failed << tr("%1: %2 — %3").arg(h.name, c.name, c.detail);
            }
        }
    }
    return failed;
}

int DeployPlan::stepCount() const
{
    int count = 0;
    for (const Phase &p : phases) {
        count += int(p.steps.size());
    }
    return count;
}

QString DeployPlan::toText(bool withDiffs) const
{
    QString out;
    out += tr("Plan: %1").arg(actionName(action)) + QLatin1Char('\n');
    for (const HostInfo &h : hosts) {
        out += QLatin1Char('\n') + tr("== %1 (%2)").arg(h.name, h.target) + QLatin1Char('\n');
        if (!h.problem.isEmpty()) {
            out +=
                QStringLiteral("  ") + tr("cannot inspect: %1").arg(h.problem) + QLatin1Char('\n');
        }
        if (h.processes) {
            QStringList running;
            for (const RemoteProcesses::Process &p : h.processes->processes()) {
                running
                    << tr("%1 (pid %2)").arg(RemoteProcesses::serviceName(p.service)).arg(p.pid);
            }
            out +=
                QStringLiteral("  ") +
                tr("running: %1")
                    .arg(running.isEmpty() ? tr("nothing") : running.join(QStringLiteral(", "))) +
                QLatin1Char('\n');
        }
        for (const Preflight::Check &c : h.checks) {
            out += QStringLiteral("  [%1] %2: %3\n")
                       .arg(c.ok ? tr("ok") : tr("FAIL"), c.name, c.detail);
        }
        for (const FileChange &f : h.files) {
            out += QStringLiteral("  %1  %2\n").arg(statusName(f.status), -10).arg(f.path);
            if (withDiffs && !f.diff.isEmpty()) {
                for (const QString &line : f.diff.split(QLatin1Char('\n'))) {
                    if (!line.isEmpty()) {
                        out += QStringLiteral("    ") + line + QLatin1Char('\n');
                    }
                }
            }
        }
    }
    out += QLatin1Char('\n') + tr("Steps:") + QLatin1Char('\n');
    int n = 0;
    for (const Phase &phase : phases) {
        out += QStringLiteral("  ") + phase.title + QLatin1Char('\n');
        for (const Step &step : phase.steps) {
            out += QStringLiteral("    %1. ").arg(++n) + step.title;
            if (!step.command.isEmpty()) {
                out += QStringLiteral("  $ ") + step.command;
            }
            out += QLatin1Char('\n');
        }
    }
    if (phases.isEmpty()) {
        out += QStringLiteral("  ") + tr("nothing to do") + QLatin1Char('\n');
    }
    for (const QString &note : notes) {
        out += tr("Note: %1").arg(note) + QLatin1Char('\n');
    }
    return out;
}

QString DeployPlan::actionId(Action action)
{
    switch (action) {
    case Action::Apply:
        return QStringLiteral("apply");
    case Action::Start:
        return QStringLiteral("start");
    case Action::Stop:
        return QStringLiteral("stop");
    case Action::Restart:
        return QStringLiteral("restart");
    case Action::RollingRestart:
        return QStringLiteral("rolling-restart");
    case Action::Status:
        return QStringLiteral("status");
    case Action::Rollback:
        return QStringLiteral("rollback");
    }
    return {};
}

std::optional<DeployPlan::Action> DeployPlan::actionFromId(const QString &id)
{
    for (Action a : {Action::Apply, Action::Start, Action::Stop, Action::Restart,
                     Action::RollingRestart, Action::Status, Action::Rollback}) {
        if (actionId(a) == id) {
            return a;
        }
    }
    return std::nullopt;
}

QString DeployPlan::actionName(Action action)
{
    switch (action) {
    case Action::Apply:
        return tr("push configuration");
    case Action::Start:
        return tr("start cluster");
    case Action::Stop:
        return tr("stop cluster");
    case Action::Restart:
        return tr("restart cluster");
    case Action::RollingRestart:
        return tr("rolling restart");
    case Action::Status:
        return tr("status");
    case Action::Rollback:
        return tr("roll back to the previous files");
    }
    return {};
}

QString DeployPlan::statusName(FileChange::Status status)
{
    switch (status) {
    case FileChange::Status::Unchanged:
        return tr("unchanged");
    case FileChange::Status::Modified:
        return tr("modified");
    case FileChange::Status::New:
        return tr("new");
    case FileChange::Status::Unknown:
        return tr("unknown");
    }
    return {};
}
