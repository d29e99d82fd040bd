#include "CommandLine.h"

#include "ConfImporter.h"
#include "DeployCommand.h"
#include "ConfigMigrator.h"
#include "JavaText.h"
#include "LegacyConfFile.h"
#include "PathValidator.h"
#include "ProjectFile.h"
#include "ProjectRenderer.h"
#include "RenderedFileExport.h"
#include "StandardConfFile.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace {

constexpr int kOk = 0;
constexpr int kFindings = 1;
constexpr int kUnreadable = 2;

const QStringList kVerbs{QStringLiteral("validate"), QStringLiteral("render"),
                         QStringLiteral("migrate"), QStringLiteral("import"),
                         QStringLiteral("deploy")};

QCommandLineOption versionOption()
{
    return QCommandLineOption(QStringLiteral("flink-version"),
                              CommandLine::tr("Target Flink version, e.g. 1.20."),
                              QStringLiteral("X.Y"));
}

/// Parses args for one verb; on failure prints the reason and returns false.
bool parse(QCommandLineParser &parser, const QStringList &args, const QString &verb,
           const QString &positional, QTextStream &err)
{
    parser.setApplicationDescription(CommandLine::tr("flinkdeck %1").arg(verb));
    parser.addHelpOption();
    parser.addPositionalArgument(positional, CommandLine::tr("The file or directory to read."));
    QStringList argv = args;
    argv.first() = QStringLiteral("flinkdeck ") + verb;
    if (!parser.parse(argv)) {
        err << parser.errorText() << '\n';
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        err << parser.helpText();
        return false;
    }
    if (parser.positionalArguments().size() != 1) {
        err << CommandLine::tr("flinkdeck %1 takes exactly one %2").arg(verb, positional) << '\n';
        return false;
    }
    return true;
}

std::optional<std::optional<FlinkVersion>> versionFrom(const QCommandLineParser &parser,
                                                       QTextStream &err)
{
    if (!parser.isSet(QStringLiteral("flink-version"))) {
        return std::optional<FlinkVersion>();
    }
    const QString text = parser.value(QStringLiteral("flink-version"));
    const auto version = FlinkVersion::parse(text);
    if (!version) {
        err << CommandLine::tr("'%1' is not a Flink version (write e.g. 1.20)").arg(text) << '\n';
        return std::nullopt;
    }
    return std::optional<FlinkVersion>(*version);
}

bool writeFile(const QString &path, const QByteArray &content, QTextStream &err)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() ||
        !file.commit()) {
        err << CommandLine::tr("Cannot write %1: %2").arg(path, file.errorString()) << '\n';
        return false;
    }
    return true;
}

void printDiagnostics(const DiagnosticList &list, QTextStream &out)
{
    for (const Diagnostic &d : list) {
        out << d.toText() << '\n';
    }
}

} // namespace

bool CommandLine::handles(const QStringList &args)
{
    return !args.isEmpty() && kVerbs.contains(args.first());
}

int CommandLine::run(const QStringList &args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString verb = args.first();
    QStringList rest = args;
    if (verb == u"validate") {
        return validate(rest, out, err);
    }
    if (verb == u"render") {
        return render(rest, out, err);
    }
    if (verb == u"deploy") {
        return DeployCommand::run(rest);
    }
    if (verb == u"migrate") {
        return migrate(rest, out, err);
    }
    return importConf(rest, out, err);
}

int CommandLine::validate(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.addOption(versionOption());
    parser.addOption(QCommandLineOption(QStringLiteral("format"),
                                        tr("Output format: text or json."),
                                        QStringLiteral("text|json"), QStringLiteral("text")));
    if (!parse(parser, args, QStringLiteral("validate"), QStringLiteral("PATH"), err)) {
        return kUnreadable;
    }
    const auto version = versionFrom(parser, err);
    const QString format = parser.value(QStringLiteral("format"));
    if (!version || (format != u"text" && format != u"json")) {
        if (version) {
            err << tr("--format must be text or json") << '\n';
        }
        return kUnreadable;
    }
    const PathValidator::Report report =
        PathValidator::validate(parser.positionalArguments().first(), *version);
    if (format == u"json") {
        QJsonArray array;
        for (const Diagnostic &d : report.diagnostics) {
            array.append(d.toJson());
        }
        out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    } else {
        printDiagnostics(report.diagnostics, out);
        out << tr("%n error(s)", nullptr,
                  Diagnostics::count(report.diagnostics, Diagnostic::Severity::Error))
            << QStringLiteral(", ")
            << tr("%n warning(s)", nullptr,
                  Diagnostics::count(report.diagnostics, Diagnostic::Severity::Warning))
            << QStringLiteral(", ")
            << tr("%n info message(s)", nullptr,
                  Diagnostics::count(report.diagnostics, Diagnostic::Severity::Info))
            << '\n';
    }
    if (!report.readable) {
        return kUnreadable;
    }
    return Diagnostics::hasErrors(report.diagnostics) ? kFindings : kOk;
}

int CommandLine::render(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.addOption(
        QCommandLineOption(QStringLiteral("out"),
                           tr("Output directory; each file goes to DIR/<host>/<path on the host>."),
                           QStringLiteral("DIR")));
    if (!parse(parser, args, QStringLiteral("render"), QStringLiteral("PROJECT"), err)) {
        return kUnreadable;
    }
    if (!parser.isSet(QStringLiteral("out"))) {
        err << tr("flinkdeck render needs --out DIR") << '\n';
        return kUnreadable;
    }
    const ProjectFile::LoadResult loaded = ProjectFile::load(parser.positionalArguments().first());
    if (!loaded.project) {
        printDiagnostics(loaded.diagnostics, err);
        return kUnreadable;
    }
    const QString outDir = parser.value(QStringLiteral("out"));
    const QList<RenderedFile> files = ProjectRenderer().render(*loaded.project);
    QStringList written;
    QString error;
    const bool ok = RenderedFileExport::write(files, outDir, &written, &error);
    for (const QString &target : std::as_const(written)) {
        out << target << '\n';
    }
    if (!ok) {
        err << error << '\n';
        return kFindings;
    }
    out << tr("%n file(s) written", nullptr, static_cast<int>(files.size())) << '\n';
    return kOk;
}

int CommandLine::migrate(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.addOption(versionOption());
    parser.addOption(QCommandLineOption(QStringLiteral("out"),
                                        tr("Write the migrated file here instead of stdout."),
                                        QStringLiteral("FILE")));
    parser.addOption(
        QCommandLineOption(QStringLiteral("nested"), tr("Write config.yaml with nested maps.")));
    if (!parse(parser, args, QStringLiteral("migrate"), QStringLiteral("FILE"), err)) {
        return kUnreadable;
    }
    const auto version = versionFrom(parser, err);
    if (!version) {
        return kUnreadable;
    }
    const QString path = parser.positionalArguments().first();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err << tr("Cannot read %1: %2").arg(path, file.errorString()) << '\n';
        return kUnreadable;
    }
    const QString text = JavaText::decodeUtf8(file.readAll());
    FlinkConfig config;
    if (QFileInfo(path).fileName() == u"config.yaml") {
        const StandardConfFile::Result parsed = StandardConfFile::parse(text, path);
        if (!parsed.readable) {
            printDiagnostics(parsed.diagnostics, err);
            return kFindings;
        }
        config = parsed.config;
    } else {
        const LegacyConfFile legacy = LegacyConfFile::parse(text);
        printDiagnostics(legacy.diagnostics(path), err);
        config = legacy.toConfig();
    }
    const FlinkVersion target = version->value_or(FlinkVersion::latest());
    const ConfigMigrator::Result result = ConfigMigrator().migrate(
        config, target,
        parser.isSet(QStringLiteral("nested")) ? ConfigYamlWriter::Style::Nested
                                               : ConfigYamlWriter::Style::Flat);
    for (const ConfigMigrator::Change &change : result.changes) {
        err << path << ": " << change.toText() << '\n';
    }
    err << tr("%n change(s) for Flink %1", nullptr, static_cast<int>(result.changes.size()))
               .arg(target.toString())
        << '\n';
    if (parser.isSet(QStringLiteral("out"))) {
        return writeFile(parser.value(QStringLiteral("out")), result.text.toUtf8(), err)
                   ? kOk
                   : kFindings;
    }
    out << result.text;
    return kOk;
}

int CommandLine::importConf(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.addOption(versionOption());
    parser.addOption(QCommandLineOption(QStringLiteral("out"), tr("The cluster project to write."),
                                        QStringLiteral("PROJECT")));
    parser.addOption(QCommandLineOption(QStringLiteral("zoo-cfg"),
                                        tr("A zoo.cfg to read the ZooKeeper ensemble from."),
                                        QStringLiteral("FILE")));
    if (!parse(parser, args, QStringLiteral("import"), QStringLiteral("CONF_DIR"), err)) {
        return kUnreadable;
    }
    const auto version = versionFrom(parser, err);
    if (!version) {
        return kUnreadable;
    }
    if (!parser.isSet(QStringLiteral("out"))) {
        err << tr("flinkdeck import needs --out PROJECT") << '\n';
        return kUnreadable;
    }
    const ConfImporter::Result result = ConfImporter::import(
        parser.positionalArguments().first(), *version, parser.value(QStringLiteral("zoo-cfg")));
    printDiagnostics(result.diagnostics, err);
    if (!result.project) {
        return kUnreadable;
    }
    QString error;
    if (!ProjectFile::save(*result.project, parser.value(QStringLiteral("out")), &error)) {
        err << error << '\n';
        return kFindings;
    }
    out << tr("Imported %n host(s) into %1", nullptr,
              static_cast<int>(result.project->hosts.size()))
               .arg(parser.value(QStringLiteral("out")))
        << '\n';
    return kOk;
}
