#pragma once

#include "ClusterProject.h"
#include "Diagnostic.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

/// Two-way mapping between a project and the text of its project-wide Flink configuration file,
/// as Flink would read it. QtCore only, so it can move into the topology library.
class RawConfigSync final
{
    Q_DECLARE_TR_FUNCTIONS(RawConfigSync)
public:
    struct Result
    {
        std::optional<ClusterProject> project; ///< set when the text has no errors
        DiagnosticList diagnostics;            ///< errors and warnings, with 1-based lines
    };

    /// The project-wide Flink configuration (HA section included, no per-host keys or slot
    /// counts) written in the project's format and style.
    static QString text(const ClusterProject &project);
    /// Parses text and returns project with its HA section and Flink keys taken from it;
    /// hosts, slot counts and per-host keys stay as they are. No project when text has errors.
    static Result apply(const ClusterProject &project, const QString &text);
    /// The file name the text stands for (config.yaml or flink-conf.yaml).
    static QString fileName(const ClusterProject &project);
};
