#include "TopologyView.h"

#include "HostCardItem.h"
#include "HostDialog.h"
#include "HostTableModel.h"
#include "ProjectDocument.h"
#include "ProjectFile.h"
#include "RolePalette.h"
#include "RoleStyle.h"
#include "TopologyCanvas.h"
#include "TopologyScene.h"

#include <QAction>
#include <QButtonGroup>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

TopologyView::TopologyView(ProjectDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    m_scene = new TopologyScene(document, this);
    m_canvas = new TopologyCanvas(this);
    m_canvas->setObjectName(QStringLiteral("topologyCanvas"));
    m_canvas->setTopologyScene(m_scene);

    m_model = new HostTableModel(document, this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("hostTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setColumnWidth(HostTableModel::NameColumn, 150);
    m_table->setColumnWidth(HostTableModel::AddressColumn, 150);
    for (int c : {HostTableModel::JobManagerColumn, HostTableModel::TaskManagerColumn,
                  HostTableModel::ZooKeeperColumn}) {
        m_table->setColumnWidth(c, 140);
    }

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_canvas);
    m_stack->addWidget(m_table);

    buildActions();
    auto *body = new QHBoxLayout;
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(0);
    body->addWidget(buildSidePanel());
    body->addWidget(m_stack, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(buildToolBar());
    layout->addLayout(body, 1);

    connect(m_document, &ProjectDocument::changed, this, &TopologyView::refresh);
    connect(m_document, &ProjectDocument::diagnosticsChanged, m_scene,
            &TopologyScene::refreshDiagnostics);
    connect(m_scene, &QGraphicsScene::selectionChanged, this, [this] {
        syncTableFromScene();
        updateActions();
        Q_EMIT selectionChanged();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TopologyView::syncSceneFromTable);
    // Queued: the dialog or menu may remove or rename the card whose event handler asked.
    connect(
        m_scene, &TopologyScene::hostActivated, this,
        [this](const QString &name) {
            Q_EMIT hostActivated(name);
            editHost(name);
        },
        Qt::QueuedConnection);
    connect(m_scene, &TopologyScene::contextMenuRequested, this, &TopologyView::showContextMenu,
            Qt::QueuedConnection);
    connect(m_palette, &RolePalette::roleActivated, this, &TopologyView::assignRoleToSelection);

    m_scene->refresh();
    m_scene->refreshDiagnostics();
    updateSummary();
    updateActions();
}

TopologyView::~TopologyView()
{
    // The scene's selectionChanged would otherwise reach a half-destroyed view.
    m_scene->disconnect(this);
}

void TopologyView::buildActions()
{
    auto make = [this](Action which, const QString &text, const QString &tip,
                       const QKeySequence &shortcut, auto slot) {
        auto *action = new QAction(text, this);
        action->setToolTip(tip);
        if (!shortcut.isEmpty()) {
            action->setShortcut(shortcut);
            action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        }
        connect(action, &QAction::triggered, this, slot);
        m_actions.insert(static_cast<int>(which), action);
        return action;
    };
    make(Action::AddHost, tr("Add host"), tr("Add a host to the cluster"),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), [this] { addHost(); });
    make(Action::EditHost, tr("Edit host…"), tr("Edit the selected host"),
         QKeySequence(Qt::Key_Return), [this] {
             if (const QStringList s = selectedHosts(); !s.isEmpty()) {
                 editHost(s.first());
             }
         });
    make(Action::RenameHost, tr("Rename…"), tr("Rename the selected host"),
         QKeySequence(Qt::Key_F2), [this] {
             if (const QStringList s = selectedHosts(); !s.isEmpty()) {
                 renameHost(s.first());
             }
         });
    make(Action::RemoveHost, tr("Remove host"), tr("Remove the selected hosts"),
         QKeySequence::Delete, [this] { removeSelectedHosts(); });
    make(Action::ZoomIn, tr("Zoom in"), tr("Zoom in (Ctrl+wheel)"), QKeySequence::ZoomIn,
         [this] { m_canvas->zoomIn(); });
    make(Action::ZoomOut, tr("Zoom out"), tr("Zoom out (Ctrl+wheel)"), QKeySequence::ZoomOut,
         [this] { m_canvas->zoomOut(); });
    make(Action::FitView, tr("Fit"), tr("Show the whole cluster"),
         QKeySequence(Qt::CTRL | Qt::Key_0), [this] { m_canvas->fitAll(); });
    // Canvas-only shortcuts live on the canvas; the table keeps Delete and Enter for editing.
    for (Action a : {Action::EditHost, Action::RenameHost, Action::RemoveHost, Action::ZoomIn,
                     Action::ZoomOut, Action::FitView}) {
        m_canvas->addAction(action(a));
    }
    addAction(action(Action::AddHost));
}

QAction *TopologyView::action(Action which) const
{
    return m_actions.value(static_cast<int>(which));
}

QWidget *TopologyView::buildToolBar()
{
    auto *bar = new QWidget(this);
    bar->setObjectName(QStringLiteral("topologyToolBar"));
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(4);
    auto button = [bar](QAction *action) {
        auto *b = new QToolButton(bar);
        b->setDefaultAction(action);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        b->setAutoRaise(true);
        return b;
    };
    for (Action a : {Action::AddHost, Action::EditHost, Action::RenameHost, Action::RemoveHost}) {
        layout->addWidget(button(action(a)));
    }
    layout->addSpacing(16);
    for (Action a : {Action::ZoomOut, Action::ZoomIn, Action::FitView}) {
        QToolButton *b = button(action(a));
        m_zoomButtons.append(b);
        layout->addWidget(b);
    }
    layout->addStretch(1);
    m_summary = new QLabel(bar);
    m_summary->setObjectName(QStringLiteral("topologySummary"));
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_summary);
    layout->addSpacing(12);

    // A two-segment switch: Canvas | Table.
    auto *group = new QButtonGroup(bar);
    group->setExclusive(true);
    m_canvasButton = new QToolButton(bar);
    m_canvasButton->setObjectName(QStringLiteral("showCanvas"));
    m_canvasButton->setText(tr("Canvas"));
    m_tableButton = new QToolButton(bar);
    m_tableButton->setObjectName(QStringLiteral("showTable"));
    m_tableButton->setText(tr("Table"));
    for (QToolButton *b : {m_canvasButton, m_tableButton}) {
        b->setCheckable(true);
        b->setMinimumWidth(72);
        group->addButton(b);
        layout->addWidget(b);
    }
    layout->setSpacing(4);
    m_canvasButton->setChecked(true);
    connect(m_tableButton, &QToolButton::toggled, this, &TopologyView::setTableShown);
    return bar;
}

QWidget *TopologyView::buildSidePanel()
{
    auto *panel = new QWidget(this);
    panel->setObjectName(QStringLiteral("rolePanel"));
    panel->setFixedWidth(190);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(10, 10, 10, 10);
    auto *title = new QLabel(tr("Roles"), panel);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    m_palette = new RolePalette(panel);
    m_palette->setObjectName(QStringLiteral("rolePalette"));
    m_palette->setFixedHeight(3 * 34 + 2 * m_palette->frameWidth());
    auto *hint = new QLabel(tr("Drag a role onto a host card. A host can play several roles; "
                               "right-click a card to remove one."),
                            panel);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(title);
    layout->addWidget(m_palette);
    layout->addWidget(hint);
    layout->addStretch(1);
    return panel;
}

void TopologyView::refresh()
{
    // Items are updated in place; only the scroll position needs carrying over a new scene rect.
    const int h = m_canvas->horizontalScrollBar()->value();
    const int v = m_canvas->verticalScrollBar()->value();
    m_scene->refresh();
    m_canvas->horizontalScrollBar()->setValue(h);
    m_canvas->verticalScrollBar()->setValue(v);
    updateSummary();
    updateActions();
}

void TopologyView::updateSummary()
{
    const ClusterProject &p = m_document->project();
    int slots = 0;
    for (const Host *h : p.taskManagers()) {
        slots += h->taskManager->taskSlots;
    }
    m_summary->setText(tr("Hosts: %1 · JM: %2 · TM: %3 (slots: %4) · ZK: %5")
                           .arg(p.hosts.size())
                           .arg(p.jobManagers().size())
                           .arg(p.taskManagers().size())
                           .arg(slots)
                           .arg(p.zooKeepers().size()));
}

void TopologyView::updateActions()
{
    const bool any = !selectedHosts().isEmpty();
    for (Action a : {Action::EditHost, Action::RenameHost, Action::RemoveHost}) {
        action(a)->setEnabled(any);
    }
}

QStringList TopologyView::selectedHosts() const
{
    if (isTableShown()) {
        QStringList out;
        const QModelIndexList rows = m_table->selectionModel()->selectedRows();
        for (const Host &h : m_document->project().hosts) {
            for (const QModelIndex &index : rows) {
                if (m_model->hostAt(index.row()) == h.name) {
                    out.append(h.name);
                }
            }
        }
        return out;
    }
    return m_scene->selectedHosts();
}

void TopologyView::selectHost(const QString &name)
{
    if (HostCardItem *card = m_scene->selectHost(name)) {
        m_canvas->reveal(card);
    }
    if (const int row = m_model->rowOf(name); row >= 0) {
        m_table->scrollTo(m_model->index(row, 0));
    }
}

void TopologyView::syncTableFromScene()
{
    if (m_syncing) {
        return;
    }
    m_syncing = true;
    QItemSelection selection;
    for (const QString &name : m_scene->selectedHosts()) {
        if (const int row = m_model->rowOf(name); row >= 0) {
            selection.select(m_model->index(row, 0),
                             m_model->index(row, HostTableModel::ColumnCount - 1));
        }
    }
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    m_syncing = false;
}

void TopologyView::syncSceneFromTable()
{
    if (m_syncing) {
        return;
    }
    m_syncing = true;
    const QSignalBlocker blocker(m_scene);
    m_scene->clearSelection();
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows) {
        if (HostCardItem *card = m_scene->card(m_model->hostAt(index.row()))) {
            card->setSelected(true);
        }
    }
    m_syncing = false;
    updateActions();
    Q_EMIT selectionChanged();
}

QString TopologyView::addHost()
{
    const QString name = m_document->addHost();
    selectHost(name);
    return name;
}

bool TopologyView::editHost(const QString &name)
{
    if (!m_document->project().host(name)) {
        return false;
    }
    HostDialog dialog(m_document->project(), name, this);
    if (dialog.exec() != QDialog::Accepted) {
        return false;
    }
    const Host edited = dialog.host();
    const bool changed = dialog.applyTo(m_document);
    selectHost(edited.name);
    return changed;
}

bool TopologyView::renameHost(const QString &name)
{
    bool ok = false;
    const QString to =
        QInputDialog::getText(this, tr("Rename host"), tr("New name for %1:").arg(name),
                              QLineEdit::Normal, name, &ok)
            .trimmed();
    if (!ok || to.isEmpty() || to == name) {
        return false;
    }
    if (!m_document->renameHost(name, to)) {
        const QString problem = ProjectDocument::hostNameProblem(to);
        QMessageBox::warning(this, tr("Rename host"),
                             problem.isEmpty() ? tr("Another host is already called %1.").arg(to)
                                               : problem);
        return false;
    }
    selectHost(to);
    return true;
}

void TopologyView::removeSelectedHosts()
{
    const QStringList names = selectedHosts();
    if (names.isEmpty()) {
        return;
    }
    if (names.size() == 1) {
        m_document->removeHost(names.first());
        return;
    }
    m_document->edit(tr("Remove %1 hosts").arg(names.size()), [&names](ClusterProject &p) {
        p.hosts.removeIf([&names](const Host &h) { return names.contains(h.name); });
        for (const QString &name : names) {
            p.extraYaml = ProjectFile::moveHostExtra(p.extraYaml, name, QString());
        }
    });
}

void TopologyView::assignRoleToSelection(HostRole role)
{
    const QStringList names = selectedHosts();
    if (names.isEmpty()) {
        return;
    }
    const ClusterProject &project = m_document->project();
    QStringList missing;
    for (const QString &name : names) {
        const Host *h = project.host(name);
        const bool has = h && ((role == HostRole::JobManager && h->jobManager) ||
                               (role == HostRole::TaskManager && h->taskManager) ||
                               (role == HostRole::ZooKeeper && h->zooKeeper));
        if (h && !has) {
            missing.append(name);
        }
    }
    // An empty undo macro would still be a step (and clear redo), so only real changes count.
    if (missing.size() == 1) {
        m_document->assignRole(missing.first(), role);
    } else if (missing.size() > 1) {
        QUndoStack *undo = m_document->undoStack();
        undo->beginMacro(tr("Add %1 to the selected hosts").arg(HostRoles::displayName(role)));
        for (const QString &name : std::as_const(missing)) {
            m_document->assignRole(name, role);
        }
        undo->endMacro();
    }
}

void TopologyView::setTableShown(bool table)
{
    const QSignalBlocker a(m_canvasButton);
    const QSignalBlocker b(m_tableButton);
    m_tableButton->setChecked(table);
    m_canvasButton->setChecked(!table);
    m_stack->setCurrentWidget(table ? static_cast<QWidget *>(m_table) : m_canvas);
    for (QToolButton *button : std::as_const(m_zoomButtons)) {
        button->setVisible(!table);
    }
}

bool TopologyView::isTableShown() const
{
    return m_stack->currentWidget() == m_table;
}

void TopologyView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_shownOnce) {
        m_shownOnce = true;
        // Start at the top of a tall cluster (the ensemble and JobManagers), not its middle.
        m_canvas->placeAtTop();
    }
}

void TopologyView::showContextMenu(const QString &host, const QPoint &screenPos)
{
    QMenu menu(this);
    const Host *h = m_document->project().host(host);
    if (!h) {
        menu.addAction(action(Action::AddHost));
        menu.addSeparator();
        menu.addAction(action(Action::FitView));
        menu.exec(screenPos);
        return;
    }
    const QString name = h->name;
    QAction *edit =
        menu.addAction(tr("Edit %1…").arg(name), this, [this, name] { editHost(name); });
    menu.setDefaultAction(edit);
    menu.addAction(tr("Rename…"), this, [this, name] { renameHost(name); });
    menu.addSeparator();
    const QList<HostRole> roles = RoleStyle::roles(*h);
    QMenu *add = menu.addMenu(tr("Add role"));
    for (HostRole role : {HostRole::JobManager, HostRole::TaskManager, HostRole::ZooKeeper}) {
        if (!roles.contains(role)) {
            add->addAction(HostRoles::displayName(role), this,
                           [this, name, role] { m_document->assignRole(name, role); });
        }
    }
    add->setEnabled(!add->isEmpty());
    for (HostRole role : roles) {
        menu.addAction(tr("Remove %1 role").arg(HostRoles::displayName(role)), this,
                       [this, name, role] { m_document->removeRole(name, role); });
    }
    menu.addSeparator();
    menu.addAction(tr("Remove host %1").arg(name), this,
                   [this, name] { m_document->removeHost(name); });
    menu.exec(screenPos);
}
