#include "RecoveryStore.h"

#include "ProjectFile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>

RecoveryStore::RecoveryStore(QString dir)
    : m_dir(dir.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                                QStringLiteral("/recovery")
                          : std::move(dir))
{}

QString RecoveryStore::idFor(const QString &originalPath)
{
    if (originalPath.isEmpty()) {
        return QUuid::createUuid().toString(QUuid::Id128);
    }
    return QString::fromLatin1(
        QCryptographicHash::hash(QDir::cleanPath(originalPath).toUtf8(), QCryptographicHash::Sha1)
            .toHex()
            .left(16));
}

bool RecoveryStore::write(const QString &id, const QString &originalPath,
                          const ClusterProject &project)
{
    if (!QDir().mkpath(m_dir)) {
        return false;
    }
    QSaveFile copy(m_dir + QLatin1Char('/') + id + QStringLiteral(".flinkdeck.yaml"));
    if (!copy.open(QIODevice::WriteOnly)) {
        return false;
    }
    copy.write(ProjectFile::serialize(project));
    if (!copy.commit()) {
        return false;
    }
    QSaveFile note(m_dir + QLatin1Char('/') + id + QStringLiteral(".json"));
    if (!note.open(QIODevice::WriteOnly)) {
        return false;
    }
    note.write(QJsonDocument(QJsonObject{
                                 {QStringLiteral("path"), originalPath},
                                 {QStringLiteral("written"),
                                  QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                             })
                   .toJson());
    return note.commit();
}

void RecoveryStore::remove(const QString &id)
{
    QFile::remove(m_dir + QLatin1Char('/') + id + QStringLiteral(".flinkdeck.yaml"));
    QFile::remove(m_dir + QLatin1Char('/') + id + QStringLiteral(".json"));
}

QList<RecoveryStore::Entry> RecoveryStore::entries() const
{
    QList<Entry> out;
    const QDir dir(m_dir);
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files)) {
        QFile note(dir.filePath(name));
        if (!note.open(QIODevice::ReadOnly)) {
            continue;
        }
        const QJsonObject json = QJsonDocument::fromJson(note.readAll()).object();
        Entry e;
        e.id = name.chopped(5);
        e.originalPath = json.value(QStringLiteral("path")).toString();
        e.written = QDateTime::fromString(json.value(QStringLiteral("written")).toString(),
                                          Qt::ISODateWithMs);
        e.copyPath = dir.filePath(e.id + QStringLiteral(".flinkdeck.yaml"));
        if (QFile::exists(e.copyPath)) {
            out.append(e);
        }
    }
    std::sort(out.begin(), out.end(),
              [](const Entry &a, const Entry &b) { return a.written > b.written; });
    return out;
}
