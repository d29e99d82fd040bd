#pragma once

#include "HostRole.h"

#include <QColor>
#include <QCoreApplication>
#include <QList>
#include <QRectF>
#include <QString>

struct Host;

/// How roles look across the topology page: one colour per role and the text of a host's chips.
class QPainter;

class RoleStyle final
{
    Q_DECLARE_TR_FUNCTIONS(RoleStyle)
public:
    /// A chip on a host card: short text in the role's colour.
    struct Chip
    {
        HostRole role = HostRole::JobManager;
        QString text;
        friend bool operator==(const Chip &, const Chip &) = default;
    };

    /// The role's accent colour; saturated enough to carry white text in light and dark themes.
    static QColor color(HostRole role);
    /// "JM :8081", "TM ×4 slots", "ZK #1", translated.
    static QString chipText(const Host &host, HostRole role);
    /// The roles a host plays, in the order JobManager, ZooKeeper, TaskManager.
    static QList<HostRole> roles(const Host &host);
    /// One chip per role of the host.
    static QList<Chip> chips(const Host &host);
    /// The role that decides where a host's card stands: JobManager, then ZooKeeper, then
    /// TaskManager; nullopt for a host without roles.
    static std::optional<HostRole> primaryRole(const Host &host);
    /// A one-line description for the palette ("Coordinates jobs; web UI and REST").
    static QString description(HostRole role);
    /// Paints the coloured stripe along a card's left edge, clipped to its rounded corners.
    static void paintAccentStripe(QPainter *painter, const QRectF &card, qreal radius,
                                  const QColor &accent);
};
