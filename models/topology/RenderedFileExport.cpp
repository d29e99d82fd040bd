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
    return QDir(dir).filePath(file.host + QLatin1Char('/') + relative);
}

bool RenderedFileExport::write(const QList<RenderedFile> &files, const QString &dir,
                               QStringList *written, QString *error)
{
    for (const RenderedFile &f : files) {
        const QString target = targetPath(dir, f);
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
