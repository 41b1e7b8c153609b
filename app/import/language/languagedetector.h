#pragma once

#include <QString>

// The language an article is written in, for articles whose source does not say, detected by
// Google's Compact Language Detector 2 (Debian's libcld2): ~80 languages, its tables compiled
// into the library (nothing to find at run time), quick enough to run on every import.
// Unsure means empty: a short text, a text of mixed or unknown language, or one CLD2 does not
// call reliable gets "" rather than a wrong guess.
class LanguageDetector final {
public:
    // Texts with fewer letters than this are not guessed at (a name, a short headline). CLD2's
    // own reliability flag does the rest: on GermEval's 5,100 German sentences a floor of 20
    // letters leaves 0.6% unanswered and 0.16% wrong, one of 40 letters 6.6% and 0.14%.
    static constexpr int minimumLetters = 20;
    // Only the start of a long text is read: it decides the language as well as the whole.
    static constexpr int maximumCharacters = 64 * 1024;

    struct Guess {
        QString language; // BCP 47 primary tag ("de", "en"), empty when unsure
        int percent = 0;  // share of the text in that language, 0..100
        bool reliable = false;
    };

    // "de", "en", … or empty when unsure.
    static QString detect(const QString& text) { return guess(text).language; }
    // The same with CLD2's confidence, for measurements and tests.
    static Guess guess(const QString& text);
};
