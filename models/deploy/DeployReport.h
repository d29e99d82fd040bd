#pragma once

#include <QList>
#include <QString>

/// How a deploy ended, per host: what the summary shows.
struct DeployReport
{
    struct HostResult
    {
        enum class Outcome
        {
            Succeeded,
            Failed,
            Skipped,  ///< not reached: an earlier failure or a cancel stopped the run
            Untouched ///< the plan had nothing for this host
        };
        QString host;
        Outcome outcome = Outcome::Untouched;
        int stepsDone = 0;
        int stepsTotal = 0;
        QString message; ///< the first failure, or why steps were skipped
    };

    QList<HostResult> hosts;
    bool cancelled = false;
    QString failure; ///< a cluster-wide step that failed (quorum, registration, …)
    qint64 elapsedMs = 0;

    bool ok() const
    {
        if (cancelled || !failure.isEmpty()) {
            return false;
        }
        for (const HostResult &h : hosts) {
            if (h.outcome == HostResult::Outcome::Failed ||
                h.outcome == HostResult::Outcome::Skipped) {
                return false;
            }
        }
        return true;
    }
    HostResult *host(const QString &name)
    {
        for (HostResult &h : hosts) {
            if (h.host == name) {
                return &h;
            }
        }
        return nullptr;
    }
};
