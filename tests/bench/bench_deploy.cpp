// Pushing a changed configuration to 16 hosts (real sshd servers on 127.0.0.101-116): all at
// once versus one at a time, against the same push to a single host. Each run changes one key,
// then connects, reads every host's files, plans and writes (backup + atomic replace).
// Prints medians over the runs and the ratios; asserts nothing about speed.
#include "DeployEngine.h"
#include "ProjectFile.h"
#include "RefusingPrompter.h"
#include "SshdFixture.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>
#include <unistd.h>

namespace {

ClusterProject project(const SshdFixture &sshd, int hosts, int run, const QString &name)
{
    QString yaml =
        QStringLiteral("flinkdeck: 1\nname: %1\nflinkVersion: \"1.20\"\n"
                       "ssh: {user: %2, port: %3, identityFile: %4, knownHostsFile: %5}\n"
                       "flinkConfig:\n  parallelism.default: %6\n"
                       "  taskmanager.memory.process.size: 1536m\n"
                       "  jobmanager.memory.process.size: 1024m\nhosts:\n")
            .arg(name, sshd.user())
            .arg(sshd.port())
            .arg(sshd.identityFile(), sshd.knownHostsFile())
            .arg(run + 2);
    for (int i = 0; i < hosts; ++i) {
        yaml += QStringLiteral("  - name: h%1\n    address: %2\n    paths: {flinkHome: %3/flink}\n"
                               "    roles: {%4}\n")
                    .arg(i + 1)
                    .arg(sshd.address(i), sshd.hostRoot(i),
                         i == 0 ? QStringLiteral("jobmanager: {webUiPort: 8081}")
                                : QStringLiteral("taskmanager: {slots: 2}"));
    }
    return *ProjectFile::parse(yaml.toUtf8(), QStringLiteral("bench.flinkdeck.yaml")).project;
}

/// Busy and total jiffies of the whole machine, from /proc/stat.
std::pair<double, double> machineJiffies()
{
    QFile stat(QStringLiteral("/proc/stat"));
    if (!stat.open(QIODevice::ReadOnly)) {
        return {0, 0};
    }
    const QList<QByteArray> f = stat.readLine().simplified().split(' ');
    double total = 0;
    for (int i = 1; i < f.size(); ++i) {
        total += f[i].toDouble();
    }
    const double idle = f.value(4).toDouble() + f.value(5).toDouble();
    return {total - idle, total};
}

double selfCpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return (double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, atoi(argv[1])) : 5;
    if (!SshdFixture::unavailableReason().isEmpty()) {
        std::printf("bench_deploy: %s\n", qPrintable(SshdFixture::unavailableReason()));
        return 1;
    }
    SshdFixture sshd(16, 101);
    QString error;
    if (!sshd.start(&error)) {
        std::printf("bench_deploy: %s\n", qPrintable(error));
        return 1;
    }
    const QString name = QStringLiteral("bench-deploy-%1").arg(QCoreApplication::applicationPid());
    RefusingPrompter prompts;
    QList<double> one, parallel, serial;
    QHash<QString, QList<double>> busy;   // machine-wide CPU use during a push, in cores
    QHash<QString, QList<double>> client; // FlinkDeck's own CPU time per push, ms
    int run = 0;
    bool preflight = false;
    auto push = [&](int hosts, int limit) {
        const ClusterProject p = project(sshd, hosts, run++, name);
        DeployEngine engine(&prompts);
        DeployEngine::Options options;
        options.parallel = limit;
        options.preflight = preflight;
        const auto [busy0, total0] = machineJiffies();
        const double cpu0 = selfCpuMs();
        QElapsedTimer clock;
        clock.start();
        const DeployPlan plan = engine.inspect(p, DeployPlan::Action::Apply, options);
        if (qEnvironmentVariableIsSet("BENCH_VERBOSE")) {
            std::printf("    inspect %d hosts: %.1f ms\n", hosts,
                        double(clock.nsecsElapsed()) / 1e6);
        }
        const DeployReport report = engine.execute(p, plan, options);
        const double ms = double(clock.nsecsElapsed()) / 1e6;
        const auto [busy1, total1] = machineJiffies();
        const QString key = QStringLiteral("%1/%2").arg(hosts).arg(limit);
        const double cores = double(sysconf(_SC_NPROCESSORS_ONLN));
        busy[key] << (total1 > total0 ? (busy1 - busy0) / (total1 - total0) * cores : 0);
        client[key] << selfCpuMs() - cpu0;
        if (!report.ok() || plan.changedFileCount() < hosts) {
            std::printf("bench_deploy: push failed (%d files changed)\n", plan.changedFileCount());
            std::exit(1);
        }
        return ms;
    };
    push(16, 16); // first deploy creates the files; the measured runs change one key
    for (int i = 0; i < runs; ++i) {
        one << push(1, 1);
        parallel << push(16, 16);
        serial << push(16, 1);
    }
    QDir(QDir::homePath() + QStringLiteral("/.flinkdeck/backups/") + name).removeRecursively();
    const double m1 = median(one), mp = median(parallel), ms = median(serial);
    std::printf("bench_deploy: push a changed config (connect, read, plan, back up, write), "
                "medians of %d runs\n",
                runs);
    std::printf(
        "  1 host:                   %8.1f ms  machine %.1f cores busy, FlinkDeck CPU %.0f ms\n",
        m1, median(busy[QStringLiteral("1/1")]), median(client[QStringLiteral("1/1")]));
    std::printf("  16 hosts, 16 at once:     %8.1f ms  (%.2fx one host)  machine %.1f cores busy, "
                "FlinkDeck CPU %.0f ms\n",
                mp, mp / m1, median(busy[QStringLiteral("16/16")]),
                median(client[QStringLiteral("16/16")]));
    std::printf("  16 hosts, one at a time:  %8.1f ms  (%.2fx one host, %.1fx the parallel push)  "
                "machine %.1f cores busy\n",
                ms, ms / m1, ms / mp, median(busy[QStringLiteral("16/1")]));
    std::printf("  (all 16 sshd servers share this machine's %ld cores with FlinkDeck)\n",
                sysconf(_SC_NPROCESSORS_ONLN));
    return 0;
}
