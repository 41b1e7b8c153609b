#pragma once

#include "article/article.h"

#include <QString>

#include <optional>

// Which articles the list shows: the search box and the filters above the list.
struct ArticleFilter {
    QString search;                      // what the user typed; any text is safe
    QString source;                      // empty: every source
    std::optional<ReadingStatus> status; // empty: every status
    qint64 companyId = 0;                // 0: any company (filled by the annotating feature)

    bool isEmpty() const {
        return search.trimmed().isEmpty() && source.isEmpty() && !status && companyId == 0;
    }
    friend bool operator==(const ArticleFilter&, const ArticleFilter&) = default;
};

// The orders of the list: by one of its columns, or, while there is a search, best match first
// (Relevance: title hits weigh more than body hits; without a search it is the date order).
enum class ArticleSort { Title, Source, Date, Status, Companies, Partnerships, Relevance };
