#include "import/language/languagedetector.h"

#include <cld2/public/compact_lang_det.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

int letterCount(QStringView text, int enough) {
    int letters = 0;
    for (const QChar c : text) {
        if (c.isLetter() && ++letters >= enough)
            break;
    }
    return letters;
}

// CLD2 speaks Google's older codes in places; BCP 47 wants the current ones, primary tag only.
QString bcp47Primary(const char* code) {
    QString tag = QString::fromLatin1(code).section(u'-', 0, 0).toLower();
    if (tag == u"iw")
        return u"he"_s;
    if (tag == u"jw")
        return u"jv"_s;
    if (tag == u"in")
        return u"id"_s;
    if (tag == u"un" || tag == u"xxx" || tag.size() < 2 || tag.size() > 3)
        return {};
    return tag;
}

} // namespace

LanguageDetector::Guess LanguageDetector::guess(const QString& text) {
    const QStringView start =
        QStringView(text).first(std::min<qsizetype>(text.size(), maximumCharacters));
    if (letterCount(start, minimumLetters) < minimumLetters)
        return {};
    // toUtf8 turns lone surrogates into U+FFFD, so CLD2 always gets valid UTF-8, as it needs.
    const QByteArray utf8 = start.toUtf8();
    CLD2::Language languages[3];
    int percents[3] = {};
    int textBytes = 0;
    bool reliable = false;
    const CLD2::Language top = CLD2::DetectLanguageSummary(
        utf8.constData(), int(utf8.size()), true, languages, percents, &textBytes, &reliable);
    Guess guess;
    guess.percent = percents[0];
    guess.reliable = reliable;
    if (reliable && top != CLD2::UNKNOWN_LANGUAGE)
        guess.language = bcp47Primary(CLD2::LanguageCode(top));
    return guess;
}
