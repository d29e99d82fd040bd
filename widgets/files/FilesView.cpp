#include "FilesView.h"

#include "CodeEditor.h"
#include "ConfigHighlighter.h"
#include "ProjectDocument.h"
#include "RawConfigEditor.h"

#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QSet>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

namespace {

constexpr int kHostRole = Qt::UserRole;
constexpr int kPathRole = Qt::UserRole + 1;

QString kindLabel(RenderedFile::Kind kind)
{
    switch (kind) {
    case RenderedFile::Kind::FlinkConfig:
        return FilesView::tr("Flink configuration");
    case RenderedFile::Kind::Masters:
        return FilesView::tr("JobManager list");
    case RenderedFile::Kind::Workers:
        return FilesView::tr("TaskManager list");
    case RenderedFile::Kind::ZooCfg:
        return FilesView::tr("ZooKeeper configuration");
    case RenderedFile::Kind::MyId:
        return FilesView::tr("ZooKeeper server id");
    }
    return {};
}

ConfigHighlighter::Syntax syntaxFor(const RenderedFile &file)
{
    switch (file.kind) {
    case RenderedFile::Kind::FlinkConfig:
        return file.path.endsWith(QLatin1String("/config.yaml"))
                   ? ConfigHighlighter::Syntax::Yaml
                   : ConfigHighlighter::Syntax::LegacyConf;
    case RenderedFile::Kind::ZooCfg:
        return ConfigHighlighter::Syntax::Properties;
    case RenderedFile::Kind::Masters:
    case RenderedFile::Kind::Workers:
    case RenderedFile::Kind::MyId:
        break;
    }
    return ConfigHighlighter::Syntax::Plain;
}

} // namespace

FilesView::FilesView(ProjectDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_filter(new QLineEdit(this))
    , m_grouping(new QComboBox(this))
    , m_tree(new QTreeWidget(this))
    , m_title(new QLabel(this))
    , m_details(new QLabel(this))
    , m_copy(new QPushButton(tr("Copy"), this))
    , m_save(new QPushButton(tr("Save As…"), this))
    , m_rawToggle(new QPushButton(tr("Edit Raw"), this))
    , m_stack(new QStackedWidget(this))
    , m_preview(new CodeEditor(this))
    , m_raw(new RawConfigEditor(document, this))
    , m_empty(new QLabel(this))
{
    m_tree->setObjectName(QStringLiteral("filesTree"));
    m_preview->setObjectName(QStringLiteral("preview"));
    m_rawToggle->setObjectName(QStringLiteral("rawToggle"));

    m_filter->setPlaceholderText(tr("Filter by host or file"));
    m_filter->setClearButtonEnabled(true);
    m_grouping->addItem(tr("By host"), static_cast<int>(Grouping::ByHost));
    m_grouping->addItem(tr("By file"), static_cast<int>(Grouping::ByFile));
    m_grouping->setToolTip(tr("Group the files by host or by file name"));

    m_tree->setHeaderLabels({tr("File"), tr("Size")});
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Long paths and notes must not squeeze the file tree: the title clips, the details wrap.
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_details->setWordWrap(true);
    m_details->setForegroundRole(QPalette::PlaceholderText);
    m_copy->setToolTip(tr("Copy the file's text to the clipboard"));
    m_save->setToolTip(tr("Save a copy of the file on this computer"));
    m_rawToggle->setCheckable(true);
    m_rawToggle->setToolTip(tr("Edit the project-wide Flink configuration as text"));

    m_preview->setReadOnly(true);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setText(tr("No files yet. Give hosts a JobManager, TaskManager or ZooKeeper role on "
                        "the topology page."));
    m_stack->addWidget(m_preview);
    m_stack->addWidget(m_raw);
    m_stack->addWidget(m_empty);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_grouping);
    leftLayout->addLayout(filterRow);
    leftLayout->addWidget(m_tree, 1);
    left->setMinimumWidth(fontMetrics().averageCharWidth() * 36);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *header = new QHBoxLayout;
    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addWidget(m_title);
    titles->addWidget(m_details);
    header->addLayout(titles, 1);
    header->addWidget(m_rawToggle);
    header->addWidget(m_copy);
    header->addWidget(m_save);
    rightLayout->addLayout(header);
    rightLayout->addWidget(m_stack, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({320, 960});
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_filter, &QLineEdit::textChanged, this, &FilesView::rebuildTree);
    connect(m_grouping, &QComboBox::currentIndexChanged, this, &FilesView::rebuildTree);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (m_rebuilding || !item) {
            return;
        }
        if (item->data(0, kPathRole).toString().isEmpty() && item->childCount() > 0) {
            m_tree->setCurrentItem(item->child(0)); // a group shows its first file
            return;
        }
        showFile(item->data(0, kHostRole).toString(), item->data(0, kPathRole).toString());
    });
    connect(m_rawToggle, &QPushButton::toggled, this, &FilesView::setRawMode);
    connect(m_copy, &QPushButton::clicked, this, &FilesView::copyFile);
    connect(m_save, &QPushButton::clicked, this, &FilesView::saveFile);
    connect(m_document, &ProjectDocument::changed, this, &FilesView::refresh);
    refresh();
}

void FilesView::showFile(const QString &host, const QString &path)
{
    const RenderedFile *f = file(host, path);
    if (!f) {
        return;
    }
    m_host = host;
    m_path = path;
    m_kind = f->kind;
    if (m_rawToggle->isChecked() && f->kind != RenderedFile::Kind::FlinkConfig) {
        setRawMode(false);
    }
    QTreeWidgetItem *item = nullptr;
    for (QTreeWidgetItemIterator it(m_tree); *it && !item; ++it) {
        if ((*it)->data(0, kHostRole) == host && (*it)->data(0, kPathRole) == path) {
            item = *it;
        }
    }
    if (!item) {
        m_filter->clear(); // the filter hid the file
        rebuildTree();     // selects m_host/m_path
    } else if (m_tree->currentItem() != item) {
        m_rebuilding = true;
        m_tree->setCurrentItem(item);
        m_rebuilding = false;
    }
    showCurrent();
}

std::pair<QString, QString> FilesView::currentFile() const
{
    return {m_host, m_path};
}

void FilesView::setRawMode(bool raw)
{
    raw = raw && m_kind == RenderedFile::Kind::FlinkConfig;
    if (m_rawToggle->isChecked() != raw) {
        const QSignalBlocker blocker(m_rawToggle);
        m_rawToggle->setChecked(raw);
    }
    m_raw->setActive(raw);
    showCurrent();
    if (raw) {
        m_raw->editor()->setFocus();
    }
}

bool FilesView::isRawMode() const
{
    return m_raw->isActive();
}

void FilesView::refresh()
{
    m_files = m_document->renderedFiles();
    if (!file(m_host, m_path)) {
        // The file went away or was renamed (another Flink version): keep to the host and kind.
        const RenderedFile *next = nullptr;
        for (const RenderedFile &f : std::as_const(m_files)) {
            const int score = (f.host == m_host ? 2 : 0) + (m_kind && f.kind == *m_kind ? 1 : 0);
            const int best =
                next ? (next->host == m_host ? 2 : 0) + (m_kind && next->kind == *m_kind ? 1 : 0)
                     : -1;
            if (score > best) {
                next = &f;
            }
        }
        m_host = next ? next->host : QString();
        m_path = next ? next->path : QString();
        m_kind = next ? std::optional(next->kind) : std::nullopt;
    }
    if (m_raw->isActive() && m_kind != RenderedFile::Kind::FlinkConfig) {
        setRawMode(false);
    }
    rebuildTree();
    showCurrent();
}

const RenderedFile *FilesView::file(const QString &host, const QString &path) const
{
    for (const RenderedFile &f : m_files) {
        if (f.host == host && f.path == path) {
            return &f;
        }
    }
    return nullptr;
}

QString FilesView::twinOf(const RenderedFile &file) const
{
    for (const RenderedFile &f : m_files) {
        if (f.host == file.host) {
            continue;
        }
        if (f.kind == file.kind && f.content == file.content) {
            return f.host;
        }
    }
    return {};
}

QTreeWidgetItem *FilesView::addFileItem(QTreeWidgetItem *parent, const RenderedFile &file,
                                        const QString &label)
{
    auto *item = new QTreeWidgetItem(
        parent, {label, QLocale().formattedDataSize(file.content.size(), 1,
                                                    QLocale::DataSizeTraditionalFormat)});
    item->setData(0, kHostRole, file.host);
    item->setData(0, kPathRole, file.path);
    item->setToolTip(0, tr("%1 on %2").arg(file.path, file.host));
    item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    item->setIcon(0, style()->standardIcon(QStyle::SP_FileIcon));
    return item;
}

void FilesView::rebuildTree()
{
    m_rebuilding = true;
    QSet<QString> collapsed;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        if (!m_tree->topLevelItem(i)->isExpanded()) {
            collapsed.insert(m_tree->topLevelItem(i)->text(0));
        }
    }
    const int scroll = m_tree->verticalScrollBar()->value();
    m_tree->clear();

    const QString filter = m_filter->text().trimmed();
    const auto grouping = static_cast<Grouping>(m_grouping->currentData().toInt());
    QList<std::pair<QString, QTreeWidgetItem *>> groups;
    QTreeWidgetItem *current = nullptr;
    for (const RenderedFile &f : std::as_const(m_files)) {
        if (!filter.isEmpty() && !f.host.contains(filter, Qt::CaseInsensitive) &&
            !f.path.contains(filter, Qt::CaseInsensitive)) {
            continue;
        }
        const QString fileName = QFileInfo(f.path).fileName();
        const QString group = grouping == Grouping::ByHost ? f.host : fileName;
        auto it = std::find_if(groups.begin(), groups.end(),
                               [&](const auto &g) { return g.first == group; });
        if (it == groups.end()) {
            auto *parent = new QTreeWidgetItem(m_tree, {group});
            parent->setIcon(0, style()->standardIcon(grouping == Grouping::ByHost
                                                         ? QStyle::SP_ComputerIcon
                                                         : QStyle::SP_DirIcon));
            parent->setFlags(parent->flags() & ~Qt::ItemIsSelectable);
            groups.append({group, parent});
            it = std::prev(groups.end());
        }
        QTreeWidgetItem *item =
            addFileItem(it->second, f, grouping == Grouping::ByHost ? fileName : f.host);
        if (f.host == m_host && f.path == m_path) {
            current = item;
        }
    }
    if (grouping == Grouping::ByFile) {
        for (const auto &[name, parent] : std::as_const(groups)) {
            const int hosts = parent->childCount();
            parent->setText(1, hosts == 1 ? tr("1 host") : tr("%1 hosts").arg(hosts));
        }
    }
    for (const auto &[name, parent] : std::as_const(groups)) {
        parent->setExpanded(!collapsed.contains(name));
    }
    if (current) {
        m_tree->setCurrentItem(current);
    }
    m_tree->verticalScrollBar()->setValue(scroll);
    m_rebuilding = false;
}

void FilesView::showCurrent()
{
    const RenderedFile *f = file(m_host, m_path);
    const bool raw = m_raw->isActive();
    for (QWidget *w : {static_cast<QWidget *>(m_copy), static_cast<QWidget *>(m_save)}) {
        w->setEnabled(f != nullptr);
    }
    m_rawToggle->setVisible(f && f->kind == RenderedFile::Kind::FlinkConfig);
    if (!f) {
        m_title->setText(m_files.isEmpty() ? tr("No files") : tr("No file selected"));
        m_details->clear();
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    if (raw) {
        m_title->setText(tr("%1 for all hosts").arg(QFileInfo(f->path).fileName()));
        m_title->setToolTip({});
        m_details->setText(tr("Every Flink host gets these settings; changes apply once the "
                              "text parses. Slot counts and per-host keys are on the topology "
                              "page."));
        m_stack->setCurrentWidget(m_raw);
        return;
    }
    m_title->setText(tr("%1: %2").arg(f->host, f->path));
    m_title->setToolTip(m_title->text());
    const qsizetype lines = f->content.count('\n');
    // Spelled out rather than %n: the English source has no plural translation to lean on.
    const QString lineCount = lines == 1 ? tr("1 line") : tr("%1 lines").arg(lines);
    QString details = tr("%1 · %2 · %3")
                          .arg(kindLabel(f->kind), lineCount,
                               QLocale().formattedDataSize(f->content.size(), 1,
                                                           QLocale::DataSizeTraditionalFormat));
    const QString twin = twinOf(*f);
    if (!twin.isEmpty()) {
        details = tr("%1 · same as on %2").arg(details, twin);
    }
    m_details->setText(details);

    const QString text = QString::fromUtf8(f->content);
    const bool sameFile =
        m_preview->property("host") == f->host && m_preview->property("path") == f->path;
    m_preview->highlighter()->setSyntax(syntaxFor(*f));
    if (sameFile) {
        m_preview->replaceText(text); // a live update keeps the reader's place
    } else {
        m_preview->setPlainText(text);
        m_preview->setProperty("host", f->host);
        m_preview->setProperty("path", f->path);
    }
    m_stack->setCurrentWidget(m_preview);
}

void FilesView::copyFile()
{
    const RenderedFile *f = file(m_host, m_path);
    if (!f) {
        return;
    }
    QGuiApplication::clipboard()->setText(m_raw->isActive() ? m_raw->editor()->toPlainText()
                                                            : QString::fromUtf8(f->content));
}

void FilesView::saveFile()
{
    const RenderedFile *f = file(m_host, m_path);
    if (!f) {
        return;
    }
    const QByteArray content =
        m_raw->isActive() ? m_raw->editor()->toPlainText().toUtf8() : f->content;
    const QString target = QFileDialog::getSaveFileName(
        this, tr("Save File As"), QDir::home().filePath(QFileInfo(f->path).fileName()));
    if (target.isEmpty()) {
        return;
    }
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly) || out.write(content) != content.size() || !out.commit()) {
        QMessageBox::warning(this, tr("Save Failed"),
                             tr("Could not save %1: %2").arg(target, out.errorString()));
    }
}
