#include "HostKeyDialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

HostKeyDialog::HostKeyDialog(const QString &host, const QString &address, const QString &keyType,
                             const QString &fingerprint, QWidget *parent)
    : QDialog(parent)
    , m_fingerprint(fingerprint)
    , m_trust(new QPushButton(tr("&Trust and Connect"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("hostKeyDialog"));
    setWindowTitle(tr("Unknown Host Key"));

    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(
        style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(size));
    icon->setAlignment(Qt::AlignTop);

    auto *headline = new QLabel(tr("FlinkDeck has not connected to %1 before.").arg(host), this);
    QFont bold = headline->font();
    bold.setBold(true);
    headline->setFont(bold);
    headline->setWordWrap(true);

    auto *key = new QLabel(fingerprint, this);
    key->setObjectName(QStringLiteral("fingerprint"));
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(font().pointSizeF());
    key->setFont(mono);
    key->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    key->setTextFormat(Qt::PlainText);

    auto *form = new QFormLayout;
    form->addRow(tr("Host:"), new QLabel(host, this));
    form->addRow(tr("Address:"), new QLabel(address, this));
    form->addRow(tr("Key type:"), new QLabel(keyType, this));
    form->addRow(tr("Fingerprint:"), key);

    auto *command = new QLabel(QStringLiteral("ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub"), this);
    command->setFont(mono);
    command->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto *advice = new QLabel(tr("Compare this fingerprint with what the host itself reports: "
                                 "run this command on %1 (at its console, or over a connection "
                                 "you already trust) and find the line of the %2 key.")
                                  .arg(host, keyType),
                              this);
    advice->setWordWrap(true);
    auto *consequence = new QLabel(tr("Trust the key only if they match. FlinkDeck then adds it to "
                                      "the known hosts file and connects."),
                                   this);
    consequence->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_trust, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    // Enter must not trust a key: only a deliberate click does.
    m_trust->setAutoDefault(false);
    m_cancel->setDefault(true);
    m_cancel->setFocus();
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *text = new QVBoxLayout;
    text->addWidget(headline);
    text->addLayout(form);
    text->addWidget(advice);
    text->addWidget(command);
    text->addWidget(consequence);
    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addLayout(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
}
