#pragma once

#include "article/article.h"

#include <QDateTime>
#include <QString>

#include <optional>

// Which articles the list shows: the search box and the filters above the list.
struct ArticleFilter {
    QString search;                      // what the user typed; any text is safe
    QString source;                      // empty: every source
    std::optional<ReadingStatus> status; // empty: every status
    qint64 companyId = 0;                // 0: any company (filled by the annotating feature)
    std::optional<QString> language;     // empty: every language; "": those of unknown language
    // Dated from (inclusive) until (exclusive); an invalid end is open. An article's date is when
    // it was published, else when it was added: the list's Date column.
    QDateTime datedFrom;
    QDateTime datedUntil;

    bool isEmpty() const {
        return search.trimmed().isEmpty() && source.isEmpty() && !status && companyId == 0 &&
               !language && !datedFrom.isValid() && !datedUntil.isValid();
    }
    friend bool operator==(const ArticleFilter&, const ArticleFilter&) = default;
};

// The orders of the list: by one of its columns, or, while there is a search, best match first
// (Relevance: title hits weigh more than body hits; without a search it is the date order).
// Date: published, else added; Added: the order articles came into the database.
enum class ArticleSort {
    Title,
    Source,
    Date,
    Language,
    Status,
    Companies,
    Partnerships,
    Relevance,
    Added
};
