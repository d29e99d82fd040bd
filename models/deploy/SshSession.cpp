#include "SshSession.h"

#include "SshPrompter.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cstring>
#include <fcntl.h>
#include <libssh/callbacks.h>
#include <libssh/libssh.h>
#include <libssh/sftp.h>

struct SshSession::Handles
{
    ssh_session session = nullptr;
    sftp_session sftp = nullptr;
    ssh_callbacks_struct callbacks{};
    SshPrompter *prompter = nullptr;
    QString host;
    QString identityFile;
    bool promptFailed = false;
};

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

bool SshSession::openSftp()
{
    if (m_h->sftp) {
        return true;
    }
    if (!isConnected()) {
        return fail(Failure::Unreachable, tr("not connected to %1").arg(m_target.display()));
    }
    m_h->sftp = sftp_new(m_h->session);
    if (!m_h->sftp || sftp_init(m_h->sftp) != SSH_OK) {
        const QString why = sshError();
        if (m_h->sftp) {
            sftp_free(m_h->sftp);
            m_h->sftp = nullptr;
        }
        return fail(Failure::Protocol, tr("%1 offers no SFTP: %2").arg(m_target.display(), why));
    }
    return true;
}

std::optional<QByteArray> SshSession::readFile(const QString &path)
{
    if (!openSftp()) {
        return std::nullopt;
    }
    sftp_file file = sftp_open(m_h->sftp, path.toUtf8().constData(), O_RDONLY, 0);
    if (!file) {
        // libssh keeps the last SFTP status when the connection itself fails.
        const bool missing = sftp_get_error(m_h->sftp) == SSH_FX_NO_SUCH_FILE && isConnected();
        fail(missing ? Failure::NotFound : Failure::Remote,
             tr("cannot read %1 on %2: %3").arg(path, m_target.host, sftpError()));
        return std::nullopt;
    }
    QByteArray content;
    char buffer[65536];
    for (;;) {
        const ssize_t n = sftp_read(file, buffer, sizeof buffer);
        if (n < 0) {
            sftp_close(file);
            fail(Failure::Remote,
                 tr("cannot read %1 on %2: %3").arg(path, m_target.host, sftpError()));
            return std::nullopt;
        }
        if (n == 0) {
            break;
        }
        content.append(buffer, n);
    }
    sftp_close(file);
    return content;
}

namespace {

/// Writes all of content to an open SFTP file; false on the first failed write.
bool writeAll(sftp_file file, const QByteArray &content)
{
    qsizetype written = 0;
    while (written < content.size()) {
        const ssize_t n = sftp_write(file, content.constData() + written,
                                     size_t(std::min<qsizetype>(content.size() - written, 32768)));
        if (n < 0) {
            return false;
        }
        written += n;
    }
    return true;
}

} // namespace

bool SshSession::writeFile(const QString &path, const QByteArray &content)
{
    if (!openSftp()) {
        return false;
    }
    sftp_file file =
        sftp_open(m_h->sftp, path.toUtf8().constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (!file) {
        return fail(Failure::Remote,
                    tr("cannot write %1 on %2: %3").arg(path, m_target.host, sftpError()));
    }
    if (!writeAll(file, content)) {
        const QString why = sftpError();
        sftp_close(file);
        return fail(Failure::Unreachable,
                    tr("upload of %1 to %2 failed: %3").arg(path, m_target.host, why));
    }
    // A backup must be on disk before the manifest that vouches for it.
    if (sftp_extension_supported(m_h->sftp, "fsync@openssh.com", "1") && sftp_fsync(file) != 0) {
        const QString why = sftpError();
        sftp_close(file);
        return fail(Failure::Remote, tr("cannot flush %1 on %2: %3").arg(path, m_target.host, why));
    }
    if (sftp_close(file) != SSH_NO_ERROR) {
        return fail(Failure::Remote,
                    tr("cannot close %1 on %2: %3").arg(path, m_target.host, sftpError()));
    }
    return true;
}

std::optional<QString> SshSession::uploadTemporary(const QString &path, const QByteArray &content)
{
    if (!openSftp()) {
        return std::nullopt;
    }
    mode_t mode = 0644;
    if (sftp_attributes attributes = sftp_stat(m_h->sftp, path.toUtf8().constData())) {
        mode = attributes->permissions & 07777;
        sftp_attributes_free(attributes);
    }
    const QFileInfo info(path);
    // A name of its own, created exclusively, so two writers of one file (a second FlinkDeck, two
    // project hosts that are one machine) never share a half-written temporary file.
    const QString temp = info.path() + QStringLiteral("/.") + info.fileName() +
                         QStringLiteral(".flinkdeck-") +
                         QString::number(QRandomGenerator::system()->generate64(), 36);
    sftp_file file =
        sftp_open(m_h->sftp, temp.toUtf8().constData(), O_WRONLY | O_CREAT | O_EXCL, mode);
    if (!file) {
        fail(Failure::Remote,
             tr("cannot write %1 on %2: %3").arg(temp, m_target.host, sftpError()));
        return std::nullopt;
    }
    if (!writeAll(file, content)) {
        const QString why = sftpError();
        sftp_close(file);
        fail(Failure::Unreachable,
             tr("upload of %1 to %2 failed: %3").arg(path, m_target.host, why));
        return std::nullopt;
    }
    if (sftp_extension_supported(m_h->sftp, "fsync@openssh.com", "1") && sftp_fsync(file) != 0) {
        const QString why = sftpError();
        sftp_close(file);
        fail(Failure::Remote, tr("cannot flush %1 on %2: %3").arg(temp, m_target.host, why));
        return std::nullopt;
    }
    if (sftp_close(file) != SSH_NO_ERROR) {
        fail(Failure::Remote,
             tr("cannot close %1 on %2: %3").arg(temp, m_target.host, sftpError()));
        return std::nullopt;
    }
    // The umask may have narrowed the mode at creation.
    sftp_chmod(m_h->sftp, temp.toUtf8().constData(), mode);
    return temp;
}

bool SshSession::replaceFiles(const QList<std::pair<QString, QString>> &temporaryToTarget)
{
    if (temporaryToTarget.isEmpty()) {
        return true;
    }
    // SFTP v3 cannot rename over an existing file; mv does, with rename(2) in the same folder.
    QStringList moves;
    for (const auto &[temp, target] : temporaryToTarget) {
        moves << QStringLiteral("mv -f -- %1 %2").arg(shellQuote(temp), shellQuote(target));
    }
    const auto moved = run(moves.join(QStringLiteral(" && ")));
    if (!moved) {
        return false;
    }
    if (!moved->ok()) {
        return fail(Failure::Remote,
                    tr("cannot move the new files into place on %1: %2")
                        .arg(m_target.host, QString::fromUtf8(moved->err).trimmed()));
    }
    return true;
}

bool SshSession::writeFileAtomic(const QString &path, const QByteArray &content)
{
    const auto temp = uploadTemporary(path, content);
    return temp && replaceFiles({{*temp, path}});
}

bool SshSession::makeDirectories(const QString &path)
{
    if (!openSftp()) {
        return false;
    }
    // Walk up to the first folder that exists, then create the rest downwards.
    QStringList missing;
    QString current = QDir::cleanPath(path);
    while (!current.isEmpty() && current != QLatin1String("/")) {
        sftp_attributes attributes = sftp_stat(m_h->sftp, current.toUtf8().constData());
        if (attributes) {
            const bool isDir = attributes->type == SSH_FILEXFER_TYPE_DIRECTORY;
            sftp_attributes_free(attributes);
            if (!isDir) {
                return fail(Failure::Remote, tr("cannot create %1 on %2: %3 is not a folder")
                                                 .arg(path, m_target.host, current));
            }
            break;
        }
        missing.prepend(current);
        current = QFileInfo(current).path();
    }
    for (const QString &dir : std::as_const(missing)) {
        if (sftp_mkdir(m_h->sftp, dir.toUtf8().constData(), 0755) != 0 &&
            sftp_get_error(m_h->sftp) != SSH_FX_FILE_ALREADY_EXISTS) {
            return fail(Failure::Remote,
                        tr("cannot create %1 on %2: %3").arg(dir, m_target.host, sftpError()));
        }
    }
    return true;
}

bool SshSession::exists(const QString &path)
{
    if (!openSftp()) {
        return false;
    }
    sftp_attributes attributes = sftp_stat(m_h->sftp, path.toUtf8().constData());
    if (!attributes) {
        return false;
    }
    sftp_attributes_free(attributes);
    return true;
}

bool SshSession::removeFile(const QString &path)
{
    if (!openSftp()) {
        return false;
    }
    if (sftp_unlink(m_h->sftp, path.toUtf8().constData()) != 0 &&
        sftp_get_error(m_h->sftp) != SSH_FX_NO_SUCH_FILE) {
        return fail(Failure::Remote,
                    tr("cannot remove %1 on %2: %3").arg(path, m_target.host, sftpError()));
    }
    return true;
}

std::optional<QStringList> SshSession::listDirectory(const QString &path)
{
    if (!openSftp()) {
        return std::nullopt;
    }
    sftp_dir dir = sftp_opendir(m_h->sftp, path.toUtf8().constData());
    if (!dir) {
        fail(sftp_get_error(m_h->sftp) == SSH_FX_NO_SUCH_FILE && isConnected() ? Failure::NotFound
                                                                               : Failure::Remote,
             tr("cannot list %1 on %2: %3").arg(path, m_target.host, sftpError()));
        return std::nullopt;
    }
    QStringList names;
    while (sftp_attributes entry = sftp_readdir(m_h->sftp, dir)) {
        const QString name = QString::fromUtf8(entry->name);
        if (name != QLatin1String(".") && name != QLatin1String("..")) {
            names << name;
        }
        sftp_attributes_free(entry);
    }
    sftp_closedir(dir);
    names.sort();
    return names;
}

QString SshSession::homeDirectory()
{
    if (!openSftp()) {
        return {};
    }
    char *path = sftp_canonicalize_path(m_h->sftp, ".");
    const QString result = path ? QString::fromUtf8(path) : QString();
    ssh_string_free_char(path);
    return result;
}

QString SshSession::shellQuote(const QString &text)
{
    QString result = text;
    result.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + result + QLatin1Char('\'');
}
