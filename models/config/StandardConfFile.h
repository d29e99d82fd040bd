#pragma once

#include "Diagnostic.h"
#include "FlinkConfig.h"

#include <QCoreApplication>
#include <QString>

/// conf/config.yaml (Flink 1.19+): standard YAML, nested maps flattened to dotted keys, plain
/// scalars retyped by YAML 1.1 rules, duplicate keys and flattening collisions are errors.
class StandardConfFile final
{
    Q_DECLARE_TR_FUNCTIONS(StandardConfFile)
public:
    struct Result
    {
        FlinkConfig config;
        DiagnosticList diagnostics;
        bool readable = false; ///< false when the YAML itself is broken
    };

    /// Parses text; diagnostics name fileName, the line and the key.
    static Result parse(const QString &text, const QString &fileName);
};
