#include "RecoveryArea.h"

#include <QDir>
#include <QLockFile>
#include <QStandardPaths>
#include <QUuid>

namespace {
QString lockName()
{
    return QStringLiteral("owner.lock");
}
} // namespace

RecoveryArea::RecoveryArea(QString root)
    : m_root(root.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                                  QStringLiteral("/recovery")
                            : std::move(root))
    , m_own(m_root + QLatin1Char('/') + QUuid::createUuid().toString(QUuid::Id128))
{
    QDir().mkpath(m_own);
    m_lock = std::make_unique<QLockFile>(m_own + QLatin1Char('/') + lockName());
    // Held for the whole run and never refreshed: only a dead owner makes it stale.
    m_lock->setStaleLockTime(0);
    m_lock->tryLock(0);
}

RecoveryArea::~RecoveryArea()
{
    m_lock->unlock();
    // Nothing unsaved was left behind: the folder goes with the instance.
    if (RecoveryStore(m_own).entries().isEmpty()) {
        QDir(m_own).removeRecursively();
    }
    for (std::unique_ptr<QLockFile> &lock : m_adopted) {
        lock->unlock();
    }
}

RecoveryStore RecoveryArea::ownStore() const
{
    return RecoveryStore(m_own);
}

QList<RecoveryStore> RecoveryArea::orphanedStores()
{
    QList<RecoveryStore> out;
    const QDir root(m_root);
    if (!RecoveryStore(m_root).entries().isEmpty()) {
        out.append(RecoveryStore(m_root)); // written before stores had owners
    }
    for (const QString &name : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QString dir = root.filePath(name);
        if (dir == m_own) {
            continue;
        }
        auto lock = std::make_unique<QLockFile>(dir + QLatin1Char('/') + lockName());
        lock->setStaleLockTime(0);
        if (!lock->tryLock(0)) {
            continue; // its owner is running
        }
        if (RecoveryStore(dir).entries().isEmpty()) {
            lock->unlock();
            QDir(dir).removeRecursively();
            continue;
        }
        out.append(RecoveryStore(dir));
        m_adopted.push_back(std::move(lock));
    }
    return out;
}

void RecoveryArea::release(const RecoveryStore &store)
{
    if (store.dir() == m_root || !store.entries().isEmpty()) {
        return;
    }
    for (auto it = m_adopted.begin(); it != m_adopted.end(); ++it) {
        if ((*it)->fileName().startsWith(store.dir() + QLatin1Char('/'))) {
            (*it)->unlock();
            m_adopted.erase(it);
            break;
        }
    }
    QDir(store.dir()).removeRecursively();
}
