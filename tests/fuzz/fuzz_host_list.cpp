// Fuzzes conf/masters and conf/workers: HostListFile::parse and write.
#include "FuzzCommon.h"

#include "HostListFile.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::checkSchema();
    return 0;
}

namespace {
void check(const QString &text, HostListFile::Kind kind, const char *findingKind, const uint8_t *data, size_t size)
{
    const HostListFile::Result result = HostListFile::parse(text, kind, QStringLiteral("conf/masters"));
    for (const Diagnostic &d : result.diagnostics) {
        (void)d.toText();
    }
    for (const HostListFile::Entry &e : result.entries) {
        FUZZ_ASSERT(e.port >= 0 && e.port <= 65535, QStringLiteral("port out of range"));
        FUZZ_ASSERT(kind == HostListFile::Kind::Masters || e.port == 0, QStringLiteral("workers entry with a port"));
        FUZZ_ASSERT(!e.host.contains(u'#') && !e.host.contains(u':'), QStringLiteral("host with # or :"));
    }
    // What FlinkDeck writes must read back as the same hosts.
    const QString written = HostListFile::write(result.entries);
    const HostListFile::Result again = HostListFile::parse(written, kind, QStringLiteral("written"));
    if (again.entries != result.entries) {
        // Name the first entry that does not come back, and sort by the likely cause.
        qsizetype i = 0;
        while (i < result.entries.size() && i < again.entries.size() && result.entries[i] == again.entries[i]) {
            ++i;
        }
        const HostListFile::Entry *lost = i < result.entries.size() ? &result.entries[i] : nullptr;
        QByteArray kind = findingKind;
        if (lost && lost->host.isEmpty()) {
            kind += "-empty-host";
        } else if (lost && lost->host.contains(u'/')) {
            kind += "-slash-host";
        }
        const QString detail = QStringLiteral("entry %1 '%2' port %3 reads back as '%4' port %5; written '%6'")
                                   .arg(i)
                                   .arg(lost ? fuzz::show(lost->host) : QStringLiteral("<none>"))
                                   .arg(lost ? lost->port : -1)
                                   .arg(i < again.entries.size() ? fuzz::show(again.entries[i].host) : QStringLiteral("<none>"))
                                   .arg(i < again.entries.size() ? again.entries[i].port : -1)
                                   .arg(fuzz::show(written));
        fuzz::finding(kind.constData(), data, size, detail);
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = fuzz::text(data, size);
    check(text, HostListFile::Kind::Masters, "hostlist-roundtrip-masters", data, size);
    check(text, HostListFile::Kind::Workers, "hostlist-roundtrip-workers", data, size);
    return 0;
}
