#include "RolePalette.h"

#include "RoleStyle.h"

#include <QDrag>
#include <QFontMetrics>
#include <QMimeData>
#include <QPainter>
#include <QPixmap>

#include <algorithm>

namespace {
constexpr HostRole order[] = {HostRole::JobManager, HostRole::TaskManager, HostRole::ZooKeeper};

QIcon swatch(HostRole role)
{
    QIcon icon;
    for (int size : {16, 20, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(RoleStyle::color(role));
        painter.drawRoundedRect(QRectF(1, 1, size - 2, size - 2), size / 4.0, size / 4.0);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

/// The chip the cursor carries while dragging, like the chips on the cards.
QPixmap chipPixmap(HostRole role, const QFont &base, qreal dpr)
{
    QFont font = base;
    font.setBold(true);
    const QString text = HostRoles::displayName(role);
    const QFontMetrics metrics(font);
    const QSize size(metrics.horizontalAdvance(text) + 24, metrics.height() + 10);
    QPixmap pixmap(size * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(RoleStyle::color(role));
    painter.drawRoundedRect(QRectF(QPointF(0, 0), size), size.height() / 2.0, size.height() / 2.0);
    painter.setPen(Qt::white);
    painter.setFont(font);
    painter.drawText(QRect(QPoint(0, 0), size), Qt::AlignCenter, text);
    return pixmap;
}
} // namespace

RolePalette::RolePalette(QWidget *parent)
    : QListWidget(parent)
{
    setDragEnabled(true);
    setDragDropMode(DragOnly);
    setDefaultDropAction(Qt::CopyAction);
    setSelectionMode(SingleSelection);
    setIconSize(QSize(18, 18));
    setSpacing(2);
    setUniformItemSizes(true);
    for (HostRole role : order) {
        auto *item = new QListWidgetItem(swatch(role), HostRoles::displayName(role), this);
        item->setToolTip(tr("%1 — drag onto a host card, or double-click to give it to the "
                            "selected hosts")
                             .arg(RoleStyle::description(role)));
        item->setSizeHint(QSize(0, 30));
    }
    connect(this, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { Q_EMIT roleActivated(roleAt(row(item))); });
}

HostRole RolePalette::roleAt(int row)
{
    return order[std::clamp(row, 0, 2)];
}

QMimeData *RolePalette::mimeFor(HostRole role)
{
    auto *mime = new QMimeData;
    mime->setData(HostRoles::mimeType(), HostRoles::id(role).toUtf8());
    mime->setText(HostRoles::displayName(role));
    return mime;
}

QStringList RolePalette::mimeTypes() const
{
    return {HostRoles::mimeType()};
}

QMimeData *RolePalette::mimeData(const QList<QListWidgetItem *> &items) const
{
    return items.isEmpty() ? nullptr : mimeFor(roleAt(row(items.first())));
}

void RolePalette::startDrag(Qt::DropActions supportedActions)
{
    Q_UNUSED(supportedActions)
    const QListWidgetItem *item = currentItem();
    if (!item) {
        return;
    }
    const HostRole role = roleAt(row(item));
    auto *drag = new QDrag(this);
    drag->setMimeData(mimeFor(role));
    const QPixmap pixmap = chipPixmap(role, font(), devicePixelRatioF());
    drag->setPixmap(pixmap);
    drag->setHotSpot(QPoint(12, int(pixmap.height() / pixmap.devicePixelRatio() / 2)));
    drag->exec(Qt::CopyAction, Qt::CopyAction);
}
