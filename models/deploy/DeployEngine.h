#pragma once

#include "DeployPlan.h"
#include "DeployPlanner.h"
#include "DeployReport.h"

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

class ClusterProject;
class SshPrompter;
class SshSession;

/// Plans and carries out deploys over SSH: one session per host, hosts in parallel up to a
/// limit, every step reported as it happens. The GUI's Deploy view and `flinkdeck deploy`
/// share it. All SSH work runs off the calling thread when started with startInspect /
/// startExecute; signals then arrive queued.
class DeployEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeployEngine)

public:
    struct Options
    {
        int parallel = 8;      ///< hosts worked on at once
        bool preflight = true; ///< run the preflight checks when the action starts something
        DeployPlanner::Options planner;
    };

    explicit DeployEngine(SshPrompter *prompter, QObject *parent = nullptr);
    ~DeployEngine() override;

    /// Connects, reads every host's files and processes, and plans. Blocks.
    DeployPlan inspect(const ClusterProject &project, DeployPlan::Action action,
                       const Options &options);
    /// Carries out a plan made by inspect. Blocks.
    DeployReport execute(const ClusterProject &project, const DeployPlan &plan,
                         const Options &options);

    /// inspect() on a worker thread; planReady follows. False while another job runs.
    bool startInspect(const ClusterProject &project, DeployPlan::Action action,
                      const Options &options);
    /// execute() on a worker thread; finished follows. False while another job runs.
    bool startExecute(const ClusterProject &project, const DeployPlan &plan,
                      const Options &options);
    /// True from start until the job's result (planReady / finished) is sent.
    bool isBusy() const;
    /// Stops between steps; a step under way completes.
    void cancel();
    void closeSessions();

Q_SIGNALS:
    /// What happens on a host before steps run: connecting, reading files.
    void hostActivity(const QString &host, const QString &activity);
    void planReady(const DeployPlan &plan);
    void stepStarted(int index, const QString &host, const QString &title);
    void output(const QString &host, const QString &text, bool isError);
    void stepFinished(int index, const QString &host, bool ok, const QString &message);
    void finished(const DeployReport &report);

private:
    DeployPlan inspectJob(const ClusterProject &project, DeployPlan::Action action,
                          const Options &options);
    DeployReport executeJob(const ClusterProject &project, const DeployPlan &plan,
                            const Options &options);
    SshSession *session(const ClusterProject &project, const QString &host, QString *error);
    bool startJob(std::function<void()> job);

    SshPrompter *m_prompter;
    QMutex m_sessionsMutex;
    QHash<QString, std::shared_ptr<SshSession>> m_sessions;
    std::atomic_bool m_cancel{false};
    std::atomic_bool m_busy{false}; ///< a started job has not sent its result yet
    std::unique_ptr<QThread> m_worker;
};
