#include "StepRunner.h"

#include "ClusterProbe.h"
#include "ClusterProject.h"
#include "DeployPlanner.h"
#include "SshSession.h"

#include <QDateTime>
#include <QFileInfo>
#include <QRegularExpression>
#include <QThread>

using Service = RemoteProcesses::Service;
using Step = DeployPlan::Step;
using FileChange = DeployPlan::FileChange;

namespace {

QString tail(const QByteArray &bytes)
{
    QString text = QString::fromUtf8(bytes).trimmed();
    if (text.size() > 600) {
        text = QStringLiteral("…") + text.right(600);
    }
    return text;
}

const QLatin1String kManifest("manifest");
const QLatin1String kRolledBack("rolled-back");

} // namespace

StepRunner::StepRunner(const ClusterProject &project, const DeployPlan &plan,
                       const ClusterProbe &probe, QString backupStamp,
                       const std::atomic_bool &cancel)
    : m_project(project)
    , m_plan(plan)
    , m_probe(probe)
    , m_stamp(std::move(backupStamp))
    , m_cancel(cancel)
{}

QString StepRunner::backupRoot(SshSession &session, const ClusterProject &project, const Host &host)
{
    const QString home = session.homeDirectory();
    if (home.isEmpty()) {
        return {};
    }
    QString name = project.name.isEmpty() ? QStringLiteral("cluster") : project.name;
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    return home + QStringLiteral("/.flinkdeck/backups/") + name + QLatin1Char('/') + host.name;
}

std::optional<RemoteProcesses> StepRunner::probe(SshSession &session, const Host &host,
                                                 QString *message)
{
    const auto result = session.run(RemoteProcesses::listCommand());
    if (!result || !result->ok()) {
        *message = result ? tr("cannot list processes on %1: %2").arg(host.name, tail(result->err))
                          : session.errorString();
        return std::nullopt;
    }
    return RemoteProcesses::parse(result->out, m_project.pathsFor(host).flinkHome,
                                  DeployPlanner::zooCfgPath(m_project, host));
}

bool StepRunner::run(SshSession &session, const Step &step, const Output &out, QString *message)
{
    const Host *host = m_project.host(step.host);
    if (!host) {
        *message = tr("host %1 is not in the project").arg(step.host);
        return false;
    }
    switch (step.kind) {
    case Step::Kind::Upload:
        return upload(session, *host, out, message);
    case Step::Kind::Restore:
        return restore(session, *host, out, message);
    case Step::Kind::Start:
        return start(session, *host, step, out, message);
    case Step::Kind::Stop:
        return stop(session, *host, step, out, message);
    case Step::Kind::Probe:
        return probe(session, *host, message).has_value();
    case Step::Kind::WaitTaskManagerOf: {
        const QString idPrefix = host->effectiveAddress() + QLatin1Char(':');
        const QString inPath = QLatin1Char('@') + idPrefix;
        QStringList before;
        {
            QMutexLocker lock(&m_mutex);
            before = m_taskManagersBefore.value(host->name);
        }
        return ClusterProbe::waitUntil(
            [&](QString *detail) {
                const auto ids = m_probe.taskManagerIds(detail);
                if (!ids) {
                    return false;
                }
                for (const QString &id : *ids) {
                    if ((id.startsWith(idPrefix) || id.contains(inPath)) && !before.contains(id)) {
                        return true;
                    }
                }
                *detail = tr("no new TaskManager from %1 registered yet").arg(host->name);
                return false;
            },
            180, m_cancel, message);
    }
    case Step::Kind::WaitJobManagerOf:
        return ClusterProbe::waitUntil(
            [&](QString *detail) {
                int status = 0;
                if (m_probe.get(*host, QStringLiteral("/config"), &status) && status == 200) {
                    return true;
                }
                *detail = tr("the JobManager on %1 does not answer yet").arg(host->name);
                return false;
            },
            180, m_cancel, message);
    case Step::Kind::WaitLeader:
        return ClusterProbe::waitUntil(
            [&](QString *detail) {
                const QString leader = m_probe.leader(detail);
                if (leader.isEmpty() || leader == host->name) {
                    if (detail->isEmpty()) {
                        *detail = tr("no other JobManager leads yet");
                    }
                    return false;
                }
                int status = 0;
                const Host *next = m_project.host(leader);
                if (!next || !m_probe.get(*next, QStringLiteral("/overview"), &status) ||
                    status != 200) {
                    *detail = tr("%1 leads but its REST API does not answer yet").arg(leader);
                    return false;
                }
                out(tr("%1 leads now").arg(leader), false);
                return true;
            },
            180, m_cancel, message);
    default:
        *message = tr("this step does not run on a host");
        return false;
    }
}

bool StepRunner::upload(SshSession &session, const Host &host, const Output &out, QString *message)
{
    const DeployPlan::HostInfo *info = m_plan.host(host.name);
    QList<FileChange> changed;
    for (const FileChange &f : info ? info->files : QList<FileChange>()) {
        if (f.status != FileChange::Status::Unchanged) {
            changed << f;
        }
    }
    if (changed.isEmpty()) {
        out(tr("nothing to write"), false);
        return true;
    }
    const QString root = backupRoot(session, m_project, host);
    if (root.isEmpty()) {
        *message =
            tr("cannot find the home folder on %1: %2").arg(host.name, session.errorString());
        return false;
    }
    // The previous files first, all of them, then the manifest that marks the backup complete:
    // only then is anything replaced.
    const QString dir = root + QLatin1Char('/') + m_stamp;
    QStringList manifest;
    QStringList parents{dir};
    for (const FileChange &f : changed) {
        parents << QFileInfo(dir + QStringLiteral("/files") + f.path).path()
                << QFileInfo(f.path).path();
    }
    parents.removeDuplicates();
    for (const QString &p : std::as_const(parents)) {
        if (!session.makeDirectories(p)) {
            *message = session.errorString();
            return false;
        }
    }
    for (const FileChange &f : changed) {
        const auto current = session.readFile(f.path);
        if (current) {
            if (!session.writeFile(dir + QStringLiteral("/files") + f.path, *current)) {
                *message = session.errorString();
                return false;
            }
            manifest << QStringLiteral("existed\t") + f.path;
        } else if (session.failure() == SshSession::Failure::NotFound) {
            manifest << QStringLiteral("created\t") + f.path;
        } else {
            *message = session.errorString();
            return false;
        }
    }
    // The new files go up beside their targets first; one command then renames the manifest
    // (which marks the backup complete) and every file into place, in that order.
    QList<std::pair<QString, QString>> moves;
    for (const FileChange &f : changed) {
        if (m_cancel) {
            *message = tr("cancelled");
            return false;
        }
        const auto temp = session.uploadTemporary(f.path, f.wanted);
        if (!temp) {
            *message = session.errorString();
            return false;
        }
        moves.append({*temp, f.path});
    }
    const auto manifestTemp =
        session.uploadTemporary(dir + QLatin1Char('/') + kManifest,
                                (manifest.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8());
    if (!manifestTemp) {
        *message = session.errorString();
        return false;
    }
    moves.prepend({*manifestTemp, dir + QLatin1Char('/') + kManifest});
    if (!session.replaceFiles(moves)) {
        *message = session.errorString();
        return false;
    }
    out(tr("backed up %n file(s) to %1", nullptr, int(changed.size())).arg(dir), false);
    for (const FileChange &f : changed) {
        out(tr("wrote %1 (%n bytes)", nullptr, int(f.wanted.size())).arg(f.path), false);
    }
    return true;
}

bool StepRunner::restore(SshSession &session, const Host &host, const Output &out, QString *message)
{
    const QString root = backupRoot(session, m_project, host);
    if (root.isEmpty()) {
        *message =
            tr("cannot find the home folder on %1: %2").arg(host.name, session.errorString());
        return false;
    }
    // A rollback that restores nothing is a failure: the person asked for the previous files.
    const auto names = session.listDirectory(root);
    if (!names) {
        *message = session.failure() == SshSession::Failure::NotFound
                       ? tr("%1 has no backup from FlinkDeck (%2)").arg(host.name, root)
                       : session.errorString();
        return false;
    }
    QStringList sorted = *names;
    std::sort(sorted.begin(), sorted.end(), std::greater<>());
    for (const QString &name : sorted) {
        const QString dir = root + QLatin1Char('/') + name;
        const auto entries = session.listDirectory(dir);
        if (!entries) {
            *message = session.errorString();
            return false;
        }
        if (!entries->contains(kManifest) || entries->contains(kRolledBack)) {
            continue;
        }
        const auto manifest = session.readFile(dir + QLatin1Char('/') + kManifest);
        if (!manifest) {
            *message = session.errorString();
            return false;
        }
        QList<std::pair<QString, QString>> moves;
        QStringList restored;
        QStringList created;
        for (const QString &line :
             QString::fromUtf8(*manifest).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QString how = line.section(QLatin1Char('\t'), 0, 0);
            const QString path = line.section(QLatin1Char('\t'), 1);
            if (how == QLatin1String("existed")) {
                const auto bytes = session.readFile(dir + QStringLiteral("/files") + path);
                const auto temp = bytes ? session.uploadTemporary(path, *bytes) : std::nullopt;
                if (!temp) {
                    *message = session.errorString();
                    return false;
                }
                moves.append({*temp, path});
                restored << path;
            } else if (how == QLatin1String("created")) {
                created << path;
            }
        }
        if (!session.replaceFiles(moves)) {
            *message = session.errorString();
            return false;
        }
        for (const QString &path : std::as_const(restored)) {
            out(tr("restored %1").arg(path), false);
        }
        for (const QString &path : std::as_const(created)) {
            if (!session.removeFile(path)) {
                *message = session.errorString();
                return false;
            }
            out(tr("removed %1 (it did not exist before)").arg(path), false);
        }
        if (!session.writeFile(dir + QLatin1Char('/') + kRolledBack,
                               QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toUtf8() +
                                   '\n')) {
            *message = session.errorString();
            return false;
        }
        out(tr("rolled back to the files saved in %1").arg(dir), false);
        return true;
    }
    *message = tr("%1 has no backup left to roll back to (%2)").arg(host.name, root);
    return false;
}

bool StepRunner::waitForProcess(SshSession &session, const Host &host, Service service,
                                bool running, int timeoutSeconds, QString *message)
{
    return ClusterProbe::waitUntil(
        [&](QString *detail) {
            const auto processes = probe(session, host, detail);
            return processes && processes->runs(service) == running;
        },
        timeoutSeconds, m_cancel, message, 300);
}

bool StepRunner::start(SshSession &session, const Host &host, const Step &step, const Output &out,
                       QString *message)
{
    const auto before = probe(session, host, message);
    if (!before) {
        return false;
    }
    if (before->runs(step.service)) {
        out(tr("%1 already runs (pid %2)")
                .arg(RemoteProcesses::serviceName(step.service))
                .arg(before->pids(step.service).constFirst()),
            false);
        return true;
    }
    out(QStringLiteral("$ ") + step.command, false);
    const auto result = session.run(step.command, [&](const QByteArray &chunk, bool isStderr) {
        out(QString::fromUtf8(chunk), isStderr);
    });
    if (!result) {
        *message = session.errorString();
        return false;
    }
    if (!result->ok()) {
        *message = tr("`%1` on %2 exited with %3: %4")
                       .arg(step.command, host.name)
                       .arg(result->exitStatus)
                       .arg(tail(result->err + result->out));
        return false;
    }
    QString why;
    if (!waitForProcess(session, host, step.service, true, 30, &why)) {
        *message = tr("%1 on %2 did not start (check its log on the host)")
                       .arg(RemoteProcesses::serviceName(step.service), host.name);
        return false;
    }
    return true;
}

bool StepRunner::stop(SshSession &session, const Host &host, const Step &step, const Output &out,
                      QString *message)
{
    const auto before = probe(session, host, message);
    if (!before) {
        return false;
    }
    if (!before->runs(step.service)) {
        out(tr("%1 is not running").arg(RemoteProcesses::serviceName(step.service)), false);
        return true;
    }
    if (step.service == Service::TaskManager) {
        QString ignored;
        const auto ids = m_probe.taskManagerIds(&ignored);
        QMutexLocker lock(&m_mutex);
        m_taskManagersBefore[host.name] = ids.value_or(QStringList());
    }
    out(QStringLiteral("$ ") + step.command, false);
    const auto result = session.run(step.command, [&](const QByteArray &chunk, bool isStderr) {
        out(QString::fromUtf8(chunk), isStderr);
    });
    if (!result) {
        *message = session.errorString();
        return false;
    }
    QString why;
    if (waitForProcess(session, host, step.service, false, 30, &why)) {
        return true;
    }
    // The script could not find its pid file (started by hand, another pid dir): stop the
    // process we found ourselves, politely first.
    for (const char *signal : {"TERM", "KILL"}) {
        const auto now = probe(session, host, message);
        if (!now) {
            return false;
        }
        if (!now->runs(step.service)) {
            return true;
        }
        QString kill = QStringLiteral("kill -%1").arg(QLatin1String(signal));
        for (qint64 pid : now->pids(step.service)) {
            kill += QLatin1Char(' ') + QString::number(pid);
        }
        out(QStringLiteral("$ ") + kill, false);
        session.run(kill);
        if (waitForProcess(session, host, step.service, false, 30, &why)) {
            return true;
        }
    }
    *message = tr("%1 on %2 is still running after SIGKILL")
                   .arg(RemoteProcesses::serviceName(step.service), host.name);
    return false;
}
