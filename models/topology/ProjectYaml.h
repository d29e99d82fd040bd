#pragma once

#include <QString>

#include <map>
#include <set>
#include <string>
#include <yaml-cpp/yaml.h>

/// The YAML side of project files shared by the reader and the writer: which fields FlinkDeck
/// knows at each level, the unknown rest that a save must keep, and one stable way to write YAML.
namespace ProjectYaml {

// The fields FlinkDeck knows, level by level; anything else is kept as an extra.
struct Spec
{
    std::set<std::string> keys;
    std::map<std::string, const Spec *> children;
    bool freeMap = false;  ///< every key is content (flinkConfig)
    bool hostList = false; ///< a sequence of hosts matched by name
};

/// The whole project file's known fields.
const Spec &rootSpec();
/// The unknown parts of node under spec; null when there are none.
YAML::Node unknownPart(const YAML::Node &node, const Spec &spec);
/// Adds the unknown parts back into a freshly written node.
void mergeUnknown(YAML::Node fresh, const YAML::Node &unknown, const Spec &spec);
/// Unknown fields in one stable spelling (sorted keys, block style).
QString canonicalYaml(const YAML::Node &node);
/// Writes node in block style, quoting text YAML would read as something else.
void emitNode(YAML::Emitter &out, const YAML::Node &node);

} // namespace ProjectYaml
