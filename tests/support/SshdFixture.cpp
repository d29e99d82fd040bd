#include "SshdFixture.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <csignal>
#include <pwd.h>
#include <unistd.h>

namespace {

const char *const kSshd = "/usr/sbin/sshd";

bool runTool(const QString &program, const QStringList &args, QString *error)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(30000) || p.exitCode() != 0) {
        *error = QStringLiteral("%1 failed: %2")
                     .arg(program, QString::fromLocal8Bit(p.readAllStandardError()));
        return false;
    }
    return true;
}

bool portFree(const QString &address, int port)
{
    QTcpServer server;
    return server.listen(QHostAddress(address), quint16(port));
}

QList<qint64> children(qint64 parent)
{
    QList<qint64> result;
    for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        bool ok = false;
        const qint64 pid = entry.toLongLong(&ok);
        if (!ok) {
            continue;
        }
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly)) {
            continue;
        }
        const QByteArray text = stat.readAll();
        const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 1 && fields.at(1).toLongLong() == parent) {
            result << pid << children(pid);
        }
    }
    return result;
}

} // namespace

SshdFixture::SshdFixture(int count, int firstOctet)
    : m_count(count)
    , m_firstOctet(firstOctet)
{}

SshdFixture::~SshdFixture()
{
    for (int i = 0; i < m_servers.size(); ++i) {
        kill(i);
    }
}

QString SshdFixture::unavailableReason()
{
    if (!QFile::exists(QString::fromLatin1(kSshd))) {
        return QStringLiteral("%1 is missing (apt-get install openssh-server)")
            .arg(QString::fromLatin1(kSshd));
    }
    return {};
}

QString SshdFixture::address(int i) const
{
    return QStringLiteral("127.0.0.%1").arg(m_firstOctet + i);
}

QString SshdFixture::user() const
{
    const passwd *pw = getpwuid(getuid());
    return pw ? QString::fromLocal8Bit(pw->pw_name) : QString();
}

QString SshdFixture::identityFile() const
{
    return m_dir.filePath(QStringLiteral("id_ed25519"));
}

QString SshdFixture::knownHostsFile() const
{
    return m_dir.filePath(QStringLiteral("known_hosts"));
}

QString SshdFixture::hostRoot(int i) const
{
    return m_dir.filePath(QStringLiteral("host%1/root").arg(i + 1));
}

QString SshdFixture::hostKey(int i) const
{
    return m_dir.filePath(QStringLiteral("host%1/ssh_host_ed25519_key").arg(i + 1));
}

bool SshdFixture::start(QString *error)
{
    if (!m_dir.isValid()) {
        *error = QStringLiteral("no temporary folder");
        return false;
    }
    QDir().mkpath(QStringLiteral("/run/sshd"));
    if (!runTool(QStringLiteral("ssh-keygen"),
                 {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                  QStringLiteral("-N"), QString(), QStringLiteral("-f"), identityFile()},
                 error)) {
        return false;
    }
    QFile::copy(identityFile() + QStringLiteral(".pub"),
                m_dir.filePath(QStringLiteral("authorized_keys")));
    for (int candidate = 23000 + int(getpid() % 500) * 2; candidate < 24000; ++candidate) {
        bool free = true;
        for (int i = 0; i < m_count && free; ++i) {
            free = portFree(address(i), candidate);
        }
        if (free) {
            m_port = candidate;
            break;
        }
    }
    if (m_port == 0) {
        *error = QStringLiteral("no free port for sshd");
        return false;
    }
    QFile known(knownHostsFile());
    known.open(QIODevice::WriteOnly | QIODevice::Truncate);
    for (int i = 0; i < m_count; ++i) {
        QDir().mkpath(hostRoot(i));
        if (!runTool(QStringLiteral("ssh-keygen"),
                     {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                      QStringLiteral("-N"), QString(), QStringLiteral("-f"), hostKey(i)},
                     error)) {
            return false;
        }
        QFile pub(hostKey(i) + QStringLiteral(".pub"));
        pub.open(QIODevice::ReadOnly);
        const QList<QByteArray> parts = pub.readAll().split(' ');
        known.write(QStringLiteral("[%1]:%2 ").arg(address(i)).arg(m_port).toUtf8() +
                    parts.value(0) + ' ' + parts.value(1).trimmed() + '\n');
        m_servers.append(nullptr);
        m_pids.append(0);
    }
    known.close();
    for (int i = 0; i < m_count; ++i) {
        if (!startOne(i, error)) {
            return false;
        }
    }
    return true;
}

bool SshdFixture::startOne(int i, QString *error)
{
    const QString config = m_dir.filePath(QStringLiteral("host%1/sshd_config").arg(i + 1));
    QFile file(config);
    file.open(QIODevice::WriteOnly | QIODevice::Truncate);
    file.write(QStringLiteral(
                   "ListenAddress %1:%2\nHostKey %3\nPidFile none\nAuthorizedKeysFile %4\n"
                   "PasswordAuthentication no\nKbdInteractiveAuthentication no\n"
                   "PermitRootLogin prohibit-password\nStrictModes no\nUsePAM no\nPrintMotd no\n"
                   "Subsystem sftp internal-sftp\nLogLevel ERROR\nMaxStartups 100\n")
                   .arg(address(i))
                   .arg(m_port)
                   .arg(hostKey(i), m_dir.filePath(QStringLiteral("authorized_keys")))
                   .toUtf8());
    file.close();
    auto process = std::make_shared<QProcess>();
    process->setStandardErrorFile(m_dir.filePath(QStringLiteral("host%1/sshd.log").arg(i + 1)),
                                  QIODevice::Append);
    process->start(QString::fromLatin1(kSshd),
                   {QStringLiteral("-D"), QStringLiteral("-e"), QStringLiteral("-f"), config});
    if (!process->waitForStarted(5000)) {
        *error = QStringLiteral("sshd for %1 did not start").arg(address(i));
        return false;
    }
    m_servers[i] = process;
    m_pids[i] = process->processId();
    QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired()) {
        QTcpSocket probe;
        probe.connectToHost(address(i), quint16(m_port));
        if (probe.waitForConnected(200)) {
            return true;
        }
        if (process->state() == QProcess::NotRunning) {
            break;
        }
        QThread::msleep(50);
    }
    *error =
        QStringLiteral("sshd on %1:%2 does not accept connections").arg(address(i)).arg(m_port);
    return false;
}

QList<qint64> SshdFixture::processTree(int i) const
{
    const qint64 pid = m_pids.value(i);
    if (pid <= 0) {
        return {};
    }
    return QList<qint64>{pid} + children(pid);
}

void SshdFixture::crash(int i) const
{
    for (qint64 pid : processTree(i)) {
        ::kill(pid_t(pid), SIGKILL);
    }
}

void SshdFixture::kill(int i)
{
    const auto server = m_servers.value(i);
    if (!server) {
        return;
    }
    crash(i);
    server->waitForFinished(5000);
    m_servers[i] = nullptr;
    m_pids[i] = 0;
}

bool SshdFixture::restart(int i, QString *error)
{
    kill(i);
    return startOne(i, error);
}

bool SshdFixture::changeHostKey(int i, QString *error)
{
    kill(i);
    QFile::remove(hostKey(i));
    QFile::remove(hostKey(i) + QStringLiteral(".pub"));
    if (!runTool(QStringLiteral("ssh-keygen"),
                 {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                  QStringLiteral("-N"), QString(), QStringLiteral("-f"), hostKey(i)},
                 error)) {
        return false;
    }
    return startOne(i, error);
}
