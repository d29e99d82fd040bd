#pragma once

#include <QWidget>

class AllKeysModel;
class ProjectDocument;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

/// The "All keys" page: a searchable table of every key with inline value editing, plus adding
/// custom keys and removing set ones.
class AllKeysPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AllKeysPage)
public:
    explicit AllKeysPage(ProjectDocument *document, QWidget *parent = nullptr);

    AllKeysModel *model() const { return m_model; }
    /// The model as the table shows it (filtered and sorted).
    QSortFilterProxyModel *proxy() const { return m_search; }
    QTableView *table() const { return m_table; }
    QLineEdit *searchEdit() const { return m_searchEdit; }
    QCheckBox *setOnlyBox() const { return m_setOnly; }
    QPushButton *removeButton() const { return m_remove; }
    /// The note saying why the last inline edit was refused (hidden when none was).
    QLabel *rejectedNote() const { return m_rejected; }
    /// Selects and shows the row of key (clearing filters that hide it); false if not listed.
    bool selectKey(const QString &key);
    /// The key of the current row, or empty.
    QString currentKey() const;
    /// Re-reads the project, keeping the selection.
    void refresh();

private:
    void addKey();
    void updateButtons();

    ProjectDocument *m_document;
    AllKeysModel *m_model;
    QSortFilterProxyModel *m_setFilter;
    QSortFilterProxyModel *m_search;
    QTableView *m_table;
    QLineEdit *m_searchEdit;
    QCheckBox *m_setOnly;
    QPushButton *m_remove;
    QLabel *m_rejected = nullptr; ///< why the last inline edit was refused
};
