#include "DeployHostModel.h"

#include "ProgressDelegate.h"

using FileChange = DeployPlan::FileChange;

DeployHostModel::DeployHostModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    for (State s : {State::Pending, State::Running, State::Done, State::Failed, State::Skipped,
                    State::Attention}) {
        m_icons.append(DeployIcons::icon(s));
    }
}

void DeployHostModel::beginInspect(const QList<std::pair<QString, QString>> &hosts)
{
    beginResetModel();
    m_rows.clear();
    for (const auto &[name, target] : hosts) {
        Row row;
        row.name = name;
        row.target = target;
        row.state = State::Running;
        row.text = tr("connecting…");
        m_rows.append(row);
    }
    endResetModel();
}

void DeployHostModel::setPlan(const DeployPlan &plan)
{
    QHash<QString, int> steps;
    for (const DeployPlan::Phase &phase : plan.phases) {
        for (const DeployPlan::Step &step : phase.steps) {
            if (!step.host.isEmpty()) {
                ++steps[step.host];
            }
        }
    }
    beginResetModel();
    m_rows.clear();
    for (const DeployPlan::HostInfo &h : plan.hosts) {
        Row row;
        row.name = h.name;
        row.target = h.target;
        row.problem = h.problem;
        row.inspected = true;
        row.processes = h.processes;
        for (const FileChange &f : h.files) {
            row.changed +=
                f.status == FileChange::Status::New || f.status == FileChange::Status::Modified;
            row.unknown += f.status == FileChange::Status::Unknown;
        }
        for (const Preflight::Check &c : h.checks) {
            if (!c.ok) {
                row.failedChecks << tr("%1 — %2").arg(c.name, c.detail);
            }
        }
        row.total = steps.value(h.name);
        if (!h.problem.isEmpty()) {
            // The Running column shows the problem itself; the state says what it means.
            row.state = State::Attention;
            row.text = tr("cannot inspect");
        } else if (row.total > 0) {
            row.state = row.failedChecks.isEmpty() ? State::Pending : State::Attention;
            row.text =
                row.total == 1 ? tr("1 step planned") : tr("%1 steps planned").arg(row.total);
            // The Progress column already counts the steps; a failed check matters more.
            if (const auto failed = row.failedChecks.size(); failed > 0) {
                row.text = failed == 1 ? tr("1 check failed") : tr("%1 checks failed").arg(failed);
            }
        } else if (plan.action == DeployPlan::Action::Status) {
            row.state = State::Done;
            row.text = tr("inspected");
        } else {
            row.state = State::Skipped;
            row.text = tr("nothing to do");
        }
        m_rows.append(row);
    }
    endResetModel();
}

void DeployHostModel::beginExecute()
{
    for (int i = 0; i < m_rows.size(); ++i) {
        Row &row = m_rows[i];
        row.done = 0;
        if (row.total > 0) {
            row.state = State::Pending;
            row.text = tr("waiting");
        }
        rowChanged(i);
    }
}

void DeployHostModel::setActivity(const QString &host, const QString &activity)
{
    const int i = rowOf(host);
    if (i < 0) {
        return;
    }
    // Activity narrates a host at work; it never overwrites how a host ended.
    const State s = m_rows[i].state;
    if (s == State::Running || s == State::Pending) {
        setState(i, s, activity);
    }
}

void DeployHostModel::stepStarted(const QString &host, const QString &title)
{
    if (const int i = rowOf(host); i >= 0) {
        setState(i, State::Running, title);
    }
}

void DeployHostModel::stepFinished(const QString &host, bool ok, const QString &message)
{
    const int i = rowOf(host);
    if (i < 0) {
        return;
    }
    Row &row = m_rows[i];
    if (!ok) {
        setState(i, State::Failed, tr("failed ✗ %1").arg(message));
        return;
    }
    ++row.done;
    if (row.done >= row.total) {
        setState(i, State::Done, tr("succeeded ✓"));
    } else {
        rowChanged(i);
    }
}

void DeployHostModel::setReport(const DeployReport &report)
{
    using Outcome = DeployReport::HostResult::Outcome;
    for (const DeployReport::HostResult &r : report.hosts) {
        const int i = rowOf(r.host);
        if (i < 0) {
            continue;
        }
        Row &row = m_rows[i];
        row.done = r.stepsDone;
        row.total = r.stepsTotal;
        switch (r.outcome) {
        case Outcome::Succeeded:
            setState(i, State::Done, tr("succeeded ✓"));
            break;
        case Outcome::Failed:
            setState(i, State::Failed, tr("failed ✗ %1").arg(r.message));
            break;
        case Outcome::Skipped:
            setState(i, State::Skipped, tr("skipped: %1").arg(r.message));
            break;
        case Outcome::Untouched:
            setState(i, State::Skipped, tr("nothing to do"));
            break;
        }
    }
}

void DeployHostModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void DeployHostModel::setPalette(const QPalette &palette)
{
    m_palette = palette;
    if (!m_rows.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                           {Qt::ForegroundRole});
    }
}

QString DeployHostModel::hostAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).name : QString();
}

int DeployHostModel::rowOf(const QString &host) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).name == host) {
            return i;
        }
    }
    return -1;
}

DeployHostModel::State DeployHostModel::state(const QString &host) const
{
    const int i = rowOf(host);
    return i >= 0 ? m_rows.at(i).state : State::Pending;
}

QString DeployHostModel::stateText(const QString &host) const
{
    const int i = rowOf(host);
    return i >= 0 ? m_rows.at(i).text : QString();
}

int DeployHostModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int DeployHostModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DeployHostModel::runningText(const Row &row) const
{
    if (!row.processes) {
        return row.inspected ? row.problem : QString();
    }
    QStringList parts;
    for (auto service :
         {RemoteProcesses::Service::JobManager, RemoteProcesses::Service::TaskManager,
          RemoteProcesses::Service::ZooKeeper}) {
        const auto count = row.processes->pids(service).size();
        if (count == 1) {
            parts << RemoteProcesses::serviceName(service);
        } else if (count > 1) {
            parts << tr("%1 ×%2").arg(RemoteProcesses::serviceName(service)).arg(count);
        }
    }
    return parts.isEmpty() ? tr("nothing") : parts.join(QStringLiteral(", "));
}

QString DeployHostModel::changesText(const Row &row) const
{
    if (!row.inspected) {
        return {};
    }
    QStringList parts;
    // Spelled out rather than %n: the English source has no plural translation to lean on.
    if (row.changed > 0) {
        parts << (row.changed == 1 ? tr("1 file") : tr("%1 files").arg(row.changed));
    }
    if (row.unknown > 0) {
        parts << (row.unknown == 1 ? tr("1 unreadable") : tr("%1 unreadable").arg(row.unknown));
    }
    return parts.isEmpty() ? tr("up to date") : parts.join(QStringLiteral(", "));
}

QVariant DeployHostModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const Row &row = m_rows.at(index.row());
    switch (index.column()) {
    case HostColumn:
        if (role == Qt::DisplayRole) {
            return row.name;
        }
        break;
    case LoginColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
            return row.target;
        }
        break;
    case RunningColumn:
        if (role == Qt::DisplayRole) {
            return runningText(row);
        }
        if (role == Qt::ToolTipRole && row.processes) {
            QStringList lines;
            for (const RemoteProcesses::Process &p : row.processes->processes()) {
                lines << tr("%1 (pid %2)").arg(RemoteProcesses::serviceName(p.service)).arg(p.pid);
            }
            return lines.join(u'\n');
        }
        if (role == Qt::ToolTipRole) {
            return row.problem;
        }
        if (role == Qt::ForegroundRole && !row.processes && row.inspected) {
            return DeployIcons::textColor(State::Failed, m_palette);
        }
        break;
    case ChangesColumn:
        if (role == Qt::DisplayRole) {
            return changesText(row);
        }
        if (role == Qt::ForegroundRole && row.inspected && row.changed == 0 && row.unknown == 0) {
            return m_palette.color(QPalette::PlaceholderText);
        }
        break;
    case ProgressColumn:
        if (role == ProgressDelegate::DoneRole) {
            return row.done;
        }
        if (role == ProgressDelegate::TotalRole) {
            return row.total;
        }
        if (role == ProgressDelegate::FailedRole) {
            return row.state == State::Failed;
        }
        if (role == Qt::DisplayRole && row.inspected && row.total == 0) {
            return QStringLiteral("—");
        }
        if (role == Qt::TextAlignmentRole) {
            return int(Qt::AlignCenter);
        }
        break;
    case StateColumn:
        if (role == Qt::DisplayRole) {
            return row.text;
        }
        if (role == Qt::ToolTipRole) {
            if (!row.problem.isEmpty()) {
                return tr("%1: %2").arg(row.text, row.problem);
            }
            if (row.state == State::Attention && !row.failedChecks.isEmpty()) {
                return QString(tr("Preflight checks that failed:") + QLatin1Char('\n') +
                               row.failedChecks.join(QLatin1Char('\n')));
            }
            return row.text;
        }
        if (role == Qt::DecorationRole) {
            return m_icons.value(static_cast<int>(row.state));
        }
        if (role == Qt::ForegroundRole && row.state != State::Running) {
            return DeployIcons::textColor(row.state, m_palette);
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant DeployHostModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case HostColumn:
        return tr("Host");
    case LoginColumn:
        return tr("Login");
    case RunningColumn:
        return tr("Running");
    case ChangesColumn:
        return tr("Changes");
    case ProgressColumn:
        return tr("Progress");
    case StateColumn:
        return tr("State");
    default:
        return {};
    }
}

void DeployHostModel::setState(int row, State state, const QString &text)
{
    m_rows[row].state = state;
    m_rows[row].text = text;
    rowChanged(row);
}

void DeployHostModel::rowChanged(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}
