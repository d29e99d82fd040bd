#include "DeployFileList.h"

#include "DeployIcons.h"

#include <QHeaderView>

using FileChange = DeployPlan::FileChange;

namespace {
constexpr int kPathRole = Qt::UserRole;
} // namespace

DeployFileList::DeployFileList(QWidget *parent)
    : QTreeWidget(parent)
{
    setHeaderLabels({tr("File"), tr("Status")});
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    // Paths share a long prefix; the file name at the end is what tells them apart.
    setTextElideMode(Qt::ElideLeft);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
}

void DeployFileList::showHost(const DeployPlan::HostInfo *host)
{
    const QString previous = currentPath().section(u'/', -1);
    const QSignalBlocker blocker(this);
    clear();
    if (!host) {
        return;
    }
    QTreeWidgetItem *select = nullptr;
    for (const FileChange &f : host->files) {
        auto *item = new QTreeWidgetItem(this, {f.path, DeployPlan::statusName(f.status)});
        item->setData(0, kPathRole, f.path);
        item->setToolTip(0, f.path);
        const bool changes =
            f.status == FileChange::Status::New || f.status == FileChange::Status::Modified;
        DeployIcons::State state = DeployIcons::State::Skipped;
        if (changes) {
            state = DeployIcons::State::Running;
        } else if (f.status == FileChange::Status::Unknown) {
            state = DeployIcons::State::Failed;
        }
        item->setForeground(1, DeployIcons::textColor(state, palette()));
        // Keep the reader on the same file across hosts; else start at the first change.
        if (!previous.isEmpty() && f.path.section(u'/', -1) == previous) {
            select = item;
        } else if (!select && changes) {
            select = item;
        }
    }
    if (!select && topLevelItemCount() > 0) {
        select = topLevelItem(0);
    }
    setCurrentItem(select);
}

QString DeployFileList::currentPath() const
{
    return currentItem() ? currentItem()->data(0, kPathRole).toString() : QString();
}
