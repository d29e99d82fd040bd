#include "DeployBanner.h"

#include "DeployIcons.h"
#include "DeployPlan.h"
#include "DeployReport.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>

namespace {

QString seconds(qint64 ms)
{
    return QLocale().toString(double(ms) / 1000.0, 'f', 1);
}

QString joined(const QStringList &names)
{
    return QLocale().createSeparatedList(names);
}

} // namespace

DeployBanner::DeployBanner(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
{
    m_label->setObjectName(QStringLiteral("bannerText"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setForegroundRole(QPalette::Text);
    auto *layout = new QHBoxLayout(this);
    const int pad = fontMetrics().height() / 2;
    layout->setContentsMargins(pad + 4, pad, pad, pad);
    layout->addWidget(m_label, 1);
    hide();
}

void DeployBanner::showMessage(const Message &message)
{
    m_tone = message.tone;
    m_label->setText(message.text);
    setVisible(!message.text.isEmpty());
    update();
}

void DeployBanner::clearMessage()
{
    m_label->clear();
    hide();
}

QString DeployBanner::text() const
{
    return m_label->text();
}

QColor DeployBanner::accent() const
{
    switch (m_tone) {
    case Tone::Info:
        return DeployIcons::color(DeployIcons::State::Running);
    case Tone::Success:
        return DeployIcons::color(DeployIcons::State::Done);
    case Tone::Warning:
        return DeployIcons::color(DeployIcons::State::Attention);
    case Tone::Error:
        return DeployIcons::color(DeployIcons::State::Failed);
    }
    return {};
}

void DeployBanner::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    QPainter painter(this);
    // A tint of the tone's colour over the base keeps the palette's text readable on it in
    // light and dark themes; the stripe carries the colour for those who skim.
    const QColor base = palette().color(QPalette::Base);
    QColor tint = accent();
    tint.setAlphaF(base.lightnessF() < 0.5 ? 0.22f : 0.13f);
    painter.fillRect(rect(), base);
    painter.fillRect(rect(), tint);
    painter.fillRect(QRect(0, 0, 4, height()), accent());
}

QStringList DeployBanner::hostsWithSteps(const DeployPlan &plan)
{
    QStringList hosts;
    for (const DeployPlan::Phase &phase : plan.phases) {
        for (const DeployPlan::Step &step : phase.steps) {
            if (!step.host.isEmpty() && !hosts.contains(step.host)) {
                hosts << step.host;
            }
        }
    }
    return hosts;
}

DeployBanner::Message DeployBanner::describe(const DeployPlan &plan)
{
    Message m;
    QStringList lines;
    const int steps = plan.stepCount();
    const auto hosts = hostsWithSteps(plan).size();
    const int files = plan.changedFileCount();
    int unreadable = 0;
    for (const DeployPlan::HostInfo &h : plan.hosts) {
        for (const DeployPlan::FileChange &f : h.files) {
            unreadable += f.status == DeployPlan::FileChange::Status::Unknown;
        }
    }
    if (plan.action == DeployPlan::Action::Status) {
        m.tone = Tone::Info;
        lines << tr("Read what runs on %1 hosts. Status changes nothing.").arg(plan.hosts.size());
    } else if (steps == 0) {
        m.tone = Tone::Success;
        lines << tr("Nothing to do: every host is up to date for %1.")
                     .arg(DeployPlan::actionName(plan.action));
    } else {
        m.tone = Tone::Info;
        const QString stepText = steps == 1 ? tr("1 step") : tr("%1 steps").arg(steps);
        const QString hostText = hosts == 1 ? tr("1 host") : tr("%1 hosts").arg(hosts);
        QString fileText = files == 0   ? tr("no file changes")
                           : files == 1 ? tr("1 file changes")
                                        : tr("%1 files change").arg(files);
        if (unreadable > 0) {
            // Apply writes them all the same; the person should know it writes blind.
            fileText = unreadable == 1
                           ? tr("%1, 1 more could not be read").arg(fileText)
                           : tr("%1, %2 more could not be read").arg(fileText).arg(unreadable);
        }
        lines << tr("Plan to %1: %2 on %3; %4. Nothing changes until you Apply.")
                     .arg(DeployPlan::actionName(plan.action), stepText, hostText, fileText);
    }
    for (const DeployPlan::HostInfo &h : plan.hosts) {
        if (!h.problem.isEmpty()) {
            m.tone = Tone::Warning;
            lines << tr("Could not inspect %1: %2").arg(h.name, h.problem);
        }
    }
    // The command line refuses to deploy past failed preflight checks without --force; here
    // the person sees them before confirming: the first one here, each host's in the table,
    // all of them in the confirmation.
    const QStringList failed = plan.failedChecks();
    if (!failed.isEmpty()) {
        m.tone = Tone::Warning;
        QStringList failedHosts;
        for (const DeployPlan::HostInfo &h : plan.hosts) {
            for (const Preflight::Check &c : h.checks) {
                if (!c.ok && !failedHosts.contains(h.name)) {
                    failedHosts << h.name;
                }
            }
        }
        lines << (failed.size() == 1
                      ? tr("A preflight check failed: %1").arg(failed.first())
                      : tr("%1 preflight checks failed (%2). First: %3")
                            .arg(failed.size())
                            .arg(QLocale().createSeparatedList(failedHosts), failed.first()));
    }
    for (const QString &note : plan.notes) {
        lines << tr("Note: %1").arg(note);
    }
    m.text = lines.join(u'\n');
    return m;
}

DeployBanner::Message DeployBanner::summarize(const DeployReport &report)
{
    using Outcome = DeployReport::HostResult::Outcome;
    QStringList succeeded;
    QStringList failed;
    QStringList skipped;
    QString firstSkipReason;
    for (const DeployReport::HostResult &h : report.hosts) {
        switch (h.outcome) {
        case Outcome::Succeeded:
            succeeded << h.host;
            break;
        case Outcome::Failed:
            failed << tr("%1: %2").arg(h.host, h.message);
            break;
        case Outcome::Skipped:
            skipped << h.host;
            if (firstSkipReason.isEmpty()) {
                firstSkipReason = h.message;
            }
            break;
        case Outcome::Untouched:
            break;
        }
    }
    Message m;
    QStringList parts;
    if (report.ok()) {
        m.tone = Tone::Success;
        m.text = succeeded.isEmpty()
                     ? tr("Done in %1 s: nothing needed to change.").arg(seconds(report.elapsedMs))
                 : succeeded.size() == 1 ? tr("Done in %1 s on 1 host (%2).")
                                               .arg(seconds(report.elapsedMs), succeeded.first())
                                         : tr("Done in %1 s on %2 hosts.")
                                               .arg(seconds(report.elapsedMs))
                                               .arg(succeeded.size());
        return m;
    }
    if (report.cancelled) {
        m.tone = Tone::Warning;
        parts << tr("Cancelled after %1 s").arg(seconds(report.elapsedMs));
    } else {
        m.tone = Tone::Error;
    }
    if (!failed.isEmpty()) {
        // A run the person cancelled stays amber: a step cut short by the cancel reports a
        // failure too, and red would cry wolf.
        if (!report.cancelled) {
            m.tone = Tone::Error;
        }
        parts << tr("Failed on %1").arg(failed.join(QStringLiteral("; ")));
    }
    if (!report.failure.isEmpty()) {
        parts << tr("Stopped: %1").arg(report.failure);
    }
    if (!succeeded.isEmpty()) {
        parts << tr("succeeded on %1").arg(joined(succeeded));
    }
    if (!skipped.isEmpty()) {
        parts << tr("skipped %1 (%2)").arg(joined(skipped), firstSkipReason);
    }
    m.text = parts.join(QStringLiteral("; ")) + QLatin1Char('.');
    return m;
}
