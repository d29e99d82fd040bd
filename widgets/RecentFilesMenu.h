#pragma once

#include <QMenu>
#include <QStringList>

/// File > Open Recent: the last projects opened or saved, newest first, kept in QSettings.
class RecentFilesMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecentFilesMenu)
public:
    explicit RecentFilesMenu(QWidget *parent = nullptr);

    /// Moves path to the top of the list.
    void add(const QString &path);
    QStringList files() const;

Q_SIGNALS:
    void fileChosen(const QString &path);
    /// The list changed (a file added, the list cleared).
    void changed(const QStringList &files);

private:
    void rebuild();
};
