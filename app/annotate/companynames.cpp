#include "annotate/companynames.h"

#include <QStringList>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace CompanyNames {

QString aliasForm(const QString& surface) {
    QString form = surface.simplified();
    while (form.size() > 1 && (form.front() == u'@' || form.front() == u'#'))
        form.remove(0, 1);
    return form;
}

QString key(const QString& name) {
    return aliasForm(name).toCaseFolded();
}

QString looseKey(const QString& name) {
    // Legal forms as they close a company's name in English and German news.
    static const QStringList legalForms{
        u"ag"_s,  u"gmbh"_s,    u"se"_s,          u"kg"_s,      u"kgaa"_s,  u"inc"_s,    u"ltd"_s,
        u"llc"_s, u"plc"_s,     u"corp"_s,        u"co"_s,      u"sa"_s,    u"nv"_s,     u"bv"_s,
        u"spa"_s, u"limited"_s, u"corporation"_s, u"company"_s, u"group"_s, u"holding"_s};
    const QString decomposed = key(name).normalized(QString::NormalizationForm_D);
    QString plain;
    plain.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue; // the accent of a decomposed letter
        plain.append(c.isLetterOrNumber() ? c : u' ');
    }
    const QStringList words = plain.split(u' ', Qt::SkipEmptyParts);
    // "S.A." became "s a": a run of single letters is one word again.
    QStringList joined;
    bool lastWasLetter = false;
    for (const QString& word : words) {
        const bool isLetter = word.size() == 1;
        if (isLetter && lastWasLetter)
            joined.last().append(word);
        else
            joined.append(word);
        lastWasLetter = isLetter;
    }
    while (joined.size() > 1 && legalForms.contains(joined.last()))
        joined.removeLast();
    return joined.join(u' ');
}

int editDistance(const QString& a, const QString& b, int cap) {
    if (std::abs(int(a.size()) - int(b.size())) > cap)
        return cap + 1;
    const int n = int(a.size());
    const int m = int(b.size());
    // Three rows of the Damerau–Levenshtein table (optimal string alignment).
    std::vector<int> before(m + 1), previous(m + 1), current(m + 1);
    for (int j = 0; j <= m; ++j)
        previous[j] = j;
    for (int i = 1; i <= n; ++i) {
        current[0] = i;
        int rowMinimum = current[0];
        for (int j = 1; j <= m; ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && a.at(i - 1) == b.at(j - 2) && a.at(i - 2) == b.at(j - 1))
                current[j] = std::min(current[j], before[j - 2] + 1);
            rowMinimum = std::min(rowMinimum, current[j]);
        }
        if (rowMinimum > cap)
            return cap + 1;
        before.swap(previous);
        previous.swap(current);
    }
    return std::min(previous[m], cap + 1);
}

} // namespace CompanyNames
