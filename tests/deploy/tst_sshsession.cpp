// SshSession against real OpenSSH servers on loopback addresses.
#include "SshPrompter.h"
#include "SshSession.h"
#include "SshdFixture.h"
#include "TestData.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>
#include <QThread>

#include <atomic>
#include <thread>

namespace {

/// Answers host-key questions as told and records what was asked; never has a secret.
class ScriptedPrompter final : public SshPrompter
{
public:
    bool acceptKeys = false;
    QStringList fingerprintsShown;
    int passphraseAsked = 0;

    bool acceptUnknownHostKey(const QString &, const QString &, const QString &,
                              const QString &fingerprint) override
    {
        fingerprintsShown << fingerprint;
        return acceptKeys;
    }
    std::optional<QString> passphrase(const QString &, const QString &) override
    {
        ++passphraseAsked;
        return std::nullopt;
    }
    std::optional<QString> password(const QString &, const QString &) override
    {
        return std::nullopt;
    }
};

} // namespace

class TestSshSession final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SshdFixture> m_sshd;

    SshTarget target(int i) const
    {
        SshTarget t;
        t.host = QStringLiteral("host%1").arg(i + 1);
        t.address = m_sshd->address(i);
        t.port = m_sshd->port();
        t.user = m_sshd->user();
        t.identityFile = m_sshd->identityFile();
        t.knownHostsFile = m_sshd->knownHostsFile();
        t.timeoutSeconds = 5;
        return t;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString why = SshdFixture::unavailableReason();
        QVERIFY2(why.isEmpty(), qPrintable(why));
        m_sshd = std::make_unique<SshdFixture>(2, 31);
        QString error;
        QVERIFY2(m_sshd->start(&error), qPrintable(error));
    }

    void connectsAndRunsCommands()
    {
        SshSession session(target(0));
        ScriptedPrompter prompter;
        QVERIFY2(session.connect(&prompter), qPrintable(session.errorString()));
        QVERIFY(prompter.fingerprintsShown.isEmpty());
        QVERIFY(session.hostKeyFingerprint().startsWith(QLatin1String("SHA256:")));
        QByteArray streamed;
        const auto ok = session.run(QStringLiteral("echo out; echo err >&2; exit 0"),
                                    [&](const QByteArray &chunk, bool) { streamed += chunk; });
        QVERIFY(ok);
        QCOMPARE(ok->exitStatus, 0);
        QCOMPARE(ok->out, QByteArray("out\n"));
        QCOMPARE(ok->err, QByteArray("err\n"));
        QVERIFY(streamed.contains("out") && streamed.contains("err"));
        const auto failed = session.run(QStringLiteral("echo broken >&2; exit 3"));
        QVERIFY(failed);
        QCOMPARE(failed->exitStatus, 3);
        QCOMPARE(failed->err, QByteArray("broken\n"));
    }

    void readsAndWritesFilesAtomically()
    {
        SshSession session(target(0));
        ScriptedPrompter prompter;
        QVERIFY(session.connect(&prompter));
        const QString path = m_sshd->hostRoot(0) + QStringLiteral("/conf/flink-conf.yaml");
        QVERIFY(!session.readFile(path));
        QCOMPARE(session.failure(), SshSession::Failure::NotFound);
        QVERIFY(session.makeDirectories(QFileInfo(path).path()));
        QVERIFY2(session.writeFileAtomic(path, "a: 1\n"), qPrintable(session.errorString()));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        QVERIFY(session.writeFileAtomic(path, "a: 2\n"));
        QCOMPARE(TestData::read(path), QByteArray("a: 2\n"));
        QCOMPARE(*session.readFile(path), QByteArray("a: 2\n"));
        // The mode of the replaced file is kept (a secret-bearing file stays private).
        const QFile::Permissions others =
            QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther;
        QCOMPARE(QFileInfo(path).permissions() & others, QFile::Permissions());
        const auto names = session.listDirectory(QFileInfo(path).path());
        QVERIFY(names);
        QCOMPARE(*names, QStringList{QStringLiteral("flink-conf.yaml")});
        QVERIFY(!session.homeDirectory().isEmpty());
    }

    void killedDuringUploadLeavesOldOrNew()
    {
        const QString path = m_sshd->hostRoot(1) + QStringLiteral("/big.bin");
        const QByteArray old(1000, 'o');
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(old);
        }
        SshSession session(target(1));
        ScriptedPrompter prompter;
        QVERIFY(session.connect(&prompter));
        const QByteArray fresh(64 * 1024 * 1024, 'n');
        // The temporary file beside the target, whatever random name it got.
        const auto tempSize = [&] {
            const QFileInfoList temps = QDir(m_sshd->hostRoot(1))
                                            .entryInfoList({QStringLiteral(".big.bin.flinkdeck-*")},
                                                           QDir::Files | QDir::Hidden);
            return temps.isEmpty() ? qint64(0) : temps.first().size();
        };
        std::atomic_bool killed{false};
        std::thread killer([&] {
            // Pull the plug once a megabyte of the new content has arrived.
            for (int i = 0; i < 2000 && tempSize() < 1024 * 1024; ++i) {
                QThread::msleep(5);
            }
            m_sshd->crash(1);
            killed = true;
        });
        const bool written = session.writeFileAtomic(path, fresh);
        killer.join();
        m_sshd->kill(1);
        QVERIFY(killed);
        QVERIFY2(!written, "the upload should have failed");
        QVERIFY(session.errorString().contains(QLatin1String("host2")));
        const QByteArray now = TestData::read(path);
        QVERIFY2(now == old || now == fresh, "the target is partial");
        QCOMPARE(now, old);
        QString error;
        QVERIFY2(m_sshd->restart(1, &error), qPrintable(error));
        // The next upload replaces the leftover temporary file and succeeds.
        SshSession again(target(1));
        QVERIFY(again.connect(&prompter));
        QVERIFY(again.writeFileAtomic(path, "small\n"));
        QCOMPARE(TestData::read(path), QByteArray("small\n"));
    }

    void unknownHostKeyNeedsTheUser()
    {
        SshTarget t = target(0);
        t.knownHostsFile = m_sshd->workDir() + QStringLiteral("/empty_known_hosts");
        QFile::remove(t.knownHostsFile);
        ScriptedPrompter no;
        SshSession refused(t);
        QVERIFY(!refused.connect(&no));
        QCOMPARE(refused.failure(), SshSession::Failure::HostKeyRejected);
        QCOMPARE(no.fingerprintsShown.size(), 1);
        QVERIFY(no.fingerprintsShown.first().startsWith(QLatin1String("SHA256:")));
        QVERIFY(!QFile::exists(t.knownHostsFile) || TestData::read(t.knownHostsFile).isEmpty());

        ScriptedPrompter yes;
        yes.acceptKeys = true;
        SshSession accepted(t);
        QVERIFY2(accepted.connect(&yes), qPrintable(accepted.errorString()));
        QVERIFY(TestData::read(t.knownHostsFile).contains("ssh-ed25519"));
        // Known now: no question the second time.
        SshSession known(t);
        ScriptedPrompter silent;
        QVERIFY(known.connect(&silent));
        QVERIFY(silent.fingerprintsShown.isEmpty());
    }

    void changedHostKeyIsRefused()
    {
        QString error;
        QVERIFY2(m_sshd->changeHostKey(1, &error), qPrintable(error));
        ScriptedPrompter prompter;
        prompter.acceptKeys = true; // even a user who says yes to everything is not asked
        SshSession session(target(1));
        QVERIFY(!session.connect(&prompter));
        QCOMPARE(session.failure(), SshSession::Failure::HostKeyChanged);
        QVERIFY(prompter.fingerprintsShown.isEmpty());
        QVERIFY2(session.errorString().contains(QLatin1String("CHANGED")),
                 qPrintable(session.errorString()));
        QVERIFY(session.errorString().contains(m_sshd->knownHostsFile()));
    }

    void wrongKeyIsAClearError()
    {
        const QString other = m_sshd->workDir() + QStringLiteral("/other_key");
        QVERIFY(QProcess::execute(QStringLiteral("ssh-keygen"),
                                  {QStringLiteral("-q"), QStringLiteral("-t"),
                                   QStringLiteral("ed25519"), QStringLiteral("-N"), QString(),
                                   QStringLiteral("-f"), other}) == 0);
        SshTarget t = target(0);
        t.identityFile = other;
        ScriptedPrompter prompter;
        SshSession session(t);
        QVERIFY(!session.connect(&prompter));
        QCOMPARE(session.failure(), SshSession::Failure::AuthenticationFailed);
        QVERIFY2(session.errorString().contains(other), qPrintable(session.errorString()));

        t.identityFile = m_sshd->workDir() + QStringLiteral("/missing_key");
        SshSession missing(t);
        QVERIFY(!missing.connect(&prompter));
        QVERIFY(missing.errorString().contains(QLatin1String("does not exist")));
    }

    void encryptedKeyAsksForThePassphrase()
    {
        const QString locked = m_sshd->workDir() + QStringLiteral("/locked_key");
        QVERIFY(QProcess::execute(QStringLiteral("ssh-keygen"),
                                  {QStringLiteral("-q"), QStringLiteral("-t"),
                                   QStringLiteral("ed25519"), QStringLiteral("-N"),
                                   QStringLiteral("correct horse"), QStringLiteral("-f"),
                                   locked}) == 0);
        SshTarget t = target(0);
        t.identityFile = locked;
        ScriptedPrompter prompter; // gives no passphrase
        SshSession session(t);
        QVERIFY(!session.connect(&prompter));
        QCOMPARE(prompter.passphraseAsked, 1);
        QCOMPARE(session.failure(), SshSession::Failure::AuthenticationFailed);
    }

    void unreachableHostFailsFast()
    {
        SshTarget t = target(0);
        t.address = QStringLiteral("127.0.0.99");
        ScriptedPrompter prompter;
        SshSession session(t);
        QElapsedTimer clock;
        clock.start();
        QVERIFY(!session.connect(&prompter));
        QCOMPARE(session.failure(), SshSession::Failure::Unreachable);
        QVERIFY(session.errorString().contains(QLatin1String("127.0.0.99")));
        QVERIFY(clock.elapsed() < 6000);
    }
};

QTEST_GUILESS_MAIN(TestSshSession)
#include "tst_sshsession.moc"
