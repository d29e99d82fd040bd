#include "FilesView.h"

#include "ProjectDocument.h"

FilesView::FilesView(ProjectDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{}

void FilesView::showFile(const QString &, const QString &) {}
