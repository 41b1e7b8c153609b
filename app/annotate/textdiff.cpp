#include "annotate/textdiff.h"

#include "annotate/sequencediff.h"

#include <QHash>

#include <algorithm>
#include <vector>

namespace {

// Paragraphs or words: beyond this many insertions and deletions, a stretch is taken to have
// changed as a whole (the alignment's cost grows with their square).
constexpr int maxEdits = 1000;
// Inside a changed stretch, a common run shorter than this (UTF-16 units) may be chance: a
// repeated "und" or "Leica" is not evidence that the text around it stayed.
constexpr int minMiddleRun = 16;

struct Paragraph {
    int start = 0;
    int length = 0;
    size_t hash = 0;
};

QList<Paragraph> paragraphsOf(const QString& text) {
    QList<Paragraph> paragraphs;
    int start = 0;
    for (;;) {
        const int newline = int(text.indexOf(u'\n', start));
        const int end = newline < 0 ? int(text.size()) : newline;
        const QStringView body = QStringView(text).mid(start, end - start);
        paragraphs.append({start, end - start, qHash(body)});
        if (newline < 0)
            break;
        start = newline + 1;
    }
    return paragraphs;
}

// True when a boundary at `i` would cut a character apart: between the halves of a surrogate
// pair, or between a letter and the combining marks after it.
bool cutsCharacter(const QString& text, int i) {
    if (i <= 0 || i >= text.size())
        return false;
    const QChar c = text.at(i);
    if (c.isLowSurrogate() && text.at(i - 1).isHighSurrogate())
        return true;
    if (c.isMark())
        return true;
    if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
        return QChar::isMark(QChar::surrogateToUcs4(c, text.at(i + 1)));
    return false;
}

class RunBuilder final {
public:
    RunBuilder(const QString& oldText, const QString& newText)
        : m_old(oldText)
        , m_new(newText) {}

    void add(int oldStart, int newStart, int length) {
        if (length <= 0)
            return;
        if (!m_runs.isEmpty() && m_runs.last().oldEnd() == oldStart &&
            m_runs.last().newEnd() == newStart) {
            m_runs.last().length += length;
            return;
        }
        m_runs.append({oldStart, newStart, length});
    }

    // A changed stretch: what it begins and ends with in both texts stayed.
    void fillGap(int oldStart, int oldEnd, int newStart, int newEnd) {
        const int most = std::min(oldEnd - oldStart, newEnd - newStart);
        int prefix = 0;
        while (prefix < most && m_old.at(oldStart + prefix) == m_new.at(newStart + prefix))
            ++prefix;
        while (prefix > 0 &&
               (cutsCharacter(m_old, oldStart + prefix) || cutsCharacter(m_new, newStart + prefix)))
            --prefix;
        int suffix = 0;
        while (suffix < most - prefix &&
               m_old.at(oldEnd - 1 - suffix) == m_new.at(newEnd - 1 - suffix))
            ++suffix;
        while (suffix > 0 &&
               (cutsCharacter(m_old, oldEnd - suffix) || cutsCharacter(m_new, newEnd - suffix)))
            --suffix;
        add(oldStart, newStart, prefix);
        fillMiddle(oldStart + prefix, oldEnd - suffix, newStart + prefix, newEnd - suffix);
        add(oldEnd - suffix, newEnd - suffix, suffix);
    }

    QList<TextDiff::Run> take() { return std::move(m_runs); }

private:
    // Inside a changed stretch: a longest common subsequence of its words (and of the single
    // characters between them), kept where a run of them is long enough not to be chance.
    void fillMiddle(int oldStart, int oldEnd, int newStart, int newEnd) {
        if (oldStart >= oldEnd || newStart >= newEnd)
            return;
        const QList<Token> olds = tokens(m_old, oldStart, oldEnd);
        const QList<Token> news = tokens(m_new, newStart, newEnd);
        const auto equal = [&](int i, int j) {
            const Token& a = olds.at(i);
            const Token& b = news.at(j);
            return a.hash == b.hash && a.length == b.length &&
                   QStringView(m_old).mid(a.start, a.length) ==
                       QStringView(m_new).mid(b.start, b.length);
        };
        const auto pairs =
            SequenceDiff::matches(int(olds.size()), int(news.size()), equal, maxEdits);
        if (!pairs)
            return;
        TextDiff::Run run;
        const auto flush = [&]() {
            if (run.length >= minMiddleRun)
                add(run.oldStart, run.newStart, run.length);
            run = {};
        };
        for (const auto& [i, j] : *pairs) {
            const Token& a = olds.at(i);
            const Token& b = news.at(j);
            if (run.length > 0 && run.oldEnd() == a.start && run.newEnd() == b.start) {
                run.length += a.length;
            } else {
                flush();
                run = {a.start, b.start, a.length};
            }
        }
        flush();
    }

    struct Token {
        int start = 0;
        int length = 0;
        size_t hash = 0;
    };

    // Words (letters, digits, marks, '_'), surrogate pairs and single other characters.
    static QList<Token> tokens(const QString& text, int start, int end) {
        QList<Token> list;
        const auto isWord = [](QChar c) {
            return !c.isSurrogate() && (c.isLetterOrNumber() || c.isMark() || c == u'_');
        };
        int i = start;
        while (i < end) {
            int next = i + 1;
            if (isWord(text.at(i))) {
                while (next < end && isWord(text.at(next)))
                    ++next;
            } else if (text.at(i).isHighSurrogate() && next < end &&
                       text.at(next).isLowSurrogate()) {
                ++next;
            }
            list.append({i, next - i, qHash(QStringView(text).mid(i, next - i))});
            i = next;
        }
        return list;
    }

    const QString& m_old;
    const QString& m_new;
    QList<TextDiff::Run> m_runs;
};

// Pairs (old index, new index) of equal paragraphs, in order; none when the texts differ in
// too many paragraphs to align them cheaply.
QList<std::pair<int, int>> alignParagraphs(const QString& oldText, const QList<Paragraph>& olds,
                                           const QString& newText, const QList<Paragraph>& news) {
    const auto equal = [&](int i, int j) {
        const Paragraph& a = olds.at(i);
        const Paragraph& b = news.at(j);
        return a.hash == b.hash && a.length == b.length &&
               QStringView(oldText).mid(a.start, a.length) ==
                   QStringView(newText).mid(b.start, b.length);
    };
    return SequenceDiff::matches(int(olds.size()), int(news.size()), equal, maxEdits)
        .value_or(QList<std::pair<int, int>>());
}

} // namespace

TextDiff TextDiff::between(const QString& oldText, const QString& newText) {
    TextDiff diff;
    diff.m_oldSize = int(oldText.size());
    diff.m_newSize = int(newText.size());
    if (oldText == newText) {
        if (!oldText.isEmpty())
            diff.m_runs.append({0, 0, int(oldText.size())});
        return diff;
    }
    const QList<Paragraph> olds = paragraphsOf(oldText);
    const QList<Paragraph> news = paragraphsOf(newText);
    RunBuilder builder(oldText, newText);

    // The stretch between two aligned paragraphs (or the text's ends) changed. When it holds as
    // many paragraphs in both texts, they are taken to be edited one for one.
    const auto fillBetween = [&](int oldFrom, int oldTo, int newFrom, int newTo, int oldStart,
                                 int oldEnd, int newStart, int newEnd) {
        const int count = oldTo - oldFrom;
        if (count <= 1 || count != newTo - newFrom) {
            builder.fillGap(oldStart, oldEnd, newStart, newEnd);
            return;
        }
        for (int k = 0; k < count; ++k) {
            const int o0 = k == 0 ? oldStart : olds.at(oldFrom + k).start;
            const int o1 = k == count - 1 ? oldEnd : olds.at(oldFrom + k + 1).start;
            const int n0 = k == 0 ? newStart : news.at(newFrom + k).start;
            const int n1 = k == count - 1 ? newEnd : news.at(newFrom + k + 1).start;
            builder.fillGap(o0, o1, n0, n1);
        }
    };

    int oldNext = 0; // first paragraph not yet accounted for
    int newNext = 0;
    int oldPos = 0; // first character not yet accounted for
    int newPos = 0;
    for (const auto& [i, j] : alignParagraphs(oldText, olds, newText, news)) {
        const Paragraph& a = olds.at(i);
        const Paragraph& b = news.at(j);
        fillBetween(oldNext, i, newNext, j, oldPos, a.start, newPos, b.start);
        builder.add(a.start, b.start, a.length);
        oldNext = i + 1;
        newNext = j + 1;
        oldPos = a.start + a.length;
        newPos = b.start + b.length;
    }
    fillBetween(oldNext, int(olds.size()), newNext, int(news.size()), oldPos, diff.m_oldSize,
                newPos, diff.m_newSize);
    diff.m_runs = builder.take();
    return diff;
}

namespace {

// The last run that starts at or before `offset` (by old offsets), or end().
QList<TextDiff::Run>::const_iterator runAtOrBefore(const QList<TextDiff::Run>& runs, int offset) {
    auto after = std::upper_bound(runs.cbegin(), runs.cend(), offset,
                                  [](int x, const TextDiff::Run& run) { return x < run.oldStart; });
    return after == runs.cbegin() ? runs.cend() : after - 1;
}

} // namespace

int TextDiff::shiftedStart(int start, int end) const {
    const auto run = runAtOrBefore(m_runs, start);
    if (run == m_runs.cend() || start >= run->oldEnd() || end > run->oldEnd())
        return -1;
    return run->newStart + (start - run->oldStart);
}

int TextDiff::mapStart(int oldOffset) const {
    const auto run = runAtOrBefore(m_runs, oldOffset);
    if (run == m_runs.cend() || oldOffset >= run->oldEnd())
        return -1;
    return run->newStart + (oldOffset - run->oldStart);
}

int TextDiff::mapEnd(int oldOffset) const {
    const auto run = runAtOrBefore(m_runs, oldOffset - 1);
    if (run == m_runs.cend() || oldOffset > run->oldEnd())
        return -1;
    return run->newStart + (oldOffset - run->oldStart);
}

int TextDiff::approximate(int oldOffset) const {
    oldOffset = std::clamp(oldOffset, 0, m_oldSize);
    const auto run = runAtOrBefore(m_runs, oldOffset);
    if (run != m_runs.cend() && oldOffset <= run->oldEnd())
        return run->newStart + (oldOffset - run->oldStart);
    const auto next = run == m_runs.cend() ? m_runs.cbegin() : run + 1;
    const int oldFrom = run == m_runs.cend() ? 0 : run->oldEnd();
    const int newFrom = run == m_runs.cend() ? 0 : run->newEnd();
    const int oldTo = next == m_runs.cend() ? m_oldSize : next->oldStart;
    const int newTo = next == m_runs.cend() ? m_newSize : next->newStart;
    const qint64 stretch = std::max(1, oldTo - oldFrom);
    const int mapped = newFrom + int(qint64(oldOffset - oldFrom) * (newTo - newFrom) / stretch);
    return std::clamp(mapped, 0, m_newSize);
}
