#include "ClusterProbe.h"

#include "ClusterProject.h"
#include "FourLetterWord.h"
#include "ProjectRenderer.h"
#include "ZooKeeperLeaderReader.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QThread>
#include <QTimer>
#include <QUrl>

ClusterProbe::ClusterProbe(const ClusterProject &project)
    : m_project(project)
{
    // Once: waits ask for these URLs every half second.
    const ProjectRenderer renderer;
    for (const Host *h : project.jobManagers()) {
        // The configuration the host is given, so the scheme matches what its REST serves.
        const bool tls = renderer.effectiveConfig(project, h)
                             .value(QStringLiteral("security.ssl.rest.enabled"))
                             .compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
        m_restUrls.insert(h->name, QStringLiteral("%1://%2:%3")
                                       .arg(tls ? QStringLiteral("https") : QStringLiteral("http"),
                                            h->effectiveAddress())
                                       .arg(h->jobManager->webUiPort));
    }
}

QString ClusterProbe::restUrl(const Host &jobManager) const
{
    return m_restUrls.value(jobManager.name);
}

std::optional<QJsonDocument> ClusterProbe::get(const Host &jobManager, const QString &path,
                                               int *status, int timeoutMs) const
{
    // A manager per call keeps this usable from any worker thread without an event loop of its own.
    QNetworkAccessManager manager;
    QNetworkRequest request(QUrl(restUrl(jobManager) + path));
    request.setTransferTimeout(timeoutMs);
    QNetworkReply *reply = manager.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs + 500, &loop, &QEventLoop::quit);
    loop.exec();
    const int code = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status) {
        *status = code;
    }
    if (!reply->isFinished() || code == 0) {
        reply->abort();
        delete reply;
        return std::nullopt;
    }
    const QByteArray body = reply->readAll();
    delete reply;
    return QJsonDocument::fromJson(body);
}

bool ClusterProbe::quorumUp(QString *detail) const
{
    const auto servers = m_project.zooKeepers();
    if (servers.isEmpty()) {
        return true;
    }
    int leaders = 0;
    int serving = 0;
    QStringList states;
    for (const Host *h : servers) {
        const auto status = FourLetterWord::queryStatus(h->effectiveAddress(),
                                                        quint16(h->zooKeeper->clientPort), 2000);
        const QString mode = status.reachable ? status.mode : tr("down");
        states << QStringLiteral("%1 %2").arg(h->name, mode.isEmpty() ? status.error : mode);
        if (status.mode == u"leader" || status.mode == u"standalone") {
            ++leaders;
            ++serving;
        } else if (status.mode == u"follower" || status.mode == u"observer") {
            ++serving;
        }
    }
    *detail = states.join(QStringLiteral(", "));
    return leaders == 1 && serving * 2 > servers.size();
}

bool ClusterProbe::jobManagersAnswer(QString *detail, const QSet<QString> &skip) const
{
    QStringList silent;
    for (const Host *h : m_project.jobManagers()) {
        if (skip.contains(h->name)) {
            continue;
        }
        int status = 0;
        if (!get(*h, QStringLiteral("/config"), &status) || status != 200) {
            silent << h->name;
        }
    }
    *detail = silent.isEmpty()
                  ? QString()
                  : tr("no REST answer yet from %1").arg(silent.join(QStringLiteral(", ")));
    return silent.isEmpty();
}

std::optional<QStringList> ClusterProbe::taskManagerIds(QString *detail) const
{
    for (const Host *h : m_project.jobManagers()) {
        int status = 0;
        const auto json = get(*h, QStringLiteral("/taskmanagers"), &status);
        if (!json || status != 200) {
            continue;
        }
        QStringList ids;
        for (const QJsonValue &tm : json->object().value(QLatin1String("taskmanagers")).toArray()) {
            const QJsonObject o = tm.toObject();
            ids << o.value(QLatin1String("id")).toString() + QLatin1Char(' ') +
                       o.value(QLatin1String("path")).toString();
        }
        return ids;
    }
    *detail = tr("no JobManager's REST API answers");
    return std::nullopt;
}

QString ClusterProbe::leader(QString *detail) const
{
    if (m_project.ha.mode != HaSettings::Mode::ZooKeeper) {
        *detail = tr("high availability is off");
        return {};
    }
    const QString root =
        m_project.ha.pathRoot.isEmpty() ? QStringLiteral("/flink") : m_project.ha.pathRoot;
    const QString cluster =
        m_project.ha.clusterId.isEmpty() ? QStringLiteral("/default") : m_project.ha.clusterId;
    const auto snapshot =
        ZooKeeperLeaderReader::read(m_project.effectiveQuorum(), root, cluster, 3000);
    if (!snapshot.connected) {
        *detail = snapshot.error;
        return {};
    }
    if (snapshot.restServer.state != LeaderInfo::State::Leader) {
        *detail = tr("ZooKeeper names no REST leader");
        return {};
    }
    const QUrl url(snapshot.restServer.address);
    for (const Host *h : m_project.jobManagers()) {
        if (QUrl(restUrl(*h)).port() == url.port() &&
            (url.host() == h->effectiveAddress() || url.host() == h->name)) {
            return h->name;
        }
    }
    *detail =
        tr("the leader %1 is not a JobManager of this project").arg(snapshot.restServer.address);
    return {};
}

bool ClusterProbe::waitUntil(const std::function<bool(QString *)> &check, int timeoutSeconds,
                             const std::atomic_bool &cancel, QString *detail, int intervalMs)
{
    QDeadlineTimer deadline(std::chrono::seconds{timeoutSeconds});
    QString last;
    for (;;) {
        last.clear();
        if (check(&last)) {
            return true;
        }
        if (cancel) {
            *detail = tr("cancelled");
            return false;
        }
        if (deadline.hasExpired()) {
            *detail = tr("gave up after %1 s: %2").arg(timeoutSeconds).arg(last);
            return false;
        }
        QThread::msleep(ulong(intervalMs));
    }
}
