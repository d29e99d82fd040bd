#include "TopologyCanvas.h"

#include <QEvent>
#include <QGraphicsScene>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>

namespace {
constexpr qreal minZoom = 0.2;
constexpr qreal maxZoom = 2.5;
constexpr qreal step = 1.2;
} // namespace

TopologyCanvas::TopologyCanvas(QWidget *parent)
    : QGraphicsView(parent)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                   QPainter::SmoothPixmapTransform);
    setDragMode(RubberBandDrag);
    setAcceptDrops(true);
    setFrameShape(QFrame::NoFrame);
    setTransformationAnchor(AnchorViewCenter);
    setResizeAnchor(AnchorViewCenter);
    setViewportUpdateMode(SmartViewportUpdate);
    setFocusPolicy(Qt::StrongFocus);
    for (QScrollBar *bar : {horizontalScrollBar(), verticalScrollBar()}) {
        connect(bar, &QScrollBar::actionTriggered, this, [this] { m_autoPlace = false; });
    }
}

void TopologyCanvas::setTopologyScene(QGraphicsScene *scene)
{
    QGraphicsView::setScene(scene);
    syncLook();
}

qreal TopologyCanvas::zoom() const
{
    return transform().m11();
}

void TopologyCanvas::setZoom(qreal factor)
{
    m_autoPlace = false;
    applyZoom(factor);
}

void TopologyCanvas::applyZoom(qreal factor)
{
    const qreal clamped = std::clamp(factor, minZoom, maxZoom);
    if (qFuzzyCompare(clamped, zoom())) {
        return;
    }
    setTransform(QTransform::fromScale(clamped, clamped));
    Q_EMIT zoomChanged(clamped);
}

void TopologyCanvas::zoomIn()
{
    setZoom(zoom() * step);
}

void TopologyCanvas::zoomOut()
{
    setZoom(zoom() / step);
}

void TopologyCanvas::fitAll()
{
    if (!scene()) {
        return;
    }
    const QRectF rect = scene()->sceneRect();
    const QSize area = viewport()->size();
    if (rect.isEmpty() || area.isEmpty()) {
        return;
    }
    const qreal factor =
        std::min({area.width() / rect.width(), area.height() / rect.height(), 1.0});
    setZoom(factor);
    centerOn(rect.center());
}

void TopologyCanvas::reveal(const QGraphicsItem *item)
{
    m_autoPlace = false;
    centerOn(item);
}

void TopologyCanvas::placeAtTop()
{
    if (!scene() || viewport()->width() <= 0) {
        return;
    }
    const QRectF rect = scene()->sceneRect();
    // Shrink to show the whole cluster when that keeps cards readable; else show its top.
    const qreal factor = std::clamp(
        std::min(viewport()->width() / rect.width(), viewport()->height() / rect.height()), 0.6,
        1.0);
    applyZoom(factor);
    const qreal visibleHeight = viewport()->height() / factor;
    centerOn(rect.center().x(),
             rect.height() <= visibleHeight ? rect.center().y() : rect.top() + visibleHeight / 2);
}

void TopologyCanvas::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_autoPlace) {
        placeAtTop();
    }
}

void TopologyCanvas::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers().testFlag(Qt::ControlModifier)) {
        const ViewportAnchor anchor = transformationAnchor();
        setTransformationAnchor(AnchorUnderMouse);
        setZoom(zoom() * (event->angleDelta().y() > 0 ? step : 1 / step));
        setTransformationAnchor(anchor);
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void TopologyCanvas::changeEvent(QEvent *event)
{
    QGraphicsView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        syncLook();
    }
}

void TopologyCanvas::syncLook()
{
    if (QGraphicsScene *s = scene()) {
        // An inherited palette or font has an empty resolve mask, which the scene would fill
        // from the application's: mark every role as set so the scene takes the widget's look.
        QPalette look = palette();
        look.setResolveMask(~QPalette::ResolveMask(0));
        s->setPalette(look);
        QFont f = font();
        f.setResolveMask(QFont::AllPropertiesResolved);
        s->setFont(f);
        s->setBackgroundBrush(palette().color(QPalette::Window));
    }
}
