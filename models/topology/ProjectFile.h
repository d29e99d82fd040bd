#pragma once

#include "ClusterProject.h"
#include "Diagnostic.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

/// Reads and writes *.flinkdeck.yaml cluster projects. Fields FlinkDeck does not know survive
/// a load/save round trip; saves are atomic.
class ProjectFile final
{
    Q_DECLARE_TR_FUNCTIONS(ProjectFile)
public:
    struct LoadResult
    {
        std::optional<ClusterProject> project; ///< empty when an error made the file unusable
        DiagnosticList diagnostics;
    };

    static constexpr int kFormatVersion = 1;

    static LoadResult load(const QString &path);
    static LoadResult parse(const QByteArray &yaml, const QString &fileName);
    static QByteArray serialize(const ClusterProject &project);
    /// Writes through QSaveFile: the old file stays intact unless the new one is complete.
    static bool save(const ClusterProject &project, const QString &path, QString *error);
    /// extraYaml with the unknown fields kept for host from moved to host to (dropped when to
    /// is empty), so a renamed host keeps them and a new host of the old name does not get them.
    static QString moveHostExtra(const QString &extraYaml, const QString &from, const QString &to);
};
