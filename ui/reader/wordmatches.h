#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

// Where the words of a search show in a text, as FTS5 finds them: case- and accent-insensitive,
// each needle the start of a word (a prefix match). Pure text logic, no widgets.
namespace WordMatches {

// `word` as the matching compares it: decomposed, marks dropped, case folded.
QString folded(const QString& word);

// Ranges [start, end) in `text` (UTF-16) where one of the `needles` (each already folded()) begins
// a word; a range ends after whole characters, combining marks and surrogate pairs included.
QList<std::pair<int, int>> prefixMatches(const QString& text, const QStringList& needles);

} // namespace WordMatches
