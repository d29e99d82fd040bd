#include "ConfigKeyInfo.h"

#include <array>
#include <utility>

namespace {
constexpr std::array<std::pair<ConfigKeyInfo::Type, const char *>, 11> kTypeNames{{
    {ConfigKeyInfo::Type::String, "string"},
    {ConfigKeyInfo::Type::Int, "int"},
    {ConfigKeyInfo::Type::Long, "long"},
    {ConfigKeyInfo::Type::Double, "double"},
    {ConfigKeyInfo::Type::Bool, "bool"},
    {ConfigKeyInfo::Type::Enum, "enum"},
    {ConfigKeyInfo::Type::Memory, "memory"},
    {ConfigKeyInfo::Type::Duration, "duration"},
    {ConfigKeyInfo::Type::List, "list"},
    {ConfigKeyInfo::Type::Map, "map"},
    {ConfigKeyInfo::Type::Path, "path"},
}};
} // namespace

QString ConfigKeyInfo::typeName(Type type)
{
    for (const auto &[t, name] : kTypeNames) {
        if (t == type) {
            return QString::fromLatin1(name);
        }
    }
    return QStringLiteral("string");
}

std::optional<ConfigKeyInfo::Type> ConfigKeyInfo::typeFromName(const QString &name)
{
    for (const auto &[t, n] : kTypeNames) {
        if (name == QLatin1String(n)) {
            return t;
        }
    }
    return std::nullopt;
}
