#pragma once

#include <QPlainTextEdit>

class ConfigHighlighter;
class LineNumberArea;

/// A monospace text editor with line numbers and configuration-file highlighting.
class CodeEditor final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodeEditor)
public:
    explicit CodeEditor(QWidget *parent = nullptr);

    /// The highlighter colouring this editor's document.
    ConfigHighlighter *highlighter() const { return m_highlighter; }
    /// Replaces the text keeping the cursor's line and column and the scroll position.
    void replaceText(const QString &text);
    /// Marks lines (1-based) with a wavy underline in color; an empty list clears the marks.
    void markLines(const QList<std::pair<int, QColor>> &lines);
    /// Moves the cursor to the start of line (1-based) and shows it.
    void goToLine(int line);

    /// The gutter's width for the current line count.
    int lineNumberAreaWidth() const;
    /// Paints the gutter; called by LineNumberArea.
    void paintLineNumbers(QPaintEvent *event);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateGutterWidth();
    void updateGutter(const QRect &rect, int dy);

    LineNumberArea *m_gutter;
    ConfigHighlighter *m_highlighter;
};
