#include "StorageNodeItem.h"

#include "ClusterProject.h"
#include "RoleStyle.h"

#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QPainter>
#include <QPalette>

namespace {
QString firstValue(const FlinkConfig &config, std::initializer_list<const char *> keys)
{
    for (const char *key : keys) {
        if (const auto value = config.find(QLatin1String(key)); value && !value->isEmpty()) {
            return *value;
        }
    }
    return {};
}

/// "HDFS", "Amazon S3", … when every directory uses one file system; else a generic title.
QString storageTitle(const QStringList &dirs)
{
    QString scheme;
    for (const QString &dir : dirs) {
        if (dir.isEmpty()) {
            continue;
        }
        const qsizetype colon = dir.indexOf(u':');
        const QString s = colon > 0 ? dir.left(colon).toLower() : QStringLiteral("file");
        if (!scheme.isEmpty() && s != scheme) {
            return StorageNodeItem::tr("File systems");
        }
        scheme = s;
    }
    if (scheme == u"hdfs") {
        return StorageNodeItem::tr("HDFS");
    }
    if (scheme == u"s3" || scheme == u"s3a" || scheme == u"s3p") {
        return StorageNodeItem::tr("S3");
    }
    if (scheme == u"gs") {
        return StorageNodeItem::tr("Google Cloud Storage");
    }
    if (scheme == u"abfs" || scheme == u"abfss" || scheme == u"wasb" || scheme == u"wasbs") {
        return StorageNodeItem::tr("Azure Storage");
    }
    if (scheme == u"oss") {
        return StorageNodeItem::tr("Alibaba OSS");
    }
    if (scheme == u"file") {
        return StorageNodeItem::tr("Local or mounted path");
    }
    return scheme.isEmpty() ? StorageNodeItem::tr("Not configured") : scheme.toUpper();
}

constexpr qreal width = 244;
constexpr qreal header = 44;
constexpr qreal rowHeight = 38;
constexpr qreal inset = 16;
constexpr qreal radius = 10;

QColor accentFor(StorageNodeItem::Kind kind)
{
    return kind == StorageNodeItem::Kind::Storage ? QColor(0x5f, 0x7a, 0x8c)
                                                  : RoleStyle::color(HostRole::ZooKeeper);
}

void drawCylinder(QPainter *painter, const QRectF &r, const QColor &color)
{
    const qreal lid = r.height() / 4;
    painter->setPen(QPen(color, 1.6));
    painter->setBrush(Qt::NoBrush);
    painter->drawEllipse(QRectF(r.left(), r.top(), r.width(), lid));
    QPainterPath body;
    body.moveTo(r.left(), r.top() + lid / 2);
    body.lineTo(r.left(), r.bottom() - lid / 2);
    body.arcTo(QRectF(r.left(), r.bottom() - lid, r.width(), lid), 180, 180);
    body.lineTo(r.right(), r.top() + lid / 2);
    painter->drawPath(body);
    QPainterPath middle;
    middle.moveTo(r.left(), r.center().y());
    middle.arcTo(QRectF(r.left(), r.center().y() - lid / 2, r.width(), lid), 180, 180);
    painter->drawPath(middle);
}

void drawRing(QPainter *painter, const QRectF &r, const QColor &color)
{
    painter->setPen(QPen(color, 1.6));
    painter->setBrush(Qt::NoBrush);
    const qreal d = r.width() * 0.42;
    painter->drawEllipse(QRectF(r.center().x() - d / 2, r.top(), d, d));
    painter->drawEllipse(QRectF(r.left(), r.bottom() - d, d, d));
    painter->drawEllipse(QRectF(r.right() - d, r.bottom() - d, d, d));
}
} // namespace

StorageNodeItem::StorageNodeItem(QGraphicsItem *parent)
    : QGraphicsItem(parent)
{
    setCacheMode(DeviceCoordinateCache);
}

void StorageNodeItem::setContent(const Content &content)
{
    if (content == m_content) {
        return;
    }
    prepareGeometryChange();
    m_content = content;
    QStringList tip{content.title};
    for (const auto &[label, value] : content.rows) {
        tip.append(tr("%1: %2").arg(label, value.isEmpty() ? tr("not set") : value));
    }
    setToolTip(tip.join(u'\n'));
    update();
}

QSizeF StorageNodeItem::sizeFor(const Content &content)
{
    return QSizeF(width, header + content.rows.size() * rowHeight + 8);
}

QRectF StorageNodeItem::boundingRect() const
{
    const QSizeF size = sizeFor(m_content);
    return QRectF(-2, -2, size.width() + 4, size.height() + 6);
}

void StorageNodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QPalette palette = scene() ? scene()->palette() : QPalette();
    const QFont base = scene() ? scene()->font() : QFont();
    const QRectF card(QPointF(0, 0), sizeFor(m_content));
    const QColor accent = accentFor(m_content.kind);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(0, 0, 0, 22));
    painter->drawRoundedRect(card.translated(0, 2), radius, radius);
    QColor border = palette.color(QPalette::Text);
    border.setAlpha(45);
    painter->setPen(QPen(border, 1));
    painter->setBrush(palette.color(QPalette::Base));
    painter->drawRoundedRect(card.adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
    RoleStyle::paintAccentStripe(painter, card, radius, accent);

    const QRectF icon(inset, 12, 18, 22);
    if (m_content.kind == Kind::Storage) {
        drawCylinder(painter, icon, accent);
    } else {
        drawRing(painter, icon.adjusted(-1, 0, 1, -2), accent);
    }
    QFont titleFont = base;
    titleFont.setBold(true);
    titleFont.setPointSizeF(base.pointSizeF() * 1.05);
    painter->setFont(titleFont);
    painter->setPen(palette.color(QPalette::Text));
    const qreal textLeft = inset + 28;
    const qreal textWidth = card.width() - textLeft - 12;
    painter->drawText(
        QRectF(textLeft, 10, textWidth, 26), Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetricsF(titleFont).elidedText(m_content.title, Qt::ElideRight, textWidth));

    QFont labelFont = base;
    labelFont.setPointSizeF(base.pointSizeF() * 0.82);
    QFont valueFont = base;
    valueFont.setPointSizeF(base.pointSizeF() * 0.92);
    const QFontMetricsF valueMetrics(valueFont);
    QColor muted = palette.color(QPalette::Text);
    muted.setAlpha(140);
    qreal y = header;
    const qreal rowWidth = card.width() - 2 * inset;
    for (const auto &[label, value] : m_content.rows) {
        painter->setFont(labelFont);
        painter->setPen(muted);
        painter->drawText(QRectF(inset, y, rowWidth, 16), Qt::AlignLeft | Qt::AlignVCenter, label);
        QFont f = valueFont;
        f.setItalic(value.isEmpty());
        painter->setFont(f);
        painter->setPen(value.isEmpty() ? muted : palette.color(QPalette::Text));
        painter->drawText(QRectF(inset, y + 16, rowWidth, 18), Qt::AlignLeft | Qt::AlignVCenter,
                          value.isEmpty()
                              ? tr("not set")
                              : valueMetrics.elidedText(value, Qt::ElideMiddle, rowWidth));
        y += rowHeight;
    }
}

std::optional<StorageNodeItem::Content>
StorageNodeItem::sharedStorage(const ClusterProject &project)
{
    const QString haDir = !project.ha.storageDir.isEmpty()
                              ? project.ha.storageDir
                              : firstValue(project.flinkConfig, {"high-availability.storageDir"});
    const QString checkpoints =
        firstValue(project.flinkConfig, {"execution.checkpointing.dir", "state.checkpoints.dir"});
    const QString savepoints = firstValue(
        project.flinkConfig, {"execution.checkpointing.savepoint-dir", "state.savepoints.dir"});
    const bool ha = project.ha.mode == HaSettings::Mode::ZooKeeper;
    if (!ha && haDir.isEmpty() && checkpoints.isEmpty() && savepoints.isEmpty()) {
        return std::nullopt;
    }
    Content storage;
    storage.title = storageTitle({haDir, checkpoints, savepoints});
    if (ha || !haDir.isEmpty()) {
        storage.rows.append({tr("HA storage directory"), haDir});
    }
    storage.rows.append({tr("Checkpoints"), checkpoints});
    if (!savepoints.isEmpty()) {
        storage.rows.append({tr("Savepoints"), savepoints});
    }
    return storage;
}
