#include "annotate/companycolors.h"

namespace CompanyColors {

namespace {

// Ordered so that neighbours (companies created one after another) differ clearly in hue.
// All are light enough that dark text on them keeps a contrast of at least 8:1 (WCAG AAA).
const char16_t* const palette[count] = {
    u"#ffd54f", // amber
    u"#81d4fa", // light blue
    u"#a5d6a7", // green
    u"#f48fb1", // pink
    u"#ffab91", // deep orange
    u"#b39ddb", // purple
    u"#80cbc4", // teal
    u"#e6ee9c", // lime
    u"#ce93d8", // violet
    u"#90caf9", // blue
    u"#ffcc80", // orange
    u"#bcaaa4", // brown
};

} // namespace

QString forIndex(int n) {
    const int index = ((n % count) + count) % count;
    return QString::fromUtf16(palette[index]);
}

} // namespace CompanyColors
