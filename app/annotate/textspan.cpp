#include "annotate/textspan.h"

#include <QCryptographicHash>

#include <algorithm>

namespace TextSpan {

namespace {

// Letters, digits, combining marks and '_'. Both halves of a surrogate pair are not word
// characters: a pair is one non-word unit, so nothing below ever stops between its halves.
bool isWordAt(const QString& text, int i) {
    if (i < 0 || i >= text.size())
        return false;
    const QChar c = text.at(i);
    if (c.isSurrogate())
        return false;
    return c.isLetterOrNumber() || c.isMark() || c == u'_';
}

// True when `i` lies between the two halves of a surrogate pair.
bool splitsPair(const QString& text, int i) {
    return i > 0 && i < text.size() && text.at(i - 1).isHighSurrogate() &&
           text.at(i).isLowSurrogate();
}

bool isHandleSign(QChar c) {
    return c == u'@' || c == u'#';
}

bool isSentenceEnd(QChar c) {
    return c == u'.' || c == u'!' || c == u'?' || c == u'…';
}

// What may stand between a sentence's final mark and the space after it.
bool isClosingMark(QChar c) {
    switch (c.unicode()) {
    case u'"':
    case u'\'':
    case u')':
    case u'\u2019': // ’
    case u'\u201C': // “ (the German closing quote)
    case u'\u201D': // ”
    case u'\u00AB': // «
    case u'\u00BB': // »
    case u'\u2039': // ‹
    case u'\u203A': // ›
        return true;
    default:
        return false;
    }
}

bool isSpace(QChar c) {
    return c != u'\n' && c.isSpace();
}

} // namespace

Result<Span> snapToWords(const QString& text, int start, int end) {
    if (start < 0 || end > text.size() || start >= end)
        return Error{QStringLiteral("The selection is outside the article's text.")};

    // Never cut a surrogate pair: widen to take the whole pair.
    if (splitsPair(text, start))
        --start;
    if (splitsPair(text, end))
        ++end;

    // Extend a cut word to its ends.
    while (start > 0 && isWordAt(text, start) && isWordAt(text, start - 1))
        --start;
    while (end < text.size() && isWordAt(text, end - 1) && isWordAt(text, end))
        ++end;

    // Drop spaces and punctuation around the words, but keep the '@' or '#' of a handle.
    while (start < end && !isWordAt(text, start) &&
           !(isHandleSign(text.at(start)) && start + 1 < end && isWordAt(text, start + 1)))
        ++start;
    while (end > start && !isWordAt(text, end - 1))
        --end;

    if (start == end)
        return Error{QStringLiteral("Select a company name: the selection holds no words.")};
    if (QStringView(text).mid(start, end - start).contains(u'\n'))
        return Error{
            QStringLiteral("A mention must lie within one paragraph; the selection spans two.")};
    return Span{start, end};
}

TextAnchor anchorFor(const QString& text, int start, int end) {
    return anchorFor(text, start, end, textHash(text));
}

TextAnchor anchorFor(const QString& text, int start, int end, const QString& knownTextHash) {
    start = std::clamp(start, 0, int(text.size()));
    end = std::clamp(end, start, int(text.size()));

    int prefixStart = std::max(0, start - contextLength);
    if (splitsPair(text, prefixStart))
        ++prefixStart;
    int suffixEnd = std::min(int(text.size()), end + contextLength);
    if (splitsPair(text, suffixEnd))
        --suffixEnd;

    TextAnchor anchor;
    anchor.start = start;
    anchor.end = end;
    anchor.quote = text.mid(start, end - start);
    anchor.prefix = text.mid(prefixStart, start - prefixStart);
    anchor.suffix = text.mid(end, suffixEnd - end);
    anchor.textHash = knownTextHash;
    anchor.anchored = true;
    return anchor;
}

Span sentenceAt(const QString& text, int position) {
    position = std::clamp(position, 0, int(text.size()));

    // The paragraph: a position on a '\n' belongs to the paragraph that the '\n' ends.
    const int paragraphStart = position == 0 ? 0 : int(text.lastIndexOf(u'\n', position - 1)) + 1;
    int paragraphEnd = int(text.indexOf(u'\n', position));
    if (paragraphEnd < 0)
        paragraphEnd = int(text.size());

    // Walk the paragraph's sentences; each owns the spaces that follow it.
    int sentenceStart = paragraphStart;
    int sentenceEnd = paragraphEnd;
    int i = paragraphStart;
    while (i < paragraphEnd) {
        if (!isSentenceEnd(text.at(i))) {
            ++i;
            continue;
        }
        int after = i + 1;
        while (after < paragraphEnd && isSentenceEnd(text.at(after)))
            ++after;
        while (after < paragraphEnd && isClosingMark(text.at(after)))
            ++after;
        if (after < paragraphEnd && !isSpace(text.at(after))) {
            i = after; // "Mi 12.5", "z.B.x", "Leica.Camera": not a sentence end
            continue;
        }
        int next = after;
        while (next < paragraphEnd && isSpace(text.at(next)))
            ++next;
        if (position < next || next == paragraphEnd) {
            sentenceEnd = after;
            break;
        }
        sentenceStart = next;
        i = next;
    }

    // Without surrounding spaces.
    while (sentenceStart < sentenceEnd && isSpace(text.at(sentenceStart)))
        ++sentenceStart;
    while (sentenceEnd > sentenceStart && isSpace(text.at(sentenceEnd - 1)))
        --sentenceEnd;
    return Span{sentenceStart, sentenceEnd};
}

QList<Span> occurrences(const QString& text, const QString& name) {
    QList<Span> found;
    const int length = int(name.size());
    if (length == 0)
        return found;
    int from = 0;
    while (from <= text.size() - length) {
        const int at = int(text.indexOf(name, from, Qt::CaseInsensitive));
        if (at < 0)
            break;
        const int end = at + length;
        // Whole words only: no word character right before or after the match.
        const bool wholeWord = !isWordAt(text, at - 1) && !isWordAt(text, end) &&
                               !splitsPair(text, at) && !splitsPair(text, end);
        if (wholeWord) {
            found.append({at, end});
            from = end;
        } else {
            from = at + 1;
        }
    }
    return found;
}

QString textHash(const QString& text) {
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

int codePointOffset(const QString& text, int utf16Offset) {
    utf16Offset = std::clamp(utf16Offset, 0, int(text.size()));
    int codePoints = utf16Offset;
    // Each complete pair inside the prefix counts once.
    for (int i = 1; i < utf16Offset; ++i) {
        if (text.at(i).isLowSurrogate() && text.at(i - 1).isHighSurrogate())
            --codePoints;
    }
    return codePoints;
}

} // namespace TextSpan
