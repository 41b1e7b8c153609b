#include "store/searchsnippet.h"

SearchSnippet SearchSnippet::fromMarked(const QString& marked) {
    SearchSnippet snippet;
    snippet.text.reserve(marked.size());
    int open = -1;
    for (const QChar c : marked) {
        if (c == hitOpen) {
            open = int(snippet.text.size());
        } else if (c == hitClose) {
            // A close without an open is dropped; so is a hit of nothing.
            if (open >= 0 && open < snippet.text.size())
                snippet.hits.append({open, int(snippet.text.size())});
            open = -1;
        } else {
            // One line in the list: a paragraph break reads as a space (same length, so the
            // hits keep their offsets).
            snippet.text += c.isSpace() ? QChar(u' ') : c;
        }
    }
    if (snippet.hits.isEmpty())
        return {};
    return snippet;
}
