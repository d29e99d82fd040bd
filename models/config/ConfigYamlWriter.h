#pragma once

#include "FlinkConfig.h"

#include <QString>

/// Writes a FlinkConfig as config.yaml, quoting every scalar SnakeYAML would retype.
class ConfigYamlWriter final
{
public:
    enum class Style
    {
        Flat,   ///< one "dotted.key: value" a line
        Nested, ///< dotted keys folded into maps; keys that are also prefixes stay dotted
    };

    static QString write(const FlinkConfig &config, Style style, const QString &header = {});
};
