#include "RecentFilesMenu.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace {
const int kMaxRecent = 10;
QString settingsKey()
{
    return QStringLiteral("files/recent");
}
} // namespace

RecentFilesMenu::RecentFilesMenu(QWidget *parent)
    : QMenu(tr("Open &Recent"), parent)
{
    rebuild();
}

QStringList RecentFilesMenu::files() const
{
    return QSettings().value(settingsKey()).toStringList();
}

void RecentFilesMenu::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = files();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > kMaxRecent) {
        list.removeLast();
    }
    QSettings().setValue(settingsKey(), list);
    rebuild();
}

void RecentFilesMenu::rebuild()
{
    clear();
    Q_EMIT changed(files());
    const QStringList list = files();
    int number = 1;
    for (const QString &path : list) {
        QAction *action = addAction(tr("&%1 %2").arg(number++).arg(QDir::toNativeSeparators(path)));
        action->setEnabled(QFileInfo::exists(path));
        connect(action, &QAction::triggered, this, [this, path] { Q_EMIT fileChosen(path); });
    }
    if (list.isEmpty()) {
        addAction(tr("No recent projects"))->setEnabled(false);
        return;
    }
    addSeparator();
    connect(addAction(tr("&Clear List")), &QAction::triggered, this, [this] {
        QSettings().remove(settingsKey());
        rebuild();
    });
}
