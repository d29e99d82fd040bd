#include "ConfigurationView.h"

#include "ProjectDocument.h"

ConfigurationView::ConfigurationView(ProjectDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{}

bool ConfigurationView::focusKey(const QString &)
{
    return false;
}
