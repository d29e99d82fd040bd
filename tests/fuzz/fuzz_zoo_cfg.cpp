// Fuzzes ZooKeeper's zoo.cfg: ZooCfg::parse, value, set, servers and toText.
#include "FuzzCommon.h"

#include "ZooCfg.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::checkSchema();
    return 0;
}

namespace {
bool sameServers(const QList<ZooCfg::Server> &a, const QList<ZooCfg::Server> &b)
{
    if (a.size() != b.size()) {
        return false;
    }
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].id != b[i].id || a[i].host != b[i].host || a[i].peerPort != b[i].peerPort
            || a[i].electionPort != b[i].electionPort) {
            return false;
        }
    }
    return true;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const ZooCfg::Result result = ZooCfg::parse(fuzz::text(data, size), QStringLiteral("zoo.cfg"));
    for (const Diagnostic &d : result.diagnostics) {
        (void)d.toText();
    }
    // toText() and a re-parse keep every property and every server.
    const QString text = result.cfg.toText();
    const ZooCfg::Result again = ZooCfg::parse(text, QStringLiteral("written"));
    if (again.cfg.properties() != result.cfg.properties()) {
        fuzz::finding("zoocfg-reparse-properties", data, size,
                      QStringLiteral("properties differ after toText(): '%1'").arg(fuzz::show(text)));
    }
    if (!sameServers(again.servers, result.servers) || !sameServers(result.cfg.servers(), result.servers)) {
        fuzz::finding("zoocfg-reparse-servers", data, size,
                      QStringLiteral("servers differ after toText(): '%1'").arg(fuzz::show(text)));
    }
    // set() then value() reads the value back.
    ZooCfg cfg = result.cfg;
    const QString key = cfg.properties().isEmpty() ? QStringLiteral("dataDir") : cfg.properties().first().key;
    cfg.set(key, QStringLiteral("/var/lib/zookeeper"));
    if (cfg.value(key) != u"/var/lib/zookeeper") {
        fuzz::finding("zoocfg-set", data, size,
                      QStringLiteral("set('%1') then value() gives '%2'").arg(fuzz::show(key), fuzz::show(cfg.value(key))));
    }
    return 0;
}
