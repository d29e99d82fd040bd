#pragma once

#include "ClusterProject.h"
#include "Diagnostic.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

/// Reads an existing Flink conf/ directory (and optionally a zoo.cfg) into a cluster project.
class ConfImporter final
{
    Q_DECLARE_TR_FUNCTIONS(ConfImporter)
public:
    struct Result
    {
        std::optional<ClusterProject> project;
        DiagnosticList diagnostics; ///< what the files' own parsers found, with file and line
        FlinkConfig rawConfig;      ///< the Flink file as Flink reads it, with its lines
        ConfigFileFormat format = ConfigFileFormat::Legacy;
        QString configFile; ///< path of the Flink file that was read
        bool versionGuessed = false;
    };

    /// version: the target Flink; when empty it is read from ../lib/flink-dist*.jar or guessed.
    static Result import(const QString &confDir, std::optional<FlinkVersion> version = std::nullopt,
                         const QString &zooCfgPath = {});
    /// The Flink version of a distribution from its lib/flink-dist jar name.
    static std::optional<FlinkVersion> detectVersion(const QString &flinkHome);
};
