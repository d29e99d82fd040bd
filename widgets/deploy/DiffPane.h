#pragma once

#include "DeployPlan.h"

#include <QWidget>

class CodeEditor;
class DiffHighlighter;
class QLabel;
class QStackedWidget;

/// The Changes tab of the Deploy page: one file's unified diff between what a host has and
/// what FlinkDeck would write, coloured, read-only.
class DiffPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiffPane)
public:
    explicit DiffPane(QWidget *parent = nullptr);

    /// Shows change on host; nullptr shows a hint to pick a file. problem: why the host could
    /// not be read, for files of unknown status.
    void showChange(const QString &host, const DeployPlan::FileChange *change,
                    const QString &problem = {});
    CodeEditor *editor() const { return m_editor; }
    DiffHighlighter *highlighter() const { return m_highlighter; }
    /// The title line (host: path).
    QString title() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    QLabel *m_title;
    QLabel *m_details;
    QStackedWidget *m_stack;
    CodeEditor *m_editor;
    DiffHighlighter *m_highlighter;
    QLabel *m_message;
};
