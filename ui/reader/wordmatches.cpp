#include "reader/wordmatches.h"

namespace {

bool isMark(QChar c) {
    return c.category() >= QChar::Mark_NonSpacing && c.category() <= QChar::Mark_Enclosing;
}

// Text compared case- and accent-insensitively: decomposed, marks dropped, case folded.
// source[i] is the index in the original text of folded character i.
struct Folded {
    QString text;
    QList<int> source;
};

Folded fold(const QString& text) {
    Folded out;
    out.text.reserve(text.size());
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        const QString decomposed =
            c.unicode() < 0x80 || c.isSurrogate()
                ? QString(c.toCaseFolded())
                : QString(c).normalized(QString::NormalizationForm_KD).toCaseFolded();
        for (const QChar d : decomposed) {
            if (!isMark(d)) {
                out.text += d;
                out.source.append(i);
            }
        }
    }
    return out;
}

bool isWordStart(const QString& text, int i) {
    if (i == 0)
        return true;
    const QChar before = text[i - 1];
    if (before.isLowSurrogate() && i >= 2 && text[i - 2].isHighSurrogate())
        return !QChar::isLetterOrNumber(QChar::surrogateToUcs4(text[i - 2], before));
    return !before.isLetterOrNumber();
}

} // namespace

namespace WordMatches {

QString folded(const QString& word) {
    return fold(word).text;
}

QList<std::pair<int, int>> prefixMatches(const QString& text, const QStringList& needles) {
    QList<std::pair<int, int>> ranges;
    const Folded folded = fold(text);
    for (const QString& needle : needles) {
        for (int at = folded.text.indexOf(needle); at >= 0;
             at = folded.text.indexOf(needle, at + 1)) {
            if (!isWordStart(folded.text, at))
                continue;
            int end = folded.source[at + needle.size() - 1] + 1;
            while (end < text.size() && (isMark(text[end]) || text[end].isLowSurrogate()))
                ++end; // a match ends after whole characters, accents included
            ranges.append({folded.source[at], end});
        }
    }
    return ranges;
}

} // namespace WordMatches
