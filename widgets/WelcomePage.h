#pragma once

#include <QWidget>

class QVBoxLayout;

/// What the window shows with no project open: start from a template, open a file, or pick a
/// recent project.
class WelcomePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePage)
public:
    explicit WelcomePage(QWidget *parent = nullptr);

    /// Rebuilds the recent-projects list (paths, newest first).
    void setRecentFiles(const QStringList &paths);

Q_SIGNALS:
    void templateChosen(const QString &templateId);
    void openRequested();
    void importRequested();
    void recentChosen(const QString &path);

private:
    QVBoxLayout *m_recent = nullptr;
};
