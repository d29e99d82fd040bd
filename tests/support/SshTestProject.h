#pragma once

#include "ClusterProject.h"

class SshdFixture;

/// Cluster projects whose hosts are an SshdFixture's servers, for deploy tests.
namespace SshTestProject {
/// Three hosts (host1, host2: JobManager; host3: TaskManager; a ZooKeeper on each), ZooKeeper
/// HA, installs under each host's root. JobManager REST ports are restPortBase + i, ZooKeeper
/// client ports zkPortBase + i; knownHostsFile empty = the fixture's.
ClusterProject threeHosts(const SshdFixture &sshd, const QString &name, int restPortBase,
                          int zkPortBase, const QString &parallelism = QStringLiteral("2"),
                          const QString &knownHostsFile = {});
} // namespace SshTestProject
