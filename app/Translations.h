#pragma once

class QCoreApplication;

/// Loads the translation for the system locale (or FLINKDECK_LANG) from the built-in resources.
namespace Translations {
void install(QCoreApplication &app);
}
