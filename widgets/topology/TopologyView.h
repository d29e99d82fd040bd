#pragma once

#include "HostRole.h"

#include <QStringList>
#include <QWidget>

class HostTableModel;
class ProjectDocument;
class QAction;
class QLabel;
class QStackedWidget;
class QTableView;
class QToolButton;
class RolePalette;
class TopologyCanvas;
class TopologyScene;

/// The topology page: hosts as cards grouped by role (ZooKeeper ensemble, JobManagers,
/// TaskManagers) with the shared storage and the links between them, or the same hosts as an
/// editable table; a palette of roles to drag onto hosts; and actions to add, edit, rename and
/// remove hosts. Everything edits the document, so every change can be undone.
class TopologyView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TopologyView)
public:
    enum class Action
    {
        AddHost,
        EditHost,
        RenameHost,
        RemoveHost,
        ZoomIn,
        ZoomOut,
        FitView
    };

    explicit TopologyView(ProjectDocument *document, QWidget *parent = nullptr);
    ~TopologyView() override;

    /// Selects and scrolls to the host's card and table row (diagnostics use this).
    void selectHost(const QString &name);
    /// The selected hosts, in project order.
    QStringList selectedHosts() const;
    /// Opens the host dialog and applies the result as one undoable step; false on cancel.
    bool editHost(const QString &name);
    /// Asks for a new name and renames the host.
    bool renameHost(const QString &name);
    /// Removes the selected hosts (one undo step).
    void removeSelectedHosts();
    /// Adds a host, selects it and scrolls to it; returns its name.
    QString addHost();
    /// Gives every selected host role (the palette's double-click).
    void assignRoleToSelection(HostRole role);

    /// Switches between the canvas and the table.
    void setTableShown(bool table);
    bool isTableShown() const;

    QAction *action(Action which) const;
    TopologyScene *scene() const { return m_scene; }
    TopologyCanvas *canvas() const { return m_canvas; }
    QTableView *table() const { return m_table; }
    HostTableModel *tableModel() const { return m_model; }
    RolePalette *rolePalette() const { return m_palette; }

Q_SIGNALS:
    /// A host was double-clicked (its dialog opens too).
    void hostActivated(const QString &name);
    /// The set of selected hosts changed.
    void selectionChanged();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildToolBar();
    QWidget *buildSidePanel();
    void buildActions();
    void refresh();
    void updateActions();
    void updateSummary();
    void syncTableFromScene();
    void syncSceneFromTable();
    void showContextMenu(const QString &host, const QPoint &screenPos);

    ProjectDocument *m_document;
    TopologyScene *m_scene = nullptr;
    TopologyCanvas *m_canvas = nullptr;
    QTableView *m_table = nullptr;
    HostTableModel *m_model = nullptr;
    RolePalette *m_palette = nullptr;
    QStackedWidget *m_stack = nullptr;
    QToolButton *m_canvasButton = nullptr;
    QToolButton *m_tableButton = nullptr;
    QLabel *m_summary = nullptr;
    QList<QAction *> m_actions;
    QList<QToolButton *> m_zoomButtons;
    bool m_syncing = false;
    bool m_shownOnce = false;
};
