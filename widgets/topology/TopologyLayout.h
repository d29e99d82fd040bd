#pragma once

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSizeF>

/// Geometry of the topology canvas: stacked bands of equal width, each holding fixed-size cards
/// in centred rows, and a side column for the shared storage node. Pure arithmetic, so it is
/// cheap for hundreds of hosts and easy to test.
class TopologyLayout final
{
public:
    static constexpr qreal cardWidth = 224;
    static constexpr qreal cardHeight = 92;
    static constexpr qreal columnGap = 18;
    static constexpr qreal rowGap = 16;
    static constexpr qreal bandPadding = 20;
    static constexpr qreal bandHeader = 30;
    static constexpr qreal bandGap = 64;
    static constexpr qreal sideGap = 76;
    static constexpr int maxColumns = 8;
    static constexpr int minColumns = 3;

    struct Band
    {
        QRectF rect;
        QList<QPointF> positions; ///< top-left of each card, in row order
        int columns = 0;
    };

    struct Result
    {
        QList<Band> bands;
        QRectF side; ///< the side column's band; empty when there is no side node
        QPointF sidePosition;
        QRectF bounds;
    };

    /// Lays out bands with counts[i] cards each (a band with 0 cards keeps one card's height for
    /// a hint) and, when sideNode is not empty, a side band beside bands[sideFrom..] for it.
    static Result compute(const QList<int> &counts, QSizeF sideNode = {}, int sideFrom = 0);
    /// The columns a band of count cards uses: roughly twice as wide as tall, within limits.
    static int columnsFor(int count);
};
