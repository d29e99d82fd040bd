#pragma once

#include <QString>

/// YAML 1.2 core-schema scalar rules, as snakeyaml-engine applies them when Flink loads
/// config.yaml.
namespace YamlScalar {

enum class Type
{
    String,
    Bool,
    Int,
    Float,
    Null
};

/// The type SnakeYAML's resolver gives an unquoted (plain) scalar.
Type resolve(QStringView plain);
/// The string Flink's Configuration ends up holding for an unquoted scalar: "True" becomes
/// "true", "010" becomes "10", ".5" becomes "0.5"; "yes" and "1:30" stay as written.
QString flinkString(QStringView plain);
/// Whether writing value unquoted would change what Flink reads or not be valid YAML.
bool needsQuoting(QStringView value);
/// value as a YAML scalar: plain when safe, otherwise quoted.
QString toYaml(const QString &value);

} // namespace YamlScalar
