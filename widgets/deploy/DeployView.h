#pragma once

#include "ClusterProject.h"
#include "DeployEngine.h"
#include "DeployPlan.h"
#include "DeployReport.h"

#include <QWidget>

#include <memory>
#include <optional>

class DeployBanner;
class DeployFileList;
class DeployHostModel;
class DeployLog;
class PreflightList;
class DeployStepTree;
class DiffPane;
class GuiPrompter;
class ProjectDocument;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTabWidget;
class QTableView;

/// The Deploy page: plan an action against the real hosts over SSH, look at what would change,
/// apply it and watch every step. Nothing on a host changes before the person confirms Apply.
class DeployView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeployView)
public:
    explicit DeployView(ProjectDocument *document, QWidget *parent = nullptr);
    /// Cancels a job under way and waits for its current step (bounded by the step's timeout).
    ~DeployView() override;

    DeployPlan::Action action() const;
    void setAction(DeployPlan::Action action);
    /// The Plan button: inspects every host on a worker thread. False when it cannot start.
    bool plan();
    /// The Apply… button: asks for confirmation, then runs the plan. False when it did not start.
    bool apply();
    /// The Cancel button: stops after the step under way.
    void cancel();
    bool isBusy() const { return m_job != Job::None; }
    /// Whether Apply would run: a plan for the current action, made from the project as it is.
    bool canApply() const;

    /// The plan shown, once one arrived.
    const std::optional<DeployPlan> &currentPlan() const { return m_plan; }
    /// How the last Apply ended.
    const std::optional<DeployReport> &lastReport() const { return m_report; }
    DeployEngine *engine() const { return m_engine.get(); }
    GuiPrompter *prompter() const { return m_prompter.get(); }
    DeployHostModel *hostModel() const { return m_hosts; }
    DeployBanner *banner() const { return m_banner; }
    DiffPane *diffPane() const { return m_diff; }
    DeployStepTree *stepTree() const { return m_steps; }
    DeployLog *log() const { return m_log; }

Q_SIGNALS:
    /// A plan arrived and is shown.
    void planShown();
    /// A job (plan or apply) ended and the page shows how.
    void jobFinished();

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Job
    {
        None,
        Inspect,
        Execute
    };

    QWidget *createToolbar();
    QWidget *createHostsPane();
    void connectEngine();
    DeployEngine::Options options() const;
    /// Whether validation errors forbid the current action (Status, Stop and Roll back do not
    /// need a valid project: they are how one gets out of trouble).
    bool blockedByErrors() const;
    void updateControls();
    void showHostFiles();
    void showCurrentFile();
    void selectHost(const QString &host);
    bool confirm();

    void onHostActivity(const QString &host, const QString &activity);
    void onPlanReady(const DeployPlan &plan);
    void onStepStarted(int index, const QString &host, const QString &title);
    void onOutput(const QString &host, const QString &text, bool isError);
    void onStepFinished(int index, const QString &host, bool ok, const QString &message);
    void onFinished(const DeployReport &report);
    void showProgress(const QString &current);

    ProjectDocument *m_document;
    std::unique_ptr<GuiPrompter> m_prompter;
    std::unique_ptr<DeployEngine> m_engine;

    Job m_job = Job::None;
    bool m_cancelling = false;
    bool m_hasErrors = false; ///< the project's last validation found errors
    std::optional<DeployPlan> m_plan;
    ClusterProject m_plannedProject; ///< the project the plan was made from
    int m_plannedBatch = 1;
    QString m_keptHost;       ///< the host selected when planning began
    bool m_planStale = false; ///< the project changed after planning began
    bool m_planUsed = false;  ///< the plan ran; the hosts have moved on
    std::optional<DeployReport> m_report;
    int m_stepsDone = 0;

    QComboBox *m_action = nullptr;
    QSpinBox *m_parallel = nullptr;
    QLabel *m_batchLabel = nullptr;
    QSpinBox *m_batch = nullptr;
    QPushButton *m_planButton = nullptr;
    QPushButton *m_applyButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QLabel *m_notice = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_empty = nullptr;
    DeployHostModel *m_hosts = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_filesTitle = nullptr;
    DeployFileList *m_files = nullptr;
    QTabWidget *m_details = nullptr;
    DiffPane *m_diff = nullptr;
    DeployStepTree *m_steps = nullptr;
    DeployLog *m_log = nullptr;
    PreflightList *m_checks = nullptr;
    DeployBanner *m_banner = nullptr;
};
