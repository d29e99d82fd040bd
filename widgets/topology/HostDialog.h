#pragma once

#include "ClusterProject.h"

#include <QDialog>
#include <QString>
#include <QStringList>

class ProjectDocument;
class QDialogButtonBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QSpinBox;

/// Edits one host: name, address, SSH settings, install paths and roles with their settings.
/// Problems show inline and keep OK disabled; the result is applied as one undoable step.
/// FlinkDeck never stores secrets, so there is no password field: SSH uses keys or the agent.
class HostDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HostDialog)
public:
    HostDialog(const ClusterProject &project, const QString &hostName, QWidget *parent = nullptr);

    /// The host as the fields describe it (keys and fields the dialog does not show are kept).
    Host host() const;
    /// What stops the edit from being applied, one sentence each; empty when it is valid.
    QStringList problems() const;
    bool isValid() const { return problems().isEmpty(); }
    /// Replaces the host in document with host(); false when invalid or nothing changed.
    bool applyTo(ProjectDocument *document) const;

    /// The problems of edited as a replacement for the host called original in project.
    static QStringList problemsFor(const ClusterProject &project, const QString &original,
                                   const Host &edited);

private:
    QWidget *buildHostSection();
    QWidget *buildRoleSection();
    QLineEdit *addFileField(QFormLayout *form, const QString &label, const QString &name,
                            const QString &caption);
    void validate();
    void updatePlaceholders();

    ClusterProject m_project;
    QString m_original;
    Host m_host;
    ZooKeeperRole m_newZooKeeper; ///< what a host gets when the ZooKeeper box is ticked
    QLineEdit *m_name = nullptr;
    QLineEdit *m_address = nullptr;
    QLineEdit *m_sshUser = nullptr;
    QSpinBox *m_sshPort = nullptr;
    QLineEdit *m_identityFile = nullptr;
    QLineEdit *m_knownHosts = nullptr;
    QLineEdit *m_flinkHome = nullptr;
    QLineEdit *m_zookeeperHome = nullptr;
    QLineEdit *m_zookeeperConfDir = nullptr;
    QGroupBox *m_jobManager = nullptr;
    QSpinBox *m_webUiPort = nullptr;
    QGroupBox *m_taskManager = nullptr;
    QSpinBox *m_taskSlots = nullptr;
    QGroupBox *m_zooKeeper = nullptr;
    QSpinBox *m_zkId = nullptr;
    QSpinBox *m_zkClientPort = nullptr;
    QSpinBox *m_zkPeerPort = nullptr;
    QSpinBox *m_zkElectionPort = nullptr;
    QLineEdit *m_zkDataDir = nullptr;
    QLabel *m_problems = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
