#include "NewProjectDialog.h"

#include "ProjectTemplates.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

NewProjectDialog::NewProjectDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("New Cluster Project"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Start from:"), this));
    m_list = new QListWidget(this);
    m_list->setSpacing(2);
    m_list->setWordWrap(true);
    for (const ProjectTemplates::Template &t : ProjectTemplates::all()) {
        auto *item = new QListWidgetItem(t.title + QLatin1Char('\n') + t.description, m_list);
        item->setData(Qt::UserRole, t.id);
        item->setToolTip(t.description);
    }
    m_list->setCurrentRow(0);
    layout->addWidget(m_list);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
    resize(480, 360);
}

QString NewProjectDialog::templateId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void NewProjectDialog::setTemplateId(const QString &id)
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(Qt::UserRole).toString() == id) {
            m_list->setCurrentRow(i);
        }
    }
}
