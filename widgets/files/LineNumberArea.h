#pragma once

#include <QWidget>

class CodeEditor;

/// The gutter left of a CodeEditor; the editor does the painting and sizing.
class LineNumberArea final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LineNumberArea)
public:
    explicit LineNumberArea(CodeEditor *editor);

    /// The width the editor reserves for the gutter.
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    CodeEditor *m_editor;
};
