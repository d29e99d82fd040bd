#pragma once

#include "ConfigSchema.h"
#include "ConfigYamlWriter.h"
#include "FlinkConfig.h"

#include <QCoreApplication>
#include <QList>

/// Moves a configuration to a target Flink version: renames deprecated keys, drops keys with no
/// effect, converts values whose unit changed, and says why for each change.
class ConfigMigrator final
{
    Q_DECLARE_TR_FUNCTIONS(ConfigMigrator)
public:
    struct Change
    {
        enum class Kind
        {
            Renamed,
            Dropped,
            Converted
        };
        Kind kind = Kind::Renamed;
        int line = 0;
        QString key;
        QString newKey;
        QString oldValue;
        QString newValue;
        QString reason;

        /// One line for a report: "line 7: renamed a -> b (reason)".
        QString toText() const;
    };
    struct Result
    {
        FlinkConfig config;
        QList<Change> changes;
        ConfigFileFormat format = ConfigFileFormat::Standard;
        QString text; ///< the migrated file
    };

    explicit ConfigMigrator(const ConfigSchema &schema = ConfigSchema::builtin());

    /// Migrates config (as Flink read it) to target, writing config.yaml for 1.19+ and
    /// flink-conf.yaml before.
    Result migrate(const FlinkConfig &config, const FlinkVersion &target,
                   ConfigYamlWriter::Style style = ConfigYamlWriter::Style::Flat) const;

private:
    const ConfigSchema &m_schema;
};
