#include "PathValidator.h"

#include "ConfImporter.h"
#include "ConfigValidator.h"
#include "HostListFile.h"
#include "JavaText.h"
#include "LegacyConfFile.h"
#include "ProjectFile.h"
#include "ProjectValidator.h"
#include "StandardConfFile.h"
#include "ZooCfg.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <algorithm>

namespace {

Diagnostic assumed(const QString &file, const FlinkVersion &version)
{
    Diagnostic d;
    d.severity = Diagnostic::Severity::Info;
    d.rule = QStringLiteral("version-assumed");
    d.file = file;
    d.message = PathValidator::tr("Validated for Flink %1 (no version given or found)")
                    .arg(version.toString());
    d.suggestion = PathValidator::tr("Pass --flink-version X.Y to validate for another release.");
    return d;
}

bool looksLikeProject(const QString &path)
{
    if (path.endsWith(QStringLiteral(".flinkdeck.yaml")) ||
        path.endsWith(QStringLiteral(".flinkdeck.yml"))) {
        return true;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return false;
    }
    const QByteArray head = file.read(4096);
    return head.contains("\nflinkdeck:") || head.startsWith("flinkdeck:");
}

} // namespace

PathValidator::Report PathValidator::validate(const QString &path,
                                              std::optional<FlinkVersion> version)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        Report report;
        report.readable = false;
        Diagnostic d;
        d.severity = Diagnostic::Severity::Error;
        d.rule = QStringLiteral("file-unreadable");
        d.file = path;
        d.message = tr("No such file or directory");
        report.diagnostics.append(d);
        return report;
    }
    Report report = info.isDir()             ? validateConfDir(path, version)
                    : looksLikeProject(path) ? validateProject(path, version)
                                             : validateFile(path, version);
    Diagnostics::sort(report.diagnostics);
    // Broken content is an error in the input (exit 1); only a missing or unreadable input
    // means nothing could be validated (exit 2).
    report.readable =
        std::none_of(report.diagnostics.cbegin(), report.diagnostics.cend(),
                     [](const Diagnostic &d) { return d.rule == u"file-unreadable"; });
    return report;
}

PathValidator::Report PathValidator::validateProject(const QString &path,
                                                     std::optional<FlinkVersion> version)
{
    Report report;
    ProjectFile::LoadResult loaded = ProjectFile::load(path);
    report.diagnostics = loaded.diagnostics;
    if (!loaded.project) {
        report.readable = false;
        return report;
    }
    if (version) {
        loaded.project->flinkVersion = *version;
    }
    report.version = loaded.project->flinkVersion;
    report.diagnostics += ProjectValidator().validate(*loaded.project, path);
    return report;
}

PathValidator::Report PathValidator::validateConfDir(const QString &path,
                                                     std::optional<FlinkVersion> version)
{
    Report report;
    const ConfImporter::Result imported = ConfImporter::import(path, version);
    report.diagnostics = imported.diagnostics;
    if (!imported.project) {
        report.readable = false;
        return report;
    }
    report.version = imported.project->flinkVersion;
    if (imported.versionGuessed) {
        report.diagnostics.append(assumed(path, report.version));
    }
    report.diagnostics += ConfigValidator().validate(imported.rawConfig, imported.format,
                                                     report.version, imported.configFile);
    // A finding the file's own parser made (with its line) is not repeated by the cross-host rules.
    QSet<QString> reported;
    for (const Diagnostic &d : report.diagnostics) {
        reported.insert(d.rule);
    }
    // Cross-host findings about configuration keys point at the Flink file; those about hosts
    // carry the masters/workers/zoo.cfg line they came from.
    for (const Diagnostic &d :
         ProjectValidator().validateTopology(*imported.project, imported.configFile)) {
        if (!reported.contains(d.rule)) {
            report.diagnostics.append(d);
        }
    }
    return report;
}

PathValidator::Report PathValidator::validateFile(const QString &path,
                                                  std::optional<FlinkVersion> version)
{
    Report report;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        report.readable = false;
        Diagnostic d;
        d.severity = Diagnostic::Severity::Error;
        d.rule = QStringLiteral("file-unreadable");
        d.file = path;
        d.message = tr("Cannot read the file: %1").arg(file.errorString());
        report.diagnostics.append(d);
        return report;
    }
    const QString text = JavaText::decodeUtf8(file.readAll());
    const QString name = QFileInfo(path).fileName();
    if (name == u"masters" || name == u"workers" || name == u"slaves") {
        const auto kind =
            name == u"masters" ? HostListFile::Kind::Masters : HostListFile::Kind::Workers;
        report.diagnostics = HostListFile::parse(text, kind, path).diagnostics;
        if (version && name != u"masters" && name != version->workersFileName()) {
            Diagnostic d;
            d.severity = Diagnostic::Severity::Error;
            d.rule = QStringLiteral("workers-file-name");
            d.file = path;
            d.message = tr("Flink %1 reads conf/%2, not conf/%3")
                            .arg(version->toString(), version->workersFileName(), name);
            d.suggestion = tr("Rename the file to %1.").arg(version->workersFileName());
            report.diagnostics.append(d);
        }
        report.version = version.value_or(FlinkVersion());
        return report;
    }
    if (name.endsWith(QStringLiteral(".cfg"))) {
        report.diagnostics = ZooCfg::parse(text, path).diagnostics;
        return report;
    }
    // A Flink configuration file: by name, else by content (YAML maps nest; legacy files do not).
    ConfigFileFormat format = ConfigFileFormat::Legacy;
    if (name == u"config.yaml") {
        format = ConfigFileFormat::Standard;
    } else if (name != u"flink-conf.yaml") {
        const auto parsed = StandardConfFile::parse(text, path);
        bool nested = false;
        for (const ConfigEntry &e : parsed.config.entries()) {
            nested = nested || !text.contains(e.key + QLatin1Char(':'));
        }
        format = parsed.readable && nested ? ConfigFileFormat::Standard : ConfigFileFormat::Legacy;
    }
    const bool guessed = !version;
    if (!version) {
        version = format == ConfigFileFormat::Legacy ? FlinkVersion(1, 20) : FlinkVersion::latest();
    }
    report.version = *version;
    FlinkConfig config;
    if (format == ConfigFileFormat::Legacy) {
        const LegacyConfFile legacy = LegacyConfFile::parse(text);
        report.diagnostics = legacy.diagnostics(path);
        config = legacy.toConfig();
    } else {
        StandardConfFile::Result parsed = StandardConfFile::parse(text, path);
        report.diagnostics = parsed.diagnostics;
        if (!parsed.readable) {
            report.readable = false;
            return report;
        }
        config = parsed.config;
    }
    if (guessed) {
        report.diagnostics.append(assumed(path, *version));
    }
    report.diagnostics += ConfigValidator().validate(config, format, *version, path);
    return report;
}
