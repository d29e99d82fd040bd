#include "ConfigYamlWriter.h"

#include "YamlScalar.h"

#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace {

struct TreeNode
{
    QString segment;
    std::optional<QString> value;
    std::vector<std::unique_ptr<TreeNode>> children;

    TreeNode *child(const QString &name)
    {
        for (auto &c : children) {
            if (c->segment == name) {
                return c.get();
            }
        }
        children.push_back(std::make_unique<TreeNode>());
        children.back()->segment = name;
        return children.back().get();
    }
};

/// key followed by the ": " that introduces its value. YAML (and SnakeYAML) limit implicit keys
/// to 1024 characters, so longer ones use the explicit "? key" form.
QString keyText(const QString &key, const QString &indent = {})
{
    const QString text = YamlScalar::needsQuoting(key) ? YamlScalar::toYaml(key) : key;
    if (text.toUtf8().size() > 1000) {
        return QStringLiteral("? ") + text + QLatin1Char('\n') + indent;
    }
    return text;
}

void collectFlat(const TreeNode &node, const QString &prefix,
                 QList<std::pair<QString, QString>> &out)
{
    const QString path = prefix.isEmpty() ? node.segment : prefix + QLatin1Char('.') + node.segment;
    if (node.value) {
        out.append({path, *node.value});
    }
    for (const auto &c : node.children) {
        collectFlat(*c, path, out);
    }
}

void emit(const TreeNode &node, int depth, QString &out)
{
    const QString indent(depth * 2, QLatin1Char(' '));
    if (node.value && !node.children.empty()) {
        // The key is both a value and a prefix: a map cannot hold both, so its subtree is
        // written with dotted keys at this level (flattening gives the same keys back).
        QList<std::pair<QString, QString>> flat;
        collectFlat(node, {}, flat);
        for (const auto &[k, v] : flat) {
            out += indent + keyText(k, indent) + QStringLiteral(": ") + YamlScalar::toYaml(v) +
                   QLatin1Char('\n');
        }
        return;
    }
    if (node.value) {
        out += indent + keyText(node.segment, indent) + QStringLiteral(": ") +
               YamlScalar::toYaml(*node.value) + QLatin1Char('\n');
        return;
    }
    out += indent + keyText(node.segment, indent) + QStringLiteral(":\n");
    for (const auto &c : node.children) {
        emit(*c, depth + 1, out);
    }
}

} // namespace

QString ConfigYamlWriter::write(const FlinkConfig &config, Style style, const QString &header)
{
    QString out = header;
    if (style == Style::Flat) {
        for (const ConfigEntry &e : config.entries()) {
            out += keyText(e.key) + QStringLiteral(": ") + YamlScalar::toYaml(e.value) +
                   QLatin1Char('\n');
        }
        return out;
    }
    TreeNode root;
    QString flatTail;
    for (const ConfigEntry &e : config.entries()) {
        const QStringList segments = e.key.split(u'.');
        if (segments.contains(QString())) {
            // "a..b" or ".a" cannot be spelled as nested maps; such keys stay dotted.
            flatTail += keyText(e.key) + QStringLiteral(": ") + YamlScalar::toYaml(e.value) +
                        QLatin1Char('\n');
            continue;
        }
        TreeNode *node = &root;
        for (const QString &segment : segments) {
            node = node->child(segment);
        }
        node->value = e.value;
    }
    for (const auto &c : root.children) {
        emit(*c, 0, out);
    }
    return out + flatTail;
}
