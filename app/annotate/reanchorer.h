#pragma once

#include "annotate/annotation.h"
#include "annotate/quotesearch.h"

#include <QList>
#include <QString>

// What became of one annotation when the text it was made on changed.
enum class ReanchorOutcome {
    Kept,   // its text is unchanged; at most shifted along with the text around it
    Moved,  // found elsewhere: its exact quote in a matching context, or a close match of it
    Review, // no trustworthy place: kept as it was, anchored = false, for the user to review
};

struct ReanchoredAnchor {
    TextAnchor anchor; // Kept/Moved: the new span, quote, fresh context and the new text's hash
    ReanchorOutcome outcome = ReanchorOutcome::Review;
};

struct ReanchorResult {
    QList<ReanchoredAnchor> anchors; // one per input, in input order
    int kept = 0;
    int moved = 0;
    int review = 0;
    int total() const { return kept + moved + review; }
};

// Finds annotations again after their clean text changed (a restored piece, a split or joined
// paragraph, a re-clean), in three steps, the first that succeeds wins:
//  1. Through a diff of the two texts: a span whose characters all stayed is Kept at its shifted
//     offsets; a span whose two ends stayed and whose text changed only a little (a paragraph
//     break put inside an evidence sentence) is Moved to the span between its mapped ends.
//  2. The exact quote elsewhere whose prefix and suffix look most like the stored context
//     (nearer the old place wins a tie): Moved, if that context is similar enough.
//  3. A close match of the quote (edit distance within a fraction of its length) near the old
//     place, with a similar context: Moved.
// Otherwise the annotation is never moved to a lookalike and never dropped: it comes back
// unchanged (old offsets, quote, context and hash) with anchored = false. An annotation that was
// already waiting for review is looked for by steps 2 and 3 only. Pure: no database, no state.
class Reanchorer final {
public:
    // Whether a span may gain a paragraph break (evidence may: a hand split inside the
    // sentence keeps it; a mention may not), the context floor, how many edits a changed quote
    // may have, how far the searches look: see QuoteSearch.
    using Options = QuoteSearch::Options;

    Reanchorer() = default;
    explicit Reanchorer(const Options& options)
        : m_options(options) {}

    ReanchorResult reanchor(const QString& oldText, const QString& newText,
                            const QList<TextAnchor>& anchors) const;

private:
    Options m_options;
};

namespace Reanchoring {
// "kept", "moved", "review"
QString outcomeName(ReanchorOutcome outcome);
} // namespace Reanchoring
