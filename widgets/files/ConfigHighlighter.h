#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

class QPalette;

/// Colours configuration files: YAML (config.yaml), Flink's legacy line format
/// (flink-conf.yaml), Java properties (zoo.cfg) and plain host lists.
class ConfigHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfigHighlighter)
public:
    enum class Syntax
    {
        Plain,      ///< masters, workers, myid: host[:port] lines and comments
        Yaml,       ///< config.yaml
        LegacyConf, ///< flink-conf.yaml: "key: value", '#' cuts anywhere
        Properties, ///< zoo.cfg: key=value
    };
    enum class Role
    {
        Comment,
        Key,
        String,
        Literal, ///< numbers, booleans, null
        Punctuation,
    };

    explicit ConfigHighlighter(QTextDocument *document);

    /// Switches the rules and re-highlights.
    void setSyntax(Syntax syntax);
    /// The rules in use.
    Syntax syntax() const { return m_syntax; }
    /// Picks colours that read well on palette's base colour and re-highlights.
    void setPalette(const QPalette &palette);
    /// The format used for role.
    QTextCharFormat format(Role role) const;

protected:
    void highlightBlock(const QString &text) override;

private:
    void highlightValue(const QString &text, qsizetype from, qsizetype to);
    /// Where a comment starts in text, or -1 (quote-aware for YAML).
    qsizetype commentStart(const QString &text) const;

    Syntax m_syntax = Syntax::Plain;
    QTextCharFormat m_formats[5];
};
