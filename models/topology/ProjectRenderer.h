#pragma once

#include "ClusterProject.h"
#include "ConfigSchema.h"

#include <QByteArray>
#include <QList>
#include <QString>

/// One file a host needs, byte for byte, at its absolute path on that host.
struct RenderedFile
{
    enum class Kind
    {
        FlinkConfig,
        Masters,
        Workers,
        ZooCfg,
        MyId
    };
    QString host;
    QString path;
    Kind kind = Kind::FlinkConfig;
    QByteArray content;
};

/// Turns a cluster project into every file each host needs.
class ProjectRenderer final
{
public:
    explicit ProjectRenderer(const ConfigSchema &schema = ConfigSchema::builtin());

    QList<RenderedFile> render(const ClusterProject &project) const;
    /// The Flink configuration a host gets: the project's keys, the HA section under the names
    /// the target version reads, the host's own slot count and the host's own keys.
    FlinkConfig effectiveConfig(const ClusterProject &project, const Host *host = nullptr) const;
    /// conf/flink-conf.yaml or conf/config.yaml for the project's version and style.
    static QString flinkConfigFileName(const ClusterProject &project);

private:
    const ConfigSchema &m_schema;
};
