#include "BandItem.h"

#include "RoleStyle.h"
#include "TopologyLayout.h"

#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QPainter>
#include <QPalette>

BandItem::BandItem(QGraphicsItem *parent)
    : QGraphicsItem(parent)
{
    setZValue(-20);
}

void BandItem::setBand(const QRectF &rect, const QString &title, std::optional<HostRole> role,
                       int count, const QString &hint)
{
    if (rect == m_rect && title == m_title && role == m_role && count == m_count &&
        hint == m_hint) {
        return;
    }
    prepareGeometryChange();
    m_rect = rect;
    m_title = title;
    m_role = role;
    m_count = count;
    m_hint = hint;
    update();
}

QRectF BandItem::boundingRect() const
{
    return m_rect.adjusted(-1, -1, 1, 1);
}

void BandItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QPalette palette = scene() ? scene()->palette() : QPalette();
    const QFont base = scene() ? scene()->font() : QFont();
    painter->setRenderHint(QPainter::Antialiasing);
    // Halfway between the window and the cards, so bands read as areas in light and dark themes.
    const QColor window = palette.color(QPalette::Window);
    const QColor card = palette.color(QPalette::Base);
    const QColor fill((window.red() * 3 + card.red()) / 4, (window.green() * 3 + card.green()) / 4,
                      (window.blue() * 3 + card.blue()) / 4);
    QColor border = palette.color(QPalette::Text);
    border.setAlpha(28);
    painter->setPen(QPen(border, 1));
    painter->setBrush(fill);
    painter->drawRoundedRect(m_rect.adjusted(0.5, 0.5, -0.5, -0.5), 14, 14);

    const qreal left = m_rect.left() + TopologyLayout::bandPadding;
    const qreal headerMid = m_rect.top() + TopologyLayout::bandHeader / 2 + 1;
    qreal x = left;
    if (m_role) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(RoleStyle::color(*m_role));
        painter->drawEllipse(QPointF(x + 4, headerMid), 4, 4);
        x += 14;
    }
    QFont titleFont = base;
    titleFont.setBold(true);
    titleFont.setPointSizeF(base.pointSizeF() * 0.95);
    titleFont.setLetterSpacing(QFont::PercentageSpacing, 104);
    const QFontMetricsF titleMetrics(titleFont);
    QColor text = palette.color(QPalette::Text);
    text.setAlpha(200);
    painter->setPen(text);
    painter->setFont(titleFont);
    const qreal titleWidth = titleMetrics.horizontalAdvance(m_title);
    painter->drawText(
        QRectF(x, headerMid - titleMetrics.height() / 2, titleWidth + 2, titleMetrics.height()),
        Qt::AlignLeft | Qt::AlignVCenter, m_title);
    if (m_count > 0) {
        QFont countFont = base;
        countFont.setPointSizeF(base.pointSizeF() * 0.9);
        painter->setFont(countFont);
        text.setAlpha(120);
        painter->setPen(text);
        painter->drawText(QRectF(x + titleWidth + 8, headerMid - titleMetrics.height() / 2, 80,
                                 titleMetrics.height()),
                          Qt::AlignLeft | Qt::AlignVCenter, QString::number(m_count));
    }
    if (!m_hint.isEmpty()) {
        QFont hintFont = base;
        hintFont.setItalic(true);
        painter->setFont(hintFont);
        text.setAlpha(130);
        painter->setPen(text);
        const QRectF area(m_rect.left(), m_rect.top() + TopologyLayout::bandHeader, m_rect.width(),
                          m_rect.height() - TopologyLayout::bandHeader -
                              TopologyLayout::bandPadding);
        painter->drawText(area.adjusted(24, 0, -24, 0), Qt::AlignCenter | Qt::TextWordWrap, m_hint);
    }
}
