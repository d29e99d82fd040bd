// Times ProjectValidator on a 200-host project with 2,000 configuration keys and prints the
// median of several runs. Run: build/tests/bench/bench_validate [runs]
#include "ConfigSchema.h"
#include "ProjectRenderer.h"
#include "ProjectValidator.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {
ClusterProject bigProject()
{
    ClusterProject p;
    p.name = QStringLiteral("bench");
    p.flinkVersion = FlinkVersion(1, 20);
    p.ha.mode = HaSettings::Mode::ZooKeeper;
    p.ha.clusterId = QStringLiteral("/bench");
    p.ha.storageDir = QStringLiteral("hdfs:///flink/ha");
    for (int i = 0; i < 200; ++i) {
        Host h;
        h.name = QStringLiteral("host%1").arg(i, 3, 10, QLatin1Char('0'));
        h.cores = 16;
        if (i < 3) {
            h.zooKeeper =
                ZooKeeperRole{i + 1, 2181, 2888, 3888, 0, QStringLiteral("/var/lib/zookeeper")};
        }
        if (i >= 3 && i < 5) {
            h.jobManager = JobManagerRole{8081};
        }
        if (i >= 5) {
            h.taskManager = TaskManagerRole{8};
        }
        p.hosts.append(h);
    }
    // Every key of the schema (with valid-looking values by type), then custom keys: about a
    // third of them near-misses of real keys, so the did-you-mean search does real work.
    const ConfigSchema &schema = ConfigSchema::builtin();
    for (const ConfigKeyInfo &info : schema.keys()) {
        QString value = info.defaultValue.isEmpty() ? QStringLiteral("x") : info.defaultValue;
        p.flinkConfig.set(info.key, value);
    }
    int n = 0;
    while (p.flinkConfig.size() < 2000) {
        const ConfigKeyInfo &info = schema.keys()[n % schema.keys().size()];
        const QString key = n % 3 == 0 ? info.key + QStringLiteral("x%1").arg(n)
                                       : QStringLiteral("custom.app.key%1").arg(n);
        p.flinkConfig.set(key, QString::number(n));
        ++n;
    }
    return p;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(3, atoi(argv[1])) : 11;
    const ClusterProject project = bigProject();
    const ProjectValidator validator;
    std::vector<double> ms;
    qsizetype findings = 0;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const DiagnosticList list =
            validator.validate(project, QStringLiteral("bench.flinkdeck.yaml"));
        ms.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        findings = list.size();
    }
    std::sort(ms.begin(), ms.end());
    std::vector<double> render;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const auto files = ProjectRenderer().render(project);
        render.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(render.begin(), render.end());
    std::printf("validate: %d hosts, %lld keys, %lld findings; median %.1f ms, min %.1f ms, max "
                "%.1f ms over %d runs\n",
                static_cast<int>(project.hosts.size()),
                static_cast<long long>(project.flinkConfig.size()),
                static_cast<long long>(findings), ms[ms.size() / 2], ms.front(), ms.back(), runs);
    std::printf("render:   median %.1f ms over %d runs\n", render[render.size() / 2], runs);
    return 0;
}
