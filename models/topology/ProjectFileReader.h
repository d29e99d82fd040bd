#pragma once

#include "ProjectFile.h"

/// Reads a project file's YAML into a ClusterProject, with a diagnostic (line, key path) for
/// each field it cannot use; fields it does not know are kept for the next save.
class ProjectFileReader final
{
public:
    /// See ProjectFile::parse.
    static ProjectFile::LoadResult parse(const QByteArray &yaml, const QString &fileName);
};
