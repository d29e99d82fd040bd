#pragma once

#include "Diagnostic.h"
#include "FlinkVersion.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

/// Validates whatever a user points at: a cluster project, a conf directory, or one file
/// (flink-conf.yaml, config.yaml, masters, workers/slaves, zoo.cfg).
class PathValidator final
{
    Q_DECLARE_TR_FUNCTIONS(PathValidator)
public:
    struct Report
    {
        DiagnosticList diagnostics;
        bool readable = true; ///< false when the input could not be read at all
        FlinkVersion version; ///< the version validated against
    };

    static Report validate(const QString &path, std::optional<FlinkVersion> version = std::nullopt);

private:
    static Report validateProject(const QString &path, std::optional<FlinkVersion> version);
    static Report validateConfDir(const QString &path, std::optional<FlinkVersion> version);
    static Report validateFile(const QString &path, std::optional<FlinkVersion> version);
};
