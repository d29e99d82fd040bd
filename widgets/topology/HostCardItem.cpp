#include "HostCardItem.h"

#include "RoleStyle.h"
#include "StatusIcons.h"
#include "TopologyLayout.h"
#include "TopologyScene.h"

#include <QFontMetricsF>
#include <QGraphicsSceneDragDropEvent>
#include <QGraphicsSceneMouseEvent>
#include <QMimeData>
#include <QPainter>
#include <QPalette>
#include <QStyleOptionGraphicsItem>

namespace {
constexpr qreal radius = 10;
constexpr qreal inset = 16;
constexpr qreal chipHeight = 22;
constexpr qreal chipGap = 6;
constexpr qreal chipPadding = 9;
constexpr qreal badgeSize = 18;

QFont nameFont(const QFont &base)
{
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() * 1.1);
    f.setBold(true);
    return f;
}

QFont smallFont(const QFont &base, bool bold = false)
{
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() * 0.88);
    f.setBold(bold);
    return f;
}

QFont sceneFont(const QGraphicsItem *item)
{
    return item->scene() ? item->scene()->font() : QFont();
}
} // namespace

HostCardItem::HostCardItem(QGraphicsItem *parent)
    : QGraphicsItem(parent)
{
    setAcceptDrops(true);
    setFlag(ItemIsSelectable);
    // Cards change rarely and are many; caching their pixmaps keeps scrolling and zooming smooth.
    setCacheMode(DeviceCoordinateCache);
}

void HostCardItem::setContent(const Content &content)
{
    if (content == m_content) {
        return;
    }
    m_content = content;
    setFlag(ItemIsSelectable, !content.reference);
    setZValue(content.reference ? -1 : 0);
    updateToolTip();
    update();
}

void HostCardItem::setDiagnostics(std::optional<Diagnostic::Severity> worst,
                                  const QStringList &messages)
{
    if (worst == m_severity && messages == m_messages) {
        return;
    }
    m_severity = worst;
    m_messages = messages;
    updateToolTip();
    update();
}

void HostCardItem::updateToolTip()
{
    QStringList lines;
    lines.append(m_content.address == m_content.name || m_content.address.isEmpty()
                     ? m_content.name
                     : tr("%1 (%2)").arg(m_content.name, m_content.address));
    if (m_content.reference) {
        lines.append(m_content.note);
    }
    for (const QString &message : m_messages) {
        lines.append(tr("• %1").arg(message));
    }
    setToolTip(lines.join(u'\n'));
}

QRectF HostCardItem::boundingRect() const
{
    return QRectF(-2, -2, TopologyLayout::cardWidth + 4, TopologyLayout::cardHeight + 6);
}

QPainterPath HostCardItem::shape() const
{
    QPainterPath path;
    path.addRoundedRect(QRectF(0, 0, TopologyLayout::cardWidth, TopologyLayout::cardHeight), radius,
                        radius);
    return path;
}

QList<QRectF> HostCardItem::chipRects() const
{
    const QFontMetricsF metrics(smallFont(sceneFont(this), true));
    QList<QRectF> out;
    qreal x = inset;
    const qreal y = TopologyLayout::cardHeight - 12 - chipHeight;
    for (const RoleStyle::Chip &chip : m_content.chips) {
        const qreal w = metrics.horizontalAdvance(chip.text) + 2 * chipPadding;
        out.append(QRectF(x, y, w, chipHeight));
        x += w + chipGap;
    }
    return out;
}

QRectF HostCardItem::chipRect(HostRole role) const
{
    const QList<QRectF> rects = chipRects();
    for (int i = 0; i < m_content.chips.size(); ++i) {
        if (m_content.chips.at(i).role == role) {
            return rects.at(i);
        }
    }
    return {};
}

void HostCardItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QPalette palette = scene() ? scene()->palette() : QPalette();
    const QFont base = sceneFont(this);
    const QRectF card(0, 0, TopologyLayout::cardWidth, TopologyLayout::cardHeight);
    const bool selected = option->state.testFlag(QStyle::State_Selected);
    const QColor accent =
        m_content.band ? RoleStyle::color(*m_content.band) : palette.color(QPalette::Mid);
    painter->setRenderHint(QPainter::Antialiasing);

    if (!m_content.reference) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0, 0, 0, 22));
        painter->drawRoundedRect(card.translated(0, 2).adjusted(-0.5, 0, 0.5, 1), radius, radius);
    }
    QColor fill = palette.color(QPalette::Base);
    if (m_content.reference) {
        fill.setAlpha(150);
    }
    QColor border = palette.color(QPalette::Text);
    border.setAlpha(m_content.reference ? 90 : 45);
    QPen pen(border, 1, m_content.reference ? Qt::DashLine : Qt::SolidLine);
    if (m_dropTarget) {
        pen = QPen(palette.color(QPalette::Highlight), 2, Qt::DashLine);
    } else if (selected) {
        pen = QPen(palette.color(QPalette::Highlight), 2.2);
    }
    painter->setPen(pen);
    painter->setBrush(fill);
    painter->drawRoundedRect(card.adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);

    // The accent stripe says which band's role placed the card here.
    RoleStyle::paintAccentStripe(painter, card, radius, accent);

    const qreal textWidth = card.width() - inset - (m_severity ? badgeSize + 14 : 12);
    painter->setPen(palette.color(QPalette::Text));
    const QFont nf = nameFont(base);
    painter->setFont(nf);
    const QFontMetricsF nameMetrics(nf);
    painter->drawText(QRectF(inset, 11, textWidth, nameMetrics.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      nameMetrics.elidedText(m_content.name, Qt::ElideMiddle, textWidth));

    const QFont sf = smallFont(base);
    painter->setFont(sf);
    const QFontMetricsF smallMetrics(sf);
    QColor muted = palette.color(QPalette::Text);
    muted.setAlpha(150);
    painter->setPen(muted);
    const QString second = m_content.reference           ? m_content.note
                           : m_content.address.isEmpty() ? tr("address = host name")
                                                         : m_content.address;
    painter->drawText(QRectF(inset, 14 + nameMetrics.height(), textWidth, smallMetrics.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      smallMetrics.elidedText(second, Qt::ElideMiddle, textWidth));

    const QList<QRectF> chips = chipRects();
    if (chips.isEmpty()) {
        QFont hint = sf;
        hint.setItalic(true);
        painter->setFont(hint);
        painter->drawText(QRectF(inset, card.height() - 12 - chipHeight, textWidth, chipHeight),
                          Qt::AlignLeft | Qt::AlignVCenter, tr("Drop a role here"));
    }
    const QFont cf = smallFont(base, true);
    painter->setFont(cf);
    for (int i = 0; i < chips.size(); ++i) {
        const RoleStyle::Chip &chip = m_content.chips.at(i);
        QRectF rect = chips.at(i);
        if (rect.right() > card.width() - 8) {
            rect.setRight(card.width() - 8);
        }
        QColor color = RoleStyle::color(chip.role);
        if (m_content.reference && m_content.band != chip.role) {
            color.setAlpha(120);
        }
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
        painter->drawRoundedRect(rect, chipHeight / 2, chipHeight / 2);
        painter->setPen(Qt::white);
        painter->drawText(rect.adjusted(chipPadding, 0, -chipPadding + 1, 0), Qt::AlignCenter,
                          QFontMetricsF(cf).elidedText(chip.text, Qt::ElideRight,
                                                       rect.width() - 2 * chipPadding + 2));
    }

    if (m_severity) {
        const QRectF badge(card.width() - badgeSize - 10, 10, badgeSize, badgeSize);
        painter->setPen(QPen(palette.color(QPalette::Base), 1.5));
        painter->setBrush(StatusIcons::colorFor(m_severity));
        painter->drawEllipse(badge);
        QFont bf = base;
        bf.setBold(true);
        bf.setPointSizeF(base.pointSizeF() * 0.85);
        painter->setFont(bf);
        painter->setPen(Qt::white);
        painter->drawText(badge, Qt::AlignCenter,
                          *m_severity == Diagnostic::Severity::Info ? QStringLiteral("i")
                                                                    : QStringLiteral("!"));
    }
}

TopologyScene *HostCardItem::topologyScene() const
{
    return qobject_cast<TopologyScene *>(scene());
}

void HostCardItem::dragEnterEvent(QGraphicsSceneDragDropEvent *event)
{
    const bool accept = TopologyScene::roleFromMime(event->mimeData()).has_value();
    event->setAccepted(accept);
    if (accept) {
        event->acceptProposedAction();
        event->accept(); // acceptProposedAction() only sets the drop action here
        m_dropTarget = true;
        update();
    }
}

void HostCardItem::dragMoveEvent(QGraphicsSceneDragDropEvent *event)
{
    // Accepting the move is what lets the view show a "copy" cursor and deliver the drop.
    if (TopologyScene::roleFromMime(event->mimeData())) {
        event->acceptProposedAction();
        event->accept();
    } else {
        event->ignore();
    }
}

void HostCardItem::dragLeaveEvent(QGraphicsSceneDragDropEvent *event)
{
    Q_UNUSED(event)
    m_dropTarget = false;
    update();
}

void HostCardItem::dropEvent(QGraphicsSceneDragDropEvent *event)
{
    m_dropTarget = false;
    update();
    if (TopologyScene *s = topologyScene(); s && s->dropRole(m_content.name, event->mimeData())) {
        event->acceptProposedAction();
        event->accept();
    } else {
        event->ignore();
    }
}

void HostCardItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_content.reference && event->button() == Qt::LeftButton) {
        if (TopologyScene *s = topologyScene()) {
            s->selectHost(m_content.name);
        }
        event->accept();
        return;
    }
    QGraphicsItem::mousePressEvent(event);
}

void HostCardItem::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    if (TopologyScene *s = topologyScene(); s && event->button() == Qt::LeftButton) {
        s->activateHost(m_content.name);
        event->accept();
        return;
    }
    QGraphicsItem::mouseDoubleClickEvent(event);
}
