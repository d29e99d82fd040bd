#pragma once

#include "ProjectRenderer.h"

#include <QCoreApplication>
#include <QStringList>

/// Writes rendered files to a local folder as DIR/<host>/<absolute path on the host>, each
/// through QSaveFile. The command line's render verb and the editor's Export share it.
class RenderedFileExport final
{
    Q_DECLARE_TR_FUNCTIONS(RenderedFileExport)
public:
    /// The local path a rendered file is written to under dir; empty when the host name or path
    /// would lead outside dir ("..", a slash in the host name).
    static QString targetPath(const QString &dir, const RenderedFile &file);
    /// Writes every file; stops at the first failure and says which file and why.
    static bool write(const QList<RenderedFile> &files, const QString &dir, QStringList *written,
                      QString *error);
};
