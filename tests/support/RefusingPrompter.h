#pragma once

#include "SshPrompter.h"

/// For tests: answers every SSH question with no (unknown host keys refused, no passphrase,
/// no password), so a test never waits for a person.
class RefusingPrompter final : public SshPrompter
{
public:
    bool acceptUnknownHostKey(const QString &, const QString &, const QString &,
                              const QString &) override
    {
        return false;
    }
    std::optional<QString> passphrase(const QString &, const QString &) override
    {
        return std::nullopt;
    }
    std::optional<QString> password(const QString &, const QString &) override
    {
        return std::nullopt;
    }
};
