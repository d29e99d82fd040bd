#include "ConfigurationView.h"

#include "AllKeysPage.h"
#include "ClusterBasicsFields.h"
#include "ConfigFormSection.h"
#include "ConfigKeyField.h"
#include "HaFields.h"
#include "ProjectDefaultsFields.h"
#include "ProjectDocument.h"
#include "ZooKeeperFields.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QStackedWidget>

ConfigurationView::ConfigurationView(ProjectDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_nav(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_nav->setFrameShape(QFrame::NoFrame);
    m_nav->setSpacing(2);
    m_nav->setFixedWidth(200);
    m_nav->setBackgroundRole(QPalette::Window);
    m_nav->setAccessibleName(tr("Configuration sections"));
    layout->addWidget(m_nav);
    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addWidget(line);
    layout->addWidget(m_stack, 1);

    buildBasics();
    buildProjectDefaults();
    buildHighAvailability();
    buildZooKeeper();
    buildState();
    buildMemory();
    buildNetwork();
    buildSecurity();
    m_allKeys = new AllKeysPage(document, m_stack);
    m_stack->addWidget(m_allKeys);
    m_nav->addItem(tr("All keys"));
    for (int i = 0; i < m_nav->count(); ++i) {
        m_nav->item(i)->setSizeHint(QSize(0, m_nav->fontMetrics().height() + 14));
    }
    for (const ConfigFormSection *section : std::as_const(m_sections)) {
        for (const ConfigKeyField *f : section->fields()) {
            m_fieldKeys.insert(f->key());
        }
    }

    connect(m_nav, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    connect(m_basics, &ClusterBasicsFields::versionRequested, this,
            &ConfigurationView::requestFlinkVersion);
    connect(document, &ProjectDocument::changed, this, &ConfigurationView::refresh);
    m_nav->setCurrentRow(0);
    refresh();
}

ConfigFormSection *ConfigurationView::addSection(const QString &title, const QString &intro)
{
    auto *section = new ConfigFormSection(title, intro, m_stack);
    m_stack->addWidget(section);
    m_nav->addItem(title);
    m_sections.append(section);
    return section;
}

void ConfigurationView::buildBasics()
{
    ConfigFormSection *s = addSection(
        tr("Cluster basics"),
        tr("The Flink release the cluster runs and how much work each TaskManager takes."));
    m_basics = new ClusterBasicsFields(m_document, s);
    s->addKey(m_document, QStringLiteral("taskmanager.numberOfTaskSlots"), tr("Task slots"));
    s->addKey(m_document, QStringLiteral("parallelism.default"), tr("Default parallelism"));
    s->addKey(m_document, QStringLiteral("jobmanager.execution.failover-strategy"),
              tr("Failover strategy"));
    s->addNote(tr("Each TaskManager host's own slot count (Topology page) overrides "
                  "taskmanager.numberOfTaskSlots in that host's file."));
}

void ConfigurationView::buildProjectDefaults()
{
    ConfigFormSection *s =
        addSection(tr("Hosts & SSH"),
                   tr("The project's name, where Flink and ZooKeeper are installed, and how "
                      "FlinkDeck reaches the hosts."));
    m_defaults = new ProjectDefaultsFields(m_document, s);
}

void ConfigurationView::buildHighAvailability()
{
    ConfigFormSection *s = addSection(
        tr("High availability"),
        tr("With ZooKeeper HA, standby JobManagers take over and jobs recover from the storage "
           "directory. FlinkDeck writes these settings under the names your version reads."));
    m_haSection = s;
    m_ha = new HaFields(m_document, s);
    s->addHeading(tr("ZooKeeper client"));
    s->addKey(m_document, QStringLiteral("high-availability.zookeeper.client.session-timeout"),
              tr("Session timeout"));
    s->addKey(m_document, QStringLiteral("high-availability.zookeeper.client.connection-timeout"),
              tr("Connection timeout"));
    s->addKey(m_document, QStringLiteral("high-availability.zookeeper.client.retry-wait"),
              tr("Retry wait"));
    s->addKey(m_document, QStringLiteral("high-availability.zookeeper.client.max-retry-attempts"),
              tr("Retry attempts"));
    s->addKey(m_document, QStringLiteral("high-availability.zookeeper.client.acl"), tr("ACL"));
    s->addKey(m_document,
              QStringLiteral("high-availability.zookeeper.client.tolerate-suspended-connections"),
              tr("Tolerate suspended connections"));
    s->addKey(m_document, QStringLiteral("high-availability.jobmanager.port"),
              tr("JobManager HA port"));
}

void ConfigurationView::buildZooKeeper()
{
    ConfigFormSection *s = addSection(
        tr("ZooKeeper ensemble"),
        tr("Settings every server's zoo.cfg shares. An ensemble of 3 or 5 servers survives the "
           "loss of 1 or 2."));
    m_zooKeeper = new ZooKeeperFields(m_document, s);
}

void ConfigurationView::buildState()
{
    ConfigFormSection *s = addSection(
        tr("State & checkpoints"),
        tr("Where jobs keep their state and how often they checkpoint it. Directories must be "
           "on storage every host reaches (HDFS, S3, NFS)."));
    s->addKey(m_document, QStringLiteral("state.backend.type"), tr("State backend"));
    s->addKey(m_document, QStringLiteral("execution.checkpointing.dir"),
              tr("Checkpoint directory"));
    s->addKey(m_document, QStringLiteral("execution.checkpointing.savepoint-dir"),
              tr("Savepoint directory"));
    s->addKey(m_document, QStringLiteral("execution.checkpointing.incremental"),
              tr("Incremental checkpoints"));
    s->addHeading(tr("Checkpointing"));
    s->addKey(m_document, QStringLiteral("execution.checkpointing.interval"), tr("Interval"));
    s->addKey(m_document, QStringLiteral("execution.checkpointing.timeout"), tr("Timeout"));
    s->addKey(m_document, QStringLiteral("execution.checkpointing.mode"), tr("Mode"));
    s->addKey(m_document, QStringLiteral("execution.checkpointing.min-pause"), tr("Minimum pause"));
    s->addKey(m_document, QStringLiteral("execution.checkpointing.num-retained"),
              tr("Retained checkpoints"));
    s->addKey(m_document,
              QStringLiteral("execution.checkpointing.externalized-checkpoint-retention"),
              tr("Keep on cancel"));
    s->addHeading(tr("Restarts"));
    s->addKey(m_document, QStringLiteral("restart-strategy.type"), tr("Restart strategy"));
    s->addKey(m_document, QStringLiteral("restart-strategy.fixed-delay.attempts"),
              tr("Fixed-delay attempts"));
    s->addKey(m_document, QStringLiteral("restart-strategy.fixed-delay.delay"),
              tr("Fixed-delay delay"));
}

void ConfigurationView::buildMemory()
{
    ConfigFormSection *s = addSection(
        tr("Memory"),
        tr("Set one total per process: the process size (what the host gives the JVM) or the "
           "Flink size (without JVM metaspace and overhead), not both."));
    s->addHeading(tr("JobManager"));
    s->addKey(m_document, QStringLiteral("jobmanager.memory.process.size"), tr("Process size"));
    s->addKey(m_document, QStringLiteral("jobmanager.memory.flink.size"), tr("Flink size"));
    s->addKey(m_document, QStringLiteral("jobmanager.memory.heap.size"), tr("Heap size"));
    s->addKey(m_document, QStringLiteral("jobmanager.heap.size"), tr("Heap size (legacy)"));
    s->addHeading(tr("TaskManager"));
    s->addKey(m_document, QStringLiteral("taskmanager.memory.process.size"), tr("Process size"));
    s->addKey(m_document, QStringLiteral("taskmanager.memory.flink.size"), tr("Flink size"));
    s->addKey(m_document, QStringLiteral("taskmanager.memory.managed.fraction"),
              tr("Managed memory fraction"));
    s->addKey(m_document, QStringLiteral("taskmanager.memory.network.fraction"),
              tr("Network memory fraction"));
    s->addKey(m_document, QStringLiteral("taskmanager.heap.size"), tr("Heap size (legacy)"));
}

void ConfigurationView::buildNetwork()
{
    ConfigFormSection *s = addSection(
        tr("Network & REST"),
        tr("Ports and addresses. Every port here must be open between the hosts (and the REST "
           "port to your browser)."));
    s->addHeading(tr("REST and web UI"));
    s->addKey(m_document, QStringLiteral("rest.port"), tr("REST port"));
    s->addKey(m_document, QStringLiteral("rest.address"), tr("REST address"));
    s->addKey(m_document, QStringLiteral("rest.bind-address"), tr("REST bind address"));
    s->addKey(m_document, QStringLiteral("rest.bind-port"), tr("REST bind port"));
    s->addKey(m_document, QStringLiteral("web.submit.enable"), tr("Job upload from web UI"));
    s->addHeading(tr("JobManager"));
    s->addKey(m_document, QStringLiteral("jobmanager.rpc.address"), tr("RPC address"));
    s->addKey(m_document, QStringLiteral("jobmanager.rpc.port"), tr("RPC port"));
    s->addKey(m_document, QStringLiteral("jobmanager.bind-host"), tr("Bind host"));
    s->addKey(m_document, QStringLiteral("blob.server.port"), tr("Blob server port"));
    s->addHeading(tr("TaskManager"));
    s->addKey(m_document, QStringLiteral("taskmanager.bind-host"), tr("Bind host"));
    s->addKey(m_document, QStringLiteral("taskmanager.rpc.port"), tr("RPC port"));
    s->addKey(m_document, QStringLiteral("taskmanager.data.port"), tr("Data port"));
    s->addKey(m_document, QStringLiteral("metrics.internal.query-service.port"),
              tr("Metrics query port"));
}

void ConfigurationView::buildSecurity()
{
    ConfigFormSection *s = addSection(
        tr("Security"),
        tr("TLS for the connections between Flink processes (internal) and for the REST "
           "endpoint. Passwords are never saved in the project: FlinkDeck asks for them when it "
           "deploys."));
    s->addKey(m_document, QStringLiteral("security.ssl.internal.enabled"), tr("Internal TLS"));
    s->addKey(m_document, QStringLiteral("security.ssl.rest.enabled"), tr("REST TLS"));
    s->addKey(m_document, QStringLiteral("security.ssl.rest.authentication-enabled"),
              tr("REST client authentication"));
    s->addKey(m_document, QStringLiteral("security.ssl.verify-hostname"), tr("Verify host names"));
    s->addKey(m_document, QStringLiteral("security.ssl.protocol"), tr("Protocol"));
    s->addHeading(tr("Internal keystores"));
    s->addKey(m_document, QStringLiteral("security.ssl.internal.keystore"), tr("Keystore"));
    s->addKey(m_document, QStringLiteral("security.ssl.internal.keystore-password"),
              tr("Keystore password"));
    s->addKey(m_document, QStringLiteral("security.ssl.internal.key-password"), tr("Key password"));
    s->addKey(m_document, QStringLiteral("security.ssl.internal.truststore"), tr("Truststore"));
    s->addKey(m_document, QStringLiteral("security.ssl.internal.truststore-password"),
              tr("Truststore password"));
    s->addHeading(tr("REST keystores"));
    s->addKey(m_document, QStringLiteral("security.ssl.rest.keystore"), tr("Keystore"));
    s->addKey(m_document, QStringLiteral("security.ssl.rest.keystore-password"),
              tr("Keystore password"));
    s->addKey(m_document, QStringLiteral("security.ssl.rest.key-password"), tr("Key password"));
    s->addKey(m_document, QStringLiteral("security.ssl.rest.truststore"), tr("Truststore"));
    s->addKey(m_document, QStringLiteral("security.ssl.rest.truststore-password"),
              tr("Truststore password"));
}

void ConfigurationView::refresh()
{
    const ClusterProject &project = m_document->project();
    m_basics->refresh(project);
    m_defaults->refresh(project);
    m_ha->refresh(project);
    m_zooKeeper->refresh(project);
    for (ConfigFormSection *section : std::as_const(m_sections)) {
        section->refresh(project, m_fieldKeys);
    }
    m_allKeys->refresh();
}

ConfigKeyField *ConfigurationView::field(const QString &key) const
{
    for (const ConfigFormSection *section : m_sections) {
        for (ConfigKeyField *f : section->fields()) {
            if (f->key() == key) {
                return f;
            }
        }
    }
    return nullptr;
}

int ConfigurationView::currentPage() const
{
    return m_stack->currentIndex();
}

void ConfigurationView::setCurrentPage(int index)
{
    m_nav->setCurrentRow(index);
}

void ConfigurationView::reveal(ConfigFormSection *section, QWidget *widget)
{
    setCurrentPage(static_cast<int>(m_sections.indexOf(section)));
    section->reveal(widget);
}

bool ConfigurationView::focusKey(const QString &key)
{
    if (QWidget *editor = m_ha->editorFor(key)) {
        reveal(m_haSection, editor);
        return true;
    }
    // Prefer the field named key, then the one showing it, then one that reads it.
    const QList<std::function<bool(const ConfigKeyField *)>> matches = {
        [&key](const ConfigKeyField *f) { return f->key() == key; },
        [&key](const ConfigKeyField *f) { return f->presentKey() == key; },
        [&key](const ConfigKeyField *f) { return f->names().contains(key); },
    };
    for (const auto &matches_ : matches) {
        for (ConfigFormSection *section : std::as_const(m_sections)) {
            for (ConfigKeyField *f : section->fields()) {
                if (f->isRelevant() && matches_(f)) {
                    reveal(section, f->editor());
                    return true;
                }
            }
        }
    }
    if (m_allKeys->selectKey(key)) {
        setCurrentPage(static_cast<int>(m_sections.size()));
        m_allKeys->selectKey(key);
        return true;
    }
    return false;
}

void ConfigurationView::requestFlinkVersion(const FlinkVersion &version)
{
    const ClusterProject &project = m_document->project();
    if (ConfigMigrator().migrate(project.flinkConfig, version).changes.isEmpty()) {
        m_document->setFlinkVersion(version);
        return;
    }
    MigrationDialog dialog(project, version, this);
    MigrationDialog::Choice choice = MigrationDialog::Choice::Cancel;
    if (m_prompt) {
        choice = m_prompt(dialog);
    } else {
        dialog.exec();
        choice = dialog.choice();
    }
    if (!dialog.carryOut(m_document, choice)) {
        refresh(); // cancelled: the version box goes back to the project's version
    }
}
