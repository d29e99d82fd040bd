#include "SshSession.h"

#include "SshPrompter.h"
#include "SshSessionHandles.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>

#include <cstring>

namespace {

/// Copies a secret into libssh's buffer and wipes the temporary copy: secrets never outlive
/// the call that needs them.
int passSecret(std::optional<QString> secret, char *buf, size_t len)
{
    if (!secret) {
        return -1;
    }
    QByteArray bytes = secret->toUtf8();
    secret->fill(QLatin1Char(' '));
    const bool fits = size_t(bytes.size()) < len;
    if (fits) {
        std::memcpy(buf, bytes.constData(), size_t(bytes.size()));
        buf[bytes.size()] = '\0';
    }
    bytes.fill('\0');
    return fits ? 0 : -1;
}

int askPassphrase(const char *, char *buf, size_t len, int, int, void *userdata)
{
    auto *h = static_cast<SshSession::Handles *>(userdata);
    if (!h->prompter) {
        h->promptFailed = true;
        return -1;
    }
    const int result = passSecret(h->prompter->passphrase(h->host, h->identityFile), buf, len);
    h->promptFailed = result != 0;
    return result;
}

QString keyTypeName(ssh_key key)
{
    return QString::fromLatin1(ssh_key_type_to_char(ssh_key_type(key)));
}

} // namespace

SshSession::SshSession(SshTarget target)
    : m_target(std::move(target))
    , m_h(new Handles)
{
    m_h->host = m_target.host;
    m_h->identityFile = m_target.identityFile;
}

SshSession::~SshSession()
{
    disconnect();
    delete m_h;
}

bool SshSession::fail(Failure failure, const QString &message)
{
    m_failure = failure;
    m_error = message;
    return false;
}

QString SshSession::sshError() const
{
    return m_h->session ? QString::fromUtf8(ssh_get_error(m_h->session)) : QString();
}

QString SshSession::sftpError() const
{
    if (!m_h->sftp) {
        return sshError();
    }
    switch (sftp_get_error(m_h->sftp)) {
    case SSH_FX_NO_SUCH_FILE:
        return tr("no such file or folder");
    case SSH_FX_PERMISSION_DENIED:
        return tr("permission denied");
    case SSH_FX_CONNECTION_LOST:
    case SSH_FX_NO_CONNECTION:
        return tr("connection lost");
    default:
        return sshError();
    }
}

bool SshSession::isConnected() const
{
    return m_h->session && ssh_is_connected(m_h->session);
}

void SshSession::disconnect()
{
    if (m_h->sftp) {
        sftp_free(m_h->sftp);
        m_h->sftp = nullptr;
    }
    if (m_h->session) {
        if (ssh_is_connected(m_h->session)) {
            ssh_disconnect(m_h->session);
        }
        ssh_free(m_h->session);
        m_h->session = nullptr;
    }
}

bool SshSession::connect(SshPrompter *prompter)
{
    disconnect();
    m_failure = Failure::None;
    m_error.clear();
    m_h->prompter = prompter;
    m_h->session = ssh_new();
    ssh_session s = m_h->session;
    const QByteArray address = m_target.address.toUtf8();
    const unsigned int port = unsigned(m_target.port);
    const long timeout = m_target.timeoutSeconds;
    // The project, not ~/.ssh/config, decides where and as whom to log in.
    const int no = 0;
    ssh_options_set(s, SSH_OPTIONS_PROCESS_CONFIG, &no);
    ssh_options_set(s, SSH_OPTIONS_HOST, address.constData());
    ssh_options_set(s, SSH_OPTIONS_PORT, &port);
    ssh_options_set(s, SSH_OPTIONS_TIMEOUT, &timeout);
    // Deploys are many small request/reply exchanges: without TCP_NODELAY each one waits for
    // a delayed ACK (about 40 ms on Linux).
    const int yes = 1;
    ssh_options_set(s, SSH_OPTIONS_NODELAY, &yes);
    if (!m_target.user.isEmpty()) {
        ssh_options_set(s, SSH_OPTIONS_USER, m_target.user.toUtf8().constData());
    }
    if (!m_target.knownHostsFile.isEmpty()) {
        ssh_options_set(s, SSH_OPTIONS_KNOWNHOSTS,
                        QFile::encodeName(m_target.knownHostsFile).constData());
        // Only the project's file counts, so a stale system-wide entry cannot vouch for a key.
        ssh_options_set(s, SSH_OPTIONS_GLOBAL_KNOWNHOSTS, "/dev/null");
    }
    m_h->callbacks.userdata = m_h;
    m_h->callbacks.auth_function = askPassphrase;
    ssh_callbacks_init(&m_h->callbacks);
    ssh_set_callbacks(s, &m_h->callbacks);

    if (ssh_connect(s) != SSH_OK) {
        const QString why = sshError();
        disconnect();
        return fail(Failure::Unreachable,
                    tr("cannot connect to %1: %2").arg(m_target.display(), why));
    }
    if (!verifyHostKey(prompter) || !authenticate(prompter)) {
        disconnect();
        return false;
    }
    return true;
}

bool SshSession::verifyHostKey(SshPrompter *prompter)
{
    ssh_key key = nullptr;
    if (ssh_get_server_publickey(m_h->session, &key) != SSH_OK) {
        return fail(Failure::Protocol,
                    tr("%1 sent no host key: %2").arg(m_target.display(), sshError()));
    }
    unsigned char *hash = nullptr;
    size_t hashLength = 0;
    if (ssh_get_publickey_hash(key, SSH_PUBLICKEY_HASH_SHA256, &hash, &hashLength) == SSH_OK) {
        char *text = ssh_get_fingerprint_hash(SSH_PUBLICKEY_HASH_SHA256, hash, hashLength);
        m_fingerprint = QString::fromLatin1(text);
        ssh_string_free_char(text);
        ssh_clean_pubkey_hash(&hash);
    }
    const QString type = keyTypeName(key);
    ssh_key_free(key);
    const QString file = m_target.knownHostsFile.isEmpty()
                             ? QDir::homePath() + QStringLiteral("/.ssh/known_hosts")
                             : m_target.knownHostsFile;

    switch (ssh_session_is_known_server(m_h->session)) {
    case SSH_KNOWN_HOSTS_OK:
        return true;
    case SSH_KNOWN_HOSTS_CHANGED:
        return fail(
            Failure::HostKeyChanged,
            tr("the host key of %1 has CHANGED (now %2 %3). Someone may be intercepting the "
               "connection, or the host was reinstalled. FlinkDeck refuses to connect; if "
               "the change is expected, remove the old entry from %4 and connect again.")
                .arg(m_target.display(), type, m_fingerprint, file));
    case SSH_KNOWN_HOSTS_OTHER:
        return fail(Failure::HostKeyChanged,
                    tr("%1 offered a %2 host key, but %3 holds a key of another type for it. "
                       "FlinkDeck refuses to connect; if the change is expected, remove the old "
                       "entry and connect again.")
                        .arg(m_target.display(), type, file));
    case SSH_KNOWN_HOSTS_NOT_FOUND:
    case SSH_KNOWN_HOSTS_UNKNOWN:
        break;
    case SSH_KNOWN_HOSTS_ERROR:
    default:
        return fail(Failure::Protocol, tr("cannot check the host key of %1 against %2: %3")
                                           .arg(m_target.display(), file, sshError()));
    }
    if (!prompter ||
        !prompter->acceptUnknownHostKey(m_target.host, m_target.display(), type, m_fingerprint)) {
        return fail(Failure::HostKeyRejected,
                    tr("the host key of %1 (%2 %3) is not in %4 and was not accepted")
                        .arg(m_target.display(), type, m_fingerprint, file));
    }
    QDir().mkpath(QFileInfo(file).absolutePath());
    if (ssh_session_update_known_hosts(m_h->session) != SSH_OK) {
        return fail(Failure::Protocol, tr("cannot add the host key of %1 to %2: %3")
                                           .arg(m_target.display(), file, sshError()));
    }
    return true;
}

bool SshSession::authenticate(SshPrompter *prompter)
{
    ssh_session s = m_h->session;
    int rc = ssh_userauth_none(s, nullptr);
    if (rc == SSH_AUTH_SUCCESS) {
        return true;
    }
    const int methods = ssh_userauth_list(s, nullptr);
    QStringList tried;
    if (methods & SSH_AUTH_METHOD_PUBLICKEY) {
        if (!m_target.identityFile.isEmpty()) {
            tried << tr("identity file %1").arg(m_target.identityFile);
            ssh_key key = nullptr;
            m_h->promptFailed = false;
            rc = ssh_pki_import_privkey_file(QFile::encodeName(m_target.identityFile).constData(),
                                             nullptr, askPassphrase, m_h, &key);
            if (rc != SSH_OK) {
                if (!QFileInfo::exists(m_target.identityFile)) {
                    return fail(Failure::AuthenticationFailed,
                                tr("identity file %1 does not exist").arg(m_target.identityFile));
                }
                if (m_h->promptFailed) {
                    return fail(Failure::AuthenticationFailed,
                                tr("no passphrase for %1").arg(m_target.identityFile));
                }
                return fail(
                    Failure::AuthenticationFailed,
                    tr("cannot read identity file %1 (wrong passphrase or not a private key)")
                        .arg(m_target.identityFile));
            }
            rc = ssh_userauth_publickey(s, nullptr, key);
            ssh_key_free(key);
            if (rc == SSH_AUTH_SUCCESS) {
                return true;
            }
        } else {
            if (qEnvironmentVariableIsSet("SSH_AUTH_SOCK")) {
                tried << tr("ssh-agent");
                if (ssh_userauth_agent(s, nullptr) == SSH_AUTH_SUCCESS) {
                    return true;
                }
            }
            tried << tr("default keys in ~/.ssh");
            if (ssh_userauth_publickey_auto(s, nullptr, nullptr) == SSH_AUTH_SUCCESS) {
                return true;
            }
        }
    }
    if ((methods & SSH_AUTH_METHOD_PASSWORD) && prompter) {
        tried << tr("password");
        const QString login = m_target.display();
        std::optional<QString> secret = prompter->password(m_target.host, login);
        if (secret) {
            QByteArray bytes = secret->toUtf8();
            secret->fill(QLatin1Char(' '));
            rc = ssh_userauth_password(s, nullptr, bytes.constData());
            bytes.fill('\0');
            if (rc == SSH_AUTH_SUCCESS) {
                return true;
            }
        }
    }
    return fail(Failure::AuthenticationFailed,
                tr("%1 refused the login (tried: %2)")
                    .arg(m_target.display(), tried.isEmpty() ? tr("nothing the server accepts")
                                                             : tried.join(QStringLiteral(", "))));
}

std::optional<SshSession::CommandResult> SshSession::run(const QString &command,
                                                         const OutputSink &sink, int timeoutSeconds)
{
    if (!isConnected()) {
        fail(Failure::Unreachable, tr("not connected to %1").arg(m_target.display()));
        return std::nullopt;
    }
    ssh_channel channel = ssh_channel_new(m_h->session);
    if (!channel || ssh_channel_open_session(channel) != SSH_OK ||
        ssh_channel_request_exec(channel, command.toUtf8().constData()) != SSH_OK) {
        fail(Failure::Unreachable,
             tr("cannot run a command on %1: %2").arg(m_target.display(), sshError()));
        if (channel) {
            ssh_channel_free(channel);
        }
        return std::nullopt;
    }
    CommandResult result;
    QDeadlineTimer deadline{std::chrono::seconds(timeoutSeconds)};
    char buffer[16384];
    bool broken = false;
    // Reads what a stream has without waiting; false once it reached its end.
    auto drain = [&](int isStderr) {
        for (;;) {
            const int available = ssh_channel_poll(channel, isStderr);
            if (available == SSH_ERROR) {
                broken = true;
                return false;
            }
            if (available == SSH_EOF) {
                return false;
            }
            if (available == 0) {
                return true;
            }
            const int n = ssh_channel_read_nonblocking(channel, buffer, sizeof buffer, isStderr);
            if (n == SSH_ERROR) {
                broken = true;
                return false;
            }
            if (n > 0) {
                const QByteArray chunk(buffer, n);
                (isStderr ? result.err : result.out) += chunk;
                if (sink) {
                    sink(chunk, isStderr != 0);
                }
            }
        }
    };
    int wait = 1;
    for (;;) {
        const bool outOpen = drain(0);
        const bool errOpen = drain(1);
        if (broken || (!outOpen && !errOpen) || ssh_channel_is_closed(channel)) {
            break;
        }
        if (deadline.hasExpired()) {
            ssh_channel_close(channel);
            ssh_channel_free(channel);
            fail(Failure::Remote, tr("`%1` on %2 did not finish within %3 s")
                                      .arg(command, m_target.host)
                                      .arg(timeoutSeconds));
            return std::nullopt;
        }
        // libssh's poll wakes for data but not for the end of the streams, so wait in short,
        // growing slices: a quick command returns within a millisecond or two, a long one costs
        // at most 20 wake-ups a second.
        if (ssh_channel_poll_timeout(channel, wait, 0) == SSH_ERROR) {
            broken = true;
        }
        wait = std::min(wait * 2, 50);
    }
    if (broken) {
        ssh_channel_free(channel);
        fail(Failure::Unreachable, tr("lost the connection to %1 while `%2` ran: %3")
                                       .arg(m_target.display(), command, sshError()));
        return std::nullopt;
    }
    ssh_channel_send_eof(channel);
    result.exitStatus = ssh_channel_get_exit_status(channel);
    ssh_channel_close(channel);
    ssh_channel_free(channel);
    return result;
}

QString SshSession::shellQuote(const QString &text)
{
    QString result = text;
    result.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + result + QLatin1Char('\'');
}
