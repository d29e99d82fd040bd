#pragma once

#include <QFrame>

class QLabel;
struct DeployPlan;
struct DeployReport;

/// The line under the Deploy page that says what a plan would do or how a job ended, tinted
/// by tone. Hidden while it has nothing to say.
class DeployBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeployBanner)
public:
    enum class Tone
    {
        Info,
        Success,
        Warning,
        Error
    };
    struct Message
    {
        Tone tone = Tone::Info;
        QString text;
    };

    explicit DeployBanner(QWidget *parent = nullptr);

    void showMessage(const Message &message);
    void clearMessage();
    Tone tone() const { return m_tone; }
    QString text() const;

    /// What a plan would do, what could not be inspected, and the plan's notes.
    static Message describe(const DeployPlan &plan);
    /// How a job ended: time and hosts on success; who failed, who succeeded, who was skipped.
    static Message summarize(const DeployReport &report);
    /// The hosts that have steps in a plan (cluster-wide waits count for none).
    static QStringList hostsWithSteps(const DeployPlan &plan);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QColor accent() const;

    Tone m_tone = Tone::Info;
    QLabel *m_label;
};
