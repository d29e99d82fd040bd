#pragma once

#include "HostRole.h"

#include <QListWidget>

class QMimeData;

/// The roles as draggable entries: drag one onto a host card to give the host that role, or
/// activate one (double-click, Enter) to give it to the selected hosts.
class RolePalette final : public QListWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RolePalette)
public:
    explicit RolePalette(QWidget *parent = nullptr);

    /// The drag payload for role: HostRoles::mimeType() carrying HostRoles::id(role).
    static QMimeData *mimeFor(HostRole role);
    /// The role of the entry at row.
    static HostRole roleAt(int row);

Q_SIGNALS:
    /// An entry was double-clicked or activated with the keyboard.
    void roleActivated(HostRole role);

protected:
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QList<QListWidgetItem *> &items) const override;
    void startDrag(Qt::DropActions supportedActions) override;
};
