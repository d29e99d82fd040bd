#include "DeployLog.h"

#include "DeployIcons.h"

#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QVBoxLayout>

DeployLog::DeployLog(QWidget *parent)
    : QWidget(parent)
    , m_filter(new QComboBox(this))
    , m_view(new QPlainTextEdit(this))
{
    m_filter->setObjectName(QStringLiteral("logHostFilter"));
    m_view->setObjectName(QStringLiteral("logView"));
    m_filter->setToolTip(tr("Show the output of one host only"));
    m_filter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_view->setReadOnly(true);
    m_view->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_view->setMaximumBlockCount(MaxLines);
    m_view->setPlaceholderText(tr("The output of the commands FlinkDeck runs appears here."));
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(font().pointSizeF());
    m_view->setFont(mono);

    auto *label = new QLabel(tr("Sho&w:"), this);
    label->setBuddy(m_filter);
    auto *row = new QHBoxLayout;
    row->addWidget(label);
    row->addWidget(m_filter);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_view, 1);
    setHosts({});
    connect(m_filter, &QComboBox::currentIndexChanged, this, &DeployLog::rebuild);
}

void DeployLog::setHosts(const QStringList &hosts)
{
    const QString current = hostFilter();
    const QSignalBlocker blocker(m_filter);
    m_filter->clear();
    m_filter->addItem(tr("All hosts"), QString());
    for (const QString &host : hosts) {
        m_filter->addItem(host, host);
    }
    const int index = m_filter->findData(current);
    m_filter->setCurrentIndex(qMax(0, index));
    if (index < 0 && !current.isEmpty()) {
        rebuild();
    }
}

void DeployLog::append(const QString &host, const QString &text, Kind kind)
{
    QString body = text;
    body.remove(u'\r');
    while (body.endsWith(u'\n')) {
        body.chop(1);
    }
    for (const QString &part : body.split(u'\n')) {
        const Line line{host, part, kind};
        m_lines.append(line);
        if (shows(line)) {
            write(line);
        }
    }
    // Trim in chunks: removing from the front of a list on every line would be quadratic.
    if (m_lines.size() > MaxLines + MaxLines / 10) {
        m_lines.remove(0, m_lines.size() - MaxLines);
    }
}

void DeployLog::clear()
{
    m_lines.clear();
    m_view->clear();
}

QString DeployLog::hostFilter() const
{
    return m_filter->currentData().toString();
}

void DeployLog::setHostFilter(const QString &host)
{
    m_filter->setCurrentIndex(qMax(0, m_filter->findData(host)));
}

bool DeployLog::shows(const Line &line) const
{
    const QString filter = hostFilter();
    // Cluster-wide lines belong to every host's story.
    return filter.isEmpty() || line.host.isEmpty() || line.host == filter;
}

void DeployLog::write(const Line &line)
{
    QScrollBar *bar = m_view->verticalScrollBar();
    // Follow the output only when the reader is at the bottom already.
    const bool follow = bar->value() >= bar->maximum() - 1;
    QTextCharFormat format;
    switch (line.kind) {
    case Kind::Output:
        format.setForeground(palette().color(QPalette::Text));
        break;
    case Kind::Error:
        format.setForeground(DeployIcons::textColor(DeployIcons::State::Failed, palette()));
        break;
    case Kind::Info:
        format.setForeground(palette().color(QPalette::PlaceholderText));
        break;
    }
    QTextCursor cursor(m_view->document());
    cursor.movePosition(QTextCursor::End);
    if (!m_view->document()->isEmpty()) {
        cursor.insertBlock();
    }
    const QString who = line.host.isEmpty() ? tr("cluster") : line.host;
    cursor.insertText(QStringLiteral("[%1] %2").arg(who, line.text), format);
    if (follow) {
        bar->setValue(bar->maximum());
    }
}

void DeployLog::rebuild()
{
    m_view->clear();
    const qsizetype first = qMax<qsizetype>(0, m_lines.size() - MaxLines);
    for (qsizetype i = first; i < m_lines.size(); ++i) {
        if (shows(m_lines.at(i))) {
            write(m_lines.at(i));
        }
    }
    m_view->verticalScrollBar()->setValue(m_view->verticalScrollBar()->maximum());
}

void DeployLog::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        rebuild(); // the colours were picked for the old palette
    }
}
