#pragma once

#include <QtGlobal>

// How different two colours look, for choosing highlight colours a reader can tell apart:
// CIEDE2000 (ΔE00) in CIELAB under D65, and WCAG's contrast ratio for text on a colour. Colours
// are sRGB as 0xRRGGBB, so the core needs no QtGui.
namespace ColourDifference {

struct Lab {
    double l = 0, a = 0, b = 0;
};

Lab labFromRgb(quint32 rgb);
// About 1: just noticeable side by side; above 10: different colours at a glance.
double ciede2000(const Lab& first, const Lab& second);
double ciede2000(quint32 first, quint32 second);
// WCAG 2: 1 (none) to 21 (black on white); 4.5 suits body text, 7 is AAA.
double contrastRatio(quint32 first, quint32 second);

} // namespace ColourDifference
