#include "store/searchquery.h"

namespace SearchQuery {

QStringList words(const QString& text) {
    QStringList result;
    QString current;
    for (const QChar c : text) {
        // Combining marks belong to the word they follow ("Café" typed as e + U+0301).
        if (c.isLetterOrNumber() || (c.isMark() && !current.isEmpty())) {
            current += c;
        } else if (!current.isEmpty()) {
            result << current;
            current.clear();
        }
    }
    if (!current.isEmpty())
        result << current;
    return result;
}

QString plainWords(const QString& text, bool prefixLast) {
    const QStringList list = words(text);
    QStringList quoted;
    for (const QString& word : list) {
        // FTS5's operators, typed bare, were meant as operators that did not parse ("Leica AND"),
        // not as words to look for.
        if (word == QLatin1String("AND") || word == QLatin1String("OR") ||
            word == QLatin1String("NOT") || word == QLatin1String("NEAR"))
            continue;
        quoted << QLatin1Char('"') + word + QLatin1Char('"');
    }
    if (prefixLast && !quoted.isEmpty())
        quoted.last() += QLatin1Char('*');
    return quoted.join(QLatin1Char(' '));
}

} // namespace SearchQuery
