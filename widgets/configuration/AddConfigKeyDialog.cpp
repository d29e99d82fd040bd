#include "AddConfigKeyDialog.h"

#include "ConfigSchema.h"

#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

AddConfigKeyDialog::AddConfigKeyDialog(QWidget *parent)
    : QDialog(parent)
    , m_key(new QLineEdit(this))
    , m_value(new QLineEdit(this))
    , m_hint(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Add Configuration Key"));
    QStringList keys;
    for (const ConfigKeyInfo &info : ConfigSchema::builtin().keys()) {
        keys.append(info.key);
    }
    auto *completer = new QCompleter(keys, m_key);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_key->setCompleter(completer);
    m_key->setPlaceholderText(tr("e.g. metrics.reporter.prom.factory.class"));
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QFormLayout(this);
    layout->addRow(tr("&Key:"), m_key);
    layout->addRow(tr("&Value:"), m_value);
    layout->addRow(m_hint);
    layout->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_key, &QLineEdit::textChanged, this, &AddConfigKeyDialog::update);
    connect(m_value, &QLineEdit::textChanged, this, &AddConfigKeyDialog::update);
    resize(520, sizeHint().height());
    update();
}

QString AddConfigKeyDialog::key() const
{
    return m_key->text().trimmed();
}

QString AddConfigKeyDialog::value() const
{
    return m_value->text();
}

void AddConfigKeyDialog::update()
{
    const QString k = key();
    const bool known = ConfigSchema::builtin().find(k) || ConfigSchema::builtin().family(k);
    const bool secret = !k.isEmpty() && ConfigSchema::builtin().isSecret(k);
    if (secret) {
        m_hint->setText(tr("This key holds a secret. FlinkDeck never saves secrets in a project, "
                           "and a deploy does not write them yet."));
    } else {
        m_hint->setText(
            k.isEmpty() || known
                ? QString()
                : tr("FlinkDeck does not know this key; it is written as you type it."));
    }
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!k.isEmpty() && !secret && !k.contains(QLatin1Char(' ')) &&
                     !m_value->text().trimmed().isEmpty());
}
