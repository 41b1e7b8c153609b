#pragma once

#include <QString>
#include <QStringList>

// Turning what a user types into something FTS5 accepts. Users type stray quotes, lone
// operators and half words; none of that may ever become an error.
namespace SearchQuery {

// The words of `text` (runs of letters and digits), in order.
QStringList words(const QString& text);

// The words as an FTS5 query that always parses: each word a quoted string, all required.
// With `prefixLast`, the last word also matches longer words (search as you type).
// Bare FTS5 operators (AND, OR, NOT, NEAR) are dropped. Empty when no word is left.
QString plainWords(const QString& text, bool prefixLast = false);

} // namespace SearchQuery
