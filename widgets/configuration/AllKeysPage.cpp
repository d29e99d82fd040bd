#include "AllKeysPage.h"

#include "AddConfigKeyDialog.h"
#include "AllKeysModel.h"
#include "ProjectDocument.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

AllKeysPage::AllKeysPage(ProjectDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new AllKeysModel(document, this))
    , m_setFilter(new QSortFilterProxyModel(this))
    , m_search(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_searchEdit(new QLineEdit(this))
    , m_setOnly(new QCheckBox(tr("&Set keys only"), this))
    , m_remove(new QPushButton(tr("&Remove Key"), this))
{
    m_setFilter->setSourceModel(m_model);
    m_setFilter->setFilterRole(AllKeysModel::IsSetRole);
    m_setFilter->setFilterKeyColumn(AllKeysModel::KeyColumn);
    m_search->setSourceModel(m_setFilter);
    m_search->setFilterRole(AllKeysModel::SearchRole);
    m_search->setFilterKeyColumn(AllKeysModel::KeyColumn);
    m_search->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_search->setSortCaseSensitivity(Qt::CaseInsensitive);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    auto *bar = new QHBoxLayout;
    m_searchEdit->setPlaceholderText(tr("Search keys and descriptions"));
    m_searchEdit->setClearButtonEnabled(true);
    bar->addWidget(m_searchEdit, 1);
    bar->addWidget(m_setOnly);
    auto *add = new QPushButton(tr("&Add Custom Key…"), this);
    bar->addWidget(add);
    bar->addWidget(m_remove);
    layout->addLayout(bar);
    m_rejected = new QLabel(this);
    m_rejected->setWordWrap(true);
    m_rejected->hide();
    layout->addWidget(m_rejected);
    connect(m_model, &AllKeysModel::valueRejected, this,
            [this](const QString &key, const QString &message) {
                m_rejected->setText(tr("%1 was not changed: %2").arg(key, message));
                m_rejected->show();
            });
    connect(m_document, &ProjectDocument::changed, m_rejected, &QLabel::hide);

    m_table->setModel(m_search);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(AllKeysModel::KeyColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->setWordWrap(false);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(AllKeysModel::KeyColumn, QHeaderView::Interactive);
    header->resizeSection(AllKeysModel::KeyColumn, 380);
    header->setSectionResizeMode(AllKeysModel::ValueColumn, QHeaderView::Stretch);
    header->resizeSection(AllKeysModel::DefaultColumn, 150);
    header->resizeSection(AllKeysModel::TypeColumn, 80);
    header->resizeSection(AllKeysModel::StatusColumn, 150);
    layout->addWidget(m_table, 1);

    connect(m_searchEdit, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_search->setFilterFixedString(text.trimmed()); });
    connect(m_setOnly, &QCheckBox::toggled, this, [this](bool on) {
        m_setFilter->setFilterFixedString(on ? QStringLiteral("1") : QString());
    });
    connect(add, &QPushButton::clicked, this, &AllKeysPage::addKey);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const QString key = currentKey();
        if (!key.isEmpty()) {
            m_document->removeConfigKey(key);
        }
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AllKeysPage::updateButtons);
    updateButtons();
}

QString AllKeysPage::currentKey() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(AllKeysModel::KeyRole).toString() : QString();
}

bool AllKeysPage::selectKey(const QString &key)
{
    const int row = m_model->rowOf(key);
    if (row < 0) {
        return false;
    }
    QModelIndex index = m_search->mapFromSource(m_setFilter->mapFromSource(m_model->index(row, 0)));
    if (!index.isValid()) {
        m_searchEdit->clear();
        m_setOnly->setChecked(false);
        index = m_search->mapFromSource(m_setFilter->mapFromSource(m_model->index(row, 0)));
    }
    const QModelIndex value = index.siblingAtColumn(AllKeysModel::ValueColumn);
    m_table->setCurrentIndex(value);
    m_table->selectionModel()->select(value, QItemSelectionModel::ClearAndSelect |
                                                 QItemSelectionModel::Rows);
    m_table->scrollTo(value, QAbstractItemView::PositionAtCenter);
    m_table->setFocus(Qt::OtherFocusReason);
    return true;
}

void AllKeysPage::refresh()
{
    const QString key = currentKey();
    const bool hadFocus = m_table->hasFocus();
    m_model->refresh();
    if (!key.isEmpty() && currentKey() != key) {
        selectKey(key);
        if (!hadFocus) {
            m_table->clearFocus();
        }
    }
    updateButtons();
}

void AllKeysPage::addKey()
{
    AddConfigKeyDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    m_document->setConfigValue(dialog.key(), dialog.value(), ProjectDocument::Merge::Separate);
    selectKey(dialog.key());
}

void AllKeysPage::updateButtons()
{
    const QString key = currentKey();
    m_remove->setEnabled(!key.isEmpty() && m_document->project().flinkConfig.contains(key));
}
