#pragma once

#include <QColor>
#include <QGraphicsItem>
#include <QPainterPath>
#include <QString>

/// A connection on the canvas: a light polyline (or several sharing one style), optional
/// arrowheads and a small caption. Links never take mouse events, so cards stay easy to hit.
class LinkItem final : public QGraphicsItem
{
public:
    enum
    {
        Type = UserType + 3
    };

    enum class Style
    {
        Solid,
        Dashed
    };

    LinkItem(QColor color, Style style, QGraphicsItem *parent = nullptr);

    /// Adds a polyline through points.
    void addPolyline(const QList<QPointF> &points);
    /// Adds a filled arrowhead at tip, pointing away from from.
    void addArrow(QPointF tip, QPointF from);
    /// Adds a small dot (a junction or port).
    void addDot(QPointF centre);
    /// Places a caption; right-aligned so it ends at anchor when alignRight, else starts there.
    void setCaption(const QString &text, QPointF anchor, bool alignRight);
    QString caption() const { return m_caption; }
    const QPainterPath &path() const { return m_path; }

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QRectF captionRect() const;

    QColor m_color;
    Style m_style;
    QPainterPath m_path;
    QPainterPath m_fills;
    QString m_caption;
    QPointF m_captionAnchor;
    bool m_captionRight = false;
};
