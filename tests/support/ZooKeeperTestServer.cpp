#include "ZooKeeperTestServer.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QThread>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

namespace {

const QString zookeeperJar = QStringLiteral("/usr/share/java/zookeeper.jar");
// slf4j-simple sends the server's log to stderr, which goes to a file in the data dir.
const QString slf4jJar = QStringLiteral("/usr/share/java/slf4j-simple.jar");

// A loopback TCP socket that closes itself.
class Socket final
{
public:
    Socket()
        : m_fd(::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0))
    {}
    ~Socket()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Socket(const Socket &) = delete;
    Socket &operator=(const Socket &) = delete;
    int fd() const { return m_fd; }

private:
    int m_fd;
};

sockaddr_in loopback(quint16 port)
{
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    return address;
}

} // namespace

ZooKeeperTestServer::~ZooKeeperTestServer()
{
    stop();
}

QString ZooKeeperTestServer::missingPrerequisite()
{
    if (QStandardPaths::findExecutable(QStringLiteral("java")).isEmpty())
        return QStringLiteral("java is not installed");
    if (!QFileInfo::exists(zookeeperJar))
        return QStringLiteral("%1 is missing (Debian package zookeeper)").arg(zookeeperJar);
    return {};
}

QString ZooKeeperTestServer::connectString() const
{
    return QStringLiteral("127.0.0.1:%1").arg(m_port);
}

QString ZooKeeperTestServer::log() const
{
    QFile file(m_dir.filePath(QStringLiteral("zookeeper.log")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLocal8Bit(file.readAll());
}

quint16 ZooKeeperTestServer::freePort(quint16 first, quint16 last)
{
    const int count = last - first + 1;
    const int offset = static_cast<int>(QRandomGenerator::global()->bounded(count));
    for (int i = 0; i < count; ++i) {
        const auto port = static_cast<quint16>(first + (offset + i) % count);
        const Socket socket;
        const sockaddr_in address = loopback(port);
        if (::bind(socket.fd(), reinterpret_cast<const sockaddr *>(&address), sizeof address) == 0)
            return port;
    }
    return 0;
}

QByteArray ZooKeeperTestServer::fourLetterWord(quint16 port, const QByteArray &word, int timeoutMs)
{
    const Socket socket;
    timeval timeout{};
    timeout.tv_sec = timeoutMs / 1000;
    timeout.tv_usec = (timeoutMs % 1000) * 1000;
    ::setsockopt(socket.fd(), SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    ::setsockopt(socket.fd(), SOL_SOCKET, SO_SNDTIMEO, &timeout, sizeof timeout);
    const sockaddr_in address = loopback(port);
    if (::connect(socket.fd(), reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0)
        return {};
    if (::send(socket.fd(), word.constData(), static_cast<size_t>(word.size()), MSG_NOSIGNAL) !=
        word.size())
        return {};
    QByteArray reply;
    char buffer[4096];
    for (;;) {
        const ssize_t got = ::recv(socket.fd(), buffer, sizeof buffer, 0);
        if (got <= 0)
            break;
        reply.append(buffer, got);
    }
    return reply;
}

bool ZooKeeperTestServer::start(int timeoutMs)
{
    m_error = missingPrerequisite();
    if (!m_error.isEmpty())
        return false;
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("cannot create a temporary directory");
        return false;
    }
    const QDeadlineTimer deadline(timeoutMs);
    // Another process may bind the chosen port between the probe and the server's start.
    for (int attempt = 0; attempt < 5 && !deadline.hasExpired(); ++attempt) {
        const quint16 port = freePort();
        if (port == 0) {
            m_error = QStringLiteral("no free port in 127.0.0.1:22000-22999");
            return false;
        }
        bool portTaken = false;
        if (startOnce(port, static_cast<int>(deadline.remainingTime()), &portTaken))
            return true;
        if (!portTaken)
            return false;
    }
    return false;
}

bool ZooKeeperTestServer::startOnce(quint16 port, int timeoutMs, bool *portTaken)
{
    const QString dataDir = m_dir.filePath(QStringLiteral("data-%1").arg(port));
    QDir().mkpath(dataDir);
    const QString configFile = m_dir.filePath(QStringLiteral("zoo.cfg"));
    QFile config(configFile);
    if (!config.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        m_error = QStringLiteral("cannot write %1").arg(configFile);
        return false;
    }
    // No server.N lines: QuorumPeerMain runs standalone. The AdminServer would take 8080.
    config.write(QStringLiteral("tickTime=2000\n"
                                "dataDir=%1\n"
                                "clientPort=%2\n"
                                "clientPortAddress=127.0.0.1\n"
                                "admin.enableServer=false\n"
                                "4lw.commands.whitelist=srvr,mntr,ruok\n")
                     .arg(dataDir)
                     .arg(port)
                     .toUtf8());
    config.close();

    const QString logFile = m_dir.filePath(QStringLiteral("zookeeper.log"));
    m_process.setStandardOutputFile(logFile, QIODevice::Append);
    m_process.setStandardErrorFile(logFile, QIODevice::Append);
    m_process.start(
        QStandardPaths::findExecutable(QStringLiteral("java")),
        {QStringLiteral("-Xmx256m"), QStringLiteral("-XX:+UseSerialGC"), QStringLiteral("-cp"),
         m_dir.path() + QLatin1Char(':') + zookeeperJar + QLatin1Char(':') + slf4jJar,
         QStringLiteral("org.apache.zookeeper.server.quorum.QuorumPeerMain"), configFile});
    if (!m_process.waitForStarted(10000)) {
        m_error = QStringLiteral("cannot start java: %1").arg(m_process.errorString());
        return false;
    }
    m_port = port;
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (m_process.waitForFinished(100)) {
            *portTaken = log().contains(QLatin1String("Address already in use"));
            m_error = QStringLiteral("ZooKeeper exited (code %1):\n%2")
                          .arg(m_process.exitCode())
                          .arg(log());
            return false;
        }
        // ruok answers imok as soon as the port is open, before the server serves requests
        // (srvr says "not currently serving" then); srvr's Mode line means it is ready.
        if (fourLetterWord(port, QByteArrayLiteral("srvr"), 1000).contains("\nMode: "))
            return true;
    }
    m_error = QStringLiteral("ZooKeeper did not start serving on port %1 in time:\n%2")
                  .arg(port)
                  .arg(log());
    stop();
    return false;
}

void ZooKeeperTestServer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(10000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}
