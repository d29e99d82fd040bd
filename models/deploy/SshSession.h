#pragma once

#include "SshTarget.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>

class SshPrompter;

/// One logged-in SSH connection to a host (libssh): commands and SFTP file access.
/// Not thread-safe: one thread at a time may use a session.
class SshSession final
{
    Q_DECLARE_TR_FUNCTIONS(SshSession)
    Q_DISABLE_COPY_MOVE(SshSession)

public:
    enum class Failure
    {
        None,
        Unreachable,
        HostKeyChanged,
        HostKeyRejected,
        AuthenticationFailed,
        Protocol,
        NotFound,
        Remote
    };

    struct CommandResult
    {
        int exitStatus = -1;
        QByteArray out;
        QByteArray err;
        bool ok() const { return exitStatus == 0; }
    };
    /// Receives command output as it arrives.
    using OutputSink = std::function<void(const QByteArray &chunk, bool isStderr)>;

    explicit SshSession(SshTarget target);
    ~SshSession();

    /// Connects, verifies the host key against known_hosts and logs in.
    bool connect(SshPrompter *prompter);
    bool isConnected() const;
    void disconnect();

    /// Runs a shell command; nullopt when the connection failed (not when the command failed).
    std::optional<CommandResult> run(const QString &command, const OutputSink &sink = {},
                                     int timeoutSeconds = 600);

    /// A file's bytes; nullopt with failure() NotFound when it does not exist.
    std::optional<QByteArray> readFile(const QString &path);
    /// Writes a temporary file beside path, fsyncs it and renames it over path, so readers see
    /// the old or the new bytes and never a partial file. Keeps the old file's mode.
    bool writeFileAtomic(const QString &path, const QByteArray &content);
    /// The first half of writeFileAtomic: the fsynced temporary file beside path, for
    /// replaceFiles; nullopt on failure.
    std::optional<QString> uploadTemporary(const QString &path, const QByteArray &content);
    /// Renames each temporary file over its target (rename(2), atomic per file) with a single
    /// remote command, because every command costs a round trip and OpenSSH's exit delay.
    bool replaceFiles(const QList<std::pair<QString, QString>> &temporaryToTarget);
    /// Writes a file that nobody reads until something else marks it complete (backup copies).
    bool writeFile(const QString &path, const QByteArray &content);
    /// mkdir -p over SFTP.
    bool makeDirectories(const QString &path);
    bool exists(const QString &path);
    bool removeFile(const QString &path);
    /// Names in a folder (without . and ..); nullopt when it cannot be listed.
    std::optional<QStringList> listDirectory(const QString &path);
    /// The login's home folder on the host.
    QString homeDirectory();

    const SshTarget &target() const { return m_target; }
    Failure failure() const { return m_failure; }
    QString errorString() const { return m_error; }
    /// The SHA256 fingerprint of the host key seen at connect.
    QString hostKeyFingerprint() const { return m_fingerprint; }

    /// `'text'` for a POSIX shell.
    static QString shellQuote(const QString &text);

    struct Handles; ///< libssh handles; opaque so libssh stays out of this header

private:
    bool verifyHostKey(SshPrompter *prompter);
    bool authenticate(SshPrompter *prompter);
    bool openSftp();
    bool fail(Failure failure, const QString &message);
    QString sshError() const;
    QString sftpError() const;

    SshTarget m_target;
    Handles *m_h = nullptr;
    Failure m_failure = Failure::None;
    QString m_error;
    QString m_fingerprint;
};
