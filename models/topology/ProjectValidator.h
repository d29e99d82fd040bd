#pragma once

#include "ClusterProject.h"
#include "ConfigSchema.h"
#include "Diagnostic.h"

#include <QCoreApplication>

/// Rules that need the whole cluster: HA completeness, JobManager and ZooKeeper layout, ports
/// per host, shared storage, bind addresses, slots versus cores.
class ProjectValidator final
{
    Q_DECLARE_TR_FUNCTIONS(ProjectValidator)
public:
    explicit ProjectValidator(const ConfigSchema &schema = ConfigSchema::builtin());

    /// Every rule: the rendered Flink configuration's and the cross-host ones.
    DiagnosticList validate(const ClusterProject &project, const QString &fileName) const;
    /// Only the cross-host rules (used on imported conf directories, whose files are checked
    /// line by line separately).
    DiagnosticList validateTopology(const ClusterProject &project, const QString &fileName) const;

private:
    /// The cross-host rules, given the rendered configuration (computed once per validation).
    DiagnosticList topologyRules(const ClusterProject &project, const FlinkConfig &config,
                                 const QString &fileName) const;
    void checkHa(const ClusterProject &project, const FlinkConfig &config, const QString &fileName,
                 DiagnosticList &out) const;
    void checkZooKeeper(const ClusterProject &project, const QString &fileName,
                        DiagnosticList &out) const;
    void checkPorts(const ClusterProject &project, const FlinkConfig &config,
                    const QString &fileName, DiagnosticList &out) const;
    void checkAddresses(const ClusterProject &project, const QString &fileName,
                        DiagnosticList &out) const;

    const ConfigSchema &m_schema;
};
