// Times the topology page on a 200-host project (3 ZooKeeper servers, 3 JobManagers,
// 194 TaskManagers): from constructing TopologyView to a fully drawn 1280x800 window, and one
// refresh after an edit, and painting the whole scene (every card) into an image. Prints every
// run and the medians. Run: bench_topology [runs]
#include "ProjectDocument.h"
#include "TopologyScene.h"
#include "TopologyView.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QPixmap>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <vector>

namespace {
ClusterProject bigProject()
{
    ClusterProject p;
    p.name = QStringLiteral("bench");
    p.flinkVersion = FlinkVersion(1, 20);
    p.paths.flinkHome = QStringLiteral("/opt/flink");
    p.ha.mode = HaSettings::Mode::ZooKeeper;
    p.ha.clusterId = QStringLiteral("/bench");
    p.ha.storageDir = QStringLiteral("hdfs:///flink/ha");
    p.flinkConfig.set(QStringLiteral("execution.checkpointing.dir"),
                      QStringLiteral("hdfs:///flink/checkpoints"));
    for (int i = 0; i < 200; ++i) {
        Host h;
        h.name = QStringLiteral("host%1").arg(i, 3, 10, QLatin1Char('0'));
        h.address = QStringLiteral("10.0.%1.%2").arg(i / 250).arg(i % 250 + 1);
        h.cores = 16;
        if (i < 3) {
            h.zooKeeper =
                ZooKeeperRole{i + 1, 2181, 2888, 3888, 0, QStringLiteral("/var/lib/zookeeper")};
        } else if (i < 6) {
            h.jobManager = JobManagerRole{8081};
        } else {
            h.taskManager = TaskManagerRole{8};
        }
        p.hosts.append(h);
    }
    return p;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 5;
    const ClusterProject project = bigProject();
    std::vector<double> open;
    std::vector<double> refresh;
    std::vector<double> whole;
    for (int i = 0; i < runs; ++i) {
        ProjectDocument document(project);
        QElapsedTimer timer;
        timer.start();
        auto view = std::make_unique<TopologyView>(&document);
        view->resize(1280, 800);
        view->show();
        // grab() lays out and paints every visible card, link and band: a fully drawn view.
        const QImage image = view->grab().toImage();
        const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        open.push_back(ms);

        timer.restart();
        document.assignRole(QStringLiteral("host100"), HostRole::JobManager);
        const QImage after = view->grab().toImage();
        refresh.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);

        timer.restart();
        const QRectF rect = view->scene()->sceneRect();
        QImage all(rect.size().toSize() / 2, QImage::Format_ARGB32_Premultiplied);
        all.fill(Qt::transparent);
        QPainter painter(&all);
        view->scene()->render(&painter, QRectF(), rect);
        painter.end();
        whole.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        std::printf("run %d: open to drawn %.1f ms, edit to redrawn %.1f ms, whole scene %.1f ms "
                    "(%dx%d window)\n",
                    i + 1, ms, refresh.back(), whole.back(), image.width(), image.height());
    }
    std::printf("topology: 200 hosts; open to fully drawn: median %.1f ms; edit to redrawn: "
                "median %.1f ms; whole scene painted: median %.1f ms; %d runs\n",
                median(open), median(refresh), median(whole), runs);
    std::fflush(stdout);
    return 0;
}
