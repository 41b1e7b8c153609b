#pragma once

#include "window/appsettings.h"

// Light and dark appearance. "System" follows the desktop: Qt 6.4 has no colour-scheme query
// yet, so the desktop's choice is read from the lightness of its window colour.
namespace Theme {
bool systemIsDark();
bool isDark(ThemeChoice choice);
// Applies the palette for `choice` to the whole application.
void apply(ThemeChoice choice);
} // namespace Theme
