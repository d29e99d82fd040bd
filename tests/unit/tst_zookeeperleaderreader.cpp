#include "JavaLeaderBytes.h"
#include "ZooKeeperLeaderReader.h"
#include "ZooKeeperTestServer.h"

#include <QElapsedTimer>
#include <QTest>
#include <QThread>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>
#include <zookeeper/zookeeper.h>

namespace {

// The test's own ZooKeeper session, which writes the nodes Flink would write. It stays open
// for the whole test so that the ephemeral leader and latch nodes live as long as the test.
class NodeWriter final
{
public:
    ~NodeWriter() { close(); }

    bool connect(const QString &hosts)
    {
        m_handle = zookeeper_init2(hosts.toUtf8().constData(), &NodeWriter::watcher, 30000, nullptr,
                                   this, 0, [](const char *) {});
        std::unique_lock lock(m_mutex);
        return m_changed.wait_for(lock, std::chrono::seconds(30),
                                  [this] { return m_state == ZOO_CONNECTED_STATE; });
    }

    void close()
    {
        if (m_handle != nullptr)
            zookeeper_close(m_handle);
        m_handle = nullptr;
    }

    // Creates path (parents as persistent nodes) and returns the name ZooKeeper gave it, which
    // differs from path for sequential nodes; null data when data is a null QByteArray.
    QString create(const QString &path, const QByteArray &data, int mode)
    {
        const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
        if (slash > 0)
            ensure(path.left(slash));
        char created[512] = {};
        const int rc = zoo_create(m_handle, path.toUtf8().constData(),
                                  data.isNull() ? nullptr : data.constData(),
                                  data.isNull() ? -1 : int(data.size()), &ZOO_OPEN_ACL_UNSAFE, mode,
                                  created, sizeof created);
        if (rc != ZOK)
            qFatal("creating %s failed: %s", qPrintable(path), zerror(rc));
        return QString::fromUtf8(created);
    }

private:
    void ensure(const QString &path)
    {
        const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
        if (slash > 0)
            ensure(path.left(slash));
        const int rc = zoo_create(m_handle, path.toUtf8().constData(), nullptr, -1,
                                  &ZOO_OPEN_ACL_UNSAFE, ZOO_PERSISTENT, nullptr, 0);
        if (rc != ZOK && rc != ZNODEEXISTS)
            qFatal("creating %s failed: %s", qPrintable(path), zerror(rc));
    }

    static void watcher(zhandle_t *, int type, int state, const char *, void *context)
    {
        if (type != ZOO_SESSION_EVENT)
            return;
        auto *self = static_cast<NodeWriter *>(context);
        {
            const std::lock_guard lock(self->m_mutex);
            self->m_state = state;
        }
        self->m_changed.notify_all();
    }

    zhandle_t *m_handle = nullptr;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    int m_state = 0;
};

// A local TCP server that answers every connection like an HTTP server (say, Flink's REST port
// given by mistake as the quorum): the C client takes those bytes for a session reply.
class HttpLookalike final
{
public:
    HttpLookalike()
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        ::bind(m_fd, reinterpret_cast<sockaddr *>(&address), length);
        ::listen(m_fd, 16);
        ::getsockname(m_fd, reinterpret_cast<sockaddr *>(&address), &length);
        m_port = ntohs(address.sin_port);
        m_thread = std::thread([this] { serve(); });
    }
    ~HttpLookalike()
    {
        m_stop = true;
        m_thread.join();
        ::close(m_fd);
    }
    quint16 port() const { return m_port; }

private:
    void serve()
    {
        static const char reply[] = "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n"
                                    "Connection: close\r\n\r\n";
        while (!m_stop) {
            pollfd listening{m_fd, POLLIN, 0};
            if (::poll(&listening, 1, 50) <= 0)
                continue;
            const int client = ::accept(m_fd, nullptr, nullptr);
            if (client < 0)
                continue;
            ::send(client, reply, sizeof reply - 1, MSG_NOSIGNAL);
            ::close(client);
        }
    }

    int m_fd = -1;
    quint16 m_port = 0;
    std::atomic<bool> m_stop = false;
    std::thread m_thread;
};

QString latchName(const QString &created)
{
    return created.section(QLatin1Char('/'), -1);
}

} // namespace

class TestZooKeeperLeaderReader final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void clusterPath_data();
    void clusterPath();
    void layout115();
    void layout114();
    void layout15to113();
    void noClusterNodes();
    void noLeader();
    void layoutWithoutLatch_data();
    void layoutWithoutLatch();
    void undecodable();
    void largeRecord();
    void deadServerInQuorum();
    void unreachableQuorum_data();
    void unreachableQuorum();
    void emptyQuorum();
    void notZooKeeper();
    void concurrentReads();

private:
    ZooKeeperTestServer m_server;
    NodeWriter m_writer;
    QHash<QString, JavaLeaderBytes::Record> m_records;
    QHash<QString, QByteArray> m_bytes;
    QStringList m_latch115;
    QStringList m_latch114;
    QStringList m_latch113;
};

void TestZooKeeperLeaderReader::initTestCase()
{
    const QString missing = ZooKeeperTestServer::missingPrerequisite();
    if (!missing.isEmpty())
        QSKIP(qPrintable(missing));

    const auto uuid = [](const char *text) {
        return QUuid::fromString(QLatin1String(text));
    };
    m_records = {
        {"rest", {"http://127.0.0.11:18081", uuid("00112233-4445-5667-8899-aabbccddeeff")}},
        {"dispatcher",
         {"pekko.tcp://flink@host1:6123/user/rpc/dispatcher_1",
          uuid("f0e1d2c3-b4a5-9687-7869-5a4b3c2d1e0f")}},
        {"resource manager",
         {"pekko.tcp://flink@host1:6123/user/rpc/resourcemanager_0",
          uuid("123e4567-e89b-12d3-a456-426614174000")}},
        {"akka rest", {"http://jm2.example:8081", uuid("7d444840-9dc0-11d1-b245-5ffdce74fad2")}},
        {"akka dispatcher",
         {"akka.tcp://flink@jm2.example:6123/user/rpc/dispatcher_1",
          uuid("a0a1a2a3-b0b1-c0c1-d0d1-d2d3d4d5d6d7")}},
        {"akka resource manager",
         {"akka.tcp://flink@jm2.example:6123/user/rpc/resourcemanager_0",
          uuid("01234567-89ab-cdef-0123-456789abcdef")}},
        {"big",
         {QStringLiteral("http://") + QString(10000, QLatin1Char('b')) + QStringLiteral(":8081"),
          uuid("deadbeef-0000-4000-8000-00000000cafe")}},
    };
    const QStringList names = m_records.keys();
    QList<JavaLeaderBytes::Record> records;
    for (const QString &name : names)
        records.append(m_records.value(name));
    QString error;
    const QList<QByteArray> bytes = JavaLeaderBytes::generate(records, &error);
    QVERIFY2(!bytes.isEmpty(), qPrintable(error));
    for (qsizetype i = 0; i < names.size(); ++i)
        m_bytes.insert(names[i], bytes[i]);

    QVERIFY2(m_server.start(), qPrintable(m_server.error()));
    QVERIFY(m_writer.connect(m_server.connectString()));

    // 1.15 - 2.x: one latch for the process, connection_info per component and per job.
    const QString c115 = QStringLiteral("/flink/sandbox/leader");
    for (int i = 0; i < 3; ++i) {
        m_latch115.append(latchName(
            m_writer.create(c115 + QStringLiteral("/latch/_c_%1-latch-")
                                       .arg(QUuid::createUuid().toString(QUuid::WithoutBraces)),
                            {}, ZOO_EPHEMERAL_SEQUENTIAL)));
    }
    m_writer.create(c115 + QStringLiteral("/rest_server/connection_info"), m_bytes["rest"],
                    ZOO_EPHEMERAL);
    m_writer.create(c115 + QStringLiteral("/dispatcher/connection_info"), m_bytes["dispatcher"],
                    ZOO_EPHEMERAL);
    m_writer.create(c115 + QStringLiteral("/resource_manager/connection_info"),
                    m_bytes["resource manager"], ZOO_EPHEMERAL);
    m_writer.create(c115 + QStringLiteral("/f8e1a2b3c4d5e6f708192a3b4c5d6e7f/connection_info"),
                    m_bytes["akka rest"], ZOO_EPHEMERAL);
    m_writer.create(c115 + QStringLiteral("/job-0a1b2c3d4e5f60718293a4b5c6d7e8f9/connection_info"),
                    m_bytes["akka rest"], ZOO_EPHEMERAL);
    m_writer.create(QStringLiteral("/flink/sandbox/jobgraphs/x"), "x", ZOO_PERSISTENT);

    // 1.14: a latch and connection_info per component.
    const QString c114 = QStringLiteral("/flink/c114/leader");
    for (const char *component : {"rest_server", "dispatcher", "resource_manager"}) {
        const QString base = c114 + QLatin1Char('/') + QLatin1String(component);
        for (int i = 0; i < 2; ++i) {
            const QString created = latchName(
                m_writer.create(base + QStringLiteral("/latch/_c_%1-latch-")
                                           .arg(QUuid::createUuid().toString(QUuid::WithoutBraces)),
                                {}, ZOO_EPHEMERAL_SEQUENTIAL));
            if (QLatin1String(component) == QLatin1String("rest_server"))
                m_latch114.append(created);
        }
    }
    m_writer.create(c114 + QStringLiteral("/rest_server/connection_info"), m_bytes["akka rest"],
                    ZOO_PERSISTENT);
    m_writer.create(c114 + QStringLiteral("/dispatcher/connection_info"),
                    m_bytes["akka dispatcher"], ZOO_PERSISTENT);
    m_writer.create(c114 + QStringLiteral("/resource_manager/connection_info"),
                    m_bytes["akka resource manager"], ZOO_PERSISTENT);

    // 1.5 - 1.13: ephemeral *_lock nodes, latches under leaderlatch/.
    const QString c113 = QStringLiteral("/flink/c113");
    for (int i = 0; i < 2; ++i) {
        m_latch113.append(latchName(
            m_writer.create(c113 + QStringLiteral("/leaderlatch/rest_server_lock/_c_%1-latch-")
                                       .arg(QUuid::createUuid().toString(QUuid::WithoutBraces)),
                            {}, ZOO_EPHEMERAL_SEQUENTIAL)));
    }
    m_writer.create(c113 + QStringLiteral("/leaderlatch/dispatcher_lock/_c_x-latch-"), {},
                    ZOO_EPHEMERAL_SEQUENTIAL);
    m_writer.create(c113 + QStringLiteral("/leader/rest_server_lock"), m_bytes["akka rest"],
                    ZOO_EPHEMERAL);
    m_writer.create(c113 + QStringLiteral("/leader/dispatcher_lock"), m_bytes["akka dispatcher"],
                    ZOO_EPHEMERAL);
    m_writer.create(c113 + QStringLiteral("/leader/resource_manager_lock"),
                    m_bytes["akka resource manager"], ZOO_EPHEMERAL);
    m_writer.create(c113 +
                        QStringLiteral("/leader/d41d8cd98f00b204e9800998ecf8427e/job_manager_lock"),
                    m_bytes["akka dispatcher"], ZOO_EPHEMERAL);
    m_writer.create(c113 + QStringLiteral("/running_job_registry/d41d8cd98f00b204e9800998ecf8427e"),
                    "RUNNING", ZOO_PERSISTENT);

    // 1.15+ without a leader: empty latch, null and empty records, a missing record.
    m_writer.create(QStringLiteral("/flink/idle/leader/latch"), {}, ZOO_PERSISTENT);
    m_writer.create(QStringLiteral("/flink/idle/leader/rest_server/connection_info"), {},
                    ZOO_PERSISTENT);
    m_writer.create(QStringLiteral("/flink/idle/leader/dispatcher/connection_info"), QByteArray(""),
                    ZOO_PERSISTENT);

    // 1.5-1.13 between leaders: the persistent latch parents, no *_lock node.
    m_writer.create(QStringLiteral("/flink/c113idle/leaderlatch/rest_server_lock"), {},
                    ZOO_PERSISTENT);
    m_writer.create(QStringLiteral("/flink/c113idle/leader"), {}, ZOO_PERSISTENT);
    // 1.15+ after ZooKeeper removed the empty latch container; a leftover record remains.
    m_writer.create(QStringLiteral("/flink/reaped/leader/rest_server/connection_info"),
                    m_bytes["rest"], ZOO_PERSISTENT);

    // Records FlinkDeck cannot decode.
    m_writer.create(QStringLiteral("/flink/garbage/leader/latch/_c_y-latch-"), {},
                    ZOO_EPHEMERAL_SEQUENTIAL);
    m_writer.create(QStringLiteral("/flink/garbage/leader/rest_server/connection_info"),
                    QByteArray("http://jm:8081"), ZOO_PERSISTENT);
    m_writer.create(QStringLiteral("/flink/garbage/leader/dispatcher/connection_info"),
                    m_bytes["dispatcher"].left(40), ZOO_PERSISTENT);
    m_writer.create(QStringLiteral("/flink/garbage/leader/resource_manager/connection_info"),
                    m_bytes["resource manager"], ZOO_PERSISTENT);

    // A record larger than the reader's first buffer.
    m_writer.create(QStringLiteral("/big/leader/latch/_c_z-latch-"), {}, ZOO_EPHEMERAL_SEQUENTIAL);
    m_writer.create(QStringLiteral("/big/leader/rest_server/connection_info"), m_bytes["big"],
                    ZOO_EPHEMERAL);
}

void TestZooKeeperLeaderReader::cleanupTestCase()
{
    m_writer.close();
    m_server.stop();
}

void TestZooKeeperLeaderReader::clusterPath_data()
{
    QTest::addColumn<QString>("root");
    QTest::addColumn<QString>("clusterId");
    QTest::addColumn<QString>("path");
    QTest::newRow("defaults") << "/flink"
                              << "/default"
                              << "/flink/default";
    QTest::newRow("no slash on the id") << "/flink"
                                        << "sandbox"
                                        << "/flink/sandbox";
    QTest::newRow("slashes everywhere") << "flink/"
                                        << "/sandbox/"
                                        << "/flink/sandbox";
    QTest::newRow("nested root") << "/apps/flink"
                                 << "/prod/a"
                                 << "/apps/flink/prod/a";
    QTest::newRow("doubled slash") << "/apps//flink"
                                   << "//x"
                                   << "/apps/flink/x";
    QTest::newRow("empty root") << ""
                                << "/x"
                                << "/x";
    QTest::newRow("slash root") << "/"
                                << "/x"
                                << "/x";
    QTest::newRow("both empty") << ""
                                << ""
                                << "/";
}

void TestZooKeeperLeaderReader::clusterPath()
{
    QFETCH(QString, root);
    QFETCH(QString, clusterId);
    QFETCH(QString, path);
    QCOMPARE(ZooKeeperLeaderReader::clusterPath(root, clusterId), path);
}

namespace {

void compareLeader(const LeaderInfo &info, const JavaLeaderBytes::Record &record)
{
    QVERIFY2(info.state == LeaderInfo::State::Leader, qPrintable(info.error));
    QCOMPARE(info.address, record.address);
    QCOMPARE(info.sessionId, record.sessionId);
}

QStringList bySequence(QStringList names)
{
    std::sort(names.begin(), names.end(),
              [](const QString &a, const QString &b) { return a.right(10) < b.right(10); });
    return names;
}

} // namespace

void TestZooKeeperLeaderReader::layout115()
{
    const auto snapshot = ZooKeeperLeaderReader::read(
        m_server.connectString(), QStringLiteral("/flink"), QStringLiteral("/sandbox"), 10000);
    QVERIFY2(snapshot.connected, qPrintable(snapshot.error));
    QVERIFY2(snapshot.error.isEmpty(), qPrintable(snapshot.error));
    QCOMPARE(snapshot.layout, QStringLiteral("1.15+"));
    compareLeader(snapshot.restServer, m_records["rest"]);
    compareLeader(snapshot.dispatcher, m_records["dispatcher"]);
    compareLeader(snapshot.resourceManager, m_records["resource manager"]);
    QCOMPARE(snapshot.latchChildren, bySequence(m_latch115));
    QVERIFY(snapshot.latchChildren.first().endsWith(QLatin1String("-latch-0000000000")));
    QVERIFY(snapshot.latchChildren.first().startsWith(QLatin1String("_c_")));
}

void TestZooKeeperLeaderReader::layout114()
{
    const auto snapshot = ZooKeeperLeaderReader::read(
        m_server.connectString(), QStringLiteral("flink"), QStringLiteral("c114"), 10000);
    QVERIFY2(snapshot.connected, qPrintable(snapshot.error));
    QVERIFY2(snapshot.error.isEmpty(), qPrintable(snapshot.error));
    QCOMPARE(snapshot.layout, QStringLiteral("1.14"));
    compareLeader(snapshot.restServer, m_records["akka rest"]);
    compareLeader(snapshot.dispatcher, m_records["akka dispatcher"]);
    compareLeader(snapshot.resourceManager, m_records["akka resource manager"]);
    QCOMPARE(snapshot.latchChildren, bySequence(m_latch114));
}

void TestZooKeeperLeaderReader::layout15to113()
{
    const auto snapshot = ZooKeeperLeaderReader::read(
        m_server.connectString(), QStringLiteral("/flink/"), QStringLiteral("/c113"), 10000);
    QVERIFY2(snapshot.connected, qPrintable(snapshot.error));
    QVERIFY2(snapshot.error.isEmpty(), qPrintable(snapshot.error));
    QCOMPARE(snapshot.layout, QStringLiteral("1.5-1.13"));
    compareLeader(snapshot.restServer, m_records["akka rest"]);
    compareLeader(snapshot.dispatcher, m_records["akka dispatcher"]);
    compareLeader(snapshot.resourceManager, m_records["akka resource manager"]);
    QCOMPARE(snapshot.latchChildren, bySequence(m_latch113));
}

void TestZooKeeperLeaderReader::noClusterNodes()
{
    for (const QString &clusterId : {QStringLiteral("/nothing"), QStringLiteral("/flink")}) {
        const auto snapshot = ZooKeeperLeaderReader::read(
            m_server.connectString(), QStringLiteral("/flink"), clusterId, 10000);
        QVERIFY2(snapshot.connected, qPrintable(snapshot.error));
        QVERIFY2(snapshot.error.isEmpty(), qPrintable(snapshot.error));
        QCOMPARE(snapshot.layout, QStringLiteral("none"));
        QCOMPARE(snapshot.restServer.state, LeaderInfo::State::NoLeader);
        QCOMPARE(snapshot.dispatcher.state, LeaderInfo::State::NoLeader);
        QCOMPARE(snapshot.resourceManager.state, LeaderInfo::State::NoLeader);
        QVERIFY(snapshot.latchChildren.isEmpty());
    }
}

void TestZooKeeperLeaderReader::noLeader()
{
    const auto snapshot = ZooKeeperLeaderReader::read(
        m_server.connectString(), QStringLiteral("/flink"), QStringLiteral("/idle"), 10000);
    QVERIFY2(snapshot.connected, qPrintable(snapshot.error));
    QVERIFY2(snapshot.error.isEmpty(), qPrintable(snapshot.error));
    QCOMPARE(snapshot.layout, QStringLiteral("1.15+"));
    QCOMPARE(snapshot.restServer.state, LeaderInfo::State::NoLeader);      // null data
    QCOMPARE(snapshot.dispatcher.state, LeaderInfo::State::NoLeader);      // zero bytes
    QCOMPARE(snapshot.resourceManager.state, LeaderInfo::State::NoLeader); // no node
    QVERIFY(snapshot.latchChildren.isEmpty());
}

void TestZooKeeperLeaderReader::layoutWithoutLatch_data()
{
    QTest::addColumn<QString>("clusterId");
    QTest::addColumn<QString>("layout");
    QTest::addColumn<bool>("restLeader");
    QTest::newRow("1.5-1.13 between leaders") << "c113idle"
                                              << "1.5-1.13" << false;
    QTest::newRow("1.15+ latch removed") << "reaped"
                                         << "1.15+" << true;
}

void TestZooKeeperLeaderReader::layoutWithoutLatch()
{
    QFETCH(QString, clusterId);
    QFETCH(QString, layout);
    QFETCH(bool, restLeader);
    const auto snapshot = ZooKeeperLeaderReader::read(m_server.connectString(),
                                                      QStringLiteral("/flink"), clusterId, 10000);
    QVERIFY2(snapshot.connected, qPrintable(snapshot.error));
    QVERIFY2(snapshot.error.isEmpty(), qPrintable(snapshot.error));
    QCOMPARE(snapshot.layout, layout);
    QCOMPARE(snapshot.restServer.state,
             restLeader ? LeaderInfo::State::Leader : LeaderInfo::State::NoLeader);
    QCOMPARE(snapshot.dispatcher.state, LeaderInfo::State::NoLeader);
    QVERIFY(snapshot.latchChildren.isEmpty());
}

void TestZooKeeperLeaderReader::undecodable()
{
    const auto snapshot = ZooKeeperLeaderReader::read(
        m_server.connectString(), QStringLiteral("/flink"), QStringLiteral("/garbage"), 10000);
    QVERIFY2(snapshot.connected, qPrintable(snapshot.error));
    QVERIFY2(snapshot.error.isEmpty(), qPrintable(snapshot.error));
    QCOMPARE(snapshot.restServer.state, LeaderInfo::State::Undecodable);
    QVERIFY2(snapshot.restServer.error.contains(QLatin1String("Not Java serialization")),
             qPrintable(snapshot.restServer.error));
    QCOMPARE(snapshot.dispatcher.state, LeaderInfo::State::Undecodable);
    QVERIFY2(snapshot.dispatcher.error.contains(QLatin1String("byte offset")),
             qPrintable(snapshot.dispatcher.error));
    compareLeader(snapshot.resourceManager, m_records["resource manager"]);
}

void TestZooKeeperLeaderReader::largeRecord()
{
    const auto snapshot =
        ZooKeeperLeaderReader::read(m_server.connectString(), {}, QStringLiteral("big"), 10000);
    QVERIFY2(snapshot.connected, qPrintable(snapshot.error));
    QVERIFY(m_bytes["big"].size() > 10000);
    compareLeader(snapshot.restServer, m_records["big"]);
}

void TestZooKeeperLeaderReader::deadServerInQuorum()
{
    const quint16 dead = ZooKeeperTestServer::freePort();
    const QString quorum =
        QStringLiteral("127.0.0.1:%1,%2").arg(dead).arg(m_server.connectString());
    const auto snapshot = ZooKeeperLeaderReader::read(quorum, QStringLiteral("/flink"),
                                                      QStringLiteral("/sandbox"), 10000);
    QVERIFY2(snapshot.connected, qPrintable(snapshot.error));
    compareLeader(snapshot.restServer, m_records["rest"]);
}

void TestZooKeeperLeaderReader::unreachableQuorum_data()
{
    QTest::addColumn<QString>("quorum");
    const quint16 a = ZooKeeperTestServer::freePort();
    const quint16 b = ZooKeeperTestServer::freePort();
    QTest::newRow("closed port") << QStringLiteral("127.0.0.1:%1").arg(a);
    QTest::newRow("two closed ports") << QStringLiteral("127.0.0.1:%1,127.0.0.1:%2").arg(a).arg(b);
    QTest::newRow("unknown host") << QStringLiteral("no-such-host.invalid:2181");
    QTest::newRow("no port") << QStringLiteral("localhost");
}

void TestZooKeeperLeaderReader::unreachableQuorum()
{
    QFETCH(QString, quorum);
    QElapsedTimer timer;
    timer.start();
    const auto snapshot =
        ZooKeeperLeaderReader::read(quorum, QStringLiteral("/flink"), QStringLiteral("/x"), 1500);
    const qint64 elapsed = timer.elapsed();
    QVERIFY(!snapshot.connected);
    QVERIFY(!snapshot.error.isEmpty());
    QCOMPARE(snapshot.restServer.state, LeaderInfo::State::NoLeader);
    QVERIFY2(elapsed < 1500 + 1000, qPrintable(QString::number(elapsed)));
    qDebug("%s after %lld ms", qPrintable(snapshot.error), elapsed);
}

void TestZooKeeperLeaderReader::emptyQuorum()
{
    const auto snapshot =
        ZooKeeperLeaderReader::read(QStringLiteral(" "), QStringLiteral("/flink"), {}, 1000);
    QVERIFY(!snapshot.connected);
    QVERIFY(snapshot.error.contains(QLatin1String("No ZooKeeper quorum")));
}

void TestZooKeeperLeaderReader::notZooKeeper()
{
    const HttpLookalike http;
    QElapsedTimer timer;
    timer.start();
    const auto snapshot = ZooKeeperLeaderReader::read(
        QStringLiteral("127.0.0.1:%1").arg(http.port()), QStringLiteral("/flink"), {}, 1500);
    const qint64 elapsed = timer.elapsed();
    QVERIFY(!snapshot.connected);
    QVERIFY(!snapshot.error.isEmpty());
    QVERIFY2(elapsed < 1500 + 1000, qPrintable(QString::number(elapsed)));
    qDebug("%s after %lld ms", qPrintable(snapshot.error), elapsed);
}

void TestZooKeeperLeaderReader::concurrentReads()
{
    // Readers run on worker threads; each has its own session and shares nothing.
    QList<ZooKeeperLeaderReader::Snapshot> snapshots(6);
    QList<QThread *> threads;
    for (qsizetype i = 0; i < snapshots.size(); ++i) {
        threads.append(QThread::create([&, i] {
            snapshots[i] = ZooKeeperLeaderReader::read(
                m_server.connectString(), QStringLiteral("/flink"),
                i % 2 == 0 ? QStringLiteral("/sandbox") : QStringLiteral("/c113"), 10000);
        }));
        threads.last()->start();
    }
    for (QThread *thread : std::as_const(threads)) {
        QVERIFY(thread->wait(20000));
        delete thread;
    }
    for (qsizetype i = 0; i < snapshots.size(); ++i) {
        QVERIFY2(snapshots[i].connected, qPrintable(snapshots[i].error));
        compareLeader(snapshots[i].restServer,
                      m_records[i % 2 == 0 ? QStringLiteral("rest") : QStringLiteral("akka rest")]);
    }
}

QTEST_GUILESS_MAIN(TestZooKeeperLeaderReader)
#include "tst_zookeeperleaderreader.moc"
