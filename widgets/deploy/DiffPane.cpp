#include "DiffPane.h"

#include "CodeEditor.h"
#include "ConfigHighlighter.h"
#include "DiffHighlighter.h"
#include "UnifiedDiff.h"

#include <QEvent>
#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>

using FileChange = DeployPlan::FileChange;

DiffPane::DiffPane(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_details(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_editor(new CodeEditor(this))
    , m_highlighter(nullptr)
    , m_message(new QLabel(this))
{
    m_editor->setObjectName(QStringLiteral("diffView"));
    m_editor->setReadOnly(true);
    m_editor->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    // The editor colours configuration syntax by default; a diff needs its own colours, and two
    // highlighters on one document would overwrite each other.
    m_editor->highlighter()->setDocument(nullptr);
    m_highlighter = new DiffHighlighter(m_editor->document());
    m_highlighter->setPalette(m_editor->palette());

    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setObjectName(QStringLiteral("diffTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Long paths must not widen the pane: the title clips instead.
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_details->setForegroundRole(QPalette::PlaceholderText);
    m_details->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setForegroundRole(QPalette::PlaceholderText);
    m_message->setMargin(fontMetrics().height());
    m_stack->addWidget(m_editor);
    m_stack->addWidget(m_message);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    layout->addWidget(m_details);
    layout->addWidget(m_stack, 1);
    showChange({}, nullptr);
}

void DiffPane::showChange(const QString &host, const FileChange *change, const QString &problem)
{
    if (!change) {
        m_title->clear();
        m_title->hide();
        m_details->hide();
        m_message->setText(tr("Select a file on the left to see what would change in it."));
        m_stack->setCurrentWidget(m_message);
        return;
    }
    m_title->show();
    m_details->show();
    m_title->setText(tr("%1: %2").arg(host, change->path));
    m_title->setToolTip(m_title->text());
    switch (change->status) {
    case FileChange::Status::Unchanged:
        m_details->setText(tr("unchanged"));
        m_message->setText(
            tr("%1 already has exactly these bytes; Apply leaves the file alone.").arg(host));
        m_stack->setCurrentWidget(m_message);
        return;
    case FileChange::Status::Unknown:
        m_details->setText(tr("unknown"));
        m_message->setText(
            problem.isEmpty()
                ? tr("FlinkDeck could not read this file on %1.").arg(host)
                : tr("FlinkDeck could not read this file on %1: %2").arg(host, problem));
        m_stack->setCurrentWidget(m_message);
        return;
    case FileChange::Status::New:
    case FileChange::Status::Modified:
        break;
    }
    const auto hunks = UnifiedDiff::hunks(change->current, change->wanted);
    const int added = UnifiedDiff::addedLines(hunks);
    const int removed = UnifiedDiff::removedLines(hunks);
    const QString counts = tr("+%1 −%2 lines").arg(added).arg(removed);
    m_details->setText(change->status == FileChange::Status::New ? tr("new file · %1").arg(counts)
                                                                 : tr("modified · %1").arg(counts));
    QString diff = change->diff;
    if (diff.endsWith(u'\n')) {
        diff.chop(1); // no empty numbered line after the last one
    }
    m_editor->setPlainText(diff);
    m_stack->setCurrentWidget(m_editor);
}

QString DiffPane::title() const
{
    return m_title->text();
}

void DiffPane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        // This pane hears of the change before its editor does; the editor inherits ours.
        m_highlighter->setPalette(palette());
    }
}
