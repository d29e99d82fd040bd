#include "DiagnosticsDock.h"

#include "ProjectDocument.h"
#include "StatusIcons.h"

#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

QString DiagnosticsDock::severityText(Diagnostic::Severity severity)
{
    switch (severity) {
    case Diagnostic::Severity::Error:
        return tr("Error");
    case Diagnostic::Severity::Warning:
        return tr("Warning");
    case Diagnostic::Severity::Info:
        return tr("Note");
    }
    return {};
}

DiagnosticsDock::DiagnosticsDock(QWidget *parent)
    : QDockWidget(tr("Diagnostics"), parent)
{
    setObjectName(QStringLiteral("diagnosticsDock"));
    // Always visible: the issue list is how an operator knows a design is sound.
    setFeatures(QDockWidget::DockWidgetMovable);
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 2, 4, 4);
    m_summary = new QLabel(body);
    layout->addWidget(m_summary);
    m_list = new QTreeWidget(body);
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels({tr("Severity"), tr("Where"), tr("Host"), tr("Key"), tr("Message")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    layout->addWidget(m_list);
    setWidget(body);
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const int index = m_list->indexOfTopLevelItem(item);
        if (index >= 0 && index < m_shown.size()) {
            Q_EMIT activated(m_shown.at(index));
        }
    });
    refresh();
}

void DiagnosticsDock::setDocument(ProjectDocument *document)
{
    disconnect(m_connection);
    m_document = document;
    if (document) {
        m_connection = connect(document, &ProjectDocument::diagnosticsChanged, this,
                               &DiagnosticsDock::refresh);
    }
    refresh();
}

void DiagnosticsDock::refresh()
{
    m_list->clear();
    m_shown = m_document ? m_document->diagnostics() : DiagnosticList{};
    QList<QTreeWidgetItem *> items;
    for (const Diagnostic &d : std::as_const(m_shown)) {
        auto *item = new QTreeWidgetItem;
        item->setIcon(0, StatusIcons::forSeverity(d.severity));
        item->setText(0, severityText(d.severity));
        QString where = QFileInfo(d.file).fileName();
        if (d.line > 0) {
            where += QLatin1Char(':') + QString::number(d.line);
        }
        item->setText(1, where);
        item->setText(2, d.host);
        item->setText(3, d.key);
        item->setText(4, d.suggestion.isEmpty() ? d.message
                                                : tr("%1 — %2").arg(d.message, d.suggestion));
        item->setToolTip(4, d.toText());
        items.append(item);
    }
    m_list->addTopLevelItems(items);
    const int errors = Diagnostics::count(m_shown, Diagnostic::Severity::Error);
    const int warnings = Diagnostics::count(m_shown, Diagnostic::Severity::Warning);
    const int notes = Diagnostics::count(m_shown, Diagnostic::Severity::Info);
    if (!m_document) {
        m_summary->setText(tr("No project open."));
    } else if (m_shown.isEmpty()) {
        m_summary->setText(tr("No problems found."));
    } else {
        QStringList parts;
        // Counts as "label: number" read well in every language without plural rules.
        if (errors > 0) {
            parts.append(tr("Errors: %1").arg(errors));
        }
        if (warnings > 0) {
            parts.append(tr("Warnings: %1").arg(warnings));
        }
        if (notes > 0) {
            parts.append(tr("Notes: %1").arg(notes));
        }
        m_summary->setText(tr("%1 — double-click a finding to show where it is.")
                               .arg(parts.join(QStringLiteral(" · "))));
    }
}
