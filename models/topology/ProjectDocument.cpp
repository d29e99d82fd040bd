#include "ProjectDocument.h"

#include "ConfigSchema.h"
#include "ProjectFile.h"
#include "ProjectValidator.h"

#include <QFileInfo>
#include <QUndoCommand>

#include <algorithm>

/// One edit as the project before and after: simple, and exact for every kind of change.
/// Projects share their lists implicitly, so a snapshot costs little until it differs.
class ProjectDocument::EditCommand final : public QUndoCommand
{
public:
    EditCommand(ProjectDocument *document, const QString &text, ClusterProject before,
                ClusterProject after, QString mergeKey)
        : QUndoCommand(text)
        , m_document(document)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_mergeKey(std::move(mergeKey))
    {}

    void undo() override { m_document->setProject(m_before); }
    void redo() override { m_document->setProject(m_after); }
    int id() const override { return m_mergeKey.isEmpty() ? -1 : 1; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const EditCommand *>(other);
        if (next->m_mergeKey != m_mergeKey) {
            return false;
        }
        m_after = next->m_after;
        if (m_after == m_before) {
            setObsolete(true);
        }
        return true;
    }

private:
    ProjectDocument *m_document;
    ClusterProject m_before;
    ClusterProject m_after;
    QString m_mergeKey;
};

ProjectDocument::ProjectDocument(ClusterProject project, QString path, QObject *parent)
    : QObject(parent)
    , m_project(std::move(project))
    , m_path(std::move(path))
{
    // Validation of a large project takes a moment; coalesce a burst of edits into one run.
    m_validateTimer.setSingleShot(true);
    m_validateTimer.setInterval(120);
    connect(&m_validateTimer, &QTimer::timeout, this, [this] {
        diagnostics();
        Q_EMIT diagnosticsChanged();
    });
    connect(&m_undo, &QUndoStack::cleanChanged, this,
            [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
}

ProjectDocument::~ProjectDocument()
{
    m_undo.disconnect(this);
}

QString ProjectDocument::displayName() const
{
    if (!m_project.name.isEmpty()) {
        return m_project.name;
    }
    if (!m_path.isEmpty()) {
        return QFileInfo(m_path).fileName();
    }
    return tr("Untitled");
}

QString ProjectDocument::diagnosticsFileName() const
{
    return m_path.isEmpty() ? displayName() : m_path;
}

const DiagnosticList &ProjectDocument::diagnostics() const
{
    if (m_diagnosticsStale) {
        m_diagnostics = ProjectValidator().validate(m_project, diagnosticsFileName());
        Diagnostics::sort(m_diagnostics);
        m_diagnosticsStale = false;
    }
    return m_diagnostics;
}

std::optional<Diagnostic::Severity> ProjectDocument::worstSeverity() const
{
    std::optional<Diagnostic::Severity> worst;
    for (const Diagnostic &d : diagnostics()) {
        if (!worst || d.severity > *worst) {
            worst = d.severity;
        }
    }
    return worst;
}

const QList<RenderedFile> &ProjectDocument::renderedFiles() const
{
    if (m_renderedStale) {
        m_rendered = ProjectRenderer().render(m_project);
        m_renderedStale = false;
    }
    return m_rendered;
}

void ProjectDocument::setProject(const ClusterProject &project)
{
    m_project = project;
    m_diagnosticsStale = true;
    m_renderedStale = true;
    m_validateTimer.start();
    Q_EMIT changed();
}

bool ProjectDocument::edit(const QString &text, const std::function<void(ClusterProject &)> &change,
                           const QString &mergeKey)
{
    ClusterProject after = m_project;
    change(after);
    if (after == m_project || holdsSecret(after)) {
        // A secret would reach the project file and its recovery copies: no path may add one.
        return false;
    }
    m_undo.push(new EditCommand(this, text, m_project, std::move(after), mergeKey));
    return true;
}

bool ProjectDocument::replaceProject(const QString &text, const ClusterProject &project)
{
    return edit(text, [&project](ClusterProject &p) { p = project; });
}

bool ProjectDocument::holdsSecret(const ClusterProject &project)
{
    const ConfigSchema &schema = ConfigSchema::builtin();
    const auto inConfig = [&schema](const FlinkConfig &config) {
        return std::any_of(config.entries().cbegin(), config.entries().cend(),
                           [&schema](const ConfigEntry &e) {
                               return !e.value.isEmpty() && schema.isSecret(e.key);
                           });
    };
    return inConfig(project.flinkConfig) ||
           std::any_of(project.hosts.cbegin(), project.hosts.cend(),
                       [&inConfig](const Host &h) { return inConfig(h.flinkConfig); }) ||
           std::any_of(project.zooKeeper.extra.cbegin(), project.zooKeeper.extra.cend(),
                       [&schema](const auto &kv) { return schema.isSecret(kv.first); });
}

QString ProjectDocument::freeHostName(const QString &base) const
{
    const QString stem = base.isEmpty() ? QStringLiteral("host") : base;
    if (!m_project.host(stem)) {
        return stem;
    }
    for (int i = 2;; ++i) {
        const QString name = stem + QLatin1Char('-') + QString::number(i);
        if (!m_project.host(name)) {
            return name;
        }
    }
}

QString ProjectDocument::addHost(const QString &base)
{
    const QString name = freeHostName(base);
    edit(tr("Add host %1").arg(name), [&name](ClusterProject &p) {
        Host h;
        h.name = name;
        p.hosts.append(h);
    });
    return name;
}

bool ProjectDocument::removeHost(const QString &name)
{
    return edit(tr("Remove host %1").arg(name), [&name](ClusterProject &p) {
        p.hosts.removeIf([&name](const Host &h) { return h.name == name; });
        p.extraYaml = ProjectFile::moveHostExtra(p.extraYaml, name, QString());
    });
}

QString ProjectDocument::hostNameProblem(const QString &name)
{
    if (name.trimmed().isEmpty()) {
        return tr("Enter a name for the host.");
    }
    // Host names become folder names in exports: letters, digits, '.', '_' and '-' only.
    if (name == u"." || name == u".." || !std::all_of(name.cbegin(), name.cend(), [](QChar c) {
            return c.isLetterOrNumber() || c == u'.' || c == u'_' || c == u'-';
        })) {
        return tr("A host name may use letters, digits, '.', '_' and '-' only, and cannot be "
                  "\".\" or \"..\".");
    }
    return {};
}

bool ProjectDocument::renameHost(const QString &from, const QString &to)
{
    const QString target = to.trimmed();
    if (!hostNameProblem(target).isEmpty() || (target != from && m_project.host(target)) ||
        !m_project.host(from)) {
        return false;
    }
    return edit(tr("Rename host %1 to %2").arg(from, target), [&](ClusterProject &p) {
        p.host(from)->name = target;
        // Fields FlinkDeck does not know follow the host to its new name.
        p.extraYaml = ProjectFile::moveHostExtra(p.extraYaml, from, target);
    });
}

bool ProjectDocument::updateHost(const QString &name, const Host &host)
{
    // A name that came from a file is checked only when it changes, so such a host stays editable.
    if (!m_project.host(name) || (host.name != name && (!hostNameProblem(host.name).isEmpty() ||
                                                        m_project.host(host.name)))) {
        return false;
    }
    return edit(tr("Edit host %1").arg(host.name), [&](ClusterProject &p) {
        Host *h = p.host(name);
        const SourceLine line = h->line;
        *h = host;
        h->line = line;
        p.extraYaml = ProjectFile::moveHostExtra(p.extraYaml, name, host.name);
    });
}

bool ProjectDocument::assignRole(const QString &hostName, HostRole role)
{
    const Host *existing = m_project.host(hostName);
    if (!existing) {
        return false;
    }
    return edit(
        tr("Add %1 to %2").arg(HostRoles::displayName(role), hostName), [&](ClusterProject &p) {
            Host *h = p.host(hostName);
            switch (role) {
            case HostRole::JobManager:
                if (!h->jobManager) {
                    JobManagerRole jm;
                    bool ok = false;
                    const int port = p.flinkConfig.value(QStringLiteral("rest.port")).toInt(&ok);
                    if (ok && port > 0) {
                        jm.webUiPort = port;
                    }
                    h->jobManager = jm;
                }
                break;
            case HostRole::TaskManager:
                if (!h->taskManager) {
                    TaskManagerRole tm;
                    bool ok = false;
                    const int slots =
                        p.flinkConfig.value(QStringLiteral("taskmanager.numberOfTaskSlots"))
                            .toInt(&ok);
                    if (ok && slots > 0) {
                        tm.taskSlots = slots;
                    }
                    h->taskManager = tm;
                }
                break;
            case HostRole::ZooKeeper:
                if (!h->zooKeeper) {
                    ZooKeeperRole zk;
                    int id = 1;
                    for (const Host *server : p.zooKeepers()) {
                        id = std::max(id, server->zooKeeper->id + 1);
                    }
                    zk.id = id;
                    // Copy the ensemble's ports and data folder so a new server fits in.
                    if (const QList<const Host *> servers = p.zooKeepers(); !servers.isEmpty()) {
                        const ZooKeeperRole &first = *servers.first()->zooKeeper;
                        zk.clientPort = first.clientPort;
                        zk.peerPort = first.peerPort;
                        zk.electionPort = first.electionPort;
                        zk.dataDir = first.dataDir;
                    } else {
                        zk.dataDir = QStringLiteral("/var/lib/zookeeper");
                    }
                    h->zooKeeper = zk;
                }
                break;
            }
        });
}

bool ProjectDocument::removeRole(const QString &hostName, HostRole role)
{
    return edit(tr("Remove %1 from %2").arg(HostRoles::displayName(role), hostName),
                [&](ClusterProject &p) {
                    Host *h = p.host(hostName);
                    if (!h) {
                        return;
                    }
                    switch (role) {
                    case HostRole::JobManager:
                        h->jobManager.reset();
                        break;
                    case HostRole::TaskManager:
                        h->taskManager.reset();
                        break;
                    case HostRole::ZooKeeper:
                        h->zooKeeper.reset();
                        break;
                    }
                });
}

bool ProjectDocument::setConfigValue(const QString &key, const QString &value, Merge merge)
{
    if (!value.isEmpty() && ConfigSchema::builtin().isSecret(key)) {
        return false; // credentials never enter a project; deploy asks for them
    }
    const QString mergeKey = merge == Merge::Typing ? QStringLiteral("config:") + key : QString();
    if (value.isEmpty()) {
        // Clearing a field while typing belongs to the same step as the typing around it.
        return edit(
            tr("Remove %1").arg(key), [&](ClusterProject &p) { p.flinkConfig.remove(key); },
            mergeKey);
    }
    return edit(
        tr("Set %1").arg(key), [&](ClusterProject &p) { p.flinkConfig.set(key, value); }, mergeKey);
}

bool ProjectDocument::removeConfigKey(const QString &key)
{
    return edit(tr("Remove %1").arg(key), [&](ClusterProject &p) { p.flinkConfig.remove(key); });
}

bool ProjectDocument::renameConfigKey(const QString &from, const QString &to)
{
    const ConfigEntry *entry = m_project.flinkConfig.entry(from);
    if (!entry || to.isEmpty() || from == to) {
        return false;
    }
    return edit(tr("Rename %1 to %2").arg(from, to), [&](ClusterProject &p) {
        const QList<ConfigEntry> &entries = p.flinkConfig.entries();
        const auto it = std::find_if(entries.cbegin(), entries.cend(),
                                     [&from](const ConfigEntry &e) { return e.key == from; });
        const qsizetype index = it - entries.cbegin();
        const QString value = it->value;
        p.flinkConfig.remove(from);
        p.flinkConfig.remove(to);
        p.flinkConfig.insert(std::min(index, p.flinkConfig.size()), to, value);
    });
}

bool ProjectDocument::setFlinkVersion(const FlinkVersion &version)
{
    return edit(tr("Set Flink version %1").arg(version.toString()),
                [&](ClusterProject &p) { p.flinkVersion = version; });
}

bool ProjectDocument::setHa(const HaSettings &ha)
{
    // Typing in one HA field merges into one step; a change to another field starts a new one.
    const HaSettings &old = m_project.ha;
    QString field = QStringLiteral("several");
    if (old.mode != ha.mode) {
        field = QStringLiteral("mode");
    } else if (old.quorum != ha.quorum) {
        field = QStringLiteral("quorum");
    } else if (old.pathRoot != ha.pathRoot) {
        field = QStringLiteral("pathRoot");
    } else if (old.clusterId != ha.clusterId) {
        field = QStringLiteral("clusterId");
    } else if (old.storageDir != ha.storageDir) {
        field = QStringLiteral("storageDir");
    }
    const int differences = int(old.mode != ha.mode) + int(old.quorum != ha.quorum) +
                            int(old.pathRoot != ha.pathRoot) + int(old.clusterId != ha.clusterId) +
                            int(old.storageDir != ha.storageDir);
    const QString mergeKey =
        differences == 1 && field != u"mode" ? QStringLiteral("ha:") + field : QString();
    return edit(
        tr("Edit high availability"), [&](ClusterProject &p) { p.ha = ha; }, mergeKey);
}

bool ProjectDocument::save(QString *error)
{
    if (m_path.isEmpty()) {
        if (error) {
            *error = tr("The project has no file yet; use Save As.");
        }
        return false;
    }
    if (!ProjectFile::save(m_project, m_path, error)) {
        return false;
    }
    m_undo.setClean();
    return true;
}

bool ProjectDocument::saveAs(const QString &path, QString *error)
{
    if (!ProjectFile::save(m_project, path, error)) {
        return false;
    }
    const bool changedPath = path != m_path;
    m_path = path;
    m_undo.setClean();
    if (changedPath) {
        m_diagnosticsStale = true;
        m_validateTimer.start();
        Q_EMIT pathChanged(m_path);
    }
    return true;
}
