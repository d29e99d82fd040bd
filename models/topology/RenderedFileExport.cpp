#include "RenderedFileExport.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

QString RenderedFileExport::targetPath(const QString &dir, const RenderedFile &file)
{
    QString relative = file.path;
    while (relative.startsWith(u'/')) {
        relative.remove(0, 1);
    }
    const QString root = QDir::cleanPath(QDir(dir).absolutePath());
    const QString hostDir = QDir::cleanPath(root + QLatin1Char('/') + file.host);
    const QString target = QDir::cleanPath(hostDir + QLatin1Char('/') + relative);
    // A project is data from elsewhere: its names must not write outside the chosen folder.
    if (file.host.isEmpty() || file.host.contains(u'/') || file.host.contains(u'\\') ||
        QFileInfo(hostDir).path() != root || !target.startsWith(hostDir + QLatin1Char('/'))) {
        return {};
    }
    return target;
}

bool RenderedFileExport::write(const QList<RenderedFile> &files, const QString &dir,
                               QStringList *written, QString *error)
{
    for (const RenderedFile &f : files) {
        const QString target = targetPath(dir, f);
        if (target.isEmpty()) {
            if (error) {
                *error = tr("Refusing to write %1 of host %2: it would land outside %3.")
                             .arg(f.path, f.host, dir);
            }
            return false;
        }
        QDir().mkpath(QFileInfo(target).absolutePath());
        QSaveFile out(target);
        if (!out.open(QIODevice::WriteOnly) || out.write(f.content) != f.content.size() ||
            !out.commit()) {
            if (error) {
                *error = tr("Cannot write %1: %2").arg(target, out.errorString());
            }
            return false;
        }
        if (written) {
            written->append(target);
        }
    }
    return true;
}
