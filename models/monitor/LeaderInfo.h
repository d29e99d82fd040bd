#pragma once

#include <QByteArray>
#include <QString>
#include <QUuid>

/// The leader a Flink component published in ZooKeeper (a connection_info or *_lock node).
class LeaderInfo final
{
public:
    enum class State
    {
        NoLeader,
        Leader,
        Undecodable
    };

    State state = State::NoLeader;
    /// REST base URL for rest_server, an RPC URL (akka/pekko) for the other components.
    QString address;
    QUuid sessionId;
    /// Why the bytes could not be decoded (what was expected at which byte offset).
    QString error;

    /// Decodes Java's ObjectOutputStream writeUTF(address) + writeObject(UUID); empty is NoLeader.
    static LeaderInfo decode(const QByteArray &bytes);
};
