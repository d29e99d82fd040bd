#pragma once

#include <QGraphicsView>

/// The view of the topology scene: rubber-band selection, Ctrl+wheel zoom around the cursor,
/// fit-to-window, and the scene painted in the widget's palette.
class TopologyCanvas final : public QGraphicsView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TopologyCanvas)
public:
    explicit TopologyCanvas(QWidget *parent = nullptr);

    /// The current zoom factor (1 = 100 %).
    qreal zoom() const;
    /// Sets the zoom factor, clamped to 20 %–250 %, keeping the centre of the view in place.
    void setZoom(qreal factor);
    void zoomIn();
    void zoomOut();
    /// Shows the whole scene (never above 100 %).
    void fitAll();
    /// Shows scene and gives it this widget's palette and font.
    void setTopologyScene(QGraphicsScene *scene);
    /// Scrolls to item and keeps the view where the user leaves it from now on.
    void reveal(const QGraphicsItem *item);
    /// Shows the top of the scene, zoomed out just enough to fit its width (not below 60 %).
    /// Until the user zooms or scrolls, the view does this again whenever it is resized.
    void placeAtTop();

Q_SIGNALS:
    void zoomChanged(qreal factor);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void syncLook();
    void applyZoom(qreal factor);

    bool m_autoPlace = true;
};
