#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

/// A real standalone ZooKeeper server for tests (QuorumPeerMain from Debian's zookeeper
/// package) on a free port of 127.0.0.1 in 22000-22999, with srvr, mntr and ruok enabled.
class ZooKeeperTestServer final
{
public:
    ZooKeeperTestServer() = default;
    ~ZooKeeperTestServer();
    ZooKeeperTestServer(const ZooKeeperTestServer &) = delete;
    ZooKeeperTestServer &operator=(const ZooKeeperTestServer &) = delete;

    /// Why a server cannot run on this machine (no java, no zookeeper.jar), or empty.
    static QString missingPrerequisite();
    /// Starts the server and waits until it serves requests; false (see error()) on failure.
    bool start(int timeoutMs = 60000);
    /// Stops the server (SIGTERM, then SIGKILL) and waits for it to exit.
    void stop();
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }

    quint16 port() const { return m_port; }
    /// "127.0.0.1:<port>", a connect string for clients.
    QString connectString() const;
    QString error() const { return m_error; }
    /// The server's log so far, for failure messages.
    QString log() const;

    /// A port in [first, last] that 127.0.0.1 can bind right now (0 if none), tried from a
    /// random start so parallel test runs rarely pick the same one.
    static quint16 freePort(quint16 first = 22000, quint16 last = 22999);
    /// One four-letter word over a plain POSIX socket; empty on any failure.
    static QByteArray fourLetterWord(quint16 port, const QByteArray &word, int timeoutMs);

private:
    bool startOnce(quint16 port, int timeoutMs, bool *portTaken);

    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
    QString m_error;
};
