#pragma once

#include "ClusterProject.h"

#include <QMainWindow>

class QPlainTextEdit;
class QTableWidget;
class QTreeWidget;

/// The first window: a project's hosts and roles, its rendered files and its diagnostics.
/// The full editor (topology canvas, forms, undo) grows from here.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    explicit MainWindow(QWidget *parent = nullptr);

    /// Opens a cluster project; on failure shows why and keeps the current one.
    bool openProject(const QString &path);

private:
    void openDialog();
    void showProject();
    void showFile();

    ClusterProject m_project;
    QString m_path;
    QTableWidget *m_hosts = nullptr;
    QTreeWidget *m_files = nullptr;
    QPlainTextEdit *m_fileView = nullptr;
    QTreeWidget *m_diagnostics = nullptr;
};
