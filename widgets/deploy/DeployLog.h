#pragma once

#include <QWidget>

class QComboBox;
class QPlainTextEdit;

/// The live output of a deploy, one "[host] text" line at a time: remote stderr in red,
/// FlinkDeck's own narration muted. Filters by host, follows new lines unless the reader
/// scrolled up, and keeps the newest MaxLines lines.
class DeployLog final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeployLog)
public:
    enum class Kind
    {
        Output, ///< a command's stdout
        Error,  ///< a command's stderr or a failure
        Info    ///< what FlinkDeck does (step started, connecting)
    };
    static constexpr int MaxLines = 20000;

    explicit DeployLog(QWidget *parent = nullptr);

    /// The hosts the filter offers (besides "All hosts").
    void setHosts(const QStringList &hosts);
    /// Adds text (one or more lines) from host; an empty host is the cluster as a whole.
    void append(const QString &host, const QString &text, Kind kind);
    void clear();
    /// The host shown, or empty for all.
    QString hostFilter() const;
    void setHostFilter(const QString &host);
    /// Lines kept (all hosts).
    int lineCount() const { return static_cast<int>(m_lines.size()); }
    QPlainTextEdit *view() const { return m_view; }

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Line
    {
        QString host;
        QString text;
        Kind kind = Kind::Output;
    };
    bool shows(const Line &line) const;
    void write(const Line &line);
    void rebuild();

    QList<Line> m_lines;
    QComboBox *m_filter;
    QPlainTextEdit *m_view;
};
