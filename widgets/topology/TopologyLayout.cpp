#include "TopologyLayout.h"

#include <algorithm>
#include <cmath>

int TopologyLayout::columnsFor(int count)
{
    if (count <= maxColumns) {
        return std::max(count, 1);
    }
    const int wide = static_cast<int>(std::ceil(std::sqrt(2.0 * count)));
    return std::clamp(wide, minColumns, maxColumns);
}

TopologyLayout::Result TopologyLayout::compute(const QList<int> &counts, QSizeF sideNode,
                                               int sideFrom)
{
    Result out;
    int columns = minColumns;
    for (int count : counts) {
        columns = std::max(columns, columnsFor(count));
    }
    const qreal inner = columns * cardWidth + (columns - 1) * columnGap;
    const qreal bandWidth = inner + 2 * bandPadding;
    qreal y = 0;
    for (int count : counts) {
        Band band;
        band.columns = std::min(columnsFor(count), columns);
        const int rows = std::max(1, (count + band.columns - 1) / band.columns);
        const qreal height = bandHeader + rows * cardHeight + (rows - 1) * rowGap + bandPadding;
        band.rect = QRectF(0, y, bandWidth, height);
        for (int i = 0; i < count; ++i) {
            const int row = i / band.columns;
            const int inRow = std::min(band.columns, count - row * band.columns);
            const qreal rowWidth = inRow * cardWidth + (inRow - 1) * columnGap;
            const qreal left = bandPadding + (inner - rowWidth) / 2;
            const int col = i % band.columns;
            band.positions.append(QPointF(left + col * (cardWidth + columnGap),
                                          y + bandHeader + row * (cardHeight + rowGap)));
        }
        out.bands.append(band);
        y += height + bandGap;
    }
    out.bounds = QRectF(0, 0, bandWidth, std::max<qreal>(0, y - bandGap));
    if (!sideNode.isEmpty()) {
        const qreal top = sideFrom < out.bands.size() ? out.bands.at(sideFrom).rect.top() : 0;
        out.side = QRectF(bandWidth + sideGap, top, sideNode.width() + 2 * bandPadding,
                          bandHeader + sideNode.height() + bandPadding);
        out.sidePosition = QPointF(out.side.left() + bandPadding, top + bandHeader);
        out.bounds = out.bounds.united(out.side);
    }
    return out;
}
