#pragma once

#include "Diagnostic.h"

#include <QColor>
#include <QIcon>

#include <optional>

/// Small coloured dots for severities, drawn in code so they follow no icon theme.
class StatusIcons final
{
public:
    static QColor colorFor(std::optional<Diagnostic::Severity> worst);
    /// A dot: green when nothing is wrong, blue for info, amber for warnings, red for errors.
    static QIcon dot(std::optional<Diagnostic::Severity> worst);
    static QIcon forSeverity(Diagnostic::Severity severity) { return dot(severity); }
};
