#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;

/// A Flink memory size as a number plus a unit (bytes, k, m, g, t). The number field also takes
/// a whole size with its own unit ("2 gb"), so pasting a value from a file works.
class MemorySizeEdit final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemorySizeEdit)
public:
    explicit MemorySizeEdit(QWidget *parent = nullptr);

    /// The value as Flink text ("512m"), or the raw text when it does not parse; empty = unset.
    QString text() const;
    /// Shows value without emitting edited(); keeps the cursor when the field is being typed in.
    void setText(const QString &value);
    /// Shown greyed while the field is empty (the key's default).
    void setPlaceholderText(const QString &text);
    /// Marks the input as rejected (red frame, tooltip) or clears the mark with an empty message.
    void setProblem(const QString &message);
    QLineEdit *numberEdit() const { return m_number; }
    QComboBox *unitBox() const { return m_unit; }

Q_SIGNALS:
    /// The user changed the number or the unit.
    void edited(const QString &text);

private:
    QLineEdit *m_number;
    QComboBox *m_unit;
};
