#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

/// ZooKeeper's four-letter words (srvr, mntr, ruok) over plain TCP, and parsers for the replies.
/// send() blocks; call it from a worker thread. The parsers are pure.
class FourLetterWord final
{
public:
    /// The outcome of one exchange.
    struct Reply
    {
        /// Connected, got a reply, and the server did not refuse the word.
        bool ok = false;
        /// A TCP connection was made (the server may still have refused the word).
        bool reachable = false;
        /// The server answered "... is not executed because it is not in the whitelist."
        bool notWhitelisted = false;
        QByteArray text;
        QString error;
    };

    /// What srvr reports about one server.
    struct ServerStatus
    {
        bool reachable = false;
        /// leader, follower, standalone, observer (or read-only); empty when not serving.
        QString mode;
        int latencyMin = 0;
        double latencyAvg = 0;
        int latencyMax = 0;
        qint64 outstanding = 0;
        qint64 zxid = 0;
        int nodeCount = 0;
        /// The version without its build date, e.g. "3.8.0-${mvngit.commit.id}".
        QString version;
        QString error;
    };

    /// Sends word to host:port and reads until the server closes; fails after timeoutMs in all.
    static Reply send(const QString &host, quint16 port, const QByteArray &word, int timeoutMs);
    /// send() of srvr, parsed; reachable is false only when no connection could be made.
    static ServerStatus queryStatus(const QString &host, quint16 port, int timeoutMs);

    /// Parses a srvr reply ("Key: value" lines); error says why when it is not a usable one.
    static ServerStatus parseSrvr(const QByteArray &reply);
    /// Parses a mntr reply (key TAB value lines); lines without a tab are skipped.
    static QHash<QString, QString> parseMntr(const QByteArray &reply);
    /// The word named by a "<word> is not executed because it is not in the whitelist." reply.
    static QString refusedWord(const QByteArray &reply);
    /// True for "This ZooKeeper instance is not currently serving requests" (no quorum).
    static bool isNotServing(const QByteArray &reply);
};
