#include "ProjectTemplates.h"

#include "ProjectFile.h"

#include <QFile>

namespace {

ClusterProject fromResource(const QString &name)
{
    QFile file(QStringLiteral(":/flinkdeck/examples/") + name);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    const ProjectFile::LoadResult loaded = ProjectFile::parse(file.readAll(), name);
    return loaded.project.value_or(ClusterProject{});
}

Host makeHost(const QString &name)
{
    Host h;
    h.name = name;
    return h;
}

} // namespace

QList<ProjectTemplates::Template> ProjectTemplates::all()
{
    return {
        {QStringLiteral("empty"), tr("Empty project"),
         tr("No hosts yet: add hosts and drag roles onto them.")},
        {QStringLiteral("single"), tr("Single JobManager"),
         tr("One JobManager and two TaskManagers, no high availability.")},
        {QStringLiteral("ha"), tr("Standalone HA with 3-node ZooKeeper"),
         tr("Two JobManagers, a three-server ZooKeeper ensemble and three TaskManagers.")},
        {QStringLiteral("seed000"), tr("Example: hadoop cluster (Flink 1.5)"),
         tr("The five-host HA cluster from seed post 000.")},
        {QStringLiteral("seed003"), tr("Example: testhadoop cluster (Flink 1.7)"),
         tr("The five-host HA cluster from seed post 003.")},
    };
}

ClusterProject ProjectTemplates::create(const QString &id)
{
    ClusterProject p;
    p.paths.flinkHome = QStringLiteral("/opt/flink");
    if (id == u"seed000") {
        return fromResource(QStringLiteral("seed000-hadoop.flinkdeck.yaml"));
    }
    if (id == u"seed003") {
        return fromResource(QStringLiteral("seed003-testhadoop.flinkdeck.yaml"));
    }
    if (id == u"single") {
        p.name = QStringLiteral("flink");
        Host jm = makeHost(QStringLiteral("flink-jm"));
        jm.jobManager = JobManagerRole{};
        p.hosts.append(jm);
        for (int i = 1; i <= 2; ++i) {
            Host tm = makeHost(QStringLiteral("flink-tm%1").arg(i));
            tm.taskManager = TaskManagerRole{2};
            p.hosts.append(tm);
        }
        p.flinkConfig.set(QStringLiteral("jobmanager.rpc.address"), QStringLiteral("flink-jm"));
        p.flinkConfig.set(QStringLiteral("jobmanager.memory.process.size"),
                          QStringLiteral("1600m"));
        p.flinkConfig.set(QStringLiteral("taskmanager.memory.process.size"),
                          QStringLiteral("1728m"));
        p.flinkConfig.set(QStringLiteral("parallelism.default"), QStringLiteral("1"));
        return p;
    }
    if (id == u"ha") {
        p.name = QStringLiteral("flink-ha");
        p.paths.zookeeperHome = QStringLiteral("/opt/zookeeper");
        for (int i = 1; i <= 3; ++i) {
            Host zk = makeHost(QStringLiteral("zk%1").arg(i));
            zk.zooKeeper = ZooKeeperRole{};
            zk.zooKeeper->id = i;
            zk.zooKeeper->dataDir = QStringLiteral("/var/lib/zookeeper");
            if (i <= 2) {
                zk.jobManager = JobManagerRole{};
            }
            p.hosts.append(zk);
        }
        for (int i = 1; i <= 3; ++i) {
            Host tm = makeHost(QStringLiteral("tm%1").arg(i));
            tm.taskManager = TaskManagerRole{4};
            p.hosts.append(tm);
        }
        p.ha.mode = HaSettings::Mode::ZooKeeper;
        p.ha.pathRoot = QStringLiteral("/flink");
        p.ha.clusterId = QStringLiteral("/flink-ha");
        p.ha.storageDir = QStringLiteral("hdfs:///flink/ha/");
        p.flinkConfig.set(QStringLiteral("jobmanager.memory.process.size"),
                          QStringLiteral("1600m"));
        p.flinkConfig.set(QStringLiteral("taskmanager.memory.process.size"),
                          QStringLiteral("4096m"));
        p.flinkConfig.set(QStringLiteral("parallelism.default"), QStringLiteral("2"));
        p.flinkConfig.set(QStringLiteral("state.backend.type"), QStringLiteral("rocksdb"));
        p.flinkConfig.set(QStringLiteral("execution.checkpointing.dir"),
                          QStringLiteral("hdfs:///flink/checkpoints"));
        p.flinkConfig.set(QStringLiteral("execution.checkpointing.interval"),
                          QStringLiteral("1 min"));
        return p;
    }
    p.name = tr("new-cluster");
    // The memory sizes Flink's own default configuration ships with.
    p.flinkConfig.set(QStringLiteral("jobmanager.memory.process.size"), QStringLiteral("1600m"));
    p.flinkConfig.set(QStringLiteral("taskmanager.memory.process.size"), QStringLiteral("1728m"));
    return p;
}
