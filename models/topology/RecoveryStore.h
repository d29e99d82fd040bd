#pragma once

#include "ClusterProject.h"

#include <QDateTime>
#include <QList>
#include <QString>

/// Recovery copies of unsaved projects, so a crash loses at most a few seconds of edits.
/// Each copy is a project file plus a small JSON note naming the file it belongs to.
class RecoveryStore final
{
public:
    struct Entry
    {
        QString id;           ///< file stem inside the store
        QString originalPath; ///< empty for a project never saved
        QDateTime written;
        QString copyPath; ///< the recovery copy itself
    };

    /// A store in dir (created when needed); the default is <AppDataLocation>/recovery.
    explicit RecoveryStore(QString dir = {});

    QString dir() const { return m_dir; }
    /// Writes a copy for the document with key id (see idFor()); atomic.
    bool write(const QString &id, const QString &originalPath, const ClusterProject &project);
    void remove(const QString &id);
    /// Every copy left behind, newest first.
    QList<Entry> entries() const;
    /// A stable id for a saved path, or a fresh one for an untitled project.
    static QString idFor(const QString &originalPath);

private:
    QString m_dir;
};
