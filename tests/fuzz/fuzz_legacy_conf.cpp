// Fuzzes conf/flink-conf.yaml: LegacyConfFile::parse, toConfig, diagnostics, toText, setValue
// and remove.
#include "FuzzCommon.h"

#include "LegacyConfFile.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::checkSchema();
    return 0;
}

namespace {
qsizetype entryLines(const LegacyConfFile &file, const QString &key)
{
    qsizetype count = 0;
    for (const LegacyConfFile::Line &l : file.lines()) {
        if (l.kind == LegacyConfFile::Line::Kind::Entry && l.key == key) {
            ++count;
        }
    }
    return count;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString input = fuzz::text(data, size);
    LegacyConfFile file = LegacyConfFile::parse(input);
    const FlinkConfig config = file.toConfig();
    const DiagnosticList diagnostics = file.diagnostics(QStringLiteral("conf/flink-conf.yaml"));
    for (const Diagnostic &d : diagnostics) {
        (void)d.toText();
    }
    const QString text = file.toText();

    // An unedited file is written back byte for byte (brief: only when the input ends with
    // '\n' and has no '\r'; other inputs are checked for the weaker "same lines" property).
    if (input.endsWith(u'\n') && !input.contains(u'\r')) {
        if (text != input) {
            fuzz::finding("legacy-totext", data, size,
                          QStringLiteral("toText() differs: in='%1' out='%2'").arg(fuzz::show(input), fuzz::show(text)));
        }
    }
    // Whatever the input, parsing the written text again gives the same configuration.
    if (LegacyConfFile::parse(text).toConfig().entries() != config.entries()) {
        fuzz::finding("legacy-reparse", data, size, QStringLiteral("parse(toText()) differs"));
    }
    // toConfig: every entry is a known Entry line's key.
    FUZZ_ASSERT(config.size() <= file.lines().size(), QStringLiteral("more keys than lines"));

    if (config.isEmpty()) {
        // setValue on an empty file appends a line.
        file.setValue(QStringLiteral("fuzz.key"), QStringLiteral("42"));
        FUZZ_ASSERT(file.toConfig().value(QStringLiteral("fuzz.key")) == u"42", QStringLiteral("append failed"));
        return 0;
    }

    const QString key = config.entries().first().key;
    const qsizetype lineCount = file.lines().size();
    // A value the legacy format can hold (no '#', no line break, trimmed) must read back as set.
    QString value = config.entries().last().value;
    if (!LegacyConfFile::canRepresent(value)) {
        value = QStringLiteral("42");
    }
    LegacyConfFile edited = file;
    edited.setValue(key, value);
    const FlinkConfig afterSet = edited.toConfig();
    if (afterSet.value(key) != value || edited.lines().size() != lineCount) {
        fuzz::finding("legacy-setvalue", data, size,
                      QStringLiteral("setValue('%1', '%2') reads back '%3' (%4 -> %5 lines)")
                          .arg(fuzz::show(key), fuzz::show(value), fuzz::show(afterSet.value(key)))
                          .arg(lineCount)
                          .arg(edited.lines().size()));
    }
    // Other keys are untouched.
    for (const ConfigEntry &e : config.entries()) {
        if (e.key != key && afterSet.value(e.key) != e.value) {
            fuzz::finding("legacy-setvalue-other", data, size,
                          QStringLiteral("setValue('%1') changed '%2'").arg(fuzz::show(key), fuzz::show(e.key)));
            break;
        }
    }
    // The edited text parses to the same edited configuration.
    if (LegacyConfFile::parse(edited.toText()).toConfig().entries() != afterSet.entries()) {
        fuzz::finding("legacy-setvalue-reparse", data, size, QStringLiteral("parse(toText()) after setValue differs"));
    }

    edited.remove(key);
    const qsizetype remaining = entryLines(edited, key);
    const FlinkConfig afterRemove = edited.toConfig();
    FUZZ_ASSERT(!afterRemove.contains(key) && remaining == 0, QStringLiteral("remove left the key"));
    FUZZ_ASSERT(afterRemove.size() == config.size() - 1, QStringLiteral("remove dropped other keys"));
    if (LegacyConfFile::parse(edited.toText()).toConfig().entries() != afterRemove.entries()) {
        fuzz::finding("legacy-remove-reparse", data, size, QStringLiteral("parse(toText()) after remove differs"));
    }
    return 0;
}
