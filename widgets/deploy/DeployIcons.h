#pragma once

#include <QColor>
#include <QIcon>

class QPalette;

/// The states a host or a step goes through in a deploy, with the colours and round icons the
/// Deploy page shows for them (in the spirit of StatusIcons, drawn in code).
class DeployIcons final
{
public:
    enum class State
    {
        Pending,   ///< not started yet
        Running,   ///< under way
        Done,      ///< finished well
        Failed,    ///< finished badly
        Skipped,   ///< never ran (cancel, earlier failure)
        Attention, ///< ran, but something needs a look (a host that could not be inspected)
    };

    /// The fill colour of the state's icon.
    static QColor color(State state);
    /// A colour for text in that state that keeps its contrast on palette's base colour.
    static QColor textColor(State state, const QPalette &palette);
    /// Draws the icon; callers that paint often keep it.
    static QIcon icon(State state);
};
