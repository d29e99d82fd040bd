#pragma once

#include "ClusterProject.h"

#include <QAbstractTableModel>
#include <QList>

class ProjectDocument;

/// The project's hosts as rows (name, address, roles, SSH, paths), editable inline; every edit
/// goes through the document so it can be undone.
class HostTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HostTableModel)
public:
    enum Column
    {
        NameColumn,
        AddressColumn,
        JobManagerColumn,  ///< checkable; the value is the web UI port
        TaskManagerColumn, ///< checkable; the value is the number of slots
        ZooKeeperColumn,   ///< checkable; the value is the server id
        SshUserColumn,
        SshPortColumn,
        FlinkHomeColumn,
        ColumnCount
    };

    explicit HostTableModel(ProjectDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// The row of the host called name, or -1.
    int rowOf(const QString &name) const;
    /// The name of the host in row, or an empty string.
    QString hostAt(int row) const;

private:
    void sync();
    bool setRoleEnabled(const Host &host, int column, bool enabled);
    bool setRoleValue(const Host &host, int column, int value);

    ProjectDocument *m_document;
    /// The rows as last announced to views. Reading the document directly would let rowCount()
    /// change before the begin/end notifications, which views and the model tester reject.
    QList<Host> m_hosts;
    SshSettings m_ssh; ///< the project defaults the inherited cells show
    InstallPaths m_paths;
};
