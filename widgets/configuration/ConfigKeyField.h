#pragma once

#include <QSet>
#include <QWidget>

class ClusterProject;
class MemorySizeEdit;
class ProjectDocument;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;
struct ConfigKeyInfo;

/// One Flink key in a form: an editor chosen by the key's type, a reset button, and a badge
/// with a one-click replacement when the key as set is deprecated or removed for the version.
/// The field reads the setting under any of its names and writes the name the version reads.
class ConfigKeyField final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfigKeyField)
public:
    ConfigKeyField(ProjectDocument *document, const QString &key, const QString &title,
                   QWidget *parent = nullptr);

    /// The key's current name in the schema.
    QString key() const { return m_key; }
    /// The form label (title over the key name the field writes).
    QLabel *label() const { return m_label; }
    /// The widget that takes focus and input.
    QWidget *editor() const;
    QLineEdit *lineEdit() const { return m_line; }
    QComboBox *comboBox() const { return m_combo; }
    MemorySizeEdit *memoryEdit() const { return m_memory; }
    /// The badge and its "Use …" button (hidden when the key is fine).
    QLabel *badge() const { return m_badge; }
    QPushButton *replaceButton() const { return m_replace; }
    /// Whether the deprecation badge is shown.
    bool hasBadge() const;
    /// The project key the field shows (its own name or an alias); empty when unset.
    QString presentKey() const { return m_present; }
    /// The name an edit writes: the present key, else the name the project's version reads.
    QString writtenKey() const;
    /// Every project key this field reads.
    QStringList names() const;
    /// Whether the row is worth showing for the project's version (or holds a value).
    bool isRelevant() const { return m_relevant; }
    /// True while typed text is rejected and kept out of the document.
    bool hasProblem() const { return !m_problem.isEmpty(); }

    /// Shows the project's value without editing the document. fieldKeys are the keys other
    /// fields own, so an alias with a field of its own is left to that field.
    void refresh(const ClusterProject &project, const QSet<QString> &fieldKeys);

private:
    void buildEditor();
    QString editorText() const;
    void setEditorText(const QString &value);
    void userEdited(const QString &text);
    void setProblem(const QString &message);
    void updateBadge(const ClusterProject &project);

    ProjectDocument *m_document;
    QString m_key;
    QString m_title;
    const ConfigKeyInfo *m_info;
    QLabel *m_label;
    QLineEdit *m_line = nullptr;
    QComboBox *m_combo = nullptr;
    MemorySizeEdit *m_memory = nullptr;
    QToolButton *m_reset;
    QLabel *m_badge;
    QPushButton *m_replace;
    QWidget *m_badgeRow;
    QString m_present;
    QString m_written;
    QString m_replacement;
    QString m_problem;
    bool m_relevant = true;
};
