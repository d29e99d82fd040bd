#include "RawConfigSync.h"

#include "ConfigSchema.h"
#include "ConfigYamlWriter.h"
#include "LegacyConfFile.h"
#include "ProjectRenderer.h"
#include "StandardConfFile.h"

#include <QStringList>

#include <array>

namespace {

enum class HaField
{
    Type,
    Quorum,
    PathRoot,
    ClusterId,
    StorageDir,
    None
};

constexpr std::array<std::pair<HaField, const char *>, 5> kHaKeys{{
    {HaField::Type, "high-availability.type"},
    {HaField::Quorum, "high-availability.zookeeper.quorum"},
    {HaField::PathRoot, "high-availability.zookeeper.path.root"},
    {HaField::ClusterId, "high-availability.cluster-id"},
    {HaField::StorageDir, "high-availability.storageDir"},
}};

/// Which HA field a key sets under any of its names, old or new.
HaField haFieldOf(const QString &key)
{
    const ConfigSchema &schema = ConfigSchema::builtin();
    for (const auto &[field, canonical] : kHaKeys) {
        const QString name = QString::fromLatin1(canonical);
        if (key == name || schema.aliases(name).contains(key)) {
            return field;
        }
    }
    return HaField::None;
}

} // namespace

QString RawConfigSync::fileName(const ClusterProject &project)
{
    return ProjectRenderer::flinkConfigFileName(project);
}

QString RawConfigSync::text(const ClusterProject &project)
{
    const FlinkConfig config = ProjectRenderer().effectiveConfig(project, nullptr);
    if (project.configFormat() != ConfigFileFormat::Standard) {
        return LegacyConfFile::write(config);
    }
    const auto style = project.configStyle == ClusterProject::ConfigStyle::StandardNested
                           ? ConfigYamlWriter::Style::Nested
                           : ConfigYamlWriter::Style::Flat;
    return ConfigYamlWriter::write(config, style);
}

RawConfigSync::Result RawConfigSync::apply(const ClusterProject &project, const QString &text)
{
    Result result;
    const QString file = fileName(project);
    FlinkConfig parsed;
    if (project.configFormat() == ConfigFileFormat::Standard) {
        StandardConfFile::Result standard = StandardConfFile::parse(text, file);
        result.diagnostics = standard.diagnostics;
        if (!standard.readable) {
            return result;
        }
        parsed = standard.config;
    } else {
        const LegacyConfFile legacy = LegacyConfFile::parse(text);
        result.diagnostics = legacy.diagnostics(file);
        parsed = legacy.toConfig();
    }
    for (const ConfigEntry &e : parsed.entries()) {
        if (ConfigSchema::builtin().isSecret(e.key) && !e.value.isEmpty()) {
            Diagnostic d;
            d.rule = QStringLiteral("secret-in-project");
            d.file = file;
            d.line = e.line;
            d.key = e.key;
            d.message = tr("%1 is a secret: FlinkDeck does not keep it in the project, and a "
                           "deploy does not write it yet")
                            .arg(e.key);
            d.suggestion = tr("Delete the value.");
            result.diagnostics.append(d);
        }
    }
    Diagnostics::sort(result.diagnostics);
    if (Diagnostics::hasErrors(result.diagnostics)) {
        return result;
    }

    ClusterProject updated = project;
    std::optional<QString> type;
    for (const ConfigEntry &e : parsed.entries()) {
        if (haFieldOf(e.key) == HaField::Type) {
            type = e.value;
        }
    }
    const bool zooKeeper = type && type->trimmed().compare(u"zookeeper", Qt::CaseInsensitive) == 0;

    FlinkConfig flink;
    HaSettings ha = project.ha;
    if (zooKeeper) {
        // The text is the whole HA section: a field it leaves out is cleared.
        ha = HaSettings{};
        ha.mode = HaSettings::Mode::ZooKeeper;
    } else {
        // Without ZooKeeper the project's HA fields are not rendered, so HA keys stay literal
        // Flink keys and the section keeps what it had for when HA is switched on again.
        ha.mode = HaSettings::Mode::None;
    }
    QString quorum;
    for (const ConfigEntry &e : parsed.entries()) {
        const HaField field = zooKeeper ? haFieldOf(e.key) : HaField::None;
        switch (field) {
        case HaField::Type:
            break;
        case HaField::Quorum:
            quorum = e.value;
            break;
        case HaField::PathRoot:
            ha.pathRoot = e.value;
            break;
        case HaField::ClusterId:
            ha.clusterId = e.value;
            break;
        case HaField::StorageDir:
            ha.storageDir = e.value;
            break;
        case HaField::None: {
            // Keep the provenance of keys the project already had; new ones have none.
            const ConfigEntry *old = project.flinkConfig.entry(e.key);
            flink.set(e.key, e.value, old ? old->line : 0);
            break;
        }
        }
    }
    if (zooKeeper) {
        if (!project.ha.quorum.isEmpty() && quorum == project.ha.quorum) {
            ha.quorum = project.ha.quorum;
        } else if (quorum != project.derivedQuorum()) {
            ha.quorum = quorum; // an explicit quorum; equal to the derived one it stays derived
        }
    }
    updated.ha = ha;
    updated.flinkConfig = flink;
    result.project = updated;
    return result;
}
