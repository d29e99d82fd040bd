#pragma once

#include <QString>

/// YAML 1.1 scalar rules as SnakeYAML applies them when Flink loads config.yaml.
namespace YamlScalar {

enum class Type
{
    String,
    Bool,
    Int,
    Float,
    Null,
    Timestamp
};

/// The type SnakeYAML's resolver gives an unquoted (plain) scalar.
Type resolve(QStringView plain);
/// The string Flink's Configuration ends up holding for an unquoted scalar: "yes" becomes
/// "true", "1:30" becomes "90", "010" becomes "8".
QString flinkString(QStringView plain);
/// Whether writing value unquoted would change what Flink reads or not be valid YAML.
bool needsQuoting(QStringView value);
/// value as a YAML scalar: plain when safe, otherwise quoted.
QString toYaml(const QString &value);

} // namespace YamlScalar
