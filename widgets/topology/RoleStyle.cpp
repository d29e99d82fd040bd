#include "RoleStyle.h"

#include "ClusterProject.h"

#include <QPainter>
#include <QPainterPath>

QColor RoleStyle::color(HostRole role)
{
    switch (role) {
    case HostRole::JobManager:
        return QColor(0x3d, 0x6f, 0xd9);
    case HostRole::TaskManager:
        return QColor(0x1f, 0x93, 0x78);
    case HostRole::ZooKeeper:
        return QColor(0x8a, 0x57, 0xc9);
    }
    return {};
}

QString RoleStyle::chipText(const Host &host, HostRole role)
{
    switch (role) {
    case HostRole::JobManager:
        return host.jobManager ? tr("JM :%1").arg(host.jobManager->webUiPort) : QString();
    case HostRole::TaskManager:
        if (!host.taskManager) {
            return {};
        }
        // Spelled out rather than %n: the English source has no plural translation to lean on.
        return host.taskManager->taskSlots == 1
                   ? tr("TM ×1 slot")
                   : tr("TM ×%1 slots").arg(host.taskManager->taskSlots);
    case HostRole::ZooKeeper:
        return host.zooKeeper ? tr("ZK #%1").arg(host.zooKeeper->id) : QString();
    }
    return {};
}

QList<HostRole> RoleStyle::roles(const Host &host)
{
    QList<HostRole> out;
    if (host.jobManager) {
        out.append(HostRole::JobManager);
    }
    if (host.zooKeeper) {
        out.append(HostRole::ZooKeeper);
    }
    if (host.taskManager) {
        out.append(HostRole::TaskManager);
    }
    return out;
}

QList<RoleStyle::Chip> RoleStyle::chips(const Host &host)
{
    QList<Chip> out;
    const QList<HostRole> all = roles(host);
    for (HostRole role : all) {
        // Three chips share one card: the slot count drops its unit so none is cut off.
        const bool compact = all.size() > 2 && role == HostRole::TaskManager;
        out.append(Chip{role, compact ? tr("TM ×%1").arg(host.taskManager->taskSlots)
                                      : chipText(host, role)});
    }
    return out;
}

std::optional<HostRole> RoleStyle::primaryRole(const Host &host)
{
    const QList<HostRole> list = roles(host);
    return list.isEmpty() ? std::nullopt : std::optional<HostRole>(list.first());
}

QString RoleStyle::description(HostRole role)
{
    switch (role) {
    case HostRole::JobManager:
        return tr("Schedules jobs; serves the web UI");
    case HostRole::TaskManager:
        return tr("Runs tasks in its slots");
    case HostRole::ZooKeeper:
        return tr("Elects the leading JobManager");
    }
    return {};
}

void RoleStyle::paintAccentStripe(QPainter *painter, const QRectF &card, qreal radius,
                                  const QColor &accent)
{
    QPainterPath clip;
    clip.addRoundedRect(card, radius, radius);
    painter->save();
    painter->setClipPath(clip);
    painter->fillRect(QRectF(card.left(), card.top(), 5, card.height()), accent);
    painter->restore();
}
