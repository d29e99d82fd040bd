#include "FourLetterWord.h"
#include "ZooKeeperTestServer.h"

#include <QElapsedTimer>
#include <QTest>
#include <QThread>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

class TestFourLetterWord final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void parseSrvr_data();
    void parseSrvr();
    void parseMntr_data();
    void parseMntr();
    void refusedWord_data();
    void refusedWord();
    void liveRuok();
    void liveSrvr();
    void liveMntr();
    void liveNotWhitelisted();
    void liveFromWorkerThread();
    void connectionRefused();
    void silentServerTimesOut();

private:
    void requireServer();

    ZooKeeperTestServer m_server;
    QString m_skipReason;
};

namespace {

// Replies of a real ZooKeeper 3.8.0 (Debian 12): a standalone server, then a three-server
// ensemble on 127.0.0.1 after a few writes, then its last server once the others had stopped.
const char standaloneSrvr[] =
    "Zookeeper version: 3.8.0-${mvngit.commit.id}, built on 2024-12-29 17:54 UTC\n"
    "Latency min/avg/max: 0/0.0/0\n"
    "Received: 2\n"
    "Sent: 1\n"
    "Connections: 1\n"
    "Outstanding: 0\n"
    "Zxid: 0x0\n"
    "Mode: standalone\n"
    "Node count: 5\n";
const char followerSrvr[] =
    "Zookeeper version: 3.8.0-${mvngit.commit.id}, built on 2024-12-29 17:54 UTC\n"
    "Latency min/avg/max: 4/5.0/6\n"
    "Received: 6\n"
    "Sent: 7\n"
    "Connections: 1\n"
    "Outstanding: 0\n"
    "Zxid: 0x10000000b\n"
    "Mode: follower\n"
    "Node count: 10\n";
const char leaderSrvr[] =
    "Zookeeper version: 3.8.0-${mvngit.commit.id}, built on 2024-12-29 17:54 UTC\n"
    "Latency min/avg/max: 2/6.5/15\n"
    "Received: 14\n"
    "Sent: 15\n"
    "Connections: 1\n"
    "Outstanding: 0\n"
    "Zxid: 0x10000000b\n"
    "Mode: leader\n"
    "Node count: 10\n"
    "Proposal sizes last/min/max: 48/48/91\n";
const char notServing[] = "This ZooKeeper instance is not currently serving requests\n";
const char srvrRefused[] = "srvr is not executed because it is not in the whitelist.\n";
const char statRefused[] = "stat is not executed because it is not in the whitelist.\n";
// The first lines of mntr on the ensemble's leader (the full reply has some 400 lines).
const char leaderMntr[] = "zk_version\t3.8.0-${mvngit.commit.id}, built on 2024-12-29 17:54 UTC\n"
                          "zk_server_state\tleader\n"
                          "zk_peer_state\tleading - broadcast\n"
                          "zk_ephemerals_count\t0\n"
                          "zk_num_alive_connections\t1\n"
                          "zk_outstanding_requests\t0\n"
                          "zk_znode_count\t5\n"
                          "zk_global_sessions\t0\n"
                          "zk_non_mtls_remote_conn_count\t0\n"
                          "zk_last_client_response_size\t-1\n"
                          "zk_packets_sent\t2\n"
                          "zk_packets_received\t3\n"
                          "zk_synced_followers\t2\n"
                          "zk_connection_drop_probability\t0.0\n"
                          "zk_watch_count\t0\n"
                          "zk_synced_non_voting_followers\t0\n"
                          "zk_synced_observers\t0\n"
                          "zk_auth_failed_count\t0\n"
                          "zk_approximate_data_size\t182\n"
                          "zk_open_file_descriptor_count\t45\n"
                          "zk_last_proposal_size\t-1\n"
                          "zk_pending_syncs\t0\n"
                          "zk_leader_uptime\t6104\n"
                          "zk_local_sessions\t0\n"
                          "zk_uptime\t6224\n"
                          "zk_outstanding_tls_handshake\t0\n"
                          "zk_learners\t2\n"
                          "zk_non_mtls_local_conn_count\t0\n"
                          "zk_quorum_size\t3\n"
                          "zk_avg_latency\t0.0\n"
                          "zk_p999_readlatency\t0\n";
const char followerMntr[] = "zk_version\t3.8.0-${mvngit.commit.id}, built on 2024-12-29 17:54 UTC\n"
                            "zk_server_state\tfollower\n"
                            "zk_peer_state\tfollowing - broadcast\n"
                            "zk_ephemerals_count\t0\n"
                            "zk_num_alive_connections\t1\n"
                            "zk_outstanding_requests\t0\n"
                            "zk_znode_count\t5\n";

} // namespace

void TestFourLetterWord::initTestCase()
{
    m_skipReason = ZooKeeperTestServer::missingPrerequisite();
    if (m_skipReason.isEmpty())
        QVERIFY2(m_server.start(), qPrintable(m_server.error()));
}

void TestFourLetterWord::cleanupTestCase()
{
    m_server.stop();
}

void TestFourLetterWord::requireServer()
{
    if (!m_skipReason.isEmpty())
        QSKIP(qPrintable(m_skipReason));
}

void TestFourLetterWord::parseSrvr_data()
{
    QTest::addColumn<QByteArray>("reply");
    QTest::addColumn<QString>("mode");
    QTest::addColumn<int>("latencyMin");
    QTest::addColumn<double>("latencyAvg");
    QTest::addColumn<int>("latencyMax");
    QTest::addColumn<qint64>("zxid");
    QTest::addColumn<int>("nodeCount");
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("errorPart");

    const QString version = QStringLiteral("3.8.0-${mvngit.commit.id}");
    QTest::newRow("standalone") << QByteArray(standaloneSrvr) << "standalone" << 0 << 0.0 << 0
                                << qint64(0) << 5 << version << QString();
    QTest::newRow("follower") << QByteArray(followerSrvr) << "follower" << 4 << 5.0 << 6
                              << qint64(0x10000000b) << 10 << version << QString();
    QTest::newRow("leader") << QByteArray(leaderSrvr) << "leader" << 2 << 6.5 << 15
                            << qint64(0x10000000b) << 10 << version << QString();
    QTest::newRow("CRLF and a decimal avg")
        << QByteArray(leaderSrvr).replace("\n", "\r\n").replace("2/6.5/15", "0/0.1234/5")
        << "leader" << 0 << 0.1234 << 5 << qint64(0x10000000b) << 10 << version << QString();
    QTest::newRow("not serving") << QByteArray(notServing) << QString() << 0 << 0.0 << 0
                                 << qint64(0) << 0 << QString() << "not serving requests";
    QTest::newRow("not whitelisted")
        << QByteArray(srvrRefused) << QString() << 0 << 0.0 << 0 << qint64(0) << 0 << QString()
        << "refuses srvr: it is not in its 4lw.commands.whitelist";
    QTest::newRow("mntr instead") << QByteArray(leaderMntr) << QString() << 0 << 0.0 << 0
                                  << qint64(0) << 0 << QString() << "no Mode line";
    QTest::newRow("HTTP") << QByteArray("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n")
                          << QString() << 0 << 0.0 << 0 << qint64(0) << 0 << QString()
                          << "no Mode line";
    QTest::newRow("empty") << QByteArray() << QString() << 0 << 0.0 << 0 << qint64(0) << 0
                           << QString() << "no Mode line";
}

void TestFourLetterWord::parseSrvr()
{
    QFETCH(QByteArray, reply);
    QFETCH(QString, mode);
    QFETCH(int, latencyMin);
    QFETCH(double, latencyAvg);
    QFETCH(int, latencyMax);
    QFETCH(qint64, zxid);
    QFETCH(int, nodeCount);
    QFETCH(QString, version);
    QFETCH(QString, errorPart);

    const FourLetterWord::ServerStatus status = FourLetterWord::parseSrvr(reply);
    QVERIFY(status.reachable);
    QCOMPARE(status.mode, mode);
    QCOMPARE(status.latencyMin, latencyMin);
    QCOMPARE(status.latencyAvg, latencyAvg);
    QCOMPARE(status.latencyMax, latencyMax);
    QCOMPARE(status.outstanding, qint64(0));
    QCOMPARE(status.zxid, zxid);
    QCOMPARE(status.nodeCount, nodeCount);
    QCOMPARE(status.version, version);
    if (errorPart.isEmpty())
        QVERIFY2(status.error.isEmpty(), qPrintable(status.error));
    else
        QVERIFY2(status.error.contains(errorPart), qPrintable(status.error));
}

void TestFourLetterWord::parseMntr_data()
{
    QTest::addColumn<QByteArray>("reply");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");

    QTest::newRow("leader") << QByteArray(leaderMntr) << 31 << "zk_server_state"
                            << "leader";
    QTest::newRow("value with spaces") << QByteArray(leaderMntr) << 31 << "zk_peer_state"
                                       << "leading - broadcast";
    QTest::newRow("version") << QByteArray(leaderMntr) << 31 << "zk_version"
                             << "3.8.0-${mvngit.commit.id}, built on 2024-12-29 17:54 UTC";
    QTest::newRow("follower") << QByteArray(followerMntr) << 7 << "zk_server_state"
                              << "follower";
    QTest::newRow("CRLF") << QByteArray(followerMntr).replace("\n", "\r\n") << 7 << "zk_znode_count"
                          << "5";
    QTest::newRow("not serving") << QByteArray(notServing) << 0 << "zk_server_state" << QString();
    QTest::newRow("not whitelisted")
        << QByteArray("mntr is not executed because it is not in the whitelist.\n") << 0
        << "zk_server_state" << QString();
    QTest::newRow("srvr instead") << QByteArray(standaloneSrvr) << 0 << "Mode" << QString();
}

void TestFourLetterWord::parseMntr()
{
    QFETCH(QByteArray, reply);
    QFETCH(int, count);
    QFETCH(QString, key);
    QFETCH(QString, value);
    const QHash<QString, QString> values = FourLetterWord::parseMntr(reply);
    QCOMPARE(values.size(), count);
    QCOMPARE(values.value(key), value);
}

void TestFourLetterWord::refusedWord_data()
{
    QTest::addColumn<QByteArray>("reply");
    QTest::addColumn<QString>("word");
    QTest::newRow("srvr") << QByteArray(srvrRefused) << "srvr";
    QTest::newRow("stat") << QByteArray(statRefused) << "stat";
    QTest::newRow("no newline") << QByteArray(statRefused).trimmed() << "stat";
    QTest::newRow("answer") << QByteArray(standaloneSrvr) << QString();
    QTest::newRow("not serving") << QByteArray(notServing) << QString();
    QTest::newRow("sentence") << QByteArray(
                                     "a b is not executed because it is not in the whitelist.")
                              << QString();
    QTest::newRow("empty") << QByteArray() << QString();
}

void TestFourLetterWord::refusedWord()
{
    QFETCH(QByteArray, reply);
    QFETCH(QString, word);
    QCOMPARE(FourLetterWord::refusedWord(reply), word);
    QCOMPARE(FourLetterWord::isNotServing(reply), reply == QByteArray(notServing));
}

void TestFourLetterWord::liveRuok()
{
    requireServer();
    const FourLetterWord::Reply reply =
        FourLetterWord::send(QStringLiteral("127.0.0.1"), m_server.port(), "ruok", 5000);
    QVERIFY2(reply.ok, qPrintable(reply.error));
    QVERIFY(reply.reachable);
    QCOMPARE(reply.text, QByteArray("imok"));
}

void TestFourLetterWord::liveSrvr()
{
    requireServer();
    // By host name, so the lookup path is covered too.
    const FourLetterWord::ServerStatus status =
        FourLetterWord::queryStatus(QStringLiteral("localhost"), m_server.port(), 5000);
    QVERIFY2(status.error.isEmpty(), qPrintable(status.error));
    QVERIFY(status.reachable);
    QCOMPARE(status.mode, QStringLiteral("standalone"));
    QVERIFY2(status.version.startsWith(QLatin1String("3.")), qPrintable(status.version));
    QVERIFY(!status.version.contains(QLatin1String("built on")));
    QVERIFY(status.nodeCount >= 2);
    QVERIFY(status.latencyMin <= status.latencyMax);
}

void TestFourLetterWord::liveMntr()
{
    requireServer();
    const FourLetterWord::Reply reply =
        FourLetterWord::send(QStringLiteral("127.0.0.1"), m_server.port(), "mntr", 5000);
    QVERIFY2(reply.ok, qPrintable(reply.error));
    const QHash<QString, QString> values = FourLetterWord::parseMntr(reply.text);
    QCOMPARE(values.value(QStringLiteral("zk_server_state")), QStringLiteral("standalone"));
    QVERIFY(values.size() > 20);
}

void TestFourLetterWord::liveNotWhitelisted()
{
    requireServer();
    const FourLetterWord::Reply reply =
        FourLetterWord::send(QStringLiteral("127.0.0.1"), m_server.port(), "stat", 5000);
    QVERIFY(!reply.ok);
    QVERIFY(reply.reachable);
    QVERIFY(reply.notWhitelisted);
    QCOMPARE(reply.text, QByteArray(statRefused));
    QVERIFY2(reply.error.contains(QLatin1String("refuses stat")), qPrintable(reply.error));
}

void TestFourLetterWord::liveFromWorkerThread()
{
    requireServer();
    // The callers are worker threads without an event loop.
    FourLetterWord::ServerStatus status;
    QThread *thread = QThread::create([&] {
        status = FourLetterWord::queryStatus(QStringLiteral("127.0.0.1"), m_server.port(), 5000);
    });
    thread->start();
    QVERIFY(thread->wait(10000));
    delete thread;
    QVERIFY2(status.error.isEmpty(), qPrintable(status.error));
    QCOMPARE(status.mode, QStringLiteral("standalone"));
}

void TestFourLetterWord::connectionRefused()
{
    const quint16 port = ZooKeeperTestServer::freePort();
    QVERIFY(port != 0);
    QElapsedTimer timer;
    timer.start();
    const FourLetterWord::ServerStatus status =
        FourLetterWord::queryStatus(QStringLiteral("127.0.0.1"), port, 3000);
    QVERIFY(!status.reachable);
    QVERIFY2(status.error.contains(QLatin1String("Cannot connect to 127.0.0.1")),
             qPrintable(status.error));
    QVERIFY(timer.elapsed() < 3000);
}

void TestFourLetterWord::silentServerTimesOut()
{
    // A listening socket that never accepts: the kernel completes the handshake, so the
    // connection succeeds and the reply never comes.
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    QVERIFY(fd >= 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    QVERIFY(::bind(fd, reinterpret_cast<sockaddr *>(&address), length) == 0);
    QVERIFY(::listen(fd, 4) == 0);
    QVERIFY(::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) == 0);
    const quint16 port = ntohs(address.sin_port);

    QElapsedTimer timer;
    timer.start();
    const FourLetterWord::Reply reply =
        FourLetterWord::send(QStringLiteral("127.0.0.1"), port, "srvr", 700);
    const qint64 elapsed = timer.elapsed();
    ::close(fd);
    QVERIFY(!reply.ok);
    QVERIFY(reply.reachable);
    QVERIFY2(reply.error.contains(QLatin1String("within 700 ms")), qPrintable(reply.error));
    QVERIFY2(elapsed >= 650 && elapsed < 2000, qPrintable(QString::number(elapsed)));
}

QTEST_GUILESS_MAIN(TestFourLetterWord)
#include "tst_fourletterword.moc"
