#pragma once

#include "Diagnostic.h"

#include <QDockWidget>
#include <QPointer>

class ProjectDocument;
class QLabel;
class QTreeWidget;

/// The always-visible list of findings for the current project; activating one asks the
/// window to show where it points.
class DiagnosticsDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiagnosticsDock)
public:
    explicit DiagnosticsDock(QWidget *parent = nullptr);

    /// Follows document's diagnostics; nullptr clears the list.
    void setDocument(ProjectDocument *document);
    /// The findings currently listed, in display order.
    DiagnosticList shown() const { return m_shown; }
    /// "Error", "Warning", "Note", translated.
    static QString severityText(Diagnostic::Severity severity);

Q_SIGNALS:
    void activated(const Diagnostic &diagnostic);

private:
    void refresh();

    QPointer<ProjectDocument> m_document;
    QMetaObject::Connection m_connection;
    QTreeWidget *m_list = nullptr;
    QLabel *m_summary = nullptr;
    DiagnosticList m_shown;
};
