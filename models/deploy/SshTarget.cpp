#include "SshTarget.h"

#include "ClusterProject.h"

#include <QDir>

namespace {

QString expandHome(const QString &path)
{
    if (path == QLatin1String("~") || path.startsWith(QLatin1String("~/"))) {
        return QDir::homePath() + path.mid(1);
    }
    return path;
}

} // namespace

SshTarget SshTarget::forHost(const ClusterProject &project, const Host &host)
{
    const SshSettings ssh = project.sshFor(host);
    SshTarget target;
    target.host = host.name;
    target.address = host.effectiveAddress();
    target.port = ssh.port == 0 ? 22 : ssh.port;
    target.user = ssh.user;
    target.identityFile = expandHome(ssh.identityFile);
    target.knownHostsFile = expandHome(ssh.knownHostsFile);
    return target;
}

QString SshTarget::display() const
{
    QString result = address;
    if (!user.isEmpty()) {
        result = user + QLatin1Char('@') + result;
    }
    if (port != 22) {
        result += QLatin1Char(':') + QString::number(port);
    }
    return result;
}
