#include "store/articlestore.h"

#include "store/articletexteditor.h"
#include "store/database.h"
#include "store/searchquery.h"
#include "store/sqldialect.h"
#include "store/sqlvalue.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

ReadingStatus statusFrom(const QVariant& value) {
    const int status = value.toInt();
    return status >= 0 && status <= 2 ? ReadingStatus(status) : ReadingStatus::New;
}

using SqlValue::text;

Error noSuchArticle(qint64 id) {
    return Error{QStringLiteral("There is no article with id %1.").arg(id)};
}

} // namespace

Result<AddedArticle> ArticleStore::add(const Article& article) {
    AddedArticle added;
    auto stored = m_db.transaction([&]() -> Result<void> {
        QSqlQuery query(m_db.connection());
        query.prepare(QStringLiteral("SELECT id, title FROM article WHERE content_hash = ?"));
        query.addBindValue(article.contentHash);
        if (!query.exec())
            return m_db.errorFrom(query, QStringLiteral("looking for duplicates"));
        if (query.next()) {
            added = {query.value(0).toLongLong(), true, query.value(1).toString()};
            return {};
        }

        query.prepare(
            QStringLiteral(
                "INSERT INTO article (content_hash, title, source, language, original_path, "
                "encoding,"
                " raw_text, clean_text, cleaner_version, imported_at, status, reading_position,"
                " byline, published_at, url, guid, tags)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)") +
            m_db.dialect().returningId());
        const QDateTime importedAt =
            article.importedAt.isValid() ? article.importedAt : QDateTime::currentDateTimeUtc();
        for (const QVariant& value :
             {text(article.contentHash), text(article.clean.title), text(article.clean.source),
              text(article.language), text(article.originalPath), text(article.encoding),
              text(article.rawText), text(article.clean.text()), QVariant(article.cleanerVersion),
              QVariant(importedAt.toUTC().toString(Qt::ISODateWithMs)),
              QVariant(int(article.status)), QVariant(article.readingPosition),
              text(article.byline),
              article.publishedAt.isValid()
                  ? QVariant(article.publishedAt.toUTC().toString(Qt::ISODate))
                  : QVariant(),
              text(article.url), text(article.guid), text(article.tags.join(u'\n'))})
            query.addBindValue(value);
        if (!query.exec())
            return m_db.errorFrom(query, QStringLiteral("storing the article"));
        added.id = m_db.dialect().newRowId(query);

        query.prepare(QStringLiteral("INSERT INTO removed_piece (article_id, ordinal, position, "
                                     "text, reason) VALUES (?, ?, ?, ?, ?)"));
        for (int i = 0; i < article.clean.removed.size(); ++i) {
            const RemovedPiece& piece = article.clean.removed.at(i);
            query.addBindValue(added.id);
            query.addBindValue(i);
            query.addBindValue(piece.position);
            query.addBindValue(text(piece.text));
            query.addBindValue(text(piece.reason));
            if (!query.exec())
                return m_db.errorFrom(query, QStringLiteral("storing what cleaning removed"));
        }
        return {};
    });
    if (!stored)
        return stored.error();
    return added;
}

Result<Article> ArticleStore::article(qint64 id) const {
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral(
        "SELECT content_hash, title, source, language, original_path, encoding, raw_text,"
        " clean_text, cleaner_version, imported_at, status, reading_position,"
        " byline, published_at, url, guid, tags"
        " FROM article WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return m_db.errorFrom(query, QStringLiteral("reading article %1").arg(id));
    if (!query.next())
        return noSuchArticle(id);

    Article article;
    article.id = id;
    article.contentHash = query.value(0).toString();
    article.clean.title = article.title = query.value(1).toString();
    article.clean.source = article.source = query.value(2).toString();
    article.language = query.value(3).toString();
    article.originalPath = query.value(4).toString();
    article.encoding = query.value(5).toString();
    article.rawText = query.value(6).toString();
    const QString cleanText = query.value(7).toString();
    if (!cleanText.isEmpty())
        article.clean.paragraphs = CleanArticle::paragraphsOf(cleanText);
    article.cleanerVersion = query.value(8).toInt();
    article.importedAt = QDateTime::fromString(query.value(9).toString(), Qt::ISODateWithMs);
    article.status = statusFrom(query.value(10));
    article.readingPosition = query.value(11).toInt();
    article.byline = query.value(12).toString();
    if (!query.value(13).isNull())
        article.publishedAt = QDateTime::fromString(query.value(13).toString(), Qt::ISODate);
    article.url = query.value(14).toString();
    article.guid = query.value(15).toString();
    if (const QString tags = query.value(16).toString(); !tags.isEmpty())
        article.tags = tags.split(u'\n');

    query.prepare(QStringLiteral("SELECT text, reason, position FROM removed_piece"
                                 " WHERE article_id = ? ORDER BY ordinal"));
    query.addBindValue(id);
    if (!query.exec())
        return m_db.errorFrom(query, QStringLiteral("reading article %1").arg(id));
    while (query.next())
        article.clean.removed.append(
            {query.value(0).toString(), query.value(1).toString(), query.value(2).toInt()});
    return article;
}

Result<QList<ArticleSummary>> ArticleStore::summaries() const {
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "SELECT a.id, a.title, a.source, a.status, a.imported_at,"
            " (SELECT COUNT(DISTINCT company_id) FROM mention m WHERE m.article_id = a.id),"
            " (SELECT COUNT(*) FROM partnership p WHERE p.article_id = a.id),"
            " a.published_at, a.language"
            " FROM article a ORDER BY a.id")))
        return m_db.errorFrom(query, QStringLiteral("listing articles"));
    QList<ArticleSummary> list;
    while (query.next()) {
        list.append({query.value(0).toLongLong(), query.value(1).toString(),
                     query.value(2).toString(), statusFrom(query.value(3)),
                     QDateTime::fromString(query.value(4).toString(), Qt::ISODateWithMs),
                     query.value(5).toInt(), query.value(6).toInt(), 0,
                     QDateTime::fromString(query.value(7).toString(), Qt::ISODate),
                     query.value(8).toString()});
    }
    return list;
}

Result<qint64> ArticleStore::count() const {
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM article")) || !query.next())
        return m_db.errorFrom(query, QStringLiteral("counting articles"));
    return query.value(0).toLongLong();
}

Result<QList<SearchHit>> ArticleStore::search(const QString& query, int limit) const {
    if (query.trimmed().isEmpty())
        return QList<SearchHit>{};
    auto hits = runSearch(query, limit);
    if (hits)
        return hits;
    // Not valid FTS5 syntax (a stray quote, a lone AND, a '-' in front of a word): search the
    // words the user typed instead.
    const QString plain = SearchQuery::plainWords(query);
    if (plain.isEmpty())
        return QList<SearchHit>{};
    return runSearch(plain, limit);
}

Result<QList<SearchHit>> ArticleStore::runSearch(const QString& ftsQuery, int limit) const {
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(m_db.dialect().rankedSearch());
    query.addBindValue(ftsQuery);
    query.addBindValue(limit);
    if (!query.exec())
        return m_db.errorFrom(query, QStringLiteral("searching"));
    QList<SearchHit> hits;
    while (query.next()) {
        hits.append({query.value(0).toLongLong(), query.value(1).toString(),
                     query.value(2).toString(), query.value(3).toString(),
                     query.value(4).toDouble()});
    }
    return hits;
}

Result<StoreStats> ArticleStore::stats() const {
    StoreStats stats;
    QSqlQuery query(m_db.connection());
    if (!query.exec(
            QStringLiteral("SELECT (SELECT COUNT(*) FROM article), (SELECT COUNT(*) FROM article "
                           "WHERE status = 0),"
                           " (SELECT COUNT(*) FROM company), (SELECT COUNT(*) FROM mention),"
                           " (SELECT COUNT(*) FROM partnership), (SELECT COUNT(*) FROM note)")) ||
        !query.next())
        return m_db.errorFrom(query, QStringLiteral("counting"));
    stats.articles = query.value(0).toLongLong();
    stats.unread = query.value(1).toLongLong();
    stats.companies = query.value(2).toLongLong();
    stats.mentions = query.value(3).toLongLong();
    stats.partnerships = query.value(4).toLongLong();
    stats.notes = query.value(5).toLongLong();
    if (!query.exec(QStringLiteral("SELECT source, COUNT(*) AS n FROM article GROUP BY source"
                                   " ORDER BY n DESC, source")))
        return m_db.errorFrom(query, QStringLiteral("counting sources"));
    while (query.next())
        stats.sources.append({query.value(0).toString(), query.value(1).toLongLong()});
    return stats;
}

Result<void> ArticleStore::setStatus(qint64 id, ReadingStatus status) {
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("UPDATE article SET status = ? WHERE id = ?"));
    query.addBindValue(int(status));
    query.addBindValue(id);
    if (!query.exec())
        return m_db.errorFrom(query, QStringLiteral("saving the reading status"));
    if (query.numRowsAffected() == 0)
        return noSuchArticle(id);
    return {};
}

Result<void> ArticleStore::setReadingPosition(qint64 id, int position) {
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("UPDATE article SET reading_position = ? WHERE id = ?"));
    query.addBindValue(position);
    query.addBindValue(id);
    if (!query.exec())
        return m_db.errorFrom(query, QStringLiteral("saving the reading position"));
    if (query.numRowsAffected() == 0)
        return noSuchArticle(id);
    return {};
}

Result<Article> ArticleStore::restoreRemovedPiece(qint64 id, int index) {
    // Through the text editor, so that every annotation is re-anchored and its history kept.
    auto restored = ArticleTextEditor(m_db).restoreRemovedPiece(id, index);
    if (!restored)
        return restored.error();
    return article(id);
}

Result<qint64> ArticleStore::idByGuid(const QString& guid) const {
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT id FROM article WHERE guid = ? ORDER BY id DESC LIMIT 1"));
    query.addBindValue(guid);
    if (!query.exec())
        return m_db.errorFrom(query, QStringLiteral("looking for the feed item %1").arg(guid));
    return query.next() ? query.value(0).toLongLong() : qint64(0);
}

Result<qint64> ArticleStore::idByOriginalPath(const QString& path) const {
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT id FROM article WHERE original_path = ? ORDER BY id DESC "
                                 "LIMIT 1"));
    query.addBindValue(path);
    if (!query.exec())
        return m_db.errorFrom(query,
                              QStringLiteral("looking for an earlier import of %1").arg(path));
    return query.next() ? query.value(0).toLongLong() : qint64(0);
}
