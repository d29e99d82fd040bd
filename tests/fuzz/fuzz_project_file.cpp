// Fuzzes *.flinkdeck.yaml projects: ProjectFile::parse; for a loaded project serialize() and a
// re-parse must give an equal ClusterProject, and rendering and validation must not crash.
#include "FuzzCommon.h"

#include "ProjectFile.h"
#include "ProjectRenderer.h"
#include "ProjectValidator.h"

#include <QStringDecoder>

#include <yaml-cpp/yaml.h>

#include <map>
#include <set>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::checkSchema();
    return 0;
}

namespace {
// Key order and flow/block style are presentation; compare the data.
bool sameYaml(const YAML::Node &a, const YAML::Node &b)
{
    if (a.Type() != b.Type()) {
        return false;
    }
    switch (a.Type()) {
    case YAML::NodeType::Scalar:
        return a.Scalar() == b.Scalar();
    case YAML::NodeType::Sequence:
        if (a.size() != b.size()) {
            return false;
        }
        for (std::size_t i = 0; i < a.size(); ++i) {
            if (!sameYaml(a[i], b[i])) {
                return false;
            }
        }
        return true;
    case YAML::NodeType::Map: {
        std::map<std::string, YAML::Node> ma;
        std::map<std::string, YAML::Node> mb;
        for (const auto &p : a) {
            ma[p.first.Scalar()] = p.second;
        }
        for (const auto &p : b) {
            mb[p.first.Scalar()] = p.second;
        }
        if (ma.size() != mb.size()) {
            return false;
        }
        for (const auto &[k, v] : ma) {
            const auto it = mb.find(k);
            if (it == mb.end() || !sameYaml(v, it->second)) {
                return false;
            }
        }
        return true;
    }
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined:
        return true;
    }
    return false;
}

bool sameExtraYaml(const QString &a, const QString &b)
{
    try {
        return sameYaml(YAML::Load(a.toStdString()), YAML::Load(b.toStdString()));
    } catch (const YAML::Exception &) {
        return false;
    }
}

// yaml-cpp accepts a map that repeats a key; the reader then sees the first one only.
bool hasDuplicateKeys(const YAML::Node &node, int depth = 0)
{
    if (depth > 200) {
        return false;
    }
    if (node.IsSequence()) {
        for (const YAML::Node &item : node) {
            if (hasDuplicateKeys(item, depth + 1)) {
                return true;
            }
        }
    } else if (node.IsMap()) {
        std::set<std::string> seen;
        for (const auto &p : node) {
            if (p.first.IsScalar() && !seen.insert(p.first.Scalar()).second) {
                return true;
            }
            if (hasDuplicateKeys(p.second, depth + 1)) {
                return true;
            }
        }
    }
    return false;
}

bool inputHasDuplicateKeys(const uint8_t *data, size_t size)
{
    try {
        return hasDuplicateKeys(YAML::Load(std::string(reinterpret_cast<const char *>(data), size)));
    } catch (const YAML::Exception &) {
        return false;
    }
}

QString whatDiffers(const ClusterProject &a, const ClusterProject &b)
{
    QStringList parts;
    if (a.name != b.name) parts << QStringLiteral("name '%1' vs '%2'").arg(fuzz::show(a.name), fuzz::show(b.name));
    if (a.flinkVersion != b.flinkVersion) parts << QStringLiteral("flinkVersion %1 vs %2").arg(a.flinkVersion.toString(), b.flinkVersion.toString());
    if (a.configStyle != b.configStyle) parts << QStringLiteral("configStyle");
    if (a.ssh != b.ssh) parts << QStringLiteral("ssh");
    if (a.paths != b.paths) parts << QStringLiteral("paths");
    if (a.ha != b.ha) parts << QStringLiteral("ha");
    if (a.zooKeeper != b.zooKeeper) parts << QStringLiteral("zookeeper (extra %1 vs %2)").arg(a.zooKeeper.extra.size()).arg(b.zooKeeper.extra.size());
    if (a.hosts != b.hosts) parts << QStringLiteral("hosts (%1 vs %2)").arg(a.hosts.size()).arg(b.hosts.size());
    if (a.flinkConfig != b.flinkConfig) {
        QString d = QStringLiteral("flinkConfig (%1 vs %2 keys)").arg(a.flinkConfig.size()).arg(b.flinkConfig.size());
        for (qsizetype i = 0; i < qMin(a.flinkConfig.size(), b.flinkConfig.size()); ++i) {
            const ConfigEntry &x = a.flinkConfig.entries()[i];
            const ConfigEntry &y = b.flinkConfig.entries()[i];
            if (!(x == y)) {
                d += QStringLiteral(" first: '%1: %2' vs '%3: %4'")
                         .arg(fuzz::show(x.key), fuzz::show(x.value), fuzz::show(y.key), fuzz::show(y.value));
                break;
            }
        }
        parts << d;
    }
    if (a.extraYaml != b.extraYaml) parts << QStringLiteral("extraYaml '%1' vs '%2'").arg(fuzz::show(a.extraYaml), fuzz::show(b.extraYaml));
    return parts.join(QStringLiteral("; "));
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const ProjectFile::LoadResult result = ProjectFile::parse(fuzz::bytes(data, size), QStringLiteral("fuzz.flinkdeck.yaml"));
    for (const Diagnostic &d : result.diagnostics) {
        (void)d.toText();
    }
    if (!result.project) {
        FUZZ_ASSERT(Diagnostics::hasErrors(result.diagnostics), QStringLiteral("no project and no error"));
        return 0;
    }
    const ClusterProject &project = *result.project;
    // Findings on inputs with a repeated map key get their own kind: one cause, many symptoms.
    // Same for input that is not UTF-8 (the reader turns bad bytes into U+FFFD).
    const bool duplicates = inputHasDuplicateKeys(data, size);
    QStringDecoder decoder(QStringDecoder::Utf8);
    (void)QString(decoder(fuzz::bytes(data, size)));
    const QByteArray suffix = QByteArray(duplicates ? "-duplicate-keys" : "") + (decoder.hasError() ? "-invalid-utf8" : "");
    const auto kind = [&suffix](const char *base) {
        static QHash<QByteArray, QByteArray> names;
        QByteArray &name = names[QByteArray(base) + suffix];
        if (name.isEmpty()) {
            name = QByteArray(base) + suffix;
        }
        return name.constData();
    };

    const QByteArray saved = ProjectFile::serialize(project);
    const ProjectFile::LoadResult again = ProjectFile::parse(saved, QStringLiteral("saved.flinkdeck.yaml"));
    if (!again.project) {
        QString why;
        for (const Diagnostic &d : again.diagnostics) {
            if (d.severity == Diagnostic::Severity::Error) {
                why = d.key + QStringLiteral(": ") + d.message;
                break;
            }
        }
        fuzz::finding(kind("project-reload-fails"), data, size,
                      QStringLiteral("a saved project does not load: %1 | saved: %2")
                          .arg(fuzz::show(why), fuzz::show(QString::fromUtf8(saved))));
    } else if (!(*again.project == project)) {
        ClusterProject sameExtras = *again.project;
        sameExtras.extraYaml = project.extraYaml;
        if (sameExtras == project && sameExtraYaml(project.extraYaml, again.project->extraYaml)) {
            // Only the text of the unknown fields changed (order, flow/block style): still
            // unequal by operator==, reported separately from real data changes.
            fuzz::finding(kind("project-roundtrip-extrayaml-text"), data, size,
                          QStringLiteral("extraYaml text changes on save/load: %1").arg(whatDiffers(project, *again.project)));
        } else {
            fuzz::finding(kind("project-roundtrip"), data, size,
                          QStringLiteral("saved project loads differently: %1").arg(whatDiffers(project, *again.project)));
        }
        // Saving the reloaded project must at least be a fixed point.
        const QByteArray savedAgain = ProjectFile::serialize(*again.project);
        const ProjectFile::LoadResult third = ProjectFile::parse(savedAgain, QStringLiteral("saved2.flinkdeck.yaml"));
        ClusterProject thirdSameExtras = third.project ? *third.project : ClusterProject();
        thirdSameExtras.extraYaml = again.project->extraYaml;
        const bool onlyExtraText = third.project && thirdSameExtras == *again.project
                                   && sameExtraYaml(third.project->extraYaml, again.project->extraYaml);
        if (!third.project || (!(*third.project == *again.project) && !onlyExtraText)) {
            fuzz::finding(kind("project-roundtrip-unstable"), data, size,
                          QStringLiteral("second save/load still changes the project: %1")
                              .arg(third.project ? whatDiffers(*again.project, *third.project) : QStringLiteral("no project")));
        }
    }

    const QList<RenderedFile> files = ProjectRenderer().render(project);
    for (const RenderedFile &f : files) {
        FUZZ_ASSERT(!f.path.isEmpty(), QStringLiteral("rendered file without path"));
    }
    const DiagnosticList diagnostics = ProjectValidator().validate(project, QStringLiteral("fuzz.flinkdeck.yaml"));
    for (const Diagnostic &d : diagnostics) {
        (void)d.toText();
    }
    return 0;
}
