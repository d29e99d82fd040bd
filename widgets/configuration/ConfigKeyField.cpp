#include "ConfigKeyField.h"

#include "ConfigSchema.h"
#include "FieldLook.h"
#include "MemorySizeEdit.h"
#include "ProjectDocument.h"
#include "StatusIcons.h"
#include "ValueSyntax.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
const ConfigSchema &schema()
{
    return ConfigSchema::builtin();
}
} // namespace

ConfigKeyField::ConfigKeyField(ProjectDocument *document, const QString &key, const QString &title,
                               QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_key(key)
    , m_title(title)
    , m_info(schema().find(key))
    , m_label(new QLabel(this))
    , m_reset(new QToolButton(this))
    , m_badge(new QLabel(this))
    , m_replace(new QPushButton(this))
    , m_badgeRow(new QWidget(this))
{
    Q_ASSERT_X(m_info, "ConfigKeyField", "the key must be in the schema");
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    auto *row = new QHBoxLayout;
    row->setSpacing(4);
    column->addLayout(row);
    buildEditor();
    row->addWidget(m_memory ? static_cast<QWidget *>(m_memory) : editor(), 1);
    m_reset->setObjectName(QStringLiteral("reset"));
    m_reset->setIcon(style()->standardIcon(QStyle::SP_DialogResetButton));
    m_reset->setAutoRaise(true);
    m_reset->setToolTip(tr("Remove the key: Flink uses its default"));
    m_reset->setAccessibleName(tr("Reset %1").arg(m_key));
    QSizePolicy keep = m_reset->sizePolicy();
    keep.setRetainSizeWhenHidden(true);
    m_reset->setSizePolicy(keep);
    m_reset->hide();
    row->addWidget(m_reset);
    connect(m_reset, &QToolButton::clicked, this, [this] {
        if (!m_present.isEmpty()) {
            m_document->removeConfigKey(m_present);
        }
    });

    auto *badgeLayout = new QHBoxLayout(m_badgeRow);
    badgeLayout->setContentsMargins(0, 0, 0, 0);
    m_badge->setWordWrap(true);
    badgeLayout->addWidget(m_badge, 1);
    badgeLayout->addWidget(m_replace);
    column->addWidget(m_badgeRow);
    m_badgeRow->hide();
    connect(m_replace, &QPushButton::clicked, this, [this] {
        if (!m_present.isEmpty() && !m_replacement.isEmpty()) {
            m_document->renameConfigKey(m_present, m_replacement);
        }
    });

    m_label->setTextFormat(Qt::RichText);
    m_label->setBuddy(editor());
    m_label->setText(FieldLook::labelText(this, m_title, m_key));
    setFocusProxy(editor());
}

void ConfigKeyField::buildEditor()
{
    const QString help = FieldLook::keyToolTip(m_key);
    const QString fallback = m_info->defaultValue.isEmpty()
                                 ? tr("not set")
                                 : tr("default: %1").arg(m_info->defaultValue);
    switch (m_info->type) {
    case ConfigKeyInfo::Type::Bool:
    case ConfigKeyInfo::Type::Enum: {
        m_combo = new QComboBox(this);
        m_combo->addItem(m_info->defaultValue.isEmpty()
                             ? tr("Default")
                             : tr("Default (%1)").arg(m_info->defaultValue),
                         QString());
        const QStringList values =
            m_info->type == ConfigKeyInfo::Type::Bool
                ? QStringList{QStringLiteral("true"), QStringLiteral("false")}
                : m_info->values;
        for (const QString &value : values) {
            m_combo->addItem(value, value);
        }
        connect(m_combo, &QComboBox::activated, this,
                [this](int index) { userEdited(m_combo->itemData(index).toString()); });
        FieldLook::setHelp(m_combo, help);
        return;
    }
    case ConfigKeyInfo::Type::Memory:
        m_memory = new MemorySizeEdit(this);
        m_memory->setPlaceholderText(fallback);
        connect(m_memory, &MemorySizeEdit::edited, this, &ConfigKeyField::userEdited);
        FieldLook::setHelp(m_memory->numberEdit(), help);
        return;
    default:
        break;
    }
    m_line = new QLineEdit(this);
    m_line->setPlaceholderText(fallback);
    m_line->setClearButtonEnabled(true);
    connect(m_line, &QLineEdit::textEdited, this, &ConfigKeyField::userEdited);
    FieldLook::setHelp(m_line, help);
    if (m_info->secret) {
        // Credentials never enter the project (nor its recovery copies): deploy asks for them.
        m_line->setEchoMode(QLineEdit::Password);
        m_line->setReadOnly(true);
        m_line->setClearButtonEnabled(false);
        m_line->setPlaceholderText(tr("Secret: never saved in the project"));
        m_line->setToolTip(help + QStringLiteral("\n\n") +
                           tr("FlinkDeck does not store passwords in the project, and a deploy "
                              "does not write them yet."));
    }
}

QWidget *ConfigKeyField::editor() const
{
    if (m_combo) {
        return m_combo;
    }
    if (m_memory) {
        return m_memory->numberEdit();
    }
    return m_line;
}

bool ConfigKeyField::hasBadge() const
{
    return !m_badgeRow->isHidden();
}

QString ConfigKeyField::writtenKey() const
{
    return m_present.isEmpty() ? m_written : m_present;
}

QStringList ConfigKeyField::names() const
{
    QStringList result;
    for (const QString &name : schema().aliases(m_key)) {
        const ConfigKeyInfo *info = schema().find(name);
        // A legacy key counted in other units (heap.mb) is not this field's value.
        if (info && info->type == m_info->type) {
            result.append(name);
        }
    }
    return result;
}

QString ConfigKeyField::editorText() const
{
    if (m_combo) {
        return m_combo->currentData().toString();
    }
    if (m_memory) {
        return m_memory->text();
    }
    return m_line->text();
}

void ConfigKeyField::setEditorText(const QString &value)
{
    if (m_combo) {
        const QSignalBlocker block(m_combo);
        int index = 0;
        if (!value.isEmpty()) {
            index = -1;
            for (int i = 1; i < m_combo->count() && index < 0; ++i) {
                if (m_combo->itemData(i).toString().compare(value.trimmed(), Qt::CaseInsensitive) ==
                    0) {
                    index = i;
                }
            }
            if (index < 0) {
                // A factory class or a typo: show it as set rather than pretend the default.
                m_combo->addItem(value, value);
                index = m_combo->count() - 1;
            }
        }
        m_combo->setCurrentIndex(index);
        return;
    }
    if (m_memory) {
        m_memory->setText(value);
        return;
    }
    if (m_line->text() != value) {
        const QSignalBlocker block(m_line);
        const int cursor = m_line->cursorPosition();
        m_line->setText(value);
        if (m_line->hasFocus()) {
            m_line->setCursorPosition(std::min(cursor, static_cast<int>(value.size())));
        }
    }
}

void ConfigKeyField::setProblem(const QString &message)
{
    m_problem = message;
    if (m_memory) {
        m_memory->setProblem(message);
    } else {
        FieldLook::setProblem(editor(), message);
    }
}

void ConfigKeyField::userEdited(const QString &text)
{
    // Typing in a box is one undo step per field; each pick from a list is its own step.
    const auto merge = m_combo ? ProjectDocument::Merge::Separate : ProjectDocument::Merge::Typing;
    if (text.trimmed().isEmpty()) {
        setProblem({});
        if (!m_present.isEmpty()) {
            m_document->setConfigValue(m_present, QString(), merge);
        }
        return;
    }
    if (const auto problem = ValueSyntax::check(*m_info, text);
        problem && problem->severity == Diagnostic::Severity::Error) {
        setProblem(problem->suggestion.isEmpty()
                       ? problem->message
                       : tr("%1. %2").arg(problem->message, problem->suggestion));
        return;
    }
    setProblem({});
    m_document->setConfigValue(writtenKey(), text, merge);
}

void ConfigKeyField::refresh(const ClusterProject &project, const QSet<QString> &fieldKeys)
{
    const FlinkVersion &version = project.flinkVersion;
    m_present.clear();
    for (const QString &name : names()) {
        if (project.flinkConfig.contains(name) && (name == m_key || !fieldKeys.contains(name))) {
            m_present = name;
            break;
        }
    }
    m_written = schema().nameIn(m_key, version);
    const ConfigKeyInfo *written = schema().find(m_written);
    const bool usable = written && written->existsIn(version) && !written->deprecatedIn(version) &&
                        !written->uselessIn(version);
    m_relevant =
        !m_present.isEmpty() || (usable && (m_written == m_key || !fieldKeys.contains(m_written)));
    m_label->setText(FieldLook::labelText(this, m_title, writtenKey()));
    // Older names may have other defaults (taskmanager.memory.fraction was 0.7).
    QString fallback =
        written && !written->defaultValue.isEmpty() ? written->defaultValue : m_info->defaultValue;
    // A bare number in a duration is milliseconds; say so rather than leave the unit to guess.
    static const QRegularExpression bareNumber(QStringLiteral("^[0-9]+$"));
    if (m_info->type == ConfigKeyInfo::Type::Duration && bareNumber.match(fallback).hasMatch()) {
        fallback = tr("%1 ms").arg(fallback);
    }
    if (m_combo) {
        m_combo->setItemText(0,
                             fallback.isEmpty() ? tr("Default") : tr("Default (%1)").arg(fallback));
    } else {
        const QString placeholder =
            fallback.isEmpty() ? tr("not set") : tr("default: %1").arg(fallback);
        if (m_memory) {
            m_memory->setPlaceholderText(placeholder);
        } else {
            m_line->setPlaceholderText(placeholder);
        }
    }

    const QString value = m_present.isEmpty() ? QString() : project.flinkConfig.value(m_present);
    // Leave the field being typed in alone: its text is already the value, or rejected input.
    const bool typing = editor()->hasFocus() && (editorText() == value || hasProblem());
    if (!typing) {
        setProblem({});
        setEditorText(value);
    }
    m_reset->setVisible(!m_present.isEmpty());
    updateBadge(project);
}

void ConfigKeyField::updateBadge(const ClusterProject &project)
{
    const FlinkVersion &version = project.flinkVersion;
    const ConfigKeyInfo *info = m_present.isEmpty() ? nullptr : schema().find(m_present);
    m_replacement.clear();
    QString text;
    Diagnostic::Severity severity = Diagnostic::Severity::Warning;
    if (info) {
        const QString v = version.toString();
        if (info->removedIn(version)) {
            severity = Diagnostic::Severity::Error;
            text = tr("%1 was removed in Flink %2: this version ignores it.")
                       .arg(m_present, info->removed.toString());
        } else if (info->uselessIn(version)) {
            text = tr("%1 has no effect in Flink %2.").arg(m_present, v);
        } else if (info->deprecatedIn(version)) {
            text =
                tr("%1 is deprecated since Flink %2.").arg(m_present, info->deprecated.toString());
        } else if (!info->existsIn(version)) {
            severity = Diagnostic::Severity::Error;
            text = tr("Flink %1 does not read %2 yet.").arg(v, m_present);
        }
        if (!text.isEmpty()) {
            QString next = schema().currentName(m_present, version);
            if (next.isEmpty() || next == m_present) {
                next = schema().nameIn(m_key, version);
            }
            const ConfigKeyInfo *nextInfo = schema().find(next);
            if (next != m_present && nextInfo && nextInfo->existsIn(version) &&
                !project.flinkConfig.contains(next)) {
                m_replacement = next;
            }
        }
    }
    m_badgeRow->setVisible(!text.isEmpty());
    if (text.isEmpty()) {
        return;
    }
    m_badge->setText(QStringLiteral("<span style=\"color:%1\">\u26A0</span> %2")
                         .arg(StatusIcons::colorFor(severity).name(), text.toHtmlEscaped()));
    m_replace->setVisible(!m_replacement.isEmpty());
    m_replace->setText(tr("Use %1").arg(m_replacement));
    m_replace->setToolTip(tr("Rename %1 to %2, keeping its value").arg(m_present, m_replacement));
}
