#pragma once

#include "SshPrompter.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QPointer>
#include <QSet>
#include <QWidget>

#include <atomic>
#include <functional>
#include <memory>

/// Answers the SSH engine's questions with dialogs: an unknown host key, an identity file's
/// passphrase, a password. The engine asks from worker threads; each question waits for the
/// GUI thread and one dialog shows at a time. A passphrase is kept in memory for the life of
/// the prompter (one Deploy page), never on disk.
class GuiPrompter final : public SshPrompter
{
    Q_DECLARE_TR_FUNCTIONS(GuiPrompter)
    Q_DISABLE_COPY_MOVE(GuiPrompter)
public:
    /// dialogParent: the widget the dialogs are modal to. Construct on the GUI thread.
    explicit GuiPrompter(QWidget *dialogParent);
    ~GuiPrompter() override;

    bool acceptUnknownHostKey(const QString &host, const QString &address, const QString &keyType,
                              const QString &fingerprint) override;
    std::optional<QString> passphrase(const QString &host, const QString &identityFile) override;
    std::optional<QString> password(const QString &host, const QString &login) override;

    /// From now on every question is answered no, and a worker waiting for an answer goes on
    /// with no. Call on the GUI thread before waiting for the engine's threads: a question
    /// waiting for this thread would otherwise wait forever.
    void shutdown();
    /// Forgets the passphrases kept so far.
    void forgetSecrets();

private:
    /// Runs dialog on the GUI thread and returns its answer, or refusal once shut down.
    /// The caller holds m_mutex, so dialogs come one at a time.
    template<typename Result>
    Result ask(const std::function<Result()> &dialog, Result refusal);

    QPointer<QWidget> m_parent;
    std::unique_ptr<QObject> m_context; ///< lives on the GUI thread; questions hop to it
    QMutex m_mutex;
    std::atomic_bool m_shutdown{false};
    bool m_asking = false;                  ///< a dialog is open (GUI thread only)
    QHash<QString, QString> m_passphrases;  ///< by identity file
    QHash<QString, QSet<QString>> m_served; ///< identity file → hosts given the kept passphrase
};
