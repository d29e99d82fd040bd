#pragma once

#include "SshSession.h"

#include <libssh/callbacks.h>
#include <libssh/libssh.h>
#include <libssh/sftp.h>

// The libssh handles behind an SshSession, shared by SshSession.cpp (connection, login,
// commands) and SshSessionFiles.cpp (SFTP); not part of the public header.
struct SshSession::Handles
{
    ssh_session session = nullptr;
    sftp_session sftp = nullptr;
    ssh_callbacks_struct callbacks{};
    SshPrompter *prompter = nullptr;
    QString host;
    QString identityFile;
    bool promptFailed = false;
};
