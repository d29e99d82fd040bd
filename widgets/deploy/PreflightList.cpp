#include "PreflightList.h"

#include "DeployIcons.h"
#include "DeployPlan.h"

#include <QHeaderView>

PreflightList::PreflightList(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("preflightList"));
    setColumnCount(2);
    setHeaderLabels({tr("Check"), tr("Found")});
    setRootIsDecorated(true);
    setUniformRowHeights(true);
    header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header()->setStretchLastSection(true);
}

void PreflightList::setPlan(const DeployPlan &plan)
{
    clear();
    m_failed = 0;
    for (const DeployPlan::HostInfo &h : plan.hosts) {
        if (h.checks.isEmpty()) {
            continue;
        }
        auto *hostItem = new QTreeWidgetItem(this);
        int failed = 0;
        for (const Preflight::Check &c : h.checks) {
            auto *item = new QTreeWidgetItem(hostItem);
            item->setText(0, c.name);
            item->setText(1, c.detail);
            item->setToolTip(1, c.detail);
            item->setIcon(
                0, DeployIcons::icon(c.ok ? DeployIcons::State::Done : DeployIcons::State::Failed));
            failed += !c.ok;
        }
        m_failed += failed;
        hostItem->setText(0, h.name);
        hostItem->setText(1, failed == 0
                                 ? tr("all %n check(s) passed", nullptr, int(h.checks.size()))
                                 : tr("%n check(s) failed", nullptr, failed));
        hostItem->setIcon(0, DeployIcons::icon(failed == 0 ? DeployIcons::State::Done
                                                           : DeployIcons::State::Failed));
        QFont bold = hostItem->font(0);
        bold.setBold(true);
        hostItem->setFont(0, bold);
        hostItem->setExpanded(failed > 0);
    }
    if (topLevelItemCount() == 0) {
        auto *none = new QTreeWidgetItem(this);
        none->setText(0, tr("This action runs no preflight checks."));
        none->setFlags(Qt::NoItemFlags);
    }
}
