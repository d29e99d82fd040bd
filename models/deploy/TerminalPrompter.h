#pragma once

#include "SshPrompter.h"

#include <QCoreApplication>
#include <QMutex>

/// Asks on the controlling terminal (/dev/tty), with echo off for secrets. Without a terminal
/// it answers no, so scripts fail clearly instead of hanging. Secrets are cached in memory for
/// the run only, so one passphrase serves every host.
class TerminalPrompter final : public SshPrompter
{
    Q_DECLARE_TR_FUNCTIONS(TerminalPrompter)

public:
    /// acceptNewHostKeys: trust unknown host keys without asking (--accept-new-host-keys).
    explicit TerminalPrompter(bool acceptNewHostKeys = false);

    bool acceptUnknownHostKey(const QString &host, const QString &address, const QString &keyType,
                              const QString &fingerprint) override;
    std::optional<QString> passphrase(const QString &host, const QString &identityFile) override;
    std::optional<QString> password(const QString &host, const QString &login) override;

private:
    std::optional<QString> ask(const QString &question, bool secret);

    bool m_acceptNew;
    QMutex m_mutex;
    QHash<QString, QString> m_cache;
};
