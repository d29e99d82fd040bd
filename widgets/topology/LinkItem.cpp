#include "LinkItem.h"

#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QLineF>
#include <QPainter>
#include <QPalette>

namespace {
constexpr qreal penWidth = 1.6;

QFont captionFont(const QGraphicsItem *item)
{
    QFont f = item->scene() ? item->scene()->font() : QFont();
    f.setPointSizeF(f.pointSizeF() * 0.82);
    return f;
}
} // namespace

LinkItem::LinkItem(QColor color, Style style, QGraphicsItem *parent)
    : QGraphicsItem(parent)
    , m_color(color)
    , m_style(style)
{
    setZValue(-10);
    setAcceptedMouseButtons(Qt::NoButton);
    setAcceptHoverEvents(false);
}

void LinkItem::addPolyline(const QList<QPointF> &points)
{
    if (points.size() < 2) {
        return;
    }
    prepareGeometryChange();
    m_path.moveTo(points.first());
    for (qsizetype i = 1; i < points.size(); ++i) {
        m_path.lineTo(points.at(i));
    }
}

void LinkItem::addArrow(QPointF tip, QPointF from)
{
    prepareGeometryChange();
    QLineF back(tip, from);
    back.setLength(9);
    QLineF left = back;
    left.setAngle(back.angle() + 24);
    QLineF right = back;
    right.setAngle(back.angle() - 24);
    m_fills.moveTo(tip);
    m_fills.lineTo(left.p2());
    m_fills.lineTo(right.p2());
    m_fills.closeSubpath();
}

void LinkItem::addDot(QPointF centre)
{
    prepareGeometryChange();
    m_fills.addEllipse(centre, 3.2, 3.2);
}

void LinkItem::setCaption(const QString &text, QPointF anchor, bool alignRight)
{
    prepareGeometryChange();
    m_caption = text;
    m_captionAnchor = anchor;
    m_captionRight = alignRight;
}

QRectF LinkItem::captionRect() const
{
    if (m_caption.isEmpty()) {
        return {};
    }
    const QFontMetricsF metrics(captionFont(this));
    const qreal w = metrics.horizontalAdvance(m_caption) + 4;
    const qreal h = metrics.height();
    const qreal x = m_captionRight ? m_captionAnchor.x() - w : m_captionAnchor.x();
    return QRectF(x, m_captionAnchor.y() - h / 2, w, h);
}

QRectF LinkItem::boundingRect() const
{
    return m_path.boundingRect()
        .united(m_fills.boundingRect())
        .adjusted(-penWidth, -penWidth, penWidth, penWidth)
        .united(captionRect());
}

void LinkItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    QPen pen(m_color, penWidth, m_style == Style::Dashed ? Qt::DashLine : Qt::SolidLine,
             Qt::RoundCap, Qt::RoundJoin);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(m_path);
    painter->setPen(Qt::NoPen);
    painter->setBrush(m_color);
    painter->drawPath(m_fills);
    if (!m_caption.isEmpty()) {
        const QPalette palette = scene() ? scene()->palette() : QPalette();
        QColor text = palette.color(QPalette::Text);
        text.setAlpha(150);
        painter->setPen(text);
        painter->setFont(captionFont(this));
        painter->drawText(captionRect(), Qt::AlignCenter, m_caption);
    }
}
