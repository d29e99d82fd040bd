#include "HaFields.h"

#include "ConfigFormSection.h"
#include "ConfigSchema.h"
#include "FieldLook.h"
#include "ProjectDocument.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>

HaFields::HaFields(ProjectDocument *document, ConfigFormSection *section)
    : QObject(section)
    , m_document(document)
    , m_mode(new QComboBox(section->widget()))
{
    m_mode->addItem(tr("None (single JobManager)"), static_cast<int>(HaSettings::Mode::None));
    m_mode->addItem(tr("ZooKeeper"), static_cast<int>(HaSettings::Mode::ZooKeeper));
    FieldLook::setHelp(m_mode, FieldLook::keyToolTip(QStringLiteral("high-availability.type")));
    connect(m_mode, &QComboBox::activated, this, [this](int index) {
        HaSettings ha = m_document->project().ha;
        ha.mode = static_cast<HaSettings::Mode>(m_mode->itemData(index).toInt());
        m_document->setHa(ha);
    });
    m_rows.append({section->addRow(tr("Mode"), m_mode), tr("Mode"),
                   QStringLiteral("high-availability.type")});
    m_quorum = addText(section, tr("ZooKeeper quorum"), "high-availability.zookeeper.quorum",
                       &HaSettings::quorum);
    m_pathRoot = addText(section, tr("ZooKeeper path root"),
                         "high-availability.zookeeper.path.root", &HaSettings::pathRoot);
    m_clusterId =
        addText(section, tr("Cluster ID"), "high-availability.cluster-id", &HaSettings::clusterId);
    m_storageDir = addText(section, tr("Storage directory"), "high-availability.storageDir",
                           &HaSettings::storageDir);
    m_storageDir->setPlaceholderText(tr("required, e.g. hdfs:///flink/ha/"));
}

QLineEdit *HaFields::addText(ConfigFormSection *section, const QString &label, const char *key,
                             QString HaSettings::*member)
{
    const QString name = QString::fromLatin1(key);
    auto *edit = new QLineEdit(section->widget());
    edit->setObjectName(name);
    edit->setClearButtonEnabled(true);
    const ConfigKeyInfo *info = ConfigSchema::builtin().find(name);
    if (info && !info->defaultValue.isEmpty()) {
        edit->setPlaceholderText(tr("default: %1").arg(info->defaultValue));
    }
    FieldLook::setHelp(edit, FieldLook::keyToolTip(name));
    connect(edit, &QLineEdit::textEdited, this, [this, member](const QString &text) {
        HaSettings ha = m_document->project().ha;
        ha.*member = text.trimmed();
        m_document->setHa(ha);
    });
    m_rows.append({section->addRow(label, edit), label, name});
    return edit;
}

QWidget *HaFields::editorFor(const QString &key) const
{
    const ConfigSchema &schema = ConfigSchema::builtin();
    if (schema.aliases(QStringLiteral("high-availability.type")).contains(key)) {
        return m_mode;
    }
    for (QLineEdit *edit : {m_quorum, m_pathRoot, m_clusterId, m_storageDir}) {
        if (schema.aliases(edit->objectName()).contains(key)) {
            return edit;
        }
    }
    return nullptr;
}

void HaFields::refresh(const ClusterProject &project)
{
    const HaSettings &ha = project.ha;
    for (const Row &row : std::as_const(m_rows)) {
        row.label->setTextFormat(Qt::RichText);
        row.label->setText(FieldLook::labelText(
            row.label, row.title, ConfigSchema::builtin().nameIn(row.key, project.flinkVersion)));
    }
    {
        const QSignalBlocker block(m_mode);
        m_mode->setCurrentIndex(m_mode->findData(static_cast<int>(ha.mode)));
    }
    const QString derived = project.derivedQuorum();
    m_quorum->setPlaceholderText(derived.isEmpty()
                                     ? tr("derived from the ZooKeeper hosts (none yet)")
                                     : tr("derived: %1").arg(derived));
    const bool on = ha.mode == HaSettings::Mode::ZooKeeper;
    const QList<std::pair<QLineEdit *, QString>> values = {{m_quorum, ha.quorum},
                                                           {m_pathRoot, ha.pathRoot},
                                                           {m_clusterId, ha.clusterId},
                                                           {m_storageDir, ha.storageDir}};
    for (const auto &[edit, value] : values) {
        edit->setEnabled(on);
        // The field being typed in already shows the value (trimmed); keep its cursor.
        if (edit->hasFocus() && edit->text().trimmed() == value) {
            continue;
        }
        if (edit->text() != value) {
            const QSignalBlocker block(edit);
            edit->setText(value);
        }
    }
}
