#pragma once

#include "DeployIcons.h"
#include "DeployPlan.h"
#include "DeployReport.h"

#include <QAbstractTableModel>
#include <QIcon>
#include <QPalette>

/// The hosts of a deploy as table rows: who they are, what runs there, what changes, and how
/// far the current job got. Fed by the Deploy page from the engine's signals.
class DeployHostModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeployHostModel)
public:
    enum Column
    {
        HostColumn,
        LoginColumn,
        RunningColumn,
        ChangesColumn,
        ProgressColumn,
        StateColumn,
        ColumnCount
    };
    using State = DeployIcons::State;

    explicit DeployHostModel(QObject *parent = nullptr);

    /// Rows for the hosts about to be inspected (name, user@address:port), all "connecting…".
    void beginInspect(const QList<std::pair<QString, QString>> &hosts);
    /// What inspection found, and how many steps each host has in the plan.
    void setPlan(const DeployPlan &plan);
    /// Before a plan runs: hosts with steps wait; progress starts at zero.
    void beginExecute();
    /// What happens on a host outside steps (connecting, reading files).
    void setActivity(const QString &host, const QString &activity);
    void stepStarted(const QString &host, const QString &title);
    void stepFinished(const QString &host, bool ok, const QString &message);
    /// The final word on every host.
    void setReport(const DeployReport &report);
    void clear();
    /// Text colours are picked for this palette's base colour.
    void setPalette(const QPalette &palette);

    QString hostAt(int row) const;
    int rowOf(const QString &host) const;
    State state(const QString &host) const;
    /// The State column's text for a host.
    QString stateText(const QString &host) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString name;
        QString target;
        QString problem; ///< why the host could not be inspected
        bool inspected = false;
        std::optional<RemoteProcesses> processes;
        int changed = 0;          ///< new or modified files
        int unknown = 0;          ///< files that could not be read
        QStringList failedChecks; ///< "check — detail"
        int done = 0;
        int total = 0;
        State state = State::Pending;
        QString text; ///< the State column
    };

    QString runningText(const Row &row) const;
    QString changesText(const Row &row) const;
    void setState(int row, State state, const QString &text);
    void rowChanged(int row);

    QList<Row> m_rows;
    QPalette m_palette;
    QList<QIcon> m_icons; ///< by State, drawn once
};
