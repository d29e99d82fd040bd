#include "RawConfigEditor.h"

#include "CodeEditor.h"
#include "ConfigHighlighter.h"
#include "ProjectDocument.h"
#include "RawConfigSync.h"
#include "StatusIcons.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace {
constexpr int kParseDelayMs = 300;
constexpr int kMaxMessageRows = 5;
} // namespace

RawConfigEditor::RawConfigEditor(ProjectDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_editor(new CodeEditor(this))
    , m_note(new QLabel(this))
    , m_messages(new QListWidget(this))
{
    m_editor->setObjectName(QStringLiteral("rawEditor"));
    m_messages->setObjectName(QStringLiteral("rawMessages"));
    m_note->setObjectName(QStringLiteral("rawNote"));

    m_note->setWordWrap(true);
    m_note->setText(tr("The form changed; your text has errors and is not applied."));
    m_note->hide();
    m_messages->hide();
    m_messages->setUniformItemSizes(true);
    m_messages->setAlternatingRowColors(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_note);
    layout->addWidget(m_messages);

    m_parseTimer.setSingleShot(true);
    m_parseTimer.setInterval(kParseDelayMs);
    connect(&m_parseTimer, &QTimer::timeout, this, &RawConfigEditor::applyNow);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &RawConfigEditor::onTextChanged);
    connect(m_document, &ProjectDocument::changed, this, &RawConfigEditor::onDocumentChanged);
    connect(m_messages, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        m_editor->goToLine(item->data(Qt::UserRole).toInt());
        m_editor->setFocus();
    });
}

void RawConfigEditor::setActive(bool active)
{
    if (active == m_active) {
        return;
    }
    m_active = active;
    if (active) {
        reload();
    } else if (m_parseTimer.isActive()) {
        // Leaving raw mode must not drop the last keystrokes, but this can run inside the
        // document's change notification (an undo), which must not push an edit itself.
        m_parseTimer.stop();
        const int index = m_document->undoStack()->index();
        QMetaObject::invokeMethod(
            this,
            [this, index] {
                // An undo or redo in between made this text stale: applying it would undo the
                // user's undo.
                if (m_document->undoStack()->index() == index) {
                    applyNow();
                }
            },
            Qt::QueuedConnection);
    }
    ++m_session;
}

void RawConfigEditor::reload()
{
    const ClusterProject &project = m_document->project();
    m_editor->highlighter()->setSyntax(project.configFormat() == ConfigFileFormat::Standard
                                           ? ConfigHighlighter::Syntax::Yaml
                                           : ConfigHighlighter::Syntax::LegacyConf);
    m_loading = true;
    m_editor->replaceText(RawConfigSync::text(project));
    m_loading = false;
    // Text reloaded from the project starts a new undo step for the next typing.
    ++m_session;
    m_parseTimer.stop();
    m_hasErrors = false;
    m_diagnostics.clear();
    m_note->hide();
    showDiagnostics();
}

void RawConfigEditor::onTextChanged()
{
    if (!m_loading) {
        m_parseTimer.start();
    }
}

void RawConfigEditor::applyNow()
{
    m_parseTimer.stop();
    const ClusterProject &project = m_document->project();
    const QString text = m_editor->toPlainText();
    RawConfigSync::Result result = RawConfigSync::apply(project, text);
    m_diagnostics = result.diagnostics;
    m_hasErrors = !result.project;
    if (result.project) {
        m_note->hide();
        const HaSettings ha = result.project->ha;
        const FlinkConfig config = result.project->flinkConfig;
        m_applying = true;
        m_document->edit(
            tr("Edit %1 as text").arg(RawConfigSync::fileName(project)),
            [&ha, &config](ClusterProject &p) {
                p.ha = ha;
                p.flinkConfig = config;
            },
            QStringLiteral("raw-config:%1").arg(m_session));
        m_applying = false;
    }
    showDiagnostics();
}

void RawConfigEditor::onDocumentChanged()
{
    if (!m_active || m_applying || m_parseTimer.isActive()) {
        // Pending typing is the user's latest word: it is applied when the pause ends.
        return;
    }
    if (m_hasErrors) {
        m_note->show();
        return;
    }
    reload();
}

void RawConfigEditor::showDiagnostics()
{
    m_messages->clear();
    QList<std::pair<int, QColor>> marks;
    for (const Diagnostic &d : std::as_const(m_diagnostics)) {
        const QString text = d.line > 0 ? tr("line %1: %2").arg(d.line).arg(d.message) : d.message;
        auto *item = new QListWidgetItem(StatusIcons::forSeverity(d.severity), text, m_messages);
        item->setData(Qt::UserRole, d.line);
        item->setToolTip(d.suggestion.isEmpty() ? d.message
                                                : tr("%1\n%2").arg(d.message, d.suggestion));
        if (d.line > 0) {
            marks.append({d.line, StatusIcons::colorFor(d.severity)});
        }
    }
    m_editor->markLines(marks);
    m_messages->setVisible(!m_diagnostics.isEmpty());
    if (!m_diagnostics.isEmpty()) {
        const int rows = qMin(kMaxMessageRows, static_cast<int>(m_diagnostics.size()));
        const int rowHeight = qMax(m_messages->sizeHintForRow(0), fontMetrics().height());
        m_messages->setFixedHeight(rows * rowHeight + 2 * m_messages->frameWidth() + 2);
    }
}
