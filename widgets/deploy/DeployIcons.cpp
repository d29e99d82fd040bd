#include "DeployIcons.h"

#include "StatusIcons.h"

#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>

namespace {

QPixmap draw(DeployIcons::State state, int size)
{
    using State = DeployIcons::State;
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor color = DeployIcons::color(state);
    const qreal margin = size / 8.0;
    const QRectF disc(margin, margin, size - 2 * margin, size - 2 * margin);
    if (state == State::Pending) {
        // Hollow: nothing has happened yet.
        painter.setPen(QPen(color, qMax(1.0, size / 10.0)));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(disc.adjusted(0.5, 0.5, -0.5, -0.5));
        return pixmap;
    }
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawEllipse(disc);
    // A white mark inside so the states differ by shape, not only by colour.
    QPen mark(Qt::white, qMax(1.5, size / 8.0), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter.setPen(mark);
    painter.setBrush(Qt::NoBrush);
    const QPointF c = disc.center();
    const qreal r = disc.width() / 2;
    switch (state) {
    case State::Done: {
        QPainterPath check;
        check.moveTo(c.x() - r * 0.45, c.y() + r * 0.02);
        check.lineTo(c.x() - r * 0.1, c.y() + r * 0.35);
        check.lineTo(c.x() + r * 0.45, c.y() - r * 0.35);
        painter.drawPath(check);
        break;
    }
    case State::Failed:
        painter.drawLine(QPointF(c.x() - r * 0.35, c.y() - r * 0.35),
                         QPointF(c.x() + r * 0.35, c.y() + r * 0.35));
        painter.drawLine(QPointF(c.x() + r * 0.35, c.y() - r * 0.35),
                         QPointF(c.x() - r * 0.35, c.y() + r * 0.35));
        break;
    case State::Skipped:
        painter.drawLine(QPointF(c.x() - r * 0.4, c.y()), QPointF(c.x() + r * 0.4, c.y()));
        break;
    case State::Attention:
        painter.drawLine(QPointF(c.x(), c.y() - r * 0.45), QPointF(c.x(), c.y() + r * 0.1));
        painter.drawPoint(QPointF(c.x(), c.y() + r * 0.42));
        break;
    case State::Running: {
        painter.setPen(Qt::NoPen);
        painter.setBrush(Qt::white);
        QPolygonF play;
        play << QPointF(c.x() - r * 0.25, c.y() - r * 0.4) << QPointF(c.x() + r * 0.45, c.y())
             << QPointF(c.x() - r * 0.25, c.y() + r * 0.4);
        painter.drawPolygon(play);
        break;
    }
    case State::Pending:
        break;
    }
    return pixmap;
}

} // namespace

QColor DeployIcons::color(State state)
{
    switch (state) {
    case State::Done:
        return StatusIcons::colorFor(std::nullopt);
    case State::Failed:
        return StatusIcons::colorFor(Diagnostic::Severity::Error);
    case State::Attention:
        return StatusIcons::colorFor(Diagnostic::Severity::Warning);
    case State::Running:
        return StatusIcons::colorFor(Diagnostic::Severity::Info);
    case State::Pending:
    case State::Skipped:
        break;
    }
    return QColor(0x8a, 0x8f, 0x98);
}

QColor DeployIcons::textColor(State state, const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightnessF() < 0.5;
    // The icon colours are mid-tones; text needs a darker shade on light bases and a lighter
    // one on dark bases to stay readable.
    switch (state) {
    case State::Done:
        return dark ? QColor(0x56, 0xd3, 0x64) : QColor(0x1a, 0x7f, 0x37);
    case State::Failed:
        return dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xc6, 0x28, 0x28);
    case State::Attention:
        return dark ? QColor(0xe3, 0xb3, 0x41) : QColor(0x9a, 0x67, 0x00);
    case State::Running:
        return dark ? QColor(0x79, 0xc0, 0xff) : QColor(0x09, 0x69, 0xda);
    case State::Pending:
    case State::Skipped:
        break;
    }
    return palette.color(QPalette::PlaceholderText);
}

QIcon DeployIcons::icon(State state)
{
    QIcon icon;
    for (int size : {12, 16, 24, 32}) {
        icon.addPixmap(draw(state, size));
    }
    return icon;
}
