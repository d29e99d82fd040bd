#pragma once

#include <QString>

#include <optional>

/// Asks the person at the keyboard what SSH cannot decide alone. Called from worker threads;
/// implementations serialise their own prompts. Answers live in memory only.
class SshPrompter
{
public:
    virtual ~SshPrompter() = default;
    /// Whether to trust a host key seen for the first time (it is then added to known_hosts).
    virtual bool acceptUnknownHostKey(const QString &host, const QString &address,
                                      const QString &keyType, const QString &fingerprint) = 0;
    /// The passphrase of an encrypted identity file; nullopt gives up.
    virtual std::optional<QString> passphrase(const QString &host, const QString &identityFile) = 0;
    /// The login password; nullopt gives up.
    virtual std::optional<QString> password(const QString &host, const QString &login) = 0;
};
