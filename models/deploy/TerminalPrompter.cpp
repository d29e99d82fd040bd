#include "TerminalPrompter.h"

#include <QHash>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

TerminalPrompter::TerminalPrompter(bool acceptNewHostKeys)
    : m_acceptNew(acceptNewHostKeys)
{}

std::optional<QString> TerminalPrompter::ask(const QString &question, bool secret)
{
    FILE *tty = std::fopen("/dev/tty", "r+");
    if (!tty) {
        return std::nullopt;
    }
    std::fputs(question.toLocal8Bit().constData(), tty);
    std::fflush(tty);
    termios saved{};
    const int fd = fileno(tty);
    const bool quiet = secret && tcgetattr(fd, &saved) == 0;
    if (quiet) {
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(fd, TCSAFLUSH, &silent);
    }
    char line[1024];
    const bool got = std::fgets(line, sizeof line, tty) != nullptr;
    if (quiet) {
        tcsetattr(fd, TCSAFLUSH, &saved);
        std::fputs("\n", tty);
    }
    std::fclose(tty);
    if (!got) {
        return std::nullopt;
    }
    QString answer = QString::fromLocal8Bit(line);
    std::fill(std::begin(line), std::end(line), '\0');
    while (answer.endsWith(QLatin1Char('\n')) || answer.endsWith(QLatin1Char('\r'))) {
        answer.chop(1);
    }
    return answer;
}

bool TerminalPrompter::acceptUnknownHostKey(const QString &host, const QString &address,
                                            const QString &keyType, const QString &fingerprint)
{
    QMutexLocker lock(&m_mutex);
    if (m_acceptNew) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(tr("Trusting the new %1 host key of %2 (%3): %4")
                                    .arg(keyType, host, address, fingerprint)));
        return true;
    }
    const auto answer = ask(tr("The %1 host key of %2 (%3) is not known.\nFingerprint: %4\n"
                               "Trust it and add it to known_hosts? [yes/no] ")
                                .arg(keyType, host, address, fingerprint),
                            false);
    return answer && (answer->trimmed().compare(QLatin1String("yes"), Qt::CaseInsensitive) == 0 ||
                      answer->trimmed() == tr("yes"));
}

std::optional<QString> TerminalPrompter::passphrase(const QString &host,
                                                    const QString &identityFile)
{
    QMutexLocker lock(&m_mutex);
    const QString key = QStringLiteral("key:") + identityFile;
    if (m_cache.contains(key)) {
        return m_cache.value(key);
    }
    Q_UNUSED(host)
    const auto answer = ask(tr("Passphrase for %1: ").arg(identityFile), true);
    if (answer) {
        m_cache.insert(key, *answer);
    }
    return answer;
}

std::optional<QString> TerminalPrompter::password(const QString &host, const QString &login)
{
    QMutexLocker lock(&m_mutex);
    Q_UNUSED(host)
    return ask(tr("Password for %1: ").arg(login), true);
}
