#pragma once

#include <QWidget>

class ProjectDocument;

/// The Flink configuration as a grouped form plus an "All keys" table.
class ConfigurationView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfigurationView)
public:
    explicit ConfigurationView(ProjectDocument *document, QWidget *parent = nullptr);

    /// Shows and focuses the field or table row for key; false when the key is not shown.
    bool focusKey(const QString &key);

private:
    ProjectDocument *m_document;
};
