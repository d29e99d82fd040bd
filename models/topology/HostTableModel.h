#pragma once

#include <QAbstractTableModel>

class ProjectDocument;

/// The project's hosts as rows (name, address, roles, SSH, paths), editable inline; every edit
/// goes through the document so it can be undone.
class HostTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HostTableModel)
public:
    explicit HostTableModel(ProjectDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    ProjectDocument *m_document;
};
