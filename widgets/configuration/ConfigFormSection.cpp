#include "ConfigFormSection.h"

#include "ConfigKeyField.h"

#include <QFormLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
/// Beyond this width a form only spreads its fields apart.
constexpr int kMaxFormWidth = 860;
} // namespace

ConfigFormSection::ConfigFormSection(const QString &title, const QString &intro, QWidget *parent)
    : QScrollArea(parent)
    , m_title(title)
    , m_form(new QFormLayout)
{
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(this);
    auto *outer = new QHBoxLayout(content);
    outer->setContentsMargins(24, 16, 24, 16);
    auto *column = new QWidget(content);
    column->setMaximumWidth(kMaxFormWidth);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    auto *heading = new QLabel(title, column);
    QFont big = heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    heading->setFont(big);
    layout->addWidget(heading);
    if (!intro.isEmpty()) {
        auto *introLabel = new QLabel(intro, column);
        introLabel->setWordWrap(true);
        introLabel->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(introLabel);
    }
    layout->addSpacing(8);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_form->setHorizontalSpacing(18);
    m_form->setVerticalSpacing(10);
    layout->addLayout(m_form);
    layout->addStretch(1);
    outer->addWidget(column, 1);
    outer->addStretch(0);
    setWidget(content);
}

ConfigKeyField *ConfigFormSection::addKey(ProjectDocument *document, const QString &key,
                                          const QString &title)
{
    auto *field = new ConfigKeyField(document, key, title, widget());
    m_form->addRow(field->label(), field);
    m_fields.append(field);
    return field;
}

QLabel *ConfigFormSection::addRow(const QString &label, QWidget *field)
{
    auto *text = new QLabel(label, widget());
    text->setBuddy(field->focusProxy() ? field->focusProxy() : field);
    // Reserve the key fields' reset button column so every row ends at the same edge.
    auto *box = new QWidget(widget());
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(4);
    row->addWidget(field, 1);
    auto *gap = new QToolButton(box);
    gap->setAutoRaise(true);
    gap->setIcon(style()->standardIcon(QStyle::SP_DialogResetButton));
    QSizePolicy keep = gap->sizePolicy();
    keep.setRetainSizeWhenHidden(true);
    gap->setSizePolicy(keep);
    gap->hide();
    row->addWidget(gap);
    box->setFocusProxy(field);
    m_form->addRow(text, box);
    return text;
}

void ConfigFormSection::addHeading(const QString &text)
{
    auto *heading = new QLabel(text, widget());
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    heading->setContentsMargins(0, 10, 0, 0);
    m_form->addRow(heading);
}

QLabel *ConfigFormSection::addNote(const QString &text)
{
    auto *note = new QLabel(text, widget());
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    m_form->addRow(note);
    return note;
}

ConfigKeyField *ConfigFormSection::fieldFor(const QString &key) const
{
    for (ConfigKeyField *field : m_fields) {
        if (field->key() == key || field->presentKey() == key) {
            return field;
        }
    }
    for (ConfigKeyField *field : m_fields) {
        if (field->names().contains(key)) {
            return field;
        }
    }
    return nullptr;
}

void ConfigFormSection::refresh(const ClusterProject &project, const QSet<QString> &fieldKeys)
{
    for (ConfigKeyField *field : m_fields) {
        field->refresh(project, fieldKeys);
        m_form->setRowVisible(field, field->isRelevant());
    }
}

void ConfigFormSection::reveal(QWidget *widget)
{
    ensureWidgetVisible(widget, 20, 60);
    widget->setFocus(Qt::OtherFocusReason);
}
