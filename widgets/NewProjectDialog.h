#pragma once

#include <QDialog>

class QListWidget;

/// File > New: pick a template (empty, single JobManager, standalone HA, the seed examples).
class NewProjectDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewProjectDialog)
public:
    explicit NewProjectDialog(QWidget *parent = nullptr);

    /// The chosen template's id (see ProjectTemplates).
    QString templateId() const;
    void setTemplateId(const QString &id);

private:
    QListWidget *m_list = nullptr;
};
