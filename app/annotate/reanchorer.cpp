#include "annotate/reanchorer.h"

#include "annotate/textdiff.h"
#include "annotate/textspan.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

bool splitsPair(const QString& text, int i) {
    return i > 0 && i < text.size() && text.at(i - 1).isHighSurrogate() &&
           text.at(i).isLowSurrogate();
}

// The anchor for [start, end) of `text`, as TextSpan::anchorFor makes it, with the text's hash
// computed once by the caller instead of once per anchor.
TextAnchor anchorAt(const QString& text, int start, int end, const QString& hash) {
    int prefixStart = std::max(0, start - TextSpan::contextLength);
    if (splitsPair(text, prefixStart))
        ++prefixStart;
    int suffixEnd = std::min(int(text.size()), end + TextSpan::contextLength);
    if (splitsPair(text, suffixEnd))
        --suffixEnd;
    TextAnchor anchor;
    anchor.start = start;
    anchor.end = end;
    anchor.quote = text.mid(start, end - start);
    anchor.prefix = text.mid(prefixStart, start - prefixStart);
    anchor.suffix = text.mid(end, suffixEnd - end);
    anchor.textHash = hash;
    anchor.anchored = true;
    return anchor;
}

} // namespace

ReanchorResult Reanchorer::reanchor(const QString& oldText, const QString& newText,
                                    const QList<TextAnchor>& anchors) const {
    const TextDiff diff = TextDiff::between(oldText, newText);
    const QString newHash = TextSpan::textHash(newText);
    const QuoteSearch search(newText, m_options);
    ReanchorResult result;
    result.anchors.reserve(anchors.size());

    for (const TextAnchor& anchor : anchors) {
        const int length = anchor.length();
        const bool onOldText = anchor.anchored && length > 0 && anchor.start >= 0 &&
                               anchor.end <= oldText.size() &&
                               QStringView(oldText).mid(anchor.start, length) == anchor.quote;
        const auto done = [&](ReanchorOutcome outcome, int start, int end) {
            result.anchors.append({anchorAt(newText, start, end, newHash), outcome});
            ++(outcome == ReanchorOutcome::Kept ? result.kept : result.moved);
        };

        // 1. Through the diff.
        if (onOldText) {
            if (const int start = diff.shiftedStart(anchor.start, anchor.end); start >= 0) {
                done(ReanchorOutcome::Kept, start, start + length);
                continue;
            }
            const int start = diff.mapStart(anchor.start);
            const int end = diff.mapEnd(anchor.end);
            if (start >= 0 && end > start) {
                const QStringView now = QStringView(newText).mid(start, end - start);
                const int limit = int(std::floor(length * m_options.quoteEdits));
                if (search.breaksAllowed(anchor.quote, now) &&
                    TextSimilarity::editDistance(anchor.quote, now, limit) <= limit) {
                    done(ReanchorOutcome::Moved, start, end);
                    continue;
                }
            }
        }

        // 2. and 3. By quote and context, near where it would be now.
        if (length > 0 && !anchor.quote.isEmpty()) {
            const int expected = diff.approximate(anchor.start);
            QuoteSearch::Place place = search.exact(anchor, expected);
            if (!place.found())
                place = search.closeMatch(anchor, expected);
            if (place.found()) {
                done(ReanchorOutcome::Moved, place.start, place.end);
                continue;
            }
        }

        // Never dropped, never moved to a lookalike: kept as it was, for review.
        TextAnchor review = anchor;
        review.anchored = false;
        result.anchors.append({review, ReanchorOutcome::Review});
        ++result.review;
    }
    return result;
}

namespace Reanchoring {

QString outcomeName(ReanchorOutcome outcome) {
    switch (outcome) {
    case ReanchorOutcome::Kept:
        return u"kept"_s;
    case ReanchorOutcome::Moved:
        return u"moved"_s;
    case ReanchorOutcome::Review:
        return u"review"_s;
    }
    return {};
}

} // namespace Reanchoring
