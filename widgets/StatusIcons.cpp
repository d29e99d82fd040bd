#include "StatusIcons.h"

#include <QPainter>
#include <QPixmap>

QColor StatusIcons::colorFor(std::optional<Diagnostic::Severity> worst)
{
    if (!worst) {
        return QColor(0x2e, 0xa0, 0x43);
    }
    switch (*worst) {
    case Diagnostic::Severity::Error:
        return QColor(0xd7, 0x3a, 0x31);
    case Diagnostic::Severity::Warning:
        return QColor(0xe0, 0x9b, 0x1a);
    case Diagnostic::Severity::Info:
        return QColor(0x3b, 0x82, 0xd6);
    }
    return {};
}

QIcon StatusIcons::dot(std::optional<Diagnostic::Severity> worst)
{
    QIcon icon;
    for (int size : {12, 16, 24}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(colorFor(worst));
        const qreal margin = size / 6.0;
        painter.drawEllipse(QRectF(margin, margin, size - 2 * margin, size - 2 * margin));
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}
