#pragma once

#include <QWidget>

class ProjectDocument;

/// Read-only preview of every rendered file per host, plus a raw editor for the Flink config.
class FilesView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilesView)
public:
    explicit FilesView(ProjectDocument *document, QWidget *parent = nullptr);

    /// Shows the file at path on host.
    void showFile(const QString &host, const QString &path);

private:
    ProjectDocument *m_document;
};
