#include "StandardConfFile.h"

#include "JavaText.h"
#include "YamlScalar.h"
#include "YamlSyntaxError.h"

#include <QHash>

#include <yaml-cpp/yaml.h>

namespace {

struct Flattener
{
    Q_DECLARE_TR_FUNCTIONS(StandardConfFile)
public:
    QString fileName;
    StandardConfFile::Result *result = nullptr;
    QHash<QString, int> seenAt;

    // A scalar may start with U+FEFF; QString::fromStdString would silently drop it.
    static QString text(const YAML::Node &node)
    {
        return JavaText::decodeUtf8(QByteArray::fromStdString(node.Scalar()));
    }
    static int lineOf(const YAML::Node &node) { return node.Mark().line + 1; }

    Diagnostic make(Diagnostic::Severity severity, const char *rule, const YAML::Node &at,
                    const QString &key)
    {
        Diagnostic d;
        d.severity = severity;
        d.rule = QString::fromLatin1(rule);
        d.file = fileName;
        d.line = lineOf(at);
        d.key = key;
        return d;
    }

    static QString scalarValue(const YAML::Node &node)
    {
        const std::string &tag = node.Tag();
        if (tag == "?") {
            return YamlScalar::flinkString(text(node));
        }
        return text(node); // quoted, block or !!str: a string as written
    }

    static QString flowText(const YAML::Node &node)
    {
        switch (node.Type()) {
        case YAML::NodeType::Scalar:
            return scalarValue(node);
        case YAML::NodeType::Sequence: {
            QStringList items;
            for (const auto &item : node) {
                items.append(flowText(item));
            }
            return QLatin1Char('[') + items.join(QStringLiteral(", ")) + QLatin1Char(']');
        }
        case YAML::NodeType::Map: {
            QStringList items;
            for (const auto &pair : node) {
                items.append(text(pair.first) + QStringLiteral(": ") + flowText(pair.second));
            }
            return QLatin1Char('{') + items.join(QStringLiteral(", ")) + QLatin1Char('}');
        }
        case YAML::NodeType::Null:
        case YAML::NodeType::Undefined:
            break;
        }
        return QStringLiteral("null");
    }

    void flatten(const YAML::Node &map, const QString &prefix)
    {
        QHash<QString, int> localKeys;
        for (const auto &pair : map) {
            const YAML::Node &keyNode = pair.first;
            const YAML::Node &valueNode = pair.second;
            if (!keyNode.IsScalar()) {
                Diagnostic d =
                    make(Diagnostic::Severity::Error, "yaml-complex-key", keyNode, prefix);
                d.message = tr(
                    "A key in config.yaml must be a single word or dotted name, not a list or map");
                result->diagnostics.append(d);
                continue;
            }
            const QString localKey = text(keyNode);
            const QString key = prefix + localKey;
            if (localKeys.contains(localKey)) {
                Diagnostic d = make(Diagnostic::Severity::Error, "duplicate-key", keyNode, key);
                d.message =
                    tr("'%1' appears twice in the same map (first on line %2); Flink refuses "
                       "to load this file")
                        .arg(localKey)
                        .arg(localKeys.value(localKey));
                d.suggestion = tr("Delete one of them.");
                result->diagnostics.append(d);
                continue;
            }
            localKeys.insert(localKey, lineOf(keyNode));
            if (valueNode.IsMap() && valueNode.size() > 0) {
                flatten(valueNode, key + QLatin1Char('.'));
                continue;
            }
            if (valueNode.IsNull() ||
                (valueNode.IsScalar() && valueNode.Tag() == "?" &&
                 YamlScalar::resolve(text(valueNode)) == YamlScalar::Type::Null)) {
                // Checked on flink-dist 1.20.3: Configuration.setValueInternal throws on null, so
                // the whole file fails to load.
                Diagnostic d = make(Diagnostic::Severity::Error, "yaml-null-value", keyNode, key);
                d.message = tr("'%1' has no value (YAML null); Flink refuses to load a config.yaml "
                               "with a null value")
                                .arg(key);
                d.suggestion =
                    tr("Give it a value, quote an empty string as '', or delete the line.");
                result->diagnostics.append(d);
                continue;
            }
            QString value;
            if (valueNode.IsScalar()) {
                value = scalarValue(valueNode);
                const QString raw = text(valueNode);
                if (valueNode.Tag() == "?" && value != raw) {
                    Diagnostic d =
                        make(Diagnostic::Severity::Warning, "yaml-retyped", valueNode, key);
                    d.message =
                        tr("YAML reads the unquoted value %1 of '%2' as %3").arg(raw, key, value);
                    d.suggestion = tr("Quote it ('%1') if you meant the text.").arg(raw);
                    result->diagnostics.append(d);
                }
            } else {
                value = flowText(valueNode);
            }
            const int line = lineOf(keyNode);
            if (seenAt.contains(key)) {
                Diagnostic d =
                    make(Diagnostic::Severity::Error, "nested-flat-collision", keyNode, key);
                d.message = tr("'%1' is set twice once nested maps are flattened (also on line %2)")
                                .arg(key)
                                .arg(seenAt.value(key));
                d.suggestion = tr("Keep either the dotted key or the nested one.");
                result->diagnostics.append(d);
            }
            seenAt.insert(key, line);
            result->config.set(key, value, line);
        }
    }
};

} // namespace

StandardConfFile::Result StandardConfFile::parse(const QString &text, const QString &fileName)
{
    Result result;
    YAML::Node root;
    try {
        root = YAML::Load(text.toStdString());
    } catch (const YAML::Exception &e) {
        Diagnostic d = YamlSyntaxError::diagnostic(e, fileName);
        d.suggestion = tr("config.yaml is standard YAML: check indentation, quotes and the ': ' "
                          "after each key.");
        result.diagnostics.append(d);
        return result;
    }
    result.readable = true;
    if (root.IsNull()) {
        return result; // an empty file is a valid, empty configuration
    }
    if (!root.IsMap()) {
        Diagnostic d;
        d.severity = Diagnostic::Severity::Error;
        d.rule = QStringLiteral("yaml-not-a-map");
        d.file = fileName;
        d.line = root.Mark().line + 1;
        d.message = tr("config.yaml must be a map of keys to values");
        result.diagnostics.append(d);
        result.readable = false;
        return result;
    }
    Flattener flattener;
    flattener.fileName = fileName;
    flattener.result = &result;
    flattener.flatten(root, {});
    return result;
}
