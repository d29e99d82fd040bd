#pragma once

#include "DeployIcons.h"

#include <QTreeWidget>

struct DeployPlan;

/// The steps of a plan under their phases, each with a state icon and its outcome, and the
/// shell command it runs on a monospace line beneath it. Step indices count steps across the
/// phases in order, as the engine does.
class DeployStepTree final : public QTreeWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeployStepTree)
public:
    using State = DeployIcons::State;
    enum Column
    {
        StepColumn,
        ResultColumn
    };

    explicit DeployStepTree(QWidget *parent = nullptr);

    /// Shows a plan's steps, all pending.
    void setPlan(const DeployPlan &plan);
    void setStepState(int index, State state, const QString &message = {});
    /// After a job: steps that never ran are marked skipped.
    void finish();
    State stepState(int index) const;
    /// The shell command a step runs, or empty (uploads and waits run none).
    QString command(int index) const;
    int stepCount() const { return static_cast<int>(m_steps.size()); }

private:
    void updatePhase(QTreeWidgetItem *phase);

    QList<QTreeWidgetItem *> m_steps;
    QList<State> m_states;
    QList<QIcon> m_icons; ///< by State, drawn once
};
