#include "TopologyView.h"

#include "ProjectDocument.h"

TopologyView::TopologyView(ProjectDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{}

void TopologyView::selectHost(const QString &) {}
