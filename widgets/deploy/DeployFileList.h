#pragma once

#include "DeployPlan.h"

#include <QTreeWidget>

/// The files FlinkDeck writes on one host, each with its status against what the host has
/// now (new, modified, unchanged, unknown).
class DeployFileList final : public QTreeWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeployFileList)
public:
    explicit DeployFileList(QWidget *parent = nullptr);

    /// Lists host's files (nullptr: none). Keeps a file of the same name selected when there is
    /// one, else selects the first that changes. Emits no currentItemChanged.
    void showHost(const DeployPlan::HostInfo *host);
    /// The selected file's path, or empty.
    QString currentPath() const;
};
