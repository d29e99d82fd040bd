#pragma once

#include "FlinkVersion.h"

#include <QString>
#include <QStringList>

/// What FlinkDeck knows about one configuration key: type, default, and its life across versions.
struct ConfigKeyInfo
{
    enum class Type
    {
        String,
        Int,
        Long,
        Double,
        Bool,
        Enum,
        Memory,
        Duration,
        List,
        Map,
        Path
    };

    QString key;
    Type type = Type::String;
    QStringList values;      ///< enum constants (compared case-insensitively)
    bool allowClass = false; ///< a factory class name is accepted beside the enum constants
    QString defaultValue;
    FlinkVersion since;      ///< invalid = known in every supported version
    FlinkVersion deprecated; ///< invalid = never deprecated
    FlinkVersion removed;    ///< invalid = still read by the newest Flink
    FlinkVersion noEffect;   ///< from this version the key is read but does nothing
    QString replacement;
    QString group;
    QString scope; ///< "yarn", "kubernetes" or empty (applies to standalone)
    QString description;
    bool secret = false;

    bool existsIn(const FlinkVersion &v) const
    {
        return (!since.isValid() || v.atLeast(since)) &&
               (!removed.isValid() || !v.atLeast(removed));
    }
    bool deprecatedIn(const FlinkVersion &v) const
    {
        return deprecated.isValid() && v.atLeast(deprecated);
    }
    bool removedIn(const FlinkVersion &v) const { return removed.isValid() && v.atLeast(removed); }
    bool uselessIn(const FlinkVersion &v) const
    {
        return noEffect.isValid() && v.atLeast(noEffect);
    }

    static QString typeName(Type type);
    static std::optional<Type> typeFromName(const QString &name);
};
