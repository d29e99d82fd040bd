#pragma once

#include "ConfigSchema.h"
#include "Diagnostic.h"
#include "FlinkConfig.h"

#include <QCoreApplication>

/// Rules that need only one Flink configuration file: keys, values, versions, memory, HA keys.
class ConfigValidator final
{
    Q_DECLARE_TR_FUNCTIONS(ConfigValidator)
public:
    explicit ConfigValidator(const ConfigSchema &schema = ConfigSchema::builtin());

    /// Validates config (read from fileName in format) for a cluster running version.
    DiagnosticList validate(const FlinkConfig &config, ConfigFileFormat format,
                            const FlinkVersion &version, const QString &fileName) const;

    /// The value of the setting known today as key under any of its names, newest name first.
    const ConfigEntry *findSetting(const FlinkConfig &config, const QString &key) const;
    /// Whether the config turns on ZooKeeper HA under any of the HA type keys' names.
    bool zooKeeperHa(const FlinkConfig &config) const;

private:
    void checkKey(const ConfigEntry &entry, const FlinkVersion &version, const FlinkConfig &config,
                  Diagnostic base, DiagnosticList &out) const;
    void checkFileFormat(ConfigFileFormat format, const FlinkVersion &version,
                         const QString &fileName, DiagnosticList &out) const;
    void checkMemory(const FlinkConfig &config, const FlinkVersion &version,
                     const QString &fileName, DiagnosticList &out) const;
    void checkHa(const FlinkConfig &config, const QString &fileName, DiagnosticList &out) const;

    const ConfigSchema &m_schema;
};
