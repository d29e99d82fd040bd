#include "GuiPrompter.h"

#include "HostKeyDialog.h"

#include <QInputDialog>
#include <QLineEdit>
#include <QThread>

GuiPrompter::GuiPrompter(QWidget *dialogParent)
    : m_parent(dialogParent)
    , m_context(std::make_unique<QObject>())
{}

GuiPrompter::~GuiPrompter()
{
    shutdown();
    forgetSecrets();
}

template<typename Result>
Result GuiPrompter::ask(const std::function<Result()> &dialog, Result refusal)
{
    if (m_shutdown) {
        return refusal;
    }
    const auto run = [&] {
        if (m_shutdown) {
            return refusal;
        }
        m_asking = true;
        Result answer = dialog();
        m_asking = false;
        return answer;
    };
    if (QThread::currentThread() == m_context->thread()) {
        return run();
    }
    // When shutdown() drops this request the lambda never runs and the refusal stands.
    Result answer = refusal;
    QMetaObject::invokeMethod(
        m_context.get(), [&] { answer = run(); }, Qt::BlockingQueuedConnection);
    return answer;
}

bool GuiPrompter::acceptUnknownHostKey(const QString &host, const QString &address,
                                       const QString &keyType, const QString &fingerprint)
{
    QMutexLocker lock(&m_mutex);
    return ask<bool>(
        [&] {
            HostKeyDialog dialog(host, address, keyType, fingerprint, m_parent);
            return dialog.exec() == QDialog::Accepted;
        },
        false);
}

std::optional<QString> GuiPrompter::passphrase(const QString &host, const QString &identityFile)
{
    QMutexLocker lock(&m_mutex);
    if (m_shutdown) {
        return std::nullopt;
    }
    // One answer serves every host using the key. A host asking again for a key it was given
    // means the answer did not unlock it, so that asks the person again.
    QSet<QString> &served = m_served[identityFile];
    if (m_passphrases.contains(identityFile) && !served.contains(host)) {
        served.insert(host);
        return m_passphrases.value(identityFile);
    }
    const auto answer = ask<std::optional<QString>>(
        [&]() -> std::optional<QString> {
            QInputDialog dialog(m_parent);
            dialog.setObjectName(QStringLiteral("passphraseDialog"));
            dialog.setWindowTitle(tr("Key Passphrase"));
            dialog.setLabelText(tr("The identity file %1 is protected by a passphrase. Enter it "
                                   "to log in to %2:")
                                    .arg(identityFile, host));
            dialog.setTextEchoMode(QLineEdit::Password);
            if (dialog.exec() != QDialog::Accepted) {
                return std::nullopt;
            }
            return dialog.textValue();
        },
        std::nullopt);
    if (answer) {
        m_passphrases.insert(identityFile, *answer);
        served = {host};
    } else {
        m_passphrases.remove(identityFile);
        served.clear();
    }
    return answer;
}

std::optional<QString> GuiPrompter::password(const QString &host, const QString &login)
{
    QMutexLocker lock(&m_mutex);
    return ask<std::optional<QString>>(
        [&]() -> std::optional<QString> {
            QInputDialog dialog(m_parent);
            dialog.setObjectName(QStringLiteral("passwordDialog"));
            dialog.setWindowTitle(tr("SSH Password"));
            dialog.setLabelText(tr("Password of %1 (host %2):").arg(login, host));
            dialog.setTextEchoMode(QLineEdit::Password);
            if (dialog.exec() != QDialog::Accepted) {
                return std::nullopt;
            }
            return dialog.textValue();
        },
        std::nullopt);
}

void GuiPrompter::shutdown()
{
    m_shutdown = true;
    if (m_asking) {
        // Called from inside one of our dialogs: the worker that asked holds the mutex until
        // this dialog returns, so waiting for it here would never end.
        return;
    }
    // A worker in the middle of a question holds the mutex while it waits for this thread.
    // Dropping its request releases it with a refusal; the loop catches a request posted just
    // after a drop. Once the mutex is free, every later question sees m_shutdown.
    while (!m_mutex.tryLock()) {
        QCoreApplication::removePostedEvents(m_context.get(), QEvent::MetaCall);
        QThread::yieldCurrentThread();
    }
    m_mutex.unlock();
}

void GuiPrompter::forgetSecrets()
{
    QMutexLocker lock(&m_mutex);
    for (QString &secret : m_passphrases) {
        secret.fill(QLatin1Char(' ')); // not a guarantee, but no needless copy lingers
    }
    m_passphrases.clear();
    m_served.clear();
}
