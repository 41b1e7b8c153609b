#pragma once

#include "article/article.h"
#include "store/searchsnippet.h"
#include "util/result.h"

#include <QDateTime>
#include <QList>
#include <QPair>

class Database;

struct ArticleSummary {
    qint64 id = 0;
    QString title;
    QString source;
    ReadingStatus status = ReadingStatus::New;
    QDateTime importedAt;
    int companyCount = 0;
    int partnershipCount = 0;
    int reviewCount = 0;     // annotations that need review after a text change
    QDateTime publishedAt;   // invalid: the source did not say
    QString language;        // ISO 639-1 ("de"), empty when unknown
    SearchSnippet snippet{}; // where the list's search found its words; empty without a search

    friend bool operator==(const ArticleSummary&, const ArticleSummary&) = default;
};

struct SearchHit {
    qint64 id = 0;
    QString title;
    QString source;
    QString snippet; // matched words between '[' and ']'
    double rank = 0; // FTS5 bm25: lower is better
};

struct StoreStats {
    qint64 articles = 0;
    qint64 unread = 0;
    qint64 companies = 0;
    qint64 mentions = 0;
    qint64 partnerships = 0;
    qint64 notes = 0;
    QList<QPair<QString, qint64>> sources; // by article count, largest first
};

struct AddedArticle {
    qint64 id = 0;
    bool duplicate = false; // true: an article with the same content hash was already stored
    QString existingTitle;
};

// Articles in the database: adding (deduplicated), reading, searching, reading state.
// All SQL about articles lives here; errors come back as Folio errors, never as QSqlError.
class ArticleStore final {
public:
    explicit ArticleStore(Database& database)
        : m_db(database) {}

    // Adds the article in one transaction, unless one with the same content hash exists.
    Result<AddedArticle> add(const Article& article);

    Result<Article> article(qint64 id) const;
    Result<QList<ArticleSummary>> summaries() const;
    Result<qint64> count() const;
    // The article imported from `path` (absolute), or 0 when there is none.
    Result<qint64> idByOriginalPath(const QString& path) const;
    // The article a feed item with this guid became, or 0.
    Result<qint64> idByGuid(const QString& guid) const;

    // Full-text search, best first. `query` is tried as FTS5 syntax first (phrases, OR, NEAR
    // for those who know them); if FTS5 cannot parse it, its words are searched instead.
    Result<QList<SearchHit>> search(const QString& query, int limit = 50) const;

    Result<StoreStats> stats() const;

    // Puts the removed piece at `index` of the article's removed list back into the clean text,
    // as a paragraph where it stood, in one transaction, re-anchoring the annotations. Returns
    // the updated article. ArticleTextEditor has this and the other text changes (remove, split
    // and join paragraphs, re-clean) with the re-anchoring counts.
    Result<Article> restoreRemovedPiece(qint64 id, int index);

    Result<void> setStatus(qint64 id, ReadingStatus status);
    Result<void> setReadingPosition(qint64 id, int position);

private:
    Result<QList<SearchHit>> runSearch(const QString& ftsQuery, int limit) const;

    Database& m_db;
};
