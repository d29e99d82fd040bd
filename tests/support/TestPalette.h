#pragma once

#include <QPalette>

/// Palettes for tests that check a widget reads its colours from the palette.
namespace TestPalette {
/// A dark palette like the desktops' dark themes (light text on dark bases).
QPalette dark();
} // namespace TestPalette
