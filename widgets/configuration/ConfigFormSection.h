#pragma once

#include <QList>
#include <QScrollArea>
#include <QSet>

class ClusterProject;
class ConfigKeyField;
class ProjectDocument;
class QFormLayout;
class QLabel;

/// One page of the configuration form: a title, a short explanation and aligned rows, in a
/// scroll area. Rows are key fields or any widget the page's owner adds.
class ConfigFormSection final : public QScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfigFormSection)
public:
    ConfigFormSection(const QString &title, const QString &intro, QWidget *parent = nullptr);

    QString title() const { return m_title; }
    QFormLayout *form() const { return m_form; }
    /// Adds a row editing key, labelled title.
    ConfigKeyField *addKey(ProjectDocument *document, const QString &key, const QString &title);
    /// Adds a row with a plain label and returns the label.
    QLabel *addRow(const QString &label, QWidget *field);
    /// Adds a bold heading spanning the form, for a group of rows.
    void addHeading(const QString &text);
    /// Adds a dim explanatory line spanning the form.
    QLabel *addNote(const QString &text);
    const QList<ConfigKeyField *> &fields() const { return m_fields; }
    /// The field for key (its own name or one it reads), or nullptr.
    ConfigKeyField *fieldFor(const QString &key) const;
    /// Refreshes every field and hides the rows that do not apply to the project's version.
    void refresh(const ClusterProject &project, const QSet<QString> &fieldKeys);
    /// Scrolls to widget and focuses it.
    void reveal(QWidget *widget);

private:
    QString m_title;
    QFormLayout *m_form;
    QList<ConfigKeyField *> m_fields;
};
