#include "DeployStepTree.h"

#include "DeployPlan.h"

#include <QFontDatabase>
#include <QHeaderView>

namespace {
constexpr int kIndexRole = Qt::UserRole;
} // namespace

DeployStepTree::DeployStepTree(QWidget *parent)
    : QTreeWidget(parent)
{
    for (State s : {State::Pending, State::Running, State::Done, State::Failed, State::Skipped,
                    State::Attention}) {
        m_icons.append(DeployIcons::icon(s));
    }
    setHeaderLabels({tr("Step"), tr("Result")});
    setSelectionMode(QAbstractItemView::SingleSelection);
    // Commands share a long install prefix; their ends (script and verb) tell them apart.
    setTextElideMode(Qt::ElideMiddle);
    // The title is what the person reads; the result column keeps a fixed width so it does
    // not jump as results arrive.
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(StepColumn, QHeaderView::Stretch);
    header()->setSectionResizeMode(ResultColumn, QHeaderView::Interactive);
    header()->resizeSection(ResultColumn, fontMetrics().averageCharWidth() * 22);
}

void DeployStepTree::setPlan(const DeployPlan &plan)
{
    clear();
    m_steps.clear();
    m_states.clear();
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(font().pointSizeF() * 0.95);
    for (const DeployPlan::Phase &phase : plan.phases) {
        auto *phaseItem = new QTreeWidgetItem(this, {phase.title});
        QFont bold = phaseItem->font(StepColumn);
        bold.setBold(true);
        phaseItem->setFont(StepColumn, bold);
        phaseItem->setToolTip(StepColumn, phase.title);
        phaseItem->setFirstColumnSpanned(true); // a heading, not a row of the table
        for (const DeployPlan::Step &step : phase.steps) {
            auto *item = new QTreeWidgetItem(phaseItem, {step.title});
            item->setData(StepColumn, kIndexRole, static_cast<int>(m_steps.size()));
            item->setToolTip(StepColumn, step.title);
            item->setIcon(StepColumn, m_icons.value(static_cast<int>(State::Pending)));
            if (!step.command.isEmpty()) {
                // The exact shell command, under its step, as it will run on the host.
                auto *command = new QTreeWidgetItem(item, {step.command});
                command->setFont(StepColumn, mono);
                command->setForeground(StepColumn, palette().color(QPalette::PlaceholderText));
                command->setToolTip(StepColumn, step.command);
                command->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
                command->setFirstColumnSpanned(true);
                item->setExpanded(true);
            }
            m_steps.append(item);
            m_states.append(State::Pending);
        }
        phaseItem->setExpanded(true);
        updatePhase(phaseItem);
    }
    if (plan.phases.isEmpty()) {
        auto *none = new QTreeWidgetItem(this, {tr("Nothing to do")});
        none->setFlags(Qt::NoItemFlags);
    }
}

void DeployStepTree::setStepState(int index, State state, const QString &message)
{
    if (index < 0 || index >= m_steps.size()) {
        return;
    }
    m_states[index] = state;
    QTreeWidgetItem *item = m_steps.at(index);
    item->setIcon(StepColumn, m_icons.value(static_cast<int>(state)));
    QString result;
    switch (state) {
    case State::Pending:
        break;
    case State::Running:
        result = tr("running…");
        break;
    case State::Done:
        result = message.isEmpty() ? tr("done") : message;
        break;
    case State::Failed:
        result = message.isEmpty() ? tr("failed") : tr("failed: %1").arg(message);
        break;
    case State::Skipped:
        result = tr("skipped");
        break;
    case State::Attention:
        result = message;
        break;
    }
    item->setText(ResultColumn, result);
    item->setToolTip(ResultColumn, result);
    item->setForeground(ResultColumn, DeployIcons::textColor(state, palette()));
    updatePhase(item->parent());
    if (state == State::Running || state == State::Failed) {
        scrollToItem(item);
    }
}

void DeployStepTree::finish()
{
    for (int i = 0; i < m_steps.size(); ++i) {
        if (m_states.at(i) == State::Pending || m_states.at(i) == State::Running) {
            setStepState(i, State::Skipped);
        }
    }
}

DeployStepTree::State DeployStepTree::stepState(int index) const
{
    return m_states.value(index, State::Pending);
}

QString DeployStepTree::command(int index) const
{
    const QTreeWidgetItem *item = m_steps.value(index);
    return item && item->childCount() > 0 ? item->child(0)->text(StepColumn) : QString();
}

void DeployStepTree::updatePhase(QTreeWidgetItem *phase)
{
    if (!phase) {
        return;
    }
    // A phase shows the most telling state of its steps: a failure, then work under way.
    int pending = 0;
    int done = 0;
    bool failed = false;
    bool running = false;
    for (int i = 0; i < phase->childCount(); ++i) {
        const State s = m_states.value(phase->child(i)->data(StepColumn, kIndexRole).toInt());
        failed = failed || s == State::Failed;
        running = running || s == State::Running;
        pending += s == State::Pending;
        done += s == State::Done;
    }
    const int count = phase->childCount();
    State state = State::Pending;
    if (failed) {
        state = State::Failed;
    } else if (running || (pending > 0 && pending < count)) {
        state = State::Running;
    } else if (count > 0 && done == count) {
        state = State::Done;
    } else if (count > 0 && pending == 0) {
        state = State::Skipped;
    }
    phase->setIcon(StepColumn, m_icons.value(static_cast<int>(state)));
}
