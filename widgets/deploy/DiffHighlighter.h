#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

#include <optional>

class QPalette;

/// Colours a unified diff: added lines green, removed lines red, hunk headers blue, file
/// headers bold. Colours follow the palette so the diff reads on light and dark themes.
class DiffHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiffHighlighter)
public:
    enum class Role
    {
        Added,
        Removed,
        Hunk,   ///< "@@ -1,3 +1,4 @@"
        Header, ///< "--- a" and "+++ b"
        Note,   ///< "\ No newline at end of file"
    };

    explicit DiffHighlighter(QTextDocument *document);

    /// Picks colours that read well on palette's base colour and re-highlights.
    void setPalette(const QPalette &palette);
    QTextCharFormat format(Role role) const;
    /// The role of one diff line (inHunk: after the first "@@"), or nullopt for context.
    static std::optional<Role> roleOf(const QString &line, bool inHunk);

protected:
    void highlightBlock(const QString &text) override;

private:
    QTextCharFormat m_formats[5];
};
