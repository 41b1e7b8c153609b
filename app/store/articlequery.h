#pragma once

#include "store/articlefilter.h"
#include "store/articlestore.h"
#include "util/result.h"

#include <QStringList>

class Database;

// The article list's queries: how many articles match a filter, and one page of them in a
// given order. Pages keep a list of 100,000 articles from ever being loaded whole.
class ArticleQuery final {
public:
    explicit ArticleQuery(Database& database) : m_db(database) {}

    Result<qint64> count(const ArticleFilter& filter) const;
    Result<QList<ArticleSummary>> page(const ArticleFilter& filter, ArticleSort sort,
                                       Qt::SortOrder order, int offset, int limit) const;
    // The distinct sources, for the source filter.
    Result<QStringList> sources() const;

private:
    Database& m_db;
};
