#include "HostTableModel.h"

#include "ProjectDocument.h"

#include <QGuiApplication>
#include <QPalette>

namespace {
std::optional<HostRole> roleOf(int column)
{
    switch (column) {
    case HostTableModel::JobManagerColumn:
        return HostRole::JobManager;
    case HostTableModel::TaskManagerColumn:
        return HostRole::TaskManager;
    case HostTableModel::ZooKeeperColumn:
        return HostRole::ZooKeeper;
    default:
        return std::nullopt;
    }
}

bool hasRole(const Host &h, HostRole role)
{
    switch (role) {
    case HostRole::JobManager:
        return h.jobManager.has_value();
    case HostRole::TaskManager:
        return h.taskManager.has_value();
    case HostRole::ZooKeeper:
        return h.zooKeeper.has_value();
    }
    return false;
}

std::optional<int> roleValue(const Host &h, HostRole role)
{
    switch (role) {
    case HostRole::JobManager:
        return h.jobManager ? std::optional<int>(h.jobManager->webUiPort) : std::nullopt;
    case HostRole::TaskManager:
        return h.taskManager ? std::optional<int>(h.taskManager->taskSlots) : std::nullopt;
    case HostRole::ZooKeeper:
        return h.zooKeeper ? std::optional<int>(h.zooKeeper->id) : std::nullopt;
    }
    return std::nullopt;
}
} // namespace

HostTableModel::HostTableModel(ProjectDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_hosts(document->project().hosts)
    , m_ssh(document->project().ssh)
    , m_paths(document->project().paths)
{
    connect(m_document, &ProjectDocument::changed, this, &HostTableModel::sync);
}

void HostTableModel::sync()
{
    const ClusterProject &project = m_document->project();
    if (!(project.ssh == m_ssh) || !(project.paths == m_paths)) {
        // Inherited cells (greyed) show the project's defaults, which just changed.
        m_ssh = project.ssh;
        m_paths = project.paths;
        if (!m_hosts.isEmpty()) {
            Q_EMIT dataChanged(index(0, 0), index(int(m_hosts.size()) - 1, ColumnCount - 1));
        }
    }
    const QList<Host> &next = project.hosts;
    const qsizetype oldSize = m_hosts.size();
    const qsizetype newSize = next.size();
    auto sameNames = [&](qsizetype from, qsizetype to, qsizetype shift) {
        for (qsizetype i = from; i < to; ++i) {
            if (m_hosts.at(i).name != next.at(i + shift).name) {
                return false;
            }
        }
        return true;
    };
    // Most edits touch one row, add one at the end or remove one: say exactly that, so views
    // keep their selection and scroll position. Anything else (undo of a reorder) resets.
    if (newSize == oldSize) {
        qsizetype first = -1;
        qsizetype last = -1;
        for (qsizetype i = 0; i < newSize; ++i) {
            if (!(m_hosts.at(i) == next.at(i))) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        m_hosts = next;
        if (first >= 0) {
            Q_EMIT dataChanged(index(int(first), 0), index(int(last), ColumnCount - 1));
        }
        return;
    }
    auto settle = [&] {
        if (!(m_hosts == next)) {
            m_hosts = next;
            Q_EMIT dataChanged(index(0, 0), index(int(newSize) - 1, ColumnCount - 1));
        }
    };
    if (newSize > oldSize && sameNames(0, oldSize, 0)) {
        beginInsertRows({}, int(oldSize), int(newSize - 1));
        m_hosts.append(next.mid(oldSize));
        endInsertRows();
        settle();
        return;
    }
    if (newSize == oldSize + 1) {
        qsizetype added = 0;
        while (added < oldSize && m_hosts.at(added).name == next.at(added).name) {
            ++added;
        }
        if (sameNames(added, oldSize, 1)) {
            beginInsertRows({}, int(added), int(added));
            m_hosts.insert(added, next.at(added));
            endInsertRows();
            settle();
            return;
        }
    }
    if (newSize == oldSize - 1) {
        qsizetype gone = 0;
        while (gone < newSize && m_hosts.at(gone).name == next.at(gone).name) {
            ++gone;
        }
        if (sameNames(gone + 1, oldSize, -1)) {
            beginRemoveRows({}, int(gone), int(gone));
            m_hosts.removeAt(gone);
            endRemoveRows();
            settle();
            return;
        }
    }
    beginResetModel();
    m_hosts = next;
    endResetModel();
}

int HostTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hosts.size());
}

int HostTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int HostTableModel::rowOf(const QString &name) const
{
    for (qsizetype i = 0; i < m_hosts.size(); ++i) {
        if (m_hosts.at(i).name == name) {
            return int(i);
        }
    }
    return -1;
}

QString HostTableModel::hostAt(int row) const
{
    return row >= 0 && row < m_hosts.size() ? m_hosts.at(row).name : QString();
}

QVariant HostTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Host &h = m_hosts.at(index.row());
    const ClusterProject &project = m_document->project();
    const int column = index.column();
    if (const std::optional<HostRole> r = roleOf(column)) {
        const std::optional<int> value = roleValue(h, *r);
        switch (role) {
        case Qt::CheckStateRole:
            return hasRole(h, *r) ? Qt::Checked : Qt::Unchecked;
        case Qt::DisplayRole:
        case Qt::EditRole:
            return value ? QVariant(*value) : QVariant();
        case Qt::ToolTipRole:
            return *r == HostRole::JobManager    ? tr("Web UI port; tick to run a JobManager here")
                   : *r == HostRole::TaskManager ? tr("Task slots; tick to run a TaskManager here")
                                                 : tr("Server id; tick to run a ZooKeeper server "
                                                      "here");
        default:
            return {};
        }
    }
    // Inherited settings show the project's value, greyed, so the table answers "what is used".
    QString own;
    QString inherited;
    switch (column) {
    case NameColumn:
        own = h.name;
        break;
    case AddressColumn:
        own = h.address;
        inherited = h.name;
        break;
    case SshUserColumn:
        own = h.ssh.user;
        inherited = project.sshFor(h).user;
        break;
    case SshPortColumn:
        if (role == Qt::EditRole) {
            return h.ssh.port;
        }
        own = h.ssh.port == 0 ? QString() : QString::number(h.ssh.port);
        inherited = QString::number(project.sshFor(h).port);
        break;
    case FlinkHomeColumn:
        own = h.paths.flinkHome;
        inherited = project.pathsFor(h).flinkHome;
        break;
    default:
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        return own.isEmpty() ? inherited : own;
    case Qt::EditRole:
        return own;
    case Qt::ForegroundRole:
        if (own.isEmpty() && !inherited.isEmpty()) {
            return QGuiApplication::palette().brush(QPalette::PlaceholderText);
        }
        return {};
    case Qt::ToolTipRole:
        if (own.isEmpty() && !inherited.isEmpty()) {
            return column == AddressColumn ? tr("No address set: the host name is used")
                                           : tr("Inherited from the project: %1").arg(inherited);
        }
        return {};
    default:
        return {};
    }
}

Qt::ItemFlags HostTableModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return Qt::NoItemFlags;
    }
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    if (const std::optional<HostRole> r = roleOf(index.column())) {
        f |= Qt::ItemIsUserCheckable;
        if (hasRole(m_hosts.at(index.row()), *r)) {
            f |= Qt::ItemIsEditable;
        }
        return f;
    }
    return f | Qt::ItemIsEditable;
}

bool HostTableModel::setRoleEnabled(const Host &host, int column, bool enabled)
{
    const HostRole role = *roleOf(column);
    if (hasRole(host, role) == enabled) {
        return true;
    }
    return enabled ? m_document->assignRole(host.name, role)
                   : m_document->removeRole(host.name, role);
}

bool HostTableModel::setRoleValue(const Host &host, int column, int value)
{
    Host edited = host;
    switch (*roleOf(column)) {
    case HostRole::JobManager:
        if (!edited.jobManager || value < 1 || value > 65535) {
            return false;
        }
        edited.jobManager->webUiPort = value;
        break;
    case HostRole::TaskManager:
        if (!edited.taskManager || value < 1) {
            return false;
        }
        edited.taskManager->taskSlots = value;
        break;
    case HostRole::ZooKeeper:
        if (!edited.zooKeeper || value < 1 || value > 255) {
            return false;
        }
        edited.zooKeeper->id = value;
        break;
    }
    return edited == host || m_document->updateHost(host.name, edited);
}

bool HostTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return false;
    }
    // Copy: the edit below replaces m_hosts.
    const Host host = m_hosts.at(index.row());
    const int column = index.column();
    if (roleOf(column)) {
        if (role == Qt::CheckStateRole) {
            return setRoleEnabled(host, column,
                                  value.value<Qt::CheckState>() == Qt::Checked ||
                                      value.toInt() == Qt::Checked);
        }
        if (role != Qt::EditRole) {
            return false;
        }
        bool ok = false;
        const int number = value.toInt(&ok);
        return ok && setRoleValue(host, column, number);
    }
    if (role != Qt::EditRole) {
        return false;
    }
    const QString text = value.toString().trimmed();
    Host edited = host;
    switch (column) {
    case NameColumn:
        return text == host.name || m_document->renameHost(host.name, text);
    case AddressColumn:
        edited.address = text;
        break;
    case SshUserColumn:
        edited.ssh.user = text;
        break;
    case SshPortColumn: {
        bool ok = false;
        const int port = value.toInt(&ok);
        if (!ok || port < 0 || port > 65535) {
            return false;
        }
        edited.ssh.port = port;
        break;
    }
    case FlinkHomeColumn:
        if (!text.isEmpty() && !text.startsWith(u'/')) {
            return false;
        }
        edited.paths.flinkHome = text;
        break;
    default:
        return false;
    }
    return edited == host || m_document->updateHost(host.name, edited);
}

QVariant HostTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NameColumn:
            return tr("Name");
        case AddressColumn:
            return tr("Address");
        case JobManagerColumn:
            return tr("JobManager (port)");
        case TaskManagerColumn:
            return tr("TaskManager (slots)");
        case ZooKeeperColumn:
            return tr("ZooKeeper (id)");
        case SshUserColumn:
            return tr("SSH user");
        case SshPortColumn:
            return tr("SSH port");
        case FlinkHomeColumn:
            return tr("Flink home");
        default:
            break;
        }
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}
