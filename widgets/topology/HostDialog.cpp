#include "HostDialog.h"

#include "ProjectDocument.h"
#include "RoleStyle.h"
#include "StatusIcons.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace {
bool isRemoteAbsolute(const QString &path)
{
    return path.isEmpty() || path.startsWith(u'/');
}

bool isLocalAbsolute(const QString &path)
{
    return path.isEmpty() || path.startsWith(QStringLiteral("~/")) || QDir::isAbsolutePath(path);
}

QSpinBox *portBox(const QString &name, int value)
{
    auto *box = new QSpinBox;
    box->setObjectName(name);
    box->setRange(1, 65535);
    box->setValue(value);
    return box;
}

bool hasSpace(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSpace(); });
}
} // namespace

HostDialog::HostDialog(const ClusterProject &project, const QString &hostName, QWidget *parent)
    : QDialog(parent)
    , m_project(project)
    , m_original(hostName)
{
    if (const Host *h = project.host(hostName)) {
        m_host = *h;
    } else {
        m_host.name = hostName;
    }
    // A server added here joins the ensemble like one dropped from the palette would.
    int nextId = 1;
    for (const Host *server : project.zooKeepers()) {
        nextId = std::max(nextId, server->zooKeeper->id + 1);
    }
    m_newZooKeeper.id = nextId;
    m_newZooKeeper.dataDir = QStringLiteral("/var/lib/zookeeper");
    if (const QList<const Host *> servers = project.zooKeepers(); !servers.isEmpty()) {
        const ZooKeeperRole &first = *servers.first()->zooKeeper;
        m_newZooKeeper.clientPort = first.clientPort;
        m_newZooKeeper.peerPort = first.peerPort;
        m_newZooKeeper.electionPort = first.electionPort;
        m_newZooKeeper.dataDir = first.dataDir;
    }

    setWindowTitle(tr("Edit host %1").arg(hostName));
    auto *columns = new QHBoxLayout;
    columns->setSpacing(18);
    columns->addWidget(buildHostSection(), 3);
    columns->addWidget(buildRoleSection(), 2);

    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    QPalette warn = m_problems->palette();
    warn.setColor(QPalette::WindowText, StatusIcons::colorFor(Diagnostic::Severity::Error));
    m_problems->setPalette(warn);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);

    const auto lineEdits = findChildren<QLineEdit *>();
    for (QLineEdit *edit : lineEdits) {
        connect(edit, &QLineEdit::textChanged, this, &HostDialog::validate);
    }
    const auto spinBoxes = findChildren<QSpinBox *>();
    for (QSpinBox *box : spinBoxes) {
        connect(box, &QSpinBox::valueChanged, this, &HostDialog::validate);
    }
    for (QGroupBox *box : {m_jobManager, m_taskManager, m_zooKeeper}) {
        connect(box, &QGroupBox::toggled, this, &HostDialog::validate);
    }
    validate();
    // Wide enough that paths and placeholders show whole.
    setMinimumWidth(780);
    m_name->setFocus();
    m_name->selectAll();
}

QWidget *HostDialog::buildHostSection()
{
    auto *section = new QWidget(this);
    auto *layout = new QVBoxLayout(section);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *hostBox = new QGroupBox(tr("Host"), section);
    auto *hostForm = new QFormLayout(hostBox);
    m_name = new QLineEdit(m_host.name, hostBox);
    m_name->setObjectName(QStringLiteral("name"));
    m_address = new QLineEdit(m_host.address, hostBox);
    m_address->setObjectName(QStringLiteral("address"));
    m_address->setToolTip(tr("The host name or IP address the other hosts use to reach it."));
    hostForm->addRow(tr("&Name:"), m_name);
    hostForm->addRow(tr("&Address:"), m_address);
    layout->addWidget(hostBox);

    const SshSettings &defaults = m_project.ssh;
    auto *sshBox = new QGroupBox(tr("SSH"), section);
    auto *sshForm = new QFormLayout(sshBox);
    m_sshUser = new QLineEdit(m_host.ssh.user, sshBox);
    m_sshUser->setObjectName(QStringLiteral("sshUser"));
    m_sshUser->setPlaceholderText(defaults.user.isEmpty()
                                      ? tr("Your login name")
                                      : tr("Project default: %1").arg(defaults.user));
    m_sshPort = new QSpinBox(sshBox);
    m_sshPort->setObjectName(QStringLiteral("sshPort"));
    m_sshPort->setRange(0, 65535);
    m_sshPort->setSpecialValueText(
        tr("Project default (%1)").arg(defaults.port == 0 ? 22 : defaults.port));
    m_sshPort->setValue(m_host.ssh.port);
    sshForm->addRow(tr("&User:"), m_sshUser);
    sshForm->addRow(tr("&Port:"), m_sshPort);
    m_identityFile = addFileField(sshForm, tr("&Identity file:"), QStringLiteral("identityFile"),
                                  tr("Choose an SSH private key"));
    m_identityFile->setText(m_host.ssh.identityFile);
    m_identityFile->setPlaceholderText(defaults.identityFile.isEmpty()
                                           ? tr("SSH agent or ~/.ssh defaults")
                                           : tr("Project default: %1").arg(defaults.identityFile));
    m_knownHosts = addFileField(sshForm, tr("&Known hosts:"), QStringLiteral("knownHostsFile"),
                                tr("Choose a known_hosts file"));
    m_knownHosts->setText(m_host.ssh.knownHostsFile);
    m_knownHosts->setPlaceholderText(defaults.knownHostsFile.isEmpty()
                                         ? QStringLiteral("~/.ssh/known_hosts")
                                         : tr("Project default: %1").arg(defaults.knownHostsFile));
    auto *noSecrets = new QLabel(
        tr("FlinkDeck stores no passwords: it uses your SSH agent or key files."), sshBox);
    noSecrets->setWordWrap(true);
    noSecrets->setForegroundRole(QPalette::PlaceholderText);
    sshForm->addRow(noSecrets);
    layout->addWidget(sshBox);

    auto *pathBox = new QGroupBox(tr("Install paths on this host"), section);
    auto *pathForm = new QFormLayout(pathBox);
    m_flinkHome = new QLineEdit(m_host.paths.flinkHome, pathBox);
    m_flinkHome->setObjectName(QStringLiteral("flinkHome"));
    m_zookeeperHome = new QLineEdit(m_host.paths.zookeeperHome, pathBox);
    m_zookeeperHome->setObjectName(QStringLiteral("zookeeperHome"));
    m_zookeeperConfDir = new QLineEdit(m_host.paths.zookeeperConfDir, pathBox);
    m_zookeeperConfDir->setObjectName(QStringLiteral("zookeeperConfDir"));
    pathForm->addRow(tr("&Flink home:"), m_flinkHome);
    pathForm->addRow(tr("&ZooKeeper home:"), m_zookeeperHome);
    pathForm->addRow(tr("ZooKeeper &conf dir:"), m_zookeeperConfDir);
    layout->addWidget(pathBox);
    layout->addStretch();
    return section;
}

QLineEdit *HostDialog::addFileField(QFormLayout *form, const QString &label, const QString &name,
                                    const QString &caption)
{
    auto *row = new QWidget;
    auto *rowLayout = new QHBoxLayout(row);
    rowLayout->setContentsMargins(0, 0, 0, 0);
    auto *edit = new QLineEdit(row);
    edit->setObjectName(name);
    auto *browse = new QPushButton(tr("Browse…"), row);
    browse->setObjectName(name + QStringLiteral("Browse"));
    browse->setAutoDefault(false);
    rowLayout->addWidget(edit, 1);
    rowLayout->addWidget(browse);
    connect(browse, &QPushButton::clicked, this, [this, edit, caption] {
        const QString start =
            edit->text().isEmpty() ? QDir::homePath() + QStringLiteral("/.ssh") : edit->text();
        const QString file = QFileDialog::getOpenFileName(this, caption, start);
        if (!file.isEmpty()) {
            edit->setText(file);
        }
    });
    form->addRow(label, row);
    return edit;
}

QWidget *HostDialog::buildRoleSection()
{
    auto *section = new QWidget(this);
    auto *layout = new QVBoxLayout(section);
    layout->setContentsMargins(0, 0, 0, 0);
    auto roleBox = [section](HostRole role, const QString &name, bool checked) {
        auto *box = new QGroupBox(HostRoles::displayName(role), section);
        box->setObjectName(name);
        box->setCheckable(true);
        box->setChecked(checked);
        box->setToolTip(RoleStyle::description(role));
        return box;
    };

    m_jobManager =
        roleBox(HostRole::JobManager, QStringLiteral("jobManager"), m_host.jobManager.has_value());
    auto *jmForm = new QFormLayout(m_jobManager);
    m_webUiPort = portBox(QStringLiteral("webUiPort"),
                          m_host.jobManager ? m_host.jobManager->webUiPort : 8081);
    jmForm->addRow(tr("&Web UI port:"), m_webUiPort);
    layout->addWidget(m_jobManager);

    m_taskManager = roleBox(HostRole::TaskManager, QStringLiteral("taskManager"),
                            m_host.taskManager.has_value());
    auto *tmForm = new QFormLayout(m_taskManager);
    m_taskSlots = new QSpinBox(m_taskManager);
    m_taskSlots->setObjectName(QStringLiteral("taskSlots"));
    m_taskSlots->setRange(1, 1024);
    m_taskSlots->setValue(m_host.taskManager ? m_host.taskManager->taskSlots : 1);
    tmForm->addRow(tr("Task &slots:"), m_taskSlots);
    layout->addWidget(m_taskManager);

    const ZooKeeperRole zk = m_host.zooKeeper.value_or(m_newZooKeeper);
    m_zooKeeper =
        roleBox(HostRole::ZooKeeper, QStringLiteral("zooKeeper"), m_host.zooKeeper.has_value());
    auto *zkForm = new QFormLayout(m_zooKeeper);
    m_zkId = new QSpinBox(m_zooKeeper);
    m_zkId->setObjectName(QStringLiteral("zkId"));
    m_zkId->setRange(1, 255);
    m_zkId->setValue(std::clamp(zk.id, 1, 255));
    m_zkClientPort = portBox(QStringLiteral("zkClientPort"), zk.clientPort);
    m_zkPeerPort = portBox(QStringLiteral("zkPeerPort"), zk.peerPort);
    m_zkElectionPort = portBox(QStringLiteral("zkElectionPort"), zk.electionPort);
    m_zkDataDir = new QLineEdit(zk.dataDir, m_zooKeeper);
    m_zkDataDir->setObjectName(QStringLiteral("zkDataDir"));
    zkForm->addRow(tr("Server &id:"), m_zkId);
    zkForm->addRow(tr("C&lient port:"), m_zkClientPort);
    zkForm->addRow(tr("P&eer port:"), m_zkPeerPort);
    zkForm->addRow(tr("Ele&ction port:"), m_zkElectionPort);
    zkForm->addRow(tr("&Data dir:"), m_zkDataDir);
    layout->addWidget(m_zooKeeper);
    layout->addStretch();
    return section;
}

Host HostDialog::host() const
{
    Host h = m_host;
    h.name = m_name->text().trimmed();
    h.address = m_address->text().trimmed();
    h.ssh.user = m_sshUser->text().trimmed();
    h.ssh.port = m_sshPort->value();
    h.ssh.identityFile = m_identityFile->text().trimmed();
    h.ssh.knownHostsFile = m_knownHosts->text().trimmed();
    h.paths.flinkHome = m_flinkHome->text().trimmed();
    h.paths.zookeeperHome = m_zookeeperHome->text().trimmed();
    h.paths.zookeeperConfDir = m_zookeeperConfDir->text().trimmed();
    if (m_jobManager->isChecked()) {
        JobManagerRole jm = m_host.jobManager.value_or(JobManagerRole{});
        jm.webUiPort = m_webUiPort->value();
        h.jobManager = jm;
    } else {
        h.jobManager.reset();
    }
    if (m_taskManager->isChecked()) {
        TaskManagerRole tm = m_host.taskManager.value_or(TaskManagerRole{});
        tm.taskSlots = m_taskSlots->value();
        h.taskManager = tm;
    } else {
        h.taskManager.reset();
    }
    if (m_zooKeeper->isChecked()) {
        ZooKeeperRole zk = m_host.zooKeeper.value_or(m_newZooKeeper);
        zk.id = m_zkId->value();
        zk.clientPort = m_zkClientPort->value();
        zk.peerPort = m_zkPeerPort->value();
        zk.electionPort = m_zkElectionPort->value();
        zk.dataDir = m_zkDataDir->text().trimmed();
        h.zooKeeper = zk;
    } else {
        h.zooKeeper.reset();
    }
    return h;
}

QStringList HostDialog::problemsFor(const ClusterProject &project, const QString &original,
                                    const Host &edited)
{
    QStringList out;
    if (const QString problem = ProjectDocument::hostNameProblem(edited.name); !problem.isEmpty()) {
        out.append(problem);
    } else if (edited.name != original && project.host(edited.name)) {
        out.append(tr("Another host is already called “%1”.").arg(edited.name));
    }
    if (hasSpace(edited.address)) {
        out.append(tr("The address cannot contain spaces."));
    }
    auto checkPort = [&out](int port, const QString &what) {
        if (port < 1 || port > 65535) {
            out.append(tr("%1: %2 is not a port number (1–65535).").arg(what).arg(port));
        }
    };
    if (edited.ssh.port < 0 || edited.ssh.port > 65535) {
        out.append(tr("SSH port %1 is outside 1–65535.").arg(edited.ssh.port));
    }
    for (const auto &[path, label] :
         {std::pair{edited.ssh.identityFile, tr("Identity file")},
          std::pair{edited.ssh.knownHostsFile, tr("known_hosts file")}}) {
        if (!isLocalAbsolute(path)) {
            out.append(tr("%1: use an absolute path (or one starting with ~/).").arg(label));
        }
    }
    for (const auto &[path, label] :
         {std::pair{edited.paths.flinkHome, tr("Flink home")},
          std::pair{edited.paths.zookeeperHome, tr("ZooKeeper home")},
          std::pair{edited.paths.zookeeperConfDir, tr("ZooKeeper conf dir")}}) {
        if (!isRemoteAbsolute(path)) {
            out.append(tr("%1: use an absolute path starting with /.").arg(label));
        }
    }
    if (edited.jobManager) {
        checkPort(edited.jobManager->webUiPort, tr("Web UI port"));
    }
    if (edited.taskManager && edited.taskManager->taskSlots < 1) {
        out.append(tr("A TaskManager needs at least one slot."));
    }
    if (const std::optional<ZooKeeperRole> &zk = edited.zooKeeper) {
        checkPort(zk->clientPort, tr("Client port"));
        checkPort(zk->peerPort, tr("Peer port"));
        checkPort(zk->electionPort, tr("Election port"));
        if (zk->id < 1 || zk->id > 255) {
            out.append(tr("ZooKeeper server id %1 is outside 1–255.").arg(zk->id));
        }
        for (const Host *other : project.zooKeepers()) {
            if (other->name != original && other->zooKeeper->id == zk->id) {
                out.append(tr("ZooKeeper server id %1 is already used by %2.")
                               .arg(zk->id)
                               .arg(other->name));
            }
        }
        if (zk->clientPort == zk->peerPort || zk->clientPort == zk->electionPort ||
            zk->peerPort == zk->electionPort) {
            out.append(tr("The ZooKeeper client, peer and election ports must all differ."));
        }
        if (edited.jobManager && (edited.jobManager->webUiPort == zk->clientPort ||
                                  edited.jobManager->webUiPort == zk->peerPort ||
                                  edited.jobManager->webUiPort == zk->electionPort)) {
            out.append(tr("Web UI port %1 is also a ZooKeeper port on this host.")
                           .arg(edited.jobManager->webUiPort));
        }
        if (zk->dataDir.isEmpty()) {
            out.append(tr("The ZooKeeper server needs a data dir."));
        } else if (!isRemoteAbsolute(zk->dataDir)) {
            out.append(tr("The ZooKeeper data dir must be an absolute path starting with /."));
        }
    }
    return out;
}

QStringList HostDialog::problems() const
{
    return problemsFor(m_project, m_original, host());
}

void HostDialog::updatePlaceholders()
{
    Host probe;
    probe.paths.zookeeperHome = m_zookeeperHome->text().trimmed();
    const InstallPaths defaults = m_project.pathsFor(probe);
    m_flinkHome->setPlaceholderText(tr("Project default: %1").arg(defaults.flinkHome));
    m_zookeeperHome->setPlaceholderText(tr("Project default: %1").arg(defaults.zookeeperHome));
    m_zookeeperConfDir->setPlaceholderText(tr("Default: %1").arg(defaults.zookeeperConfDir));
    m_address->setPlaceholderText(m_name->text().trimmed().isEmpty()
                                      ? tr("Same as the name")
                                      : tr("Same as the name (%1)").arg(m_name->text().trimmed()));
}

void HostDialog::validate()
{
    updatePlaceholders();
    const QStringList list = problems();
    QStringList lines;
    for (const QString &problem : list) {
        lines.append(tr("• %1").arg(problem));
    }
    m_problems->setText(lines.join(u'\n'));
    m_problems->setVisible(!list.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(list.isEmpty());
}

bool HostDialog::applyTo(ProjectDocument *document) const
{
    return isValid() && document->updateHost(m_original, host());
}
