// SshSession's file operations over SFTP: reading, atomic replacement, backups' plain writes,
// folders. Connection, login and commands are in SshSession.cpp.
#include "SshSession.h"
#include "SshSessionHandles.h"

#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>

#include <fcntl.h>

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
