#include "SshTestProject.h"

#include "ProjectFile.h"
#include "SshdFixture.h"

namespace SshTestProject {

ClusterProject threeHosts(const SshdFixture &sshd, const QString &name, int restPortBase,
                          int zkPortBase, const QString &parallelism, const QString &knownHostsFile)
{
    QString yaml =
        QStringLiteral("flinkdeck: 1\nname: %1\nflinkVersion: \"1.20\"\n"
                       "ssh:\n  user: %2\n  port: %3\n  identityFile: %4\n  knownHostsFile: %5\n"
                       "ha:\n  mode: zookeeper\n  storageDir: file:///tmp/ha\n"
                       "flinkConfig:\n  parallelism.default: %6\n"
                       "  jobmanager.memory.process.size: 1024m\n"
                       "  taskmanager.memory.process.size: 1536m\nhosts:\n")
            .arg(name, sshd.user())
            .arg(sshd.port())
            .arg(sshd.identityFile(),
                 knownHostsFile.isEmpty() ? sshd.knownHostsFile() : knownHostsFile, parallelism);
    for (int i = 0; i < 3; ++i) {
        const QString root = sshd.hostRoot(i);
        yaml += QStringLiteral(
                    "  - name: host%1\n    address: %2\n    paths:\n      flinkHome: %3/flink\n"
                    "      zookeeperHome: %3/zookeeper\n    roles:\n")
                    .arg(i + 1)
                    .arg(sshd.address(i), root);
        yaml += i < 2 ? QStringLiteral("      jobmanager: {webUiPort: %1}\n").arg(restPortBase + i)
                      : QStringLiteral("      taskmanager: {slots: 2}\n");
        yaml += QStringLiteral("      zookeeper: {id: %1, clientPort: %2, dataDir: %3/zkdata}\n")
                    .arg(i + 1)
                    .arg(zkPortBase + i)
                    .arg(root);
    }
    const auto loaded = ProjectFile::parse(yaml.toUtf8(), QStringLiteral("test.flinkdeck.yaml"));
    if (!loaded.project) {
        qFatal("test project does not load: %s", qPrintable(loaded.diagnostics.value(0).toText()));
    }
    return *loaded.project;
}

} // namespace SshTestProject
