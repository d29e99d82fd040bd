#pragma once

#include <QWidget>

class ProjectDocument;

/// The topology canvas: hosts as cards grouped by role, shared storage, and the links between them.
class TopologyView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TopologyView)
public:
    explicit TopologyView(ProjectDocument *document, QWidget *parent = nullptr);

    /// Selects and scrolls to the host's card (diagnostics use this).
    void selectHost(const QString &name);

private:
    ProjectDocument *m_document;
};
