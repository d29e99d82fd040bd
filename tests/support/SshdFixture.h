#pragma once

#include <QList>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

/// Real OpenSSH servers on loopback addresses (127.0.0.<firstOctet + i>), one per test host,
/// each with its own host key, sharing one client key and a known_hosts file that lists them.
/// Logins are as the user running the test.
class SshdFixture final
{
    Q_DISABLE_COPY_MOVE(SshdFixture)

public:
    SshdFixture(int count, int firstOctet);
    ~SshdFixture();

    /// Why no fixture can run here (no sshd binary), or empty.
    static QString unavailableReason();
    bool start(QString *error);

    int count() const { return m_count; }
    QString address(int i) const;
    int port() const { return m_port; }
    QString user() const;
    QString identityFile() const;
    QString knownHostsFile() const;
    /// A folder for host i's files (the hosts share this machine's file system).
    QString hostRoot(int i) const;
    QString workDir() const { return m_dir.path(); }

    /// Kills host i's sshd and every session it serves, as a crash would.
    void kill(int i);
    /// The signals of kill() only: safe from another thread; call kill() afterwards to reap.
    void crash(int i) const;
    bool restart(int i, QString *error);
    /// Gives host i a new host key (what a reinstall or an attacker looks like); restarts it.
    bool changeHostKey(int i, QString *error);
    /// Pids of host i's sshd and its session processes.
    QList<qint64> processTree(int i) const;

private:
    bool startOne(int i, QString *error);
    QString hostKey(int i) const;

    int m_count;
    int m_firstOctet;
    int m_port = 0;
    QTemporaryDir m_dir;
    QList<std::shared_ptr<QProcess>> m_servers;
    QList<qint64> m_pids;
};
