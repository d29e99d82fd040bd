#include "ZooKeeperLeaderReader.h"

#include <QCoreApplication>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <cstring>
#include <limits>
#include <mutex>
#include <zookeeper/zookeeper.h>

namespace {

// Flink's component names; the same under every layout (1.5-1.13 append "_lock").
constexpr const char *restServer = "rest_server";
constexpr const char *dispatcher = "dispatcher";
constexpr const char *resourceManager = "resource_manager";
constexpr const char *components[] = {restServer, dispatcher, resourceManager};

// The C client reports every failed connection attempt through its log; the snapshot's error
// already says what matters, so the handle's log goes nowhere instead of spamming stderr.
void discardLog(const char *) {}

void quietClientLibrary()
{
    // The level is process-wide; messages logged before a handle exists would use it.
    static std::once_flag once;
    std::call_once(once, [] { zoo_set_debug_level(ZOO_LOG_LEVEL_ERROR); });
}

// Filled by the client's completion thread, read by the calling thread.
struct SessionState
{
    std::mutex mutex;
    std::condition_variable changed;
    int state = 0;
};

void sessionWatcher(zhandle_t *, int type, int state, const char *, void *context)
{
    if (type != ZOO_SESSION_EVENT)
        return;
    auto *session = static_cast<SessionState *>(context);
    {
        const std::lock_guard lock(session->mutex);
        session->state = state;
    }
    session->changed.notify_all();
}

// zookeeper_close joins the client's threads, so the watcher never outlives SessionState.
class Handle final
{
public:
    explicit Handle(zhandle_t *handle)
        : m_handle(handle)
    {}
    ~Handle()
    {
        if (m_handle != nullptr)
            zookeeper_close(m_handle);
    }
    Handle(const Handle &) = delete;
    Handle &operator=(const Handle &) = delete;
    zhandle_t *get() const { return m_handle; }

private:
    zhandle_t *m_handle;
};

QString childPath(const QString &parent, const QString &name)
{
    if (parent == QLatin1String("/"))
        return parent + name;
    return parent + QLatin1Char('/') + name;
}

QString childPath(const QString &parent, const char *name)
{
    return childPath(parent, QString::fromLatin1(name));
}

// The reads of one snapshot; the first failure other than "no such node" stops the rest.
class Session final
{
public:
    explicit Session(zhandle_t *handle)
        : m_handle(handle)
    {}

    const QString &error() const { return m_error; }
    bool failed() const { return !m_error.isEmpty(); }
    // The connection dropped before the server answered anything: the session was not real.
    bool lostAtOnce() const { return m_answered == 0 && m_lostConnection; }

    // The children of path; empty when the node does not exist.
    QStringList children(const QString &path)
    {
        if (failed())
            return {};
        String_vector names{};
        const int rc = zoo_get_children(m_handle, path.toUtf8().constData(), 0, &names);
        if (rc != ZOK) {
            check(rc, path);
            return {};
        }
        ++m_answered;
        QStringList result;
        result.reserve(names.count);
        for (int i = 0; i < names.count; ++i)
            result.append(QString::fromUtf8(names.data[i]));
        deallocate_String_vector(&names);
        return result;
    }

    bool exists(const QString &path)
    {
        if (failed())
            return false;
        Stat stat{};
        const int rc = zoo_exists(m_handle, path.toUtf8().constData(), 0, &stat);
        if (rc != ZOK)
            check(rc, path);
        else
            ++m_answered;
        return rc == ZOK;
    }

    // The node's data; empty when the node is missing or holds null.
    QByteArray data(const QString &path)
    {
        if (failed())
            return {};
        const QByteArray utf8Path = path.toUtf8();
        // Leader records are a few hundred bytes; grow (and re-read) only if one is larger.
        QByteArray buffer(4096, Qt::Uninitialized);
        for (int attempt = 0; attempt < 3; ++attempt) {
            int length = static_cast<int>(buffer.size());
            Stat stat{};
            const int rc =
                zoo_get(m_handle, utf8Path.constData(), 0, buffer.data(), &length, &stat);
            if (rc != ZOK) {
                check(rc, path);
                return {};
            }
            ++m_answered;
            if (length < 0)
                return {};
            if (stat.dataLength <= buffer.size())
                return buffer.left(length);
            buffer.resize(stat.dataLength);
        }
        m_error = QCoreApplication::translate("ZooKeeperLeaderReader",
                                              "%1 kept changing size while being read.")
                      .arg(path);
        return {};
    }

private:
    void check(int rc, const QString &path)
    {
        if (rc == ZNONODE) {
            ++m_answered;
            return;
        }
        if (!m_error.isEmpty())
            return;
        m_lostConnection = rc == ZCONNECTIONLOSS;
        m_error = QCoreApplication::translate("ZooKeeperLeaderReader", "Reading %1 failed: %2")
                      .arg(path, QString::fromUtf8(zerror(rc)));
    }

    zhandle_t *m_handle;
    QString m_error;
    int m_answered = 0;
    bool m_lostConnection = false;
};

// Curator names latch nodes "_c_<uuid>-latch-<10 digits>"; the lowest number is the leader.
void sortBySequence(QStringList &names)
{
    const auto sequence = [](const QString &name) {
        bool ok = false;
        const qint64 number = name.section(QLatin1Char('-'), -1).toLongLong(&ok);
        return ok ? number : std::numeric_limits<qint64>::max();
    };
    std::stable_sort(names.begin(), names.end(), [&](const QString &a, const QString &b) {
        const qint64 sa = sequence(a);
        const qint64 sb = sequence(b);
        return sa != sb ? sa < sb : a < b;
    });
}

// The reader never asks for read-only sessions, so a read-only state can only come from a
// peer that is not ZooKeeper at all: the C client takes any bytes for a session reply (an HTTP
// "400 Bad Request" becomes session id 0x2042616420526571, " Bad Req"), then drops the
// connection and tries again. Only a proper session ends the wait.
bool isSessionEnd(int state)
{
    return state == ZOO_CONNECTED_STATE || state == ZOO_EXPIRED_SESSION_STATE ||
           state == ZOO_AUTH_FAILED_STATE;
}

void readLeaders(Session &session, const QString &base, ZooKeeperLeaderReader::Snapshot &snapshot)
{
    const QString leader = childPath(base, "leader");
    const QStringList leaderChildren = session.children(leader);
    const auto hasComponentNodes = [&] {
        return std::any_of(std::begin(components), std::end(components), [&](const char *name) {
            return leaderChildren.contains(QLatin1String(name));
        });
    };
    const auto hasLockNodes = [&] {
        return std::any_of(std::begin(components), std::end(components), [&](const char *name) {
            return leaderChildren.contains(QString(QLatin1String(name) + QLatin1String("_lock")));
        });
    };

    // Newest first: a cluster upgraded in place keeps persistent nodes of older layouts, and the
    // ephemeral leader nodes of a layout only exist while a leader of that version runs.
    QString latchPath;
    bool lockNodes = false;
    if (leaderChildren.contains(QLatin1String("latch"))) {
        snapshot.layout = QStringLiteral("1.15+");
        latchPath = childPath(leader, "latch");
    } else if (session.children(childPath(leader, restServer)).contains(QLatin1String("latch")) ||
               session.children(childPath(leader, dispatcher)).contains(QLatin1String("latch")) ||
               session.children(childPath(leader, resourceManager))
                   .contains(QLatin1String("latch"))) {
        snapshot.layout = QStringLiteral("1.14");
        latchPath = childPath(childPath(leader, restServer), "latch");
    } else if (hasLockNodes()) {
        snapshot.layout = QStringLiteral("1.5-1.13");
        lockNodes = true;
    } else if (hasComponentNodes()) {
        // 1.14 or later whose latch, a container node, was removed with its last contender.
        snapshot.layout = QStringLiteral("1.15+");
    } else if (session.exists(childPath(base, "leaderlatch"))) {
        // 1.5-1.13 between leaders: the *_lock nodes are ephemeral, leaderlatch/ is not.
        snapshot.layout = QStringLiteral("1.5-1.13");
        lockNodes = true;
    } else {
        snapshot.layout = QStringLiteral("none");
        return;
    }

    if (lockNodes)
        latchPath = childPath(childPath(base, "leaderlatch"), "rest_server_lock");
    if (!latchPath.isEmpty()) {
        snapshot.latchChildren = session.children(latchPath);
        sortBySequence(snapshot.latchChildren);
    }
    const auto leaderOf = [&](const char *component) {
        const QString path =
            lockNodes
                ? childPath(leader, QString(QLatin1String(component) + QLatin1String("_lock")))
                : childPath(childPath(leader, component), "connection_info");
        return LeaderInfo::decode(session.data(path));
    };
    snapshot.restServer = leaderOf(restServer);
    snapshot.dispatcher = leaderOf(dispatcher);
    snapshot.resourceManager = leaderOf(resourceManager);
}

} // namespace

QString ZooKeeperLeaderReader::clusterPath(const QString &root, const QString &clusterId)
{
    // Flink trims the slashes of both parts and joins the non-empty ones; doubled slashes
    // inside a part are collapsed too, since ZooKeeper rejects empty path segments.
    QStringList segments = root.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    segments += clusterId.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    return QLatin1Char('/') + segments.join(QLatin1Char('/'));
}

ZooKeeperLeaderReader::Snapshot ZooKeeperLeaderReader::read(const QString &quorum,
                                                            const QString &root,
                                                            const QString &clusterId, int timeoutMs)
{
    Snapshot snapshot;
    if (quorum.trimmed().isEmpty()) {
        snapshot.error =
            QCoreApplication::translate("ZooKeeperLeaderReader", "No ZooKeeper quorum given.");
        return snapshot;
    }
    quietClientLibrary();

    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
    SessionState state;
    // The session timeout also paces the client's connection attempts, so it follows the
    // caller's timeout; the server raises it to its own minimum (two ticks) anyway.
    const Handle handle(zookeeper_init2(quorum.trimmed().toUtf8().constData(), sessionWatcher,
                                        qMax(timeoutMs, 1000), nullptr, &state, 0, discardLog));
    if (handle.get() == nullptr) {
        // zookeeper_init resolves every host at once; these are the errno values it sets.
        const int error = errno;
        if (error == EINVAL) {
            snapshot.error =
                QCoreApplication::translate("ZooKeeperLeaderReader",
                                            "%1 is not a ZooKeeper quorum (host:port,host:port).")
                    .arg(quorum);
        } else if (error == ENOENT) {
            snapshot.error = QCoreApplication::translate(
                                 "ZooKeeperLeaderReader",
                                 "The host names of the ZooKeeper quorum %1 cannot be resolved.")
                                 .arg(quorum);
        } else {
            snapshot.error = QCoreApplication::translate("ZooKeeperLeaderReader",
                                                         "Cannot use the ZooKeeper quorum %1: %2")
                                 .arg(quorum, QString::fromLocal8Bit(std::strerror(error)));
        }
        return snapshot;
    }
    int sessionState = 0;
    {
        std::unique_lock lock(state.mutex);
        state.changed.wait_until(lock, deadline, [&] { return isSessionEnd(state.state); });
        sessionState = state.state;
    }
    if (sessionState != ZOO_CONNECTED_STATE) {
        snapshot.error =
            sessionState == ZOO_AUTH_FAILED_STATE
                ? QCoreApplication::translate("ZooKeeperLeaderReader",
                                              "ZooKeeper at %1 refused authentication.")
                      .arg(quorum)
            : sessionState == ZOO_EXPIRED_SESSION_STATE
                ? QCoreApplication::translate("ZooKeeperLeaderReader",
                                              "ZooKeeper at %1 expired the session at once.")
                      .arg(quorum)
                : QCoreApplication::translate("ZooKeeperLeaderReader",
                                              "No ZooKeeper server of %1 answered within %2 ms.")
                      .arg(quorum)
                      .arg(timeoutMs);
        return snapshot;
    }
    Session session(handle.get());
    readLeaders(session, clusterPath(root, clusterId), snapshot);
    if (session.lostAtOnce()) {
        // Something answered the session request with bytes the client misread as a reply.
        snapshot = Snapshot();
        snapshot.error = QCoreApplication::translate(
                             "ZooKeeperLeaderReader",
                             "%1 accepted the connection but does not answer like ZooKeeper.")
                             .arg(quorum);
        return snapshot;
    }
    snapshot.connected = true;
    snapshot.error = session.error();
    return snapshot;
}
