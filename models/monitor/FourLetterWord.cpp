#include "FourLetterWord.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QStringList>
#include <QTcpSocket>

#include <cmath>

namespace {

// The texts ZooKeeper sends instead of an answer (as a real 3.8.0 server words them).
constexpr char refusedSuffix[] = " is not executed because it is not in the whitelist.";
constexpr char notServingText[] = "This ZooKeeper instance is not currently serving requests";

// QTcpSocket's waitFor* treat -1 as "forever"; a spent deadline must not become that.
int remainingMs(const QDeadlineTimer &deadline)
{
    return static_cast<int>(qMax<qint64>(0, deadline.remainingTime()));
}

// srvr prints min and max as integers but avg as a decimal (3.5+); older servers printed all
// three as integers. Accept a decimal anywhere rather than reject a future format.
int latencyNumber(const QString &text)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (ok)
        return value;
    const double decimal = text.toDouble(&ok);
    return ok ? static_cast<int>(std::lround(decimal)) : 0;
}

} // namespace

FourLetterWord::Reply FourLetterWord::send(const QString &host, quint16 port,
                                           const QByteArray &word, int timeoutMs)
{
    Reply reply;
    const QDeadlineTimer deadline(timeoutMs);
    QTcpSocket socket;
    socket.connectToHost(host, port);
    if (!socket.waitForConnected(remainingMs(deadline))) {
        reply.error =
            QCoreApplication::translate("FourLetterWord", "Cannot connect to %1:%2: %3")
                .arg(host)
                .arg(port)
                .arg(socket.error() == QAbstractSocket::SocketTimeoutError
                         ? QCoreApplication::translate("FourLetterWord", "no answer within %1 ms")
                               .arg(timeoutMs)
                         : socket.errorString());
        return reply;
    }
    reply.reachable = true;
    socket.write(word);
    // The server answers, then closes the connection: that close is the end of the reply.
    bool timedOut = false;
    if (!socket.waitForBytesWritten(remainingMs(deadline)))
        timedOut = socket.error() == QAbstractSocket::SocketTimeoutError;
    while (!timedOut && socket.state() == QAbstractSocket::ConnectedState) {
        const int left = remainingMs(deadline);
        if (left <= 0 || !socket.waitForReadyRead(left)) {
            timedOut = left <= 0 || socket.error() == QAbstractSocket::SocketTimeoutError;
            break;
        }
        reply.text += socket.readAll();
    }
    reply.text += socket.readAll();
    socket.abort();

    const QString wordText = QString::fromLatin1(word);
    if (timedOut) {
        reply.error = QCoreApplication::translate(
                          "FourLetterWord", "%1:%2 did not finish its reply to %3 within %4 ms.")
                          .arg(host)
                          .arg(port)
                          .arg(wordText)
                          .arg(timeoutMs);
    } else if (reply.text.isEmpty()) {
        reply.error = QCoreApplication::translate(
                          "FourLetterWord",
                          "%1:%2 closed the connection without answering %3 (not ZooKeeper, or "
                          "four-letter words are disabled).")
                          .arg(host)
                          .arg(port)
                          .arg(wordText);
    } else if (!refusedWord(reply.text).isEmpty()) {
        reply.notWhitelisted = true;
        reply.error = QCoreApplication::translate("FourLetterWord",
                                                  "%1:%2 refuses %3: it is not in the server's "
                                                  "4lw.commands.whitelist.")
                          .arg(host)
                          .arg(port)
                          .arg(refusedWord(reply.text));
    } else {
        reply.ok = true;
    }
    return reply;
}

FourLetterWord::ServerStatus FourLetterWord::queryStatus(const QString &host, quint16 port,
                                                         int timeoutMs)
{
    const Reply reply = send(host, port, QByteArrayLiteral("srvr"), timeoutMs);
    if (!reply.ok && !reply.notWhitelisted) {
        ServerStatus status;
        status.reachable = reply.reachable;
        status.error = reply.error;
        return status;
    }
    return parseSrvr(reply.text);
}

FourLetterWord::ServerStatus FourLetterWord::parseSrvr(const QByteArray &reply)
{
    ServerStatus status;
    // Whoever has a reply to parse reached the server.
    status.reachable = true;
    const QString refused = refusedWord(reply);
    if (!refused.isEmpty()) {
        status.error =
            QCoreApplication::translate(
                "FourLetterWord", "The server refuses %1: it is not in its 4lw.commands.whitelist.")
                .arg(refused);
        return status;
    }
    if (isNotServing(reply)) {
        status.error = QCoreApplication::translate(
            "FourLetterWord",
            "The server is running but not serving requests (it has not joined a quorum).");
        return status;
    }

    const QStringList lines = QString::fromUtf8(reply).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            continue;
        const QString key = line.left(colon).trimmed();
        const QString value = line.mid(colon + 1).trimmed();
        if (key == QLatin1String("Zookeeper version")) {
            const qsizetype built = value.indexOf(QLatin1String(", built on"));
            status.version = built < 0 ? value : value.left(built);
        } else if (key == QLatin1String("Latency min/avg/max")) {
            const QStringList parts = value.split(QLatin1Char('/'));
            if (parts.size() == 3) {
                status.latencyMin = latencyNumber(parts[0]);
                status.latencyAvg = parts[1].toDouble();
                status.latencyMax = latencyNumber(parts[2]);
            }
        } else if (key == QLatin1String("Outstanding")) {
            status.outstanding = value.toLongLong();
        } else if (key == QLatin1String("Zxid")) {
            // Java's Long.toHexString: a negative zxid would print as 16 digits, two's complement.
            QString hex = value;
            if (hex.startsWith(QLatin1String("0x"), Qt::CaseInsensitive))
                hex.remove(0, 2);
            status.zxid = static_cast<qint64>(hex.toULongLong(nullptr, 16));
        } else if (key == QLatin1String("Mode")) {
            status.mode = value;
        } else if (key == QLatin1String("Node count")) {
            status.nodeCount = value.toInt();
        }
    }
    if (status.mode.isEmpty()) {
        status.error =
            QCoreApplication::translate("FourLetterWord", "Not a srvr reply: it has no Mode line.");
    }
    return status;
}

QHash<QString, QString> FourLetterWord::parseMntr(const QByteArray &reply)
{
    QHash<QString, QString> values;
    const QStringList lines = QString::fromUtf8(reply).split(QLatin1Char('\n'));
    for (QString line : lines) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        const qsizetype tab = line.indexOf(QLatin1Char('\t'));
        if (tab <= 0)
            continue;
        values.insert(line.left(tab), line.mid(tab + 1));
    }
    return values;
}

QString FourLetterWord::refusedWord(const QByteArray &reply)
{
    const QByteArray text = reply.trimmed();
    if (!text.endsWith(refusedSuffix))
        return {};
    const QByteArray word =
        text.left(text.size() - static_cast<qsizetype>(sizeof(refusedSuffix) - 1));
    if (word.isEmpty() || word.contains(' ') || word.contains('\n'))
        return {};
    return QString::fromLatin1(word);
}

bool FourLetterWord::isNotServing(const QByteArray &reply)
{
    return reply.trimmed() == QByteArrayView(notServingText);
}
