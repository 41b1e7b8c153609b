#pragma once

#include "annotate/annotation.h"

#include <QString>
#include <QStringView>

// Finds an annotation's quote in a (changed) text by what surrounds it: the exact quote, or a
// close match of it, whose context looks like the stored prefix and suffix. Pure.
class QuoteSearch final {
public:
    struct Options {
        bool mayGainParagraphBreak = false; // a match may hold more '\n' than the quote
        double contextFloor = 0.6;          // lowest context score of an accepted place
        double quoteEdits = 0.2;            // most edits of a close match, per quote character
        double closeMatchFloor = 0.7;       // lowest (quote similarity + context score) / 2
        int fuzzyRadius = 1024;             // how far from `expected` close matches are sought
        int exactSearchWholeText = 1 << 16; // longer texts: exact quotes sought near `expected`
    };

    struct Place {
        int start = -1;
        int end = -1;
        double rank = -1;
        bool found() const { return start >= 0; }
    };

    QuoteSearch(const QString& text, const Options& options)
        : m_text(text)
        , m_options(options) {}

    // How much the text around [start, end) looks like the anchor's prefix and suffix (0…1).
    // Context in the same paragraph counts fully, context across a paragraph break a quarter
    // (paragraphs are what text changes move around); the plain comparison of the whole
    // context counts too: the better of the two is the score.
    double contextScore(const TextAnchor& anchor, int start, int end) const;
    // The exact quote with the best context at or above the floor; nearer `expected` breaks ties.
    Place exact(const TextAnchor& anchor, int expected) const;
    // A close match (Sellers' approximate search) near `expected`, good enough in quote and
    // context; none for quotes too short to allow an edit.
    Place closeMatch(const TextAnchor& anchor, int expected) const;
    bool breaksAllowed(QStringView quote, QStringView candidate) const;

private:
    struct Side {
        double score = 0;
        double weight = 0;
    };
    Side before(QStringView stored, int edge) const;
    Side after(QStringView stored, int edge) const;
    void consider(const TextAnchor& anchor, int start, int end, int distance, int expected,
                  Place& best) const;

    const QString& m_text;
    Options m_options;
};

namespace TextSimilarity {
// Levenshtein distance of a and b, or limit + 1 as soon as it is certainly above `limit`.
int editDistance(QStringView a, QStringView b, int limit);
// 1 − distance / longer length: 1 for equal strings (and for two empty ones).
double similarity(QStringView a, QStringView b);
// True when an edge at `i` separates a character from its other half or its combining marks.
bool cutsCharacter(QStringView text, int i);
} // namespace TextSimilarity
