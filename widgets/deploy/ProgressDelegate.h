#pragma once

#include <QStyledItemDelegate>

/// Paints a cell as a progress bar: DoneRole of TotalRole steps. Cells without a total paint
/// as usual, so a host with nothing to do shows its plain text.
class ProgressDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgressDelegate)
public:
    static constexpr int DoneRole = Qt::UserRole + 10;
    static constexpr int TotalRole = Qt::UserRole + 11;
    /// True while the row's work failed: the bar then shows how far it got, in red.
    static constexpr int FailedRole = Qt::UserRole + 12;

    explicit ProgressDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
