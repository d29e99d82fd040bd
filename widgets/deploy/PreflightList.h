#pragma once

#include <QTreeWidget>

struct DeployPlan;

/// The preflight checks of a plan: one branch per host, each check passed or failed with what
/// was found. Hosts with a failed check are expanded so the failure is in view.
class PreflightList final : public QTreeWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreflightList)

public:
    explicit PreflightList(QWidget *parent = nullptr);

    void setPlan(const DeployPlan &plan);
    /// Failed checks in the plan shown.
    int failedCount() const { return m_failed; }

private:
    int m_failed = 0;
};
