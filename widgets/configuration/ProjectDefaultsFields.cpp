#include "ProjectDefaultsFields.h"

#include "ConfigFormSection.h"
#include "FieldLook.h"
#include "ProjectDocument.h"

#include <QDir>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSpinBox>

namespace {

QString serverPathProblem(const QString &text)
{
    return text.isEmpty() || text.startsWith(u'/')
               ? QString()
               : ProjectDefaultsFields::tr("Use an absolute path starting with /.");
}

QString localPathProblem(const QString &text)
{
    return text.isEmpty() || QDir::isAbsolutePath(text) || text.startsWith(QStringLiteral("~/"))
               ? QString()
               : ProjectDefaultsFields::tr("Use an absolute path (or one starting with ~/).");
}

} // namespace

ProjectDefaultsFields::ProjectDefaultsFields(ProjectDocument *document, ConfigFormSection *section)
    : QObject(section)
    , m_document(document)
{
    m_name = addText(
        section, tr("Project name"), QStringLiteral("name"),
        [](const ClusterProject &p) { return p.name; },
        [](ClusterProject &p, const QString &v) { p.name = v; }, {});
    section->addHeading(tr("Install paths on every host"));
    m_flinkHome = addText(
        section, tr("Flink home"), QStringLiteral("flinkHome"),
        [](const ClusterProject &p) { return p.paths.flinkHome; },
        [](ClusterProject &p, const QString &v) { p.paths.flinkHome = v; }, serverPathProblem);
    m_flinkHome->setPlaceholderText(QStringLiteral("/opt/flink"));
    addText(
        section, tr("ZooKeeper home"), QStringLiteral("zookeeperHome"),
        [](const ClusterProject &p) { return p.paths.zookeeperHome; },
        [](ClusterProject &p, const QString &v) { p.paths.zookeeperHome = v; }, serverPathProblem)
        ->setPlaceholderText(QStringLiteral("/opt/zookeeper"));
    addText(
        section, tr("ZooKeeper conf dir"), QStringLiteral("zookeeperConfDir"),
        [](const ClusterProject &p) { return p.paths.zookeeperConfDir; },
        [](ClusterProject &p, const QString &v) { p.paths.zookeeperConfDir = v; },
        serverPathProblem)
        ->setPlaceholderText(tr("<ZooKeeper home>/conf"));

    section->addHeading(tr("SSH for every host"));
    addText(
        section, tr("User"), QStringLiteral("sshUser"),
        [](const ClusterProject &p) { return p.ssh.user; },
        [](ClusterProject &p, const QString &v) { p.ssh.user = v; }, {})
        ->setPlaceholderText(tr("your login name"));
    m_sshPort = new QSpinBox(section->widget());
    m_sshPort->setRange(0, 65535);
    m_sshPort->setSpecialValueText(tr("22 (default)"));
    m_sshPort->setMaximumWidth(m_sshPort->fontMetrics().horizontalAdvance(tr("22 (default)")) + 60);
    connect(m_sshPort, &QSpinBox::valueChanged, this, [this](int port) {
        m_document->edit(
            tr("Set the SSH port"), [port](ClusterProject &p) { p.ssh.port = port; },
            QStringLiteral("defaults:sshPort"));
    });
    section->addRow(tr("Port"), m_sshPort);
    addText(
        section, tr("Identity file"), QStringLiteral("identityFile"),
        [](const ClusterProject &p) { return p.ssh.identityFile; },
        [](ClusterProject &p, const QString &v) { p.ssh.identityFile = v; }, localPathProblem)
        ->setPlaceholderText(tr("ssh-agent or ~/.ssh defaults"));
    addText(
        section, tr("known_hosts file"), QStringLiteral("knownHostsFile"),
        [](const ClusterProject &p) { return p.ssh.knownHostsFile; },
        [](ClusterProject &p, const QString &v) { p.ssh.knownHostsFile = v; }, localPathProblem)
        ->setPlaceholderText(QStringLiteral("~/.ssh/known_hosts"));
    section->addNote(tr("Passwords and passphrases are never saved: FlinkDeck asks for them when "
                        "it connects. A host's own settings (double-click its card) override "
                        "these."));
}

QLineEdit *
ProjectDefaultsFields::addText(ConfigFormSection *section, const QString &label, const QString &id,
                               std::function<QString(const ClusterProject &)> get,
                               std::function<void(ClusterProject &, const QString &)> set,
                               std::function<QString(const QString &)> check)
{
    auto *edit = new QLineEdit(section->widget());
    edit->setObjectName(id);
    connect(edit, &QLineEdit::textEdited, this,
            [this, edit, label, id, set, check](const QString &text) {
                const QString value = text.trimmed();
                const QString problem = check ? check(value) : QString();
                FieldLook::setProblem(edit, problem);
                if (!problem.isEmpty()) {
                    return; // the project keeps its last good value until the text is fixed
                }
                m_document->edit(
                    tr("Set %1").arg(label), [&set, &value](ClusterProject &p) { set(p, value); },
                    QStringLiteral("defaults:") + id);
            });
    section->addRow(label, edit);
    m_texts.append({edit, std::move(get)});
    return edit;
}

void ProjectDefaultsFields::refresh(const ClusterProject &project)
{
    for (const Text &t : std::as_const(m_texts)) {
        const QString value = t.get(project);
        // The field being typed in keeps its text (and cursor) unless the project disagrees.
        if (t.edit->text().trimmed() != value) {
            const QSignalBlocker block(t.edit);
            t.edit->setText(value);
            FieldLook::setProblem(t.edit, {});
        }
    }
    const QSignalBlocker block(m_sshPort);
    m_sshPort->setValue(project.ssh.port);
}
