#pragma once

#include "annotate/annotation.h"
#include "util/result.h"

#include <QList>
#include <QString>

// Text positions in an article's clean text (UTF-16 offsets; paragraphs separated by '\n'),
// and the rules for turning a rough selection into a span worth annotating.
namespace TextSpan {

struct Span {
    int start = 0;
    int end = 0;
    int length() const { return end - start; }
    friend bool operator==(const Span&, const Span&) = default;
};

// Context kept on each side of an annotation.
constexpr int contextLength = 32;

// Snaps a selection to whole words: extends a cut word to its ends (letters, digits, marks and
// '_' are word characters, so a hyphen stops it: selecting "Xiaomi" in "Xiaomi-Smartphone"
// keeps "Xiaomi"), then drops surrounding spaces and punctuation (a leading '@' or '#' of a
// handle stays). Errors: nothing but spaces/punctuation selected; a selection across two
// paragraphs; a span outside the text.
Result<Span> snapToWords(const QString& text, int start, int end);

// The anchor for [start, end): the quote, up to contextLength characters before and after it
// (context may reach into neighbouring paragraphs), and textHash(text).
TextAnchor anchorFor(const QString& text, int start, int end);
// The same with textHash(text) already known: marking a thousand occurrences in a long article
// would otherwise hash the whole text a thousand times.
TextAnchor anchorFor(const QString& text, int start, int end, const QString& knownTextHash);

// The sentence around `position`, within its paragraph, without surrounding spaces.
Span sentenceAt(const QString& text, int position);

// Every whole-word occurrence of `name` (case-sensitive first letter rules are not applied:
// matching is case-insensitive), in order, not overlapping.
QList<Span> occurrences(const QString& text, const QString& name);

// The hash annotations store of the text they were made on (SHA-256 hex of the UTF-8 text).
QString textHash(const QString& text);

// Code points before a UTF-16 offset: for export formats that count code points.
int codePointOffset(const QString& text, int utf16Offset);

} // namespace TextSpan
