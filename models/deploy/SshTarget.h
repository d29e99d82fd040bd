#pragma once

#include <QString>

class ClusterProject;
struct Host;

/// Where and as whom FlinkDeck logs in to one host of a project.
struct SshTarget
{
    QString host;    ///< the project's host name, for messages
    QString address; ///< what FlinkDeck connects to
    int port = 22;
    QString user;           ///< empty = the local user name
    QString identityFile;   ///< empty = ssh-agent, then the default keys in ~/.ssh
    QString knownHostsFile; ///< empty = ~/.ssh/known_hosts
    int timeoutSeconds = 10;

    /// The target for a host with the project's SSH defaults filled in.
    static SshTarget forHost(const ClusterProject &project, const Host &host);
    /// "user@address:port" for messages.
    QString display() const;
};
