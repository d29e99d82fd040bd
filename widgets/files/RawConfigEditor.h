#pragma once

#include "Diagnostic.h"

#include <QTimer>
#include <QWidget>

class CodeEditor;
class ProjectDocument;
class QLabel;
class QListWidget;

/// The project-wide Flink configuration as editable text. Text that parses is applied to the
/// document as one undoable step; text with errors is marked and leaves the project unchanged.
class RawConfigEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RawConfigEditor)
public:
    explicit RawConfigEditor(ProjectDocument *document, QWidget *parent = nullptr);

    /// Starts (loading the document's text) or stops following the document.
    void setActive(bool active);
    /// Whether the editor follows the document.
    bool isActive() const { return m_active; }
    /// The text editor itself.
    CodeEditor *editor() const { return m_editor; }
    /// Parses and applies the text now instead of after the typing pause.
    void applyNow();
    /// Whether the text has errors and so is not applied.
    bool hasErrors() const { return m_hasErrors; }
    /// The findings for the current text, errors first per line.
    const DiagnosticList &diagnostics() const { return m_diagnostics; }

private:
    void onTextChanged();
    void onDocumentChanged();
    void reload();
    void showDiagnostics();

    ProjectDocument *m_document;
    CodeEditor *m_editor;
    QLabel *m_note;
    QListWidget *m_messages;
    QTimer m_parseTimer;
    DiagnosticList m_diagnostics;
    bool m_active = false;
    bool m_loading = false;
    bool m_applying = false;
    int m_session = 0; ///< typing within one session merges into one undo step
    bool m_hasErrors = false;
};
