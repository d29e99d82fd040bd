#pragma once

#include "ClusterProject.h"

#include <QAbstractTableModel>
#include <QStringList>

class ProjectDocument;
struct ConfigKeyInfo;

/// Every schema key plus every other key the project sets, with its value, default, type and
/// status for the project's version. Values are edited in place through the document.
class AllKeysModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AllKeysModel)
public:
    enum Column
    {
        KeyColumn,
        ValueColumn,
        DefaultColumn,
        TypeColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role
    {
        KeyRole = Qt::UserRole + 1, ///< the key of the row
        SearchRole,                 ///< key and description, for the search field
        IsSetRole,                  ///< "1" when the project sets the key, else "0"
    };

    explicit AllKeysModel(ProjectDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// The row of key, or -1.
    int rowOf(const QString &key) const;
    /// The key of row.
    QString keyAt(int row) const { return m_keys.value(row); }
    /// Re-reads the project; rows are reset only when the set of keys changed.
    void refresh();

Q_SIGNALS:
    /// An inline edit was refused because Flink would reject the value; message says why.
    void valueRejected(const QString &key, const QString &message);

private:
    QString status(const QString &key, const ConfigKeyInfo *info) const;

    ProjectDocument *m_document;
    QStringList m_keys;
    FlinkConfig m_effective; ///< what the file gets, so HA-section keys show their value
};
