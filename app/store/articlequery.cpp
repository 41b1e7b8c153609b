#include "store/articlequery.h"

#include "store/database.h"
#include "store/searchquery.h"
#include "store/sqldialect.h"

#include <QSqlQuery>
#include <QVariant>
#include <QVariantList>

#include <algorithm>

namespace {

// The columns of ArticleSummary, in its order. The counts are correlated subqueries, so SQLite
// only computes them for the rows it returns (or sorts by).
const QLatin1StringView companyCount{
    "(SELECT COUNT(DISTINCT m.company_id) FROM mention m WHERE m.article_id = a.id)"};
const QLatin1StringView partnershipCount{
    "(SELECT COUNT(*) FROM partnership p WHERE p.article_id = a.id)"};
// Annotations that lost their place when the text changed and wait for the user.
const QLatin1StringView reviewCount{
    "((SELECT COUNT(*) FROM mention m WHERE m.article_id = a.id AND m.anchored = 0) +"
    " (SELECT COUNT(*) FROM partnership p WHERE p.article_id = a.id AND p.anchored = 0))"};

// The list's date: when the article was published, else when it was added. Written exactly as
// the index article_dated is, so that SQLite sorts and filters by the index.
const QLatin1StringView datedAt{"COALESCE(a.published_at, a.imported_at)"};

QString summaryColumns() {
    return QLatin1StringView("a.id, a.title, a.source, a.status, a.imported_at, ") + companyCount +
           QLatin1StringView(", ") + partnershipCount + QLatin1StringView(", ") + reviewCount +
           QLatin1StringView(", a.published_at, a.language");
}

// Dates are stored as ISO 8601 in UTC, so comparing the text compares the times.
QString storedTime(const QDateTime& time) {
    return time.toUTC().toString(Qt::ISODate);
}

ReadingStatus statusFrom(const QVariant& value) {
    const int status = value.toInt();
    return status >= 0 && status <= 2 ? ReadingStatus(status) : ReadingStatus::New;
}

// With a search, the row's last column is its snippet.
ArticleSummary summaryFrom(const QSqlQuery& query, bool withSnippet = false) {
    return {query.value(0).toLongLong(),
            query.value(1).toString(),
            query.value(2).toString(),
            statusFrom(query.value(3)),
            QDateTime::fromString(query.value(4).toString(), Qt::ISODateWithMs),
            query.value(5).toInt(),
            query.value(6).toInt(),
            query.value(7).toInt(),
            QDateTime::fromString(query.value(8).toString(), Qt::ISODate),
            query.value(9).toString(),
            withSnippet ? SearchSnippet::fromMarked(query.value(10).toString()) : SearchSnippet()};
}

// What a filter asks for, made only of fixed SQL fragments; everything the user chose is a bound
// value. The full-text match stands apart: the relevance order reaches the matches through
// another FROM than the other orders.
struct Conditions {
    QString match;       // the query for the full-text index; empty: no search
    QStringList clauses; // the other conditions on `a`
    QVariantList values; // their bound values, in order
};

Conditions conditionsFrom(const ArticleFilter& filter) {
    Conditions conditions;
    // Search as you type: the last word may be half typed. Text without any word (only
    // punctuation, only operators) is no search at all rather than an error or an empty list.
    conditions.match = SearchQuery::plainWords(filter.search, /*prefixLast=*/true);
    if (!filter.source.isEmpty()) {
        conditions.clauses << QStringLiteral("a.source = ?");
        conditions.values << filter.source;
    }
    if (filter.status) {
        conditions.clauses << QStringLiteral("a.status = ?");
        conditions.values << int(*filter.status);
    }
    if (filter.companyId != 0) {
        conditions.clauses << QStringLiteral(
            "EXISTS (SELECT 1 FROM mention m WHERE m.article_id = a.id AND m.company_id = ?)");
        conditions.values << filter.companyId;
    }
    if (filter.language) {
        conditions.clauses << QStringLiteral("a.language = ?");
        conditions.values << *filter.language;
    }
    if (filter.datedFrom.isValid()) {
        conditions.clauses << datedAt + QStringLiteral(" >= ?");
        conditions.values << storedTime(filter.datedFrom);
    }
    if (filter.datedUntil.isValid()) {
        conditions.clauses << datedAt + QStringLiteral(" < ?");
        conditions.values << storedTime(filter.datedUntil);
    }
    return conditions;
}

// A WHERE clause over `article a` with the match as one more condition, and its bound values.
struct Where {
    QString sql;
    QVariantList values;
};

Where whereFrom(const Conditions& conditions, const SqlDialect& dialect) {
    QStringList clauses;
    Where where;
    if (!conditions.match.isEmpty()) {
        clauses << dialect.articleMatch();
        where.values << conditions.match;
    }
    clauses += conditions.clauses;
    where.values += conditions.values;
    if (!clauses.isEmpty())
        where.sql = QStringLiteral(" WHERE ") + clauses.join(QStringLiteral(" AND "));
    return where;
}

QString sortExpression(ArticleSort sort, const SqlDialect& dialect) {
    switch (sort) {
    case ArticleSort::Title:
        return dialect.caseInsensitive(QStringLiteral("a.title"));
    case ArticleSort::Source:
        return dialect.caseInsensitive(QStringLiteral("a.source"));
    case ArticleSort::Date:
        return datedAt;
    case ArticleSort::Language:
        return QStringLiteral("a.language");
    case ArticleSort::Added:
        return QStringLiteral("a.id");
    case ArticleSort::Status:
        return QStringLiteral("a.status");
    case ArticleSort::Companies:
        return companyCount;
    case ArticleSort::Partnerships:
        return partnershipCount;
    case ArticleSort::Relevance: // without a search there is nothing to rank: newest first
        break;
    }
    return datedAt;
}

// The id breaks ties, so that every row has one place and pages neither repeat nor skip rows.
QString orderBy(ArticleSort sort, Qt::SortOrder order, const SqlDialect& dialect) {
    const QString direction =
        order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    return QStringLiteral(" ORDER BY ") + sortExpression(sort, dialect) + direction +
           QStringLiteral(", a.id") + direction;
}

} // namespace

Result<qint64> ArticleQuery::count(const ArticleFilter& filter) const {
    const Where where = whereFrom(conditionsFrom(filter), m_db.dialect());
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM article a") + where.sql);
    for (const QVariant& value : where.values)
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        return m_db.errorFrom(query, QStringLiteral("counting the articles to list"));
    return query.value(0).toLongLong();
}

Result<QList<ArticleSummary>> ArticleQuery::page(const ArticleFilter& filter, ArticleSort sort,
                                                 Qt::SortOrder order, int offset, int limit) const {
    const SqlDialect& dialect = m_db.dialect();
    const Conditions conditions = conditionsFrom(filter);
    const bool searching = !conditions.match.isEmpty();
    QVariantList values;
    QString columns = summaryColumns();
    if (searching) {
        columns += QStringLiteral(", ") + dialect.articleSnippet();
        values << conditions.match;
    }
    QString sql;
    if (sort == ArticleSort::Relevance && searching) {
        // The inner query ranks the matches and picks the page's ids with their scores; the
        // outer one reads the whole rows (counts, snippet) for those ids only, in the same order.
        QString more;
        for (const QString& clause : conditions.clauses)
            more += QStringLiteral(" AND ") + clause;
        sql = QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM (SELECT a.id AS id, ") +
              dialect.relevance() + QStringLiteral(" AS score FROM ") + dialect.rankedArticles() +
              more +
              QStringLiteral(" ORDER BY score, a.id LIMIT ? OFFSET ?) hit"
                             " JOIN article a ON a.id = hit.id ORDER BY hit.score, hit.id");
        values << conditions.match;
        values += conditions.values;
    } else {
        // The inner query picks the page's ids (sorting the bare rows); the outer one reads the
        // whole rows, counts included, for those ids only.
        const Where where = whereFrom(conditions, dialect);
        const QString ordered = orderBy(sort, order, dialect);
        sql = QStringLiteral("SELECT ") + columns +
              QStringLiteral(" FROM article a WHERE a.id IN (SELECT a.id FROM article a") +
              where.sql + ordered + QStringLiteral(" LIMIT ? OFFSET ?)") + ordered;
        values += where.values;
    }
    values << qMax(0, limit) << qMax(0, offset);
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec())
        return m_db.errorFrom(query, QStringLiteral("listing articles"));
    QList<ArticleSummary> rows;
    rows.reserve(std::clamp(limit, 0, 1000)); // a caller may ask for "all" (INT_MAX)
    while (query.next())
        rows.append(summaryFrom(query, searching));
    return rows;
}

Result<QStringList> ArticleQuery::sources() const {
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT DISTINCT source FROM article WHERE source <> ''"
                                   " ORDER BY ") +
                    m_db.dialect().caseInsensitive(QStringLiteral("source")) +
                    QStringLiteral(", source")))
        return m_db.errorFrom(query, QStringLiteral("listing the sources"));
    QStringList sources;
    while (query.next())
        sources << query.value(0).toString();
    return sources;
}

Result<QStringList> ArticleQuery::languages() const {
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    // Through the language index: one step per distinct language, not a scan of the articles.
    if (!query.exec(QStringLiteral("SELECT DISTINCT language FROM article ORDER BY language")))
        return m_db.errorFrom(query, QStringLiteral("listing the languages"));
    QStringList languages;
    while (query.next())
        languages << query.value(0).toString();
    return languages;
}

Result<std::optional<ArticleSummary>> ArticleQuery::summary(qint64 id) const {
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT ") + summaryColumns() +
                  QStringLiteral(" FROM article a WHERE a.id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return m_db.errorFrom(query, QStringLiteral("reading article %1").arg(id));
    if (!query.next())
        return std::optional<ArticleSummary>();
    return std::optional<ArticleSummary>(summaryFrom(query));
}
