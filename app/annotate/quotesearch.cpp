#include "annotate/quotesearch.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace {

// A quote longer than this is not searched for approximately (the search is quote × window).
constexpr int closeMatchQuoteMax = 4000;
// How much nearness to the old place counts when two places are otherwise as good.
constexpr double nearnessWeight = 0.05;
constexpr double nearnessScale = 2000.0;
// Context beyond a paragraph break counts this much per character.
constexpr double acrossParagraphWeight = 0.25;

double nearness(int position, int expected) {
    return nearnessWeight * std::min(1.0, std::abs(position - expected) / nearnessScale);
}

bool splitsPair(QStringView text, int i) {
    return i > 0 && i < text.size() && text.at(i - 1).isHighSurrogate() &&
           text.at(i).isLowSurrogate();
}

} // namespace

namespace TextSimilarity {

bool cutsCharacter(QStringView text, int i) {
    return splitsPair(text, i) || (i > 0 && i < text.size() && text.at(i).isMark());
}

int editDistance(QStringView a, QStringView b, int limit) {
    limit = std::max(0, limit);
    const int n = int(a.size());
    const int m = int(b.size());
    if (std::abs(n - m) > limit)
        return limit + 1;
    if (n == 0 || m == 0)
        return std::max(n, m);
    const int beyond = limit + 1;
    // Only the band |i − j| ≤ limit can stay within the limit; cells outside it count as beyond.
    std::vector<int> previous(size_t(m) + 1);
    std::vector<int> current(size_t(m) + 1);
    for (int j = 0; j <= m; ++j)
        previous[size_t(j)] = std::min(j, beyond);
    for (int i = 1; i <= n; ++i) {
        const int low = std::max(1, i - limit);
        const int high = std::min(m, i + limit);
        current[0] = std::min(i, beyond);
        if (low > 1)
            current[size_t(low) - 1] = beyond;
        int rowBest = low == 1 ? current[0] : beyond;
        for (int j = low; j <= high; ++j) {
            const int substitute = previous[size_t(j) - 1] + (a.at(i - 1) == b.at(j - 1) ? 0 : 1);
            const int value =
                std::min({substitute, previous[size_t(j)] + 1, current[size_t(j) - 1] + 1, beyond});
            current[size_t(j)] = value;
            rowBest = std::min(rowBest, value);
        }
        if (high < m)
            current[size_t(high) + 1] = beyond;
        if (rowBest > limit)
            return beyond;
        std::swap(previous, current);
    }
    return std::min(previous[size_t(m)], beyond);
}

double similarity(QStringView a, QStringView b) {
    const int longer = int(std::max(a.size(), b.size()));
    if (longer == 0)
        return 1.0;
    return 1.0 - double(editDistance(a, b, longer)) / longer;
}

} // namespace TextSimilarity

using TextSimilarity::similarity;

QuoteSearch::Side QuoteSearch::before(QStringView stored, int edge) const {
    const QStringView text(m_text);
    const int cut = int(stored.lastIndexOf(u'\n')) + 1; // stored[cut…] is in the same paragraph
    const QStringView inner = stored.mid(cut);
    const QStringView outer = stored.left(cut);
    const int paragraphStart = edge == 0 ? 0 : int(text.lastIndexOf(u'\n', edge - 1)) + 1;
    const int innerFrom = std::max(paragraphStart, edge - int(inner.size()));
    const int outerFrom = std::max(0, innerFrom - int(outer.size()));
    const double outerWeight = acrossParagraphWeight * double(outer.size());
    return {inner.size() * similarity(inner, text.mid(innerFrom, edge - innerFrom)) +
                outerWeight * similarity(outer, text.mid(outerFrom, innerFrom - outerFrom)),
            double(inner.size()) + outerWeight};
}

QuoteSearch::Side QuoteSearch::after(QStringView stored, int edge) const {
    const QStringView text(m_text);
    const qsizetype newline = stored.indexOf(u'\n');
    const int cut = newline < 0 ? int(stored.size()) : int(newline);
    const QStringView inner = stored.left(cut);
    const QStringView outer = stored.mid(cut);
    const qsizetype paragraphEnd = text.indexOf(u'\n', edge);
    const int innerTo =
        std::min(paragraphEnd < 0 ? int(text.size()) : int(paragraphEnd), edge + int(inner.size()));
    const int outerTo = std::min(int(text.size()), innerTo + int(outer.size()));
    const double outerWeight = acrossParagraphWeight * double(outer.size());
    return {inner.size() * similarity(inner, text.mid(edge, innerTo - edge)) +
                outerWeight * similarity(outer, text.mid(innerTo, outerTo - innerTo)),
            double(inner.size()) + outerWeight};
}

double QuoteSearch::contextScore(const TextAnchor& anchor, int start, int end) const {
    const int prefixLength = int(anchor.prefix.size());
    const int suffixLength = int(anchor.suffix.size());
    if (prefixLength + suffixLength == 0)
        return 1.0;
    const QStringView text(m_text);
    const int from = std::max(0, start - prefixLength);
    const double plain =
        (similarity(anchor.prefix, text.mid(from, start - from)) * prefixLength +
         similarity(anchor.suffix, text.mid(end, std::min(suffixLength, int(text.size()) - end))) *
             suffixLength) /
        (prefixLength + suffixLength);
    const Side prefix = before(anchor.prefix, start);
    const Side suffix = after(anchor.suffix, end);
    const double weight = prefix.weight + suffix.weight;
    const double byParagraph = weight > 0 ? (prefix.score + suffix.score) / weight : 1.0;
    return std::max(plain, byParagraph);
}

bool QuoteSearch::breaksAllowed(QStringView quote, QStringView candidate) const {
    return m_options.mayGainParagraphBreak || candidate.count(u'\n') <= quote.count(u'\n');
}

QuoteSearch::Place QuoteSearch::exact(const TextAnchor& anchor, int expected) const {
    const QString& quote = anchor.quote;
    if (quote.isEmpty())
        return {};
    int from = 0;
    int to = int(m_text.size());
    if (to > m_options.exactSearchWholeText) {
        const int half = m_options.exactSearchWholeText / 2;
        from = std::max(0, expected - half);
        to = std::min(to, expected + half + int(quote.size()));
    }
    Place best;
    for (int at = int(m_text.indexOf(quote, from)); at >= 0 && at + quote.size() <= to;
         at = int(m_text.indexOf(quote, at + 1))) {
        const int end = at + int(quote.size());
        if (TextSimilarity::cutsCharacter(m_text, at) || TextSimilarity::cutsCharacter(m_text, end))
            continue;
        const double context = contextScore(anchor, at, end);
        if (context < m_options.contextFloor)
            continue;
        const double rank = context - nearness(at, expected);
        if (rank > best.rank)
            best = {at, end, rank};
    }
    return best;
}

// Sellers' algorithm: edit distance of the quote to the best substring ending at each position
// of the window, carrying where that substring starts.
QuoteSearch::Place QuoteSearch::closeMatch(const TextAnchor& anchor, int expected) const {
    const QString& quote = anchor.quote;
    const int m = int(quote.size());
    const int limit = int(std::floor(m * m_options.quoteEdits));
    if (limit == 0 || m > closeMatchQuoteMax)
        return {};
    const int windowStart = std::max(0, expected - m_options.fuzzyRadius - m);
    const int windowEnd = std::min(int(m_text.size()), expected + m_options.fuzzyRadius + 2 * m);
    std::vector<int> cost(size_t(m) + 1);
    std::vector<int> origin(size_t(m) + 1, windowStart);
    for (int i = 0; i <= m; ++i)
        cost[size_t(i)] = i;
    Place best;
    for (int j = windowStart; j < windowEnd; ++j) {
        const QChar c = m_text.at(j);
        int diagonal = cost[0];
        int diagonalOrigin = origin[0];
        cost[0] = 0;
        origin[0] = j + 1;
        for (size_t i = 1; i <= size_t(m); ++i) {
            const int up = cost[i];
            const int upOrigin = origin[i];
            int value = diagonal + (quote.at(qsizetype(i) - 1) == c ? 0 : 1);
            int from = diagonalOrigin;
            if (up + 1 < value) {
                value = up + 1;
                from = upOrigin;
            }
            if (cost[i - 1] + 1 < value) {
                value = cost[i - 1] + 1;
                from = origin[i - 1];
            }
            diagonal = up;
            diagonalOrigin = upOrigin;
            cost[i] = value;
            origin[i] = from;
        }
        if (cost[size_t(m)] <= limit)
            consider(anchor, origin[size_t(m)], j + 1, cost[size_t(m)], expected, best);
    }
    return best;
}

void QuoteSearch::consider(const TextAnchor& anchor, int start, int end, int distance, int expected,
                           Place& best) const {
    if (splitsPair(m_text, start))
        --start;
    if (splitsPair(m_text, end))
        ++end;
    if (end <= start || !breaksAllowed(anchor.quote, QStringView(m_text).mid(start, end - start)))
        return;
    const double context = contextScore(anchor, start, end);
    if (context < m_options.contextFloor)
        return;
    const double quoteSimilarity = 1.0 - double(distance) / double(anchor.quote.size());
    const double score = (quoteSimilarity + context) / 2;
    if (score < m_options.closeMatchFloor)
        return;
    const double rank = score - nearness(start, expected);
    if (rank > best.rank)
        best = {start, end, rank};
}
