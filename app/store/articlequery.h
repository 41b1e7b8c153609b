#pragma once

#include "store/articlefilter.h"
#include "store/articlestore.h"
#include "util/result.h"

#include <QStringList>

#include <optional>

class Database;

// The article list's queries: how many articles match a filter, and one page of them in a
// given order. Pages keep a list of 100,000 articles from ever being loaded whole.
class ArticleQuery final {
public:
    explicit ArticleQuery(Database& database)
        : m_db(database) {}

    Result<qint64> count(const ArticleFilter& filter) const;
    Result<QList<ArticleSummary>> page(const ArticleFilter& filter, ArticleSort sort,
                                       Qt::SortOrder order, int offset, int limit) const;
    // The distinct sources, for the source filter.
    Result<QStringList> sources() const;
    // The distinct languages (ISO codes), for the language filter; "" stands for the articles
    // whose language is not known.
    Result<QStringList> languages() const;
    // One article's row as the list shows it, whatever the filter; empty if there is no such
    // article (any more).
    Result<std::optional<ArticleSummary>> summary(qint64 id) const;

private:
    Database& m_db;
};
