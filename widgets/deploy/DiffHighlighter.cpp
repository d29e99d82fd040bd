#include "DiffHighlighter.h"

#include <QPalette>

namespace {

QColor blend(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(static_cast<float>(a.redF() * (1 - t) + b.redF() * t),
                            static_cast<float>(a.greenF() * (1 - t) + b.greenF() * t),
                            static_cast<float>(a.blueF() * (1 - t) + b.blueF() * t));
}

int index(DiffHighlighter::Role role)
{
    return static_cast<int>(role);
}

} // namespace

DiffHighlighter::DiffHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    setPalette(QPalette());
}

void DiffHighlighter::setPalette(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    const bool dark = base.lightnessF() < 0.5;
    // Text colours as in code review tools; the line tint is the same hue mixed into the base,
    // so it never fights the text for contrast.
    const QColor added = dark ? QColor(0x7e, 0xe7, 0x87) : QColor(0x11, 0x63, 0x29);
    const QColor removed = dark ? QColor(0xff, 0xa1, 0x98) : QColor(0xa4, 0x0e, 0x26);
    const QColor hunk = dark ? QColor(0x79, 0xc0, 0xff) : QColor(0x05, 0x50, 0xae);

    QTextCharFormat addedFormat;
    addedFormat.setForeground(added);
    addedFormat.setBackground(blend(base, QColor(0x2e, 0xa0, 0x43), dark ? 0.22 : 0.14));
    QTextCharFormat removedFormat;
    removedFormat.setForeground(removed);
    removedFormat.setBackground(blend(base, QColor(0xd7, 0x3a, 0x31), dark ? 0.22 : 0.12));
    QTextCharFormat hunkFormat;
    hunkFormat.setForeground(hunk);
    QTextCharFormat header;
    header.setForeground(text);
    header.setFontWeight(QFont::Bold);
    QTextCharFormat note;
    note.setForeground(blend(text, base, 0.45));
    note.setFontItalic(true);

    m_formats[index(Role::Added)] = addedFormat;
    m_formats[index(Role::Removed)] = removedFormat;
    m_formats[index(Role::Hunk)] = hunkFormat;
    m_formats[index(Role::Header)] = header;
    m_formats[index(Role::Note)] = note;
    rehighlight();
}

QTextCharFormat DiffHighlighter::format(Role role) const
{
    return m_formats[index(role)];
}

std::optional<DiffHighlighter::Role> DiffHighlighter::roleOf(const QString &line, bool inHunk)
{
    if (line.startsWith(QLatin1String("@@"))) {
        return Role::Hunk;
    }
    // Before the first hunk, "--- a" and "+++ b" name the files; inside one they are content.
    if (!inHunk &&
        (line.startsWith(QLatin1String("+++ ")) || line.startsWith(QLatin1String("--- ")))) {
        return Role::Header;
    }
    if (line.startsWith(u'+')) {
        return Role::Added;
    }
    if (line.startsWith(u'-')) {
        return Role::Removed;
    }
    if (line.startsWith(u'\\')) {
        return Role::Note;
    }
    return std::nullopt;
}

void DiffHighlighter::highlightBlock(const QString &text)
{
    constexpr int kInHunk = 1;
    const bool inHunk = previousBlockState() == kInHunk;
    const auto role = roleOf(text, inHunk);
    setCurrentBlockState(inHunk || role == Role::Hunk ? kInHunk : 0);
    if (role) {
        setFormat(0, static_cast<int>(text.size()), format(*role));
    }
}
