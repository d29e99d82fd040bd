#include "HostTableModel.h"

#include "ProjectDocument.h"

HostTableModel::HostTableModel(ProjectDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(m_document, &ProjectDocument::changed, this, [this] {
        beginResetModel();
        endResetModel();
    });
}

int HostTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_document->project().hosts.size());
}

int HostTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 2;
}

QVariant HostTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || role != Qt::DisplayRole) {
        return {};
    }
    const Host &h = m_document->project().hosts.at(index.row());
    return index.column() == 0 ? h.name : h.effectiveAddress();
}
