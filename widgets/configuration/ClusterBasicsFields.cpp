#include "ClusterBasicsFields.h"

#include "ConfigFormSection.h"
#include "ConfigSchema.h"
#include "ProjectDocument.h"

#include <QComboBox>
#include <QLabel>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <algorithm>

ClusterBasicsFields::ClusterBasicsFields(ProjectDocument *document, ConfigFormSection *section)
    : QObject(section)
    , m_document(document)
    , m_version(new QComboBox(section->widget()))
    , m_style(new QComboBox(section->widget()))
    , m_fileNote(new QLabel(section->widget()))
{
    for (const FlinkVersion &v : knownVersions()) {
        m_version->addItem(tr("Flink %1").arg(v.toString()), v.toString());
    }
    m_version->setToolTip(tr("The release the cluster runs. Keys, their names and the file "
                             "FlinkDeck writes follow it."));
    connect(m_version, &QComboBox::activated, this, [this](int index) {
        const auto version = FlinkVersion::parse(m_version->itemData(index).toString());
        if (version && !(version->atLeast(m_document->project().flinkVersion) &&
                         m_document->project().flinkVersion.atLeast(*version))) {
            Q_EMIT versionRequested(*version);
        }
    });
    section->addRow(tr("Flink version"), m_version);

    m_style->addItem(tr("Automatic (by version)"),
                     static_cast<int>(ClusterProject::ConfigStyle::Auto));
    m_style->addItem(tr("flink-conf.yaml (legacy)"),
                     static_cast<int>(ClusterProject::ConfigStyle::Legacy));
    m_style->addItem(tr("config.yaml, flat keys"),
                     static_cast<int>(ClusterProject::ConfigStyle::StandardFlat));
    m_style->addItem(tr("config.yaml, nested"),
                     static_cast<int>(ClusterProject::ConfigStyle::StandardNested));
    m_style->setToolTip(tr("Flink 1.19 and later read config.yaml; up to 1.20 they still read "
                           "flink-conf.yaml when it is the only file."));
    connect(m_style, &QComboBox::activated, this, [this](int index) {
        const auto style =
            static_cast<ClusterProject::ConfigStyle>(m_style->itemData(index).toInt());
        m_document->edit(tr("Change configuration file style"),
                         [style](ClusterProject &p) { p.configStyle = style; });
    });
    auto *styleBox = new QWidget(section->widget());
    auto *styleLayout = new QVBoxLayout(styleBox);
    styleLayout->setContentsMargins(0, 0, 0, 0);
    styleLayout->setSpacing(2);
    styleLayout->addWidget(m_style);
    m_fileNote->setForegroundRole(QPalette::PlaceholderText);
    styleLayout->addWidget(m_fileNote);
    styleBox->setFocusProxy(m_style);
    section->addRow(tr("Configuration file"), styleBox);
}

QList<FlinkVersion> ClusterBasicsFields::knownVersions()
{
    // Every minor release the schema mentions, plus the range FlinkDeck supports.
    QList<FlinkVersion> versions;
    const auto add = [&versions](const FlinkVersion &v) {
        if (!v.isValid() || !v.atLeast(FlinkVersion::oldestSupported()) ||
            !FlinkVersion::latest().atLeast(v)) {
            return;
        }
        const FlinkVersion minor(v.major(), v.minor());
        if (!versions.contains(minor)) {
            versions.append(minor);
        }
    };
    for (int minor = FlinkVersion::oldestSupported().minor(); minor <= 20; ++minor) {
        add({1, minor});
    }
    for (int minor = 0; minor <= FlinkVersion::latest().minor(); ++minor) {
        add({FlinkVersion::latest().major(), minor});
    }
    for (const ConfigKeyInfo &info : ConfigSchema::builtin().keys()) {
        add(info.since);
        add(info.deprecated);
        add(info.removed);
        add(info.noEffect);
    }
    std::sort(versions.begin(), versions.end());
    return versions;
}

void ClusterBasicsFields::refresh(const ClusterProject &project)
{
    const QSignalBlocker blockVersion(m_version);
    const QSignalBlocker blockStyle(m_style);
    const FlinkVersion &current = project.flinkVersion;
    int index = -1;
    for (int i = 0; i < m_version->count() && index < 0; ++i) {
        const auto v = FlinkVersion::parse(m_version->itemData(i).toString());
        if (v && v->atLeast(current) && current.atLeast(*v)) {
            index = i;
        }
    }
    if (index < 0) {
        m_version->addItem(tr("Flink %1").arg(current.toString()), current.toString());
        index = m_version->count() - 1;
    }
    m_version->setCurrentIndex(index);
    m_style->setCurrentIndex(m_style->findData(static_cast<int>(project.configStyle)));
    m_fileNote->setText(
        tr("FlinkDeck writes conf/%1").arg(ProjectRenderer::flinkConfigFileName(project)));
}
