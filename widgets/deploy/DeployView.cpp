#include "DeployView.h"

#include "DeployBanner.h"
#include "DeployFileList.h"
#include "DeployHostModel.h"
#include "DeployLog.h"
#include "DeployPlanner.h"
#include "DeployStepTree.h"
#include "DiffPane.h"
#include "GuiPrompter.h"
#include "PreflightList.h"
#include "ProgressDelegate.h"
#include "ProjectDocument.h"
#include "SshTarget.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using Action = DeployPlan::Action;
using FileChange = DeployPlan::FileChange;

namespace {

QString capitalized(QString text)
{
    if (!text.isEmpty()) {
        text[0] = text.at(0).toUpper();
    }
    return text;
}

} // namespace

DeployView::DeployView(ProjectDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_prompter(std::make_unique<GuiPrompter>(this))
    , m_engine(std::make_unique<DeployEngine>(m_prompter.get()))
{
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("notice"));
    m_notice->setWordWrap(true);
    m_notice->hide();

    // The explanation keeps to a readable line length in the middle of the page.
    auto *emptyPage = new QWidget(this);
    auto *emptyLayout = new QHBoxLayout(emptyPage);
    m_empty = new QLabel(emptyPage);
    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::RichText);
    m_empty->setMaximumWidth(fontMetrics().averageCharWidth() * 80);
    emptyLayout->addWidget(m_empty);
    m_empty->setText(
        tr("<h3>Deploy this project over SSH</h3>"
           "<p>Choose an action and press <b>Plan</b>. FlinkDeck connects to every host over "
           "SSH, reads its files and processes, and shows what would change. Nothing changes "
           "until you Apply.</p>"
           "<p>Files are backed up on each host before they are replaced, so <i>Roll back</i> "
           "can restore them.</p>"));

    m_banner = new DeployBanner(this);
    m_banner->setObjectName(QStringLiteral("banner"));

    m_details = new QTabWidget(this);
    m_details->setObjectName(QStringLiteral("detailTabs"));
    m_diff = new DiffPane(m_details);
    m_steps = new DeployStepTree(m_details);
    m_steps->setObjectName(QStringLiteral("stepsTree"));
    m_log = new DeployLog(m_details);
    m_details->addTab(m_diff, tr("Changes"));
    m_details->addTab(m_steps, tr("Steps"));
    m_details->addTab(m_log, tr("Log"));
    m_checks = new PreflightList(m_details);
    m_details->addTab(m_checks, tr("Checks"));

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(createHostsPane());
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({660, 620});
    splitter->setChildrenCollapsible(false);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(emptyPage);
    m_stack->addWidget(splitter);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createToolbar());
    layout->addWidget(m_notice);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_banner);

    connectEngine();
    // Any edit may change what a plan would do: the plan shown no longer applies.
    connect(m_document, &ProjectDocument::changed, this, [this] {
        if (m_plan || m_job == Job::Inspect) {
            m_planStale = true;
        }
        updateControls();
    });
    // Validation runs a moment after each edit; the page follows its verdict rather than
    // validating on every keystroke itself.
    connect(m_document, &ProjectDocument::diagnosticsChanged, this, [this] {
        m_hasErrors = Diagnostics::hasErrors(m_document->diagnostics());
        updateControls();
    });
    m_hasErrors = Diagnostics::hasErrors(m_document->diagnostics());
    m_hosts->setPalette(palette());
    updateControls();
}

DeployView::~DeployView()
{
    // The worker may be waiting for this thread to answer a prompt; release it with a "no"
    // first, or the engine's destructor below would wait for it forever.
    m_prompter->shutdown();
    m_engine->cancel();
    m_engine.reset();
}

QWidget *DeployView::createToolbar()
{
    auto *bar = new QWidget(this);
    m_action = new QComboBox(bar);
    m_action->setObjectName(QStringLiteral("actionCombo"));
    for (Action a : {Action::Apply, Action::Start, Action::Stop, Action::Restart,
                     Action::RollingRestart, Action::Status, Action::Rollback}) {
        m_action->addItem(capitalized(DeployPlan::actionName(a)), static_cast<int>(a));
    }
    m_action->setToolTip(tr("What to do on the cluster's hosts"));
    m_parallel = new QSpinBox(bar);
    m_parallel->setObjectName(QStringLiteral("parallelSpin"));
    m_parallel->setRange(1, 64);
    m_parallel->setValue(8);
    m_parallel->setToolTip(tr("How many hosts FlinkDeck works on at the same time"));
    m_batch = new QSpinBox(bar);
    m_batch->setObjectName(QStringLiteral("batchSpin"));
    m_batch->setRange(1, 64);
    m_batch->setValue(1);
    m_batch->setToolTip(tr("How many TaskManagers a rolling restart takes down at once"));
    m_planButton = new QPushButton(tr("&Plan"), bar);
    m_planButton->setObjectName(QStringLiteral("planButton"));
    m_planButton->setToolTip(tr("Connect to the hosts and show what the action would do"));
    m_applyButton = new QPushButton(tr("&Apply…"), bar);
    m_applyButton->setObjectName(QStringLiteral("applyButton"));
    m_cancelButton = new QPushButton(tr("Cancel"), bar);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setToolTip(tr("Stop after the step under way"));

    auto *actionLabel = new QLabel(tr("Act&ion:"), bar);
    actionLabel->setBuddy(m_action);
    auto *parallelLabel = new QLabel(tr("Hosts at o&nce:"), bar);
    parallelLabel->setBuddy(m_parallel);
    m_batchLabel = new QLabel(tr("Task&Managers per batch:"), bar);
    m_batchLabel->setBuddy(m_batch);

    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(actionLabel);
    row->addWidget(m_action);
    row->addSpacing(fontMetrics().averageCharWidth() * 2);
    row->addWidget(parallelLabel);
    row->addWidget(m_parallel);
    row->addSpacing(fontMetrics().averageCharWidth() * 2);
    row->addWidget(m_batchLabel);
    row->addWidget(m_batch);
    row->addStretch(1);
    row->addWidget(m_planButton);
    row->addWidget(m_applyButton);
    row->addWidget(m_cancelButton);

    connect(m_action, &QComboBox::currentIndexChanged, this, &DeployView::updateControls);
    connect(m_batch, &QSpinBox::valueChanged, this, &DeployView::updateControls);
    connect(m_planButton, &QPushButton::clicked, this, &DeployView::plan);
    connect(m_applyButton, &QPushButton::clicked, this, &DeployView::apply);
    connect(m_cancelButton, &QPushButton::clicked, this, &DeployView::cancel);
    return bar;
}

QWidget *DeployView::createHostsPane()
{
    auto *pane = new QSplitter(Qt::Vertical, this);
    m_hosts = new DeployHostModel(this);
    m_table = new QTableView(pane);
    m_table->setObjectName(QStringLiteral("hostsTable"));
    m_table->setModel(m_hosts);
    m_table->setItemDelegateForColumn(DeployHostModel::ProgressColumn,
                                      new ProgressDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->verticalHeader()->hide();
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    // Names, logins and counts are short and must show whole; the state gets the rest.
    header->setSectionResizeMode(QHeaderView::Interactive);
    for (int column : {DeployHostModel::HostColumn, DeployHostModel::LoginColumn,
                       DeployHostModel::ChangesColumn}) {
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    }
    header->setSectionResizeMode(DeployHostModel::StateColumn, QHeaderView::Stretch);
    const int chars = fontMetrics().averageCharWidth();
    header->resizeSection(DeployHostModel::RunningColumn, chars * 18);
    header->resizeSection(DeployHostModel::ProgressColumn, chars * 10);

    auto *filesBox = new QWidget(pane);
    auto *filesLayout = new QVBoxLayout(filesBox);
    filesLayout->setContentsMargins(0, 0, 0, 0);
    filesLayout->setSpacing(2);
    m_filesTitle = new QLabel(filesBox);
    m_files = new DeployFileList(filesBox);
    m_files->setObjectName(QStringLiteral("fileList"));
    filesLayout->addWidget(m_filesTitle);
    filesLayout->addWidget(m_files, 1);

    pane->addWidget(m_table);
    pane->addWidget(filesBox);
    pane->setStretchFactor(0, 3);
    pane->setStretchFactor(1, 2);
    pane->setChildrenCollapsible(false);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DeployView::showHostFiles);
    connect(m_files, &QTreeWidget::currentItemChanged, this, &DeployView::showCurrentFile);
    connect(m_files, &QTreeWidget::itemClicked, this,
            [this] { m_details->setCurrentWidget(m_diff); });
    return pane;
}

void DeployView::connectEngine()
{
    DeployEngine *e = m_engine.get();
    connect(e, &DeployEngine::hostActivity, this, &DeployView::onHostActivity);
    connect(e, &DeployEngine::planReady, this, &DeployView::onPlanReady);
    connect(e, &DeployEngine::stepStarted, this, &DeployView::onStepStarted);
    connect(e, &DeployEngine::output, this, &DeployView::onOutput);
    connect(e, &DeployEngine::stepFinished, this, &DeployView::onStepFinished);
    connect(e, &DeployEngine::finished, this, &DeployView::onFinished);
}

DeployPlan::Action DeployView::action() const
{
    return static_cast<Action>(m_action->currentData().toInt());
}

void DeployView::setAction(DeployPlan::Action action)
{
    m_action->setCurrentIndex(m_action->findData(static_cast<int>(action)));
}

DeployEngine::Options DeployView::options() const
{
    DeployEngine::Options o;
    o.parallel = m_parallel->value();
    o.planner.batchSize = m_batch->value();
    return o;
}

bool DeployView::blockedByErrors() const
{
    const Action a = action();
    return m_hasErrors && a != Action::Status && a != Action::Stop && a != Action::Rollback;
}

bool DeployView::canApply() const
{
    return m_job == Job::None && m_plan && !m_planStale && !m_planUsed &&
           m_plan->action == action() && m_plan->stepCount() > 0 && !blockedByErrors() &&
           (action() != Action::RollingRestart || m_plannedBatch == m_batch->value());
}

bool DeployView::plan()
{
    m_hasErrors = Diagnostics::hasErrors(m_document->diagnostics()); // the verdict may lag an edit
    if (isBusy() || blockedByErrors()) {
        updateControls();
        return false;
    }
    const ClusterProject project = m_document->project();
    const DeployEngine::Options opts = options();
    const DeployPlanner planner(project, opts.planner);
    QList<std::pair<QString, QString>> rows;
    QStringList names;
    for (const QString &name : planner.involvedHosts(action())) {
        if (const Host *host = project.host(name)) {
            rows.append({name, SshTarget::forHost(project, *host).display()});
            names << name;
        }
    }
    if (!m_engine->startInspect(project, action(), opts)) {
        return false;
    }
    m_job = Job::Inspect;
    m_cancelling = false;
    m_plan.reset();
    m_report.reset();
    m_planStale = false;
    m_planUsed = false;
    m_plannedProject = project;
    m_plannedBatch = opts.planner.batchSize;
    m_keptHost = m_hosts->hostAt(m_table->currentIndex().row()); // the reader stays on it
    m_hosts->beginInspect(rows);
    m_steps->clear();
    m_files->clear();
    m_diff->showChange({}, nullptr);
    m_log->setHosts(names);
    m_stack->setCurrentIndex(1);
    m_banner->showMessage(
        {DeployBanner::Tone::Info,
         tr("Connecting to %1 hosts and reading their files…").arg(names.size())});
    updateControls();
    return true;
}

bool DeployView::confirm()
{
    const QStringList hosts = DeployBanner::hostsWithSteps(*m_plan);
    const int steps = m_plan->stepCount();
    QMessageBox box(QMessageBox::Question, tr("Apply Plan"),
                    tr("%1: run %2 on %3?")
                        .arg(capitalized(DeployPlan::actionName(m_plan->action)),
                             steps == 1 ? tr("1 step") : tr("%1 steps").arg(steps),
                             hosts.size() == 1 ? tr("1 host") : tr("%1 hosts").arg(hosts.size())),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("confirmApply"));
    QStringList details;
    if (m_plan->changedFileCount() > 0) {
        details << tr("Each host's files are backed up before they are replaced.");
    }
    for (const DeployPlan::HostInfo &h : m_plan->hosts) {
        if (!h.problem.isEmpty()) {
            details << tr("%1 could not be inspected: %2").arg(h.name, h.problem);
        }
    }
    if (const QStringList failed = m_plan->failedChecks(); !failed.isEmpty()) {
        // The list can be long; the box names the count and keeps the list one click away.
        details << (failed.size() == 1
                        ? tr("A preflight check failed; the cluster may not run on these hosts.")
                        : tr("%1 preflight checks failed; the cluster may not run on these hosts.")
                              .arg(failed.size()));
        box.setDetailedText(failed.join(u'\n'));
    }
    details << m_plan->notes;
    box.setInformativeText(details.join(u'\n'));
    QPushButton *yes = box.addButton(tr("Apply"), QMessageBox::AcceptRole);
    yes->setObjectName(QStringLiteral("confirmButton"));
    QPushButton *no = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(no);
    box.exec();
    return box.clickedButton() == yes;
}

bool DeployView::apply()
{
    m_hasErrors = Diagnostics::hasErrors(m_document->diagnostics());
    if (!canApply() || !confirm() || !canApply()) {
        return false;
    }
    if (!m_engine->startExecute(m_plannedProject, *m_plan, options())) {
        return false;
    }
    m_job = Job::Execute;
    m_cancelling = false;
    m_planUsed = true;
    m_stepsDone = 0;
    m_report.reset();
    m_hosts->beginExecute();
    m_steps->setPlan(*m_plan);
    m_details->setCurrentWidget(m_steps);
    showProgress(QString());
    updateControls();
    return true;
}

void DeployView::cancel()
{
    if (!isBusy() || m_cancelling) {
        return;
    }
    m_cancelling = true;
    m_engine->cancel();
    m_banner->showMessage({DeployBanner::Tone::Warning, tr("Cancelling after the current step…")});
    updateControls();
}

void DeployView::updateControls()
{
    const bool busy = isBusy();
    const Action a = action();
    const bool blocked = blockedByErrors();
    for (QWidget *w : {static_cast<QWidget *>(m_action), static_cast<QWidget *>(m_parallel),
                       static_cast<QWidget *>(m_batch)}) {
        w->setEnabled(!busy);
    }
    m_batchLabel->setVisible(a == Action::RollingRestart);
    m_batch->setVisible(a == Action::RollingRestart);
    m_planButton->setEnabled(!busy && !blocked);
    m_applyButton->setEnabled(canApply());
    m_cancelButton->setEnabled(busy && !m_cancelling);

    QString notice;
    QString why;
    DeployIcons::State tone = DeployIcons::State::Skipped;
    if (blocked) {
        notice = tr("The project has errors. Fix them (see Diagnostics) before you push files or "
                    "start processes; Status, Stop cluster and Roll back still work.");
        tone = DeployIcons::State::Failed;
        why = notice;
    } else if (!m_plan) {
        why = tr("Press Plan first to see what would change.");
    } else if (m_planStale) {
        notice = tr("The project changed after this plan was made. Press Plan again to see what "
                    "Apply would do now.");
        tone = DeployIcons::State::Attention;
        why = notice;
    } else if (m_plan->action != a) {
        notice = tr("The plan shown is for \"%1\". Press Plan for \"%2\".")
                     .arg(DeployPlan::actionName(m_plan->action), DeployPlan::actionName(a));
        why = notice;
    } else if (m_planUsed) {
        why = tr("This plan was applied. Press Plan again to check the hosts.");
    } else if (m_plan->stepCount() == 0) {
        why = a == Action::Status ? tr("Status only reads the hosts.") : tr("Nothing to do.");
    }
    m_notice->setVisible(!notice.isEmpty() && !busy);
    m_notice->setText(notice);
    QPalette pal = m_notice->palette();
    pal.setColor(QPalette::WindowText, DeployIcons::textColor(tone, palette()));
    m_notice->setPalette(pal);
    m_applyButton->setToolTip(why.isEmpty() ? tr("Run the plan on the hosts (asks first)") : why);
}

void DeployView::selectHost(const QString &host)
{
    const int row = m_hosts->rowOf(host);
    if (row >= 0) {
        m_table->setCurrentIndex(m_hosts->index(row, 0));
    }
}

void DeployView::showHostFiles()
{
    const QString host = m_hosts->hostAt(m_table->currentIndex().row());
    m_filesTitle->setText(host.isEmpty() ? tr("Files") : tr("Files on %1").arg(host));
    m_files->showHost(m_plan ? m_plan->host(host) : nullptr);
    showCurrentFile();
}

void DeployView::showCurrentFile()
{
    const QString host = m_hosts->hostAt(m_table->currentIndex().row());
    const DeployPlan::HostInfo *info = m_plan ? m_plan->host(host) : nullptr;
    const QString path = m_files->currentPath();
    if (info) {
        for (const FileChange &f : info->files) {
            if (f.path == path) {
                m_diff->showChange(host, &f, info->problem);
                return;
            }
        }
    }
    m_diff->showChange({}, nullptr);
}

void DeployView::onHostActivity(const QString &host, const QString &activity)
{
    m_hosts->setActivity(host, activity);
    m_log->append(host, activity, DeployLog::Kind::Info);
}

void DeployView::onPlanReady(const DeployPlan &plan)
{
    m_job = Job::None;
    m_cancelling = false;
    m_plan = plan;
    m_hosts->setPlan(plan);
    m_steps->setPlan(plan);
    m_checks->setPlan(plan);
    m_details->setTabText(m_details->indexOf(m_checks),
                          m_checks->failedCount() > 0
                              ? tr("Checks (%n failed)", nullptr, m_checks->failedCount())
                              : tr("Checks"));
    QString first;
    for (const DeployPlan::HostInfo &h : plan.hosts) {
        for (const FileChange &f : h.files) {
            if (first.isEmpty() &&
                (f.status == FileChange::Status::New || f.status == FileChange::Status::Modified)) {
                first = h.name;
            }
        }
    }
    if (plan.host(m_keptHost)) {
        first = m_keptHost;
    }
    selectHost(!first.isEmpty() ? first : m_hosts->hostAt(0));
    m_banner->showMessage(DeployBanner::describe(plan));
    updateControls();
    Q_EMIT planShown();
    Q_EMIT jobFinished();
}

void DeployView::onStepStarted(int index, const QString &host, const QString &title)
{
    m_steps->setStepState(index, DeployIcons::State::Running);
    m_hosts->stepStarted(host, title);
    m_log->append(host, tr("▶ %1").arg(title), DeployLog::Kind::Info);
    if (!m_cancelling) {
        showProgress(host.isEmpty() ? title : QString());
    }
}

void DeployView::onOutput(const QString &host, const QString &text, bool isError)
{
    m_log->append(host, text, isError ? DeployLog::Kind::Error : DeployLog::Kind::Output);
}

void DeployView::onStepFinished(int index, const QString &host, bool ok, const QString &message)
{
    m_steps->setStepState(index, ok ? DeployIcons::State::Done : DeployIcons::State::Failed,
                          message);
    m_hosts->stepFinished(host, ok, message);
    if (ok) {
        ++m_stepsDone;
        m_log->append(host, tr("✓ done"), DeployLog::Kind::Info);
    } else {
        m_log->append(host, tr("✗ failed: %1").arg(message), DeployLog::Kind::Error);
    }
    if (!m_cancelling) {
        showProgress(QString());
    }
}

void DeployView::showProgress(const QString &current)
{
    const int total = m_plan ? m_plan->stepCount() : 0;
    QString text = tr("Applying %1: %2 of %3 steps done.")
                       .arg(DeployPlan::actionName(m_plan ? m_plan->action : action()))
                       .arg(m_stepsDone)
                       .arg(total);
    if (!current.isEmpty()) {
        text += QLatin1Char(' ') + tr("Now: %1").arg(current);
    }
    m_banner->showMessage({DeployBanner::Tone::Info, text});
}

void DeployView::onFinished(const DeployReport &report)
{
    m_job = Job::None;
    m_cancelling = false;
    m_report = report;
    m_hosts->setReport(report);
    m_steps->finish();
    m_banner->showMessage(DeployBanner::summarize(report));
    updateControls();
    Q_EMIT jobFinished();
}

void DeployView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        m_hosts->setPalette(palette());
        updateControls();
    }
}
