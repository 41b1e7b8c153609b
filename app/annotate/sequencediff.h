#pragma once

#include <QList>

#include <algorithm>
#include <optional>
#include <utility>
#include <vector>

// Myers' O((n + m)·D) difference algorithm on two sequences given by their lengths and an
// equality test: the pairs (index in a, index in b) of a longest common subsequence, in order.
// Fast when the sequences differ little, whatever their length. nullopt when they need more
// than `maxEdits` insertions and deletions (the work and memory would grow as maxEdits²).
namespace SequenceDiff {

template <typename Equal>
std::optional<QList<std::pair<int, int>>> matches(int n, int m, Equal equal, int maxEdits) {
    QList<std::pair<int, int>> pairs;
    // The common beginning and end cost nothing and keep D to the changed middle.
    int head = 0;
    while (head < n && head < m && equal(head, head))
        ++head;
    int tail = 0;
    while (tail < n - head && tail < m - head && equal(n - 1 - tail, m - 1 - tail))
        ++tail;
    for (int i = 0; i < head; ++i)
        pairs.append({i, i});
    const int rows = n - head - tail;
    const int columns = m - head - tail;
    const auto eq = [&](int x, int y) { return equal(head + x, head + y); };

    if (rows > 0 && columns > 0) {
        // trace[d][k + d]: the furthest x on diagonal k = x − y after d edits.
        std::vector<std::vector<int>> trace;
        std::vector<int> previous{0, 0}; // d = −1, diagonal 1 reaches x = 0
        int found = -1;
        for (int d = 0; d <= std::min(maxEdits, rows + columns) && found < 0; ++d) {
            std::vector<int> current(size_t(2 * d + 1));
            const auto furthest = [&](int k) { // on the previous round, which spans −(d−1)…d−1
                return previous[size_t(k + d - 1 + (d == 0 ? 1 : 0))];
            };
            for (int k = -d; k <= d; k += 2) {
                int x = (k == -d || (k != d && furthest(k - 1) < furthest(k + 1)))
                            ? furthest(k + 1)
                            : furthest(k - 1) + 1;
                int y = x - k;
                while (x < rows && y < columns && eq(x, y)) {
                    ++x;
                    ++y;
                }
                current[size_t(k + d)] = x;
                if (x >= rows && y >= columns)
                    found = d;
            }
            trace.push_back(current);
            previous = std::move(current);
        }
        if (found < 0)
            return std::nullopt;
        // Back from the end, collecting each round's diagonal run.
        QList<std::pair<int, int>> middle;
        int x = rows;
        int y = columns;
        for (int d = found; d >= 0; --d) {
            const int k = x - y;
            int previousX = 0;
            int previousY = 0;
            if (d > 0) {
                const std::vector<int>& before = trace[size_t(d - 1)];
                const auto at = [&](int kk) { return before[size_t(kk + d - 1)]; };
                const int previousK =
                    (k == -d || (k != d && at(k - 1) < at(k + 1))) ? k + 1 : k - 1;
                previousX = at(previousK);
                previousY = previousX - previousK;
            }
            while (x > previousX && y > previousY) {
                middle.append({head + x - 1, head + y - 1});
                --x;
                --y;
            }
            x = previousX;
            y = previousY;
        }
        std::reverse(middle.begin(), middle.end());
        pairs += middle;
    }
    for (int k = tail; k > 0; --k)
        pairs.append({n - k, m - k});
    return pairs;
}

} // namespace SequenceDiff
