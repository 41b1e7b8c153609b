#include "annotate/companycolors.h"

namespace CompanyColors {

namespace {

// Chosen by measuring (tst_companycolours): every two differ by at least 11 ΔE00 (CIEDE2000),
// and each stays 20 away from the reader's selection and 12 from its search highlight and page
// in both themes, so blues near the selection and pale yellows near the highlight are left out.
// Ordered so that neighbours (companies created one after another) differ by 15 or more. Dark
// text on each keeps a contrast of at least 7:1 (WCAG AAA).
const char16_t* const palette[count] = {
    u"#faa16b", // orange
    u"#4fe3e0", // cyan
    u"#e09ef1", // lilac
    u"#95c46b", // green
    u"#f5d1ac", // sand
    u"#c2f0d0", // mint
    u"#50cb95", // jade
    u"#d4b258", // ochre
    u"#f9d0f7", // pale pink
    u"#7ab9b6", // grey teal
    u"#fd97b7", // pink
    u"#fabeb5", // rose
};

} // namespace

QString forIndex(int n) {
    const int index = ((n % count) + count) % count;
    return QString::fromUtf16(palette[index]);
}

} // namespace CompanyColors
