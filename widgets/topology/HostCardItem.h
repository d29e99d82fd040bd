#pragma once

#include "Diagnostic.h"
#include "RoleStyle.h"

#include <QCoreApplication>
#include <QGraphicsItem>
#include <QString>

#include <optional>

class TopologyScene;

/// A host on the canvas: name, address and one chip per role, with a badge when diagnostics
/// concern the host. A reference card stands for a host whose own card is in another band (a
/// ZooKeeper server that also runs a JobManager); it is drawn dashed and selects the real card.
class HostCardItem final : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(HostCardItem)

public:
    enum
    {
        Type = UserType + 1
    };

    struct Content
    {
        QString name;
        QString address; ///< empty = the name is the address
        QList<RoleStyle::Chip> chips;
        QString note;                 ///< replaces the address on reference cards
        std::optional<HostRole> band; ///< the role of the band the card stands in
        bool reference = false;
        friend bool operator==(const Content &, const Content &) = default;
    };

    explicit HostCardItem(QGraphicsItem *parent = nullptr);

    /// Updates what the card shows; repaints only when something differs.
    void setContent(const Content &content);
    const Content &content() const { return m_content; }
    QString hostName() const { return m_content.name; }
    bool isReference() const { return m_content.reference; }
    /// Marks the card with the worst severity of its host's diagnostics and lists them.
    void setDiagnostics(std::optional<Diagnostic::Severity> worst, const QStringList &messages);
    std::optional<Diagnostic::Severity> severity() const { return m_severity; }
    /// The rectangle of the chip for role, in item coordinates (empty when the host lacks it).
    QRectF chipRect(HostRole role) const;

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    void dragEnterEvent(QGraphicsSceneDragDropEvent *event) override;
    void dragMoveEvent(QGraphicsSceneDragDropEvent *event) override;
    void dragLeaveEvent(QGraphicsSceneDragDropEvent *event) override;
    void dropEvent(QGraphicsSceneDragDropEvent *event) override;
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;

private:
    TopologyScene *topologyScene() const;
    void updateToolTip();
    QList<QRectF> chipRects() const;

    Content m_content;
    std::optional<Diagnostic::Severity> m_severity;
    QStringList m_messages;
    bool m_dropTarget = false;
};
