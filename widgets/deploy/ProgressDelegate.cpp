#include "ProgressDelegate.h"

#include "DeployIcons.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionProgressBar>

ProgressDelegate::ProgressDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

void ProgressDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    const int total = index.data(TotalRole).toInt();
    if (total <= 0) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const int done = qBound(0, index.data(DoneRole).toInt(), total);
    // The selection background first, so a selected row stays one band.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    QStyleOptionProgressBar bar;
    bar.rect = option.rect.adjusted(3, 3, -3, -3);
    bar.state = option.state | QStyle::State_Horizontal;
    bar.direction = option.direction;
    bar.fontMetrics = option.fontMetrics;
    bar.palette = option.palette;
    bar.minimum = 0;
    bar.maximum = total;
    bar.progress = done;
    bar.textVisible = true;
    bar.textAlignment = Qt::AlignCenter;
    bar.text = tr("%1/%2").arg(done).arg(total);
    if (index.data(FailedRole).toBool()) {
        bar.palette.setColor(QPalette::Highlight, DeployIcons::color(DeployIcons::State::Failed));
    } else if (done == total) {
        bar.palette.setColor(QPalette::Highlight, DeployIcons::color(DeployIcons::State::Done));
    }
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
}

QSize ProgressDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(
        qMax(size.width(), option.fontMetrics.horizontalAdvance(QLatin1String("00/00")) * 2));
    return size;
}
