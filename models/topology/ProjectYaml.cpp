#include "ProjectYaml.h"

#include "YamlScalar.h"

#include <functional>

namespace ProjectYaml {

namespace {
const Spec kSsh{{"user", "port", "identityFile", "knownHostsFile"}, {}};
const Spec kPaths{{"flinkHome", "zookeeperHome", "zookeeperConfDir"}, {}};
const Spec kFree{{}, {}, true};
const Spec kJobManager{{"webUiPort"}, {}};
const Spec kTaskManager{{"slots"}, {}};
const Spec kZooKeeperRole{{"id", "clientPort", "peerPort", "electionPort", "adminPort", "dataDir"},
                          {}};
const Spec kRoles{
    {"jobmanager", "taskmanager", "zookeeper"},
    {{"jobmanager", &kJobManager}, {"taskmanager", &kTaskManager}, {"zookeeper", &kZooKeeperRole}}};
const Spec kHost{{"name", "address", "cores", "ssh", "paths", "roles", "flinkConfig"},
                 {{"ssh", &kSsh}, {"paths", &kPaths}, {"roles", &kRoles}, {"flinkConfig", &kFree}}};
const Spec kHosts{{}, {{"*", &kHost}}, false, true};
const Spec kHa{{"mode", "quorum", "pathRoot", "clusterId", "storageDir"}, {}};
const Spec kZooKeeper{{"tickTime", "initLimit", "syncLimit", "extra"}, {{"extra", &kFree}}};
const Spec kRoot{{"flinkdeck", "name", "flinkVersion", "configStyle", "ssh", "paths", "ha",
                  "zookeeper", "hosts", "flinkConfig"},
                 {{"ssh", &kSsh},
                  {"paths", &kPaths},
                  {"ha", &kHa},
                  {"zookeeper", &kZooKeeper},
                  {"hosts", &kHosts},
                  {"flinkConfig", &kFree}}};
} // namespace

const Spec &rootSpec()
{
    return kRoot;
}

/// The unknown parts of node under spec; null when there are none.
YAML::Node unknownPart(const YAML::Node &node, const Spec &spec)
{
    YAML::Node out;
    if (spec.freeMap) {
        return out;
    }
    if (spec.hostList && node.IsSequence()) {
        for (const YAML::Node &item : node) {
            if (item.IsMap() && item["name"] && item["name"].IsScalar()) {
                YAML::Node extra = unknownPart(item, *spec.children.at("*"));
                if (!extra.IsNull()) {
                    out[item["name"].Scalar()] = extra;
                }
            }
        }
        return out;
    }
    if (!node.IsMap()) {
        return out;
    }
    for (const auto &pair : node) {
        const std::string key = pair.first.Scalar();
        if (!spec.keys.count(key)) {
            out[key] = YAML::Clone(pair.second);
            continue;
        }
        const auto child = spec.children.find(key);
        if (child != spec.children.end()) {
            YAML::Node extra = unknownPart(pair.second, *child->second);
            if (!extra.IsNull()) {
                out[key] = extra;
            }
        }
    }
    return out;
}

/// Adds the unknown parts back into a freshly written node.
void mergeUnknown(YAML::Node fresh, const YAML::Node &unknown, const Spec &spec)
{
    if (!unknown.IsMap()) {
        return;
    }
    if (spec.hostList) {
        for (YAML::Node item : fresh) {
            const YAML::Node extra = unknown[item["name"].Scalar()];
            if (extra) {
                mergeUnknown(item, extra, *spec.children.at("*"));
            }
        }
        return;
    }
    for (const auto &pair : unknown) {
        const std::string key = pair.first.Scalar();
        const auto child = spec.children.find(key);
        if (spec.keys.count(key) && child != spec.children.end()) {
            if (!fresh[key]) {
                fresh[key] = YAML::Node(child->second->hostList ? YAML::NodeType::Sequence
                                                                : YAML::NodeType::Map);
            }
            mergeUnknown(fresh[key], pair.second, *child->second);
        } else if (!spec.keys.count(key)) {
            fresh[key] = pair.second;
        }
    }
}

/// Unknown fields in one stable spelling (sorted keys, block style), so that equal extras
/// compare equal however the user's file formatted them.
QString canonicalYaml(const YAML::Node &node)
{
    const std::function<YAML::Node(const YAML::Node &)> sorted =
        [&sorted](const YAML::Node &n) -> YAML::Node {
        if (n.IsMap()) {
            std::map<std::string, YAML::Node> items;
            for (const auto &pair : n) {
                items.emplace(pair.first.Scalar(), sorted(pair.second));
            }
            YAML::Node result(YAML::NodeType::Map);
            for (const auto &[key, value] : items) {
                result[key] = value;
            }
            return result;
        }
        if (n.IsSequence()) {
            YAML::Node result(YAML::NodeType::Sequence);
            for (const YAML::Node &item : n) {
                result.push_back(sorted(item));
            }
            return result;
        }
        return YAML::Clone(n);
    };
    YAML::Emitter out;
    emitNode(out, sorted(node));
    return QString::fromUtf8(out.c_str());
}

// Text values are always written quoted when YAML would read them as anything but the same
// text, so "yes" or "010" in a Flink value survive as written.
void emitValue(YAML::Emitter &out, const std::string &value)
{
    if (YamlScalar::needsQuoting(QString::fromStdString(value))) {
        out << YAML::DoubleQuoted << value;
    } else {
        out << value;
    }
}

void emitNode(YAML::Emitter &out, const YAML::Node &node)
{
    switch (node.Type()) {
    case YAML::NodeType::Map:
        if (node.size() == 0) {
            out << YAML::Flow << YAML::BeginMap << YAML::EndMap;
            return;
        }
        out << YAML::BeginMap;
        for (const auto &pair : node) {
            if (pair.first.Scalar().size() > 255) {
                out << YAML::LongKey; // implicit keys are limited to 1024 characters
            }
            out << YAML::Key;
            emitValue(out, pair.first.Scalar());
            out << YAML::Value;
            emitNode(out, pair.second);
        }
        out << YAML::EndMap;
        return;
    case YAML::NodeType::Sequence:
        out << YAML::BeginSeq;
        for (const YAML::Node &item : node) {
            emitNode(out, item);
        }
        out << YAML::EndSeq;
        return;
    case YAML::NodeType::Scalar:
        emitValue(out, node.Scalar());
        return;
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined:
        out << YAML::Null;
        return;
    }
}

} // namespace ProjectYaml
