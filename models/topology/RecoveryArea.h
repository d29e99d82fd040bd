#pragma once

#include "RecoveryStore.h"

#include <QList>
#include <QString>

#include <memory>
#include <vector>

class QLockFile;

/// The recovery folder shared by every running FlinkDeck: each instance writes its copies into
/// its own locked subfolder, so one instance never offers (or discards) another's live work.
/// Copies are offered only from subfolders whose owner is gone (its lock can be taken).
class RecoveryArea final
{
public:
    /// root: default <AppDataLocation>/recovery. Creates and locks this instance's subfolder.
    explicit RecoveryArea(QString root = {});
    ~RecoveryArea();
    Q_DISABLE_COPY_MOVE(RecoveryArea)

    QString root() const { return m_root; }
    /// Where this instance writes its copies.
    RecoveryStore ownStore() const;
    /// Stores left by instances that are no longer running, now locked by this one (and copies
    /// an older FlinkDeck left directly under root). Call once, early.
    QList<RecoveryStore> orphanedStores();
    /// Deletes an orphaned store's folder when no copy is left in it.
    void release(const RecoveryStore &store);

private:
    QString m_root;
    QString m_own;
    std::unique_ptr<QLockFile> m_lock;
    std::vector<std::unique_ptr<QLockFile>> m_adopted;
};
