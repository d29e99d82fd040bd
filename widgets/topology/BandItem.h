#pragma once

#include "HostRole.h"

#include <QCoreApplication>
#include <QGraphicsItem>
#include <QString>

#include <optional>

/// The background of one band of the canvas ("JobManagers · 2") with a hint when it is empty.
class BandItem final : public QGraphicsItem
{
public:
    enum
    {
        Type = UserType + 2
    };

    explicit BandItem(QGraphicsItem *parent = nullptr);

    /// Sets the band's rectangle (scene coordinates), title, accent role and empty-band hint.
    void setBand(const QRectF &rect, const QString &title, std::optional<HostRole> role, int count,
                 const QString &hint);
    QString title() const { return m_title; }
    QRectF rect() const { return m_rect; }

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QRectF m_rect;
    QString m_title;
    std::optional<HostRole> m_role;
    int m_count = 0;
    QString m_hint;
};
