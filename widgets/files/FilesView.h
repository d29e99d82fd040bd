#pragma once

#include "ProjectRenderer.h"

#include <QWidget>

#include <optional>

class CodeEditor;
class ProjectDocument;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;
class RawConfigEditor;

/// Read-only preview of every rendered file per host, plus a raw editor for the Flink config.
class FilesView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilesView)
public:
    explicit FilesView(ProjectDocument *document, QWidget *parent = nullptr);

    /// Shows the file at path on host.
    void showFile(const QString &host, const QString &path);
    /// The host and path of the file shown, or empty strings.
    std::pair<QString, QString> currentFile() const;
    /// Switches the Flink configuration file between preview and raw editing.
    void setRawMode(bool raw);
    /// Whether the raw editor is shown.
    bool isRawMode() const;
    /// The raw Flink config editor (for tests and the lead's shortcuts).
    RawConfigEditor *rawEditor() const { return m_raw; }
    /// The read-only preview of the selected file.
    CodeEditor *preview() const { return m_preview; }

private:
    enum class Grouping
    {
        ByHost,
        ByFile
    };

    void refresh();
    void rebuildTree();
    void showCurrent();
    void copyFile();
    void saveFile();
    const RenderedFile *file(const QString &host, const QString &path) const;
    /// The first other host whose file of the same kind has the same bytes, or empty.
    QString twinOf(const RenderedFile &file) const;
    QTreeWidgetItem *addFileItem(QTreeWidgetItem *parent, const RenderedFile &file,
                                 const QString &label);

    ProjectDocument *m_document;
    QList<RenderedFile> m_files;
    QString m_host;
    QString m_path;
    std::optional<RenderedFile::Kind> m_kind;
    bool m_rebuilding = false;

    QLineEdit *m_filter;
    QComboBox *m_grouping;
    QTreeWidget *m_tree;
    QLabel *m_title;
    QLabel *m_details;
    QPushButton *m_copy;
    QPushButton *m_save;
    QPushButton *m_rawToggle;
    QStackedWidget *m_stack;
    CodeEditor *m_preview;
    RawConfigEditor *m_raw;
    QLabel *m_empty;
};
