#include "HostRole.h"

QString HostRoles::displayName(HostRole role)
{
    switch (role) {
    case HostRole::JobManager:
        return tr("JobManager");
    case HostRole::TaskManager:
        return tr("TaskManager");
    case HostRole::ZooKeeper:
        return tr("ZooKeeper");
    }
    return {};
}

QString HostRoles::id(HostRole role)
{
    switch (role) {
    case HostRole::JobManager:
        return QStringLiteral("jobmanager");
    case HostRole::TaskManager:
        return QStringLiteral("taskmanager");
    case HostRole::ZooKeeper:
        return QStringLiteral("zookeeper");
    }
    return {};
}

std::optional<HostRole> HostRoles::fromId(const QString &id)
{
    for (HostRole role : {HostRole::JobManager, HostRole::TaskManager, HostRole::ZooKeeper}) {
        if (HostRoles::id(role) == id) {
            return role;
        }
    }
    return std::nullopt;
}
