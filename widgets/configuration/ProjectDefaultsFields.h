#pragma once

#include <QList>
#include <QObject>

#include <functional>

class ClusterProject;
class ConfigFormSection;
class ProjectDocument;
class QLineEdit;
class QSpinBox;

/// The "Hosts & SSH" page: the project's name and the install paths and SSH settings every host
/// inherits unless the host dialog overrides them.
class ProjectDefaultsFields final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectDefaultsFields)
public:
    ProjectDefaultsFields(ProjectDocument *document, ConfigFormSection *section);

    /// Shows the project's values without editing the document.
    void refresh(const ClusterProject &project);
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *flinkHomeEdit() const { return m_flinkHome; }
    QSpinBox *sshPortBox() const { return m_sshPort; }

private:
    struct Text
    {
        QLineEdit *edit;
        std::function<QString(const ClusterProject &)> get;
    };
    /// A line edit bound to one text field of the project; check returns a problem or "".
    QLineEdit *addText(ConfigFormSection *section, const QString &label, const QString &id,
                       std::function<QString(const ClusterProject &)> get,
                       std::function<void(ClusterProject &, const QString &)> set,
                       std::function<QString(const QString &)> check);

    ProjectDocument *m_document;
    QList<Text> m_texts;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_flinkHome = nullptr;
    QSpinBox *m_sshPort = nullptr;
};
