#include "store/articledeletion.h"

#include "store/annotationrows.h"
#include "store/database.h"

#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {

// The tables that hang on an article, parents first: restoring inserts in this order (a note
// names its mention or partnership), deleting goes the other way. `key` picks the article's
// rows. The article's own insert refills the search index through its trigger.
struct ArticleTable {
    QString table;
    QString key;
};

const QList<ArticleTable>& articleTables() {
    static const QList<ArticleTable> tables{
        {u"article"_s, u"id"_s},         {u"removed_piece"_s, u"article_id"_s},
        {u"mention"_s, u"article_id"_s}, {u"partnership"_s, u"article_id"_s},
        {u"note"_s, u"article_id"_s},    {u"annotation_history"_s, u"article_id"_s},
    };
    return tables;
}

QList<qint64> uniqueIds(const QList<qint64>& ids) {
    QList<qint64> unique;
    for (qint64 id : ids) {
        if (!unique.contains(id))
            unique.append(id);
    }
    return unique;
}

Error noSuchArticles(const QList<qint64>& missing) {
    if (missing.size() == 1)
        return Error{
            u"There is no article with id %1; nothing was deleted."_s.arg(missing.first())};
    QStringList names;
    for (qint64 id : missing)
        names << QString::number(id);
    return Error{
        u"There are no articles with ids %1; nothing was deleted."_s.arg(names.join(u", "_s))};
}

QVariant columnValue(const DeletedRows& rows, const QVariantList& row, const QString& column) {
    const qsizetype at = rows.columns.indexOf(column);
    return at >= 0 ? row.value(at) : QVariant();
}

} // namespace

QList<qint64> DeletedArticles::ids() const {
    QList<qint64> list;
    for (const DeletedArticle& article : articles)
        list.append(article.contents.id);
    return list;
}

Result<QList<ArticleContents>> ArticleDeletion::contents(const QList<qint64>& ids) const {
    QList<ArticleContents> found;
    QList<qint64> missing;
    QSqlQuery query(m_db.connection());
    for (qint64 id : uniqueIds(ids)) {
        if (!AnnotationRows::exec(query,
                                  u"SELECT a.title,"
                                  " (SELECT COUNT(*) FROM mention WHERE article_id = a.id),"
                                  " (SELECT COUNT(*) FROM partnership WHERE article_id = a.id),"
                                  " (SELECT COUNT(*) FROM note WHERE article_id = a.id)"
                                  " FROM article a WHERE a.id = ?"_s,
                                  {id}))
            return m_db.errorFrom(query, u"reading article %1"_s.arg(id));
        if (!query.next()) {
            missing.append(id);
            continue;
        }
        found.append({id, query.value(0).toString(), query.value(1).toInt(), query.value(2).toInt(),
                      query.value(3).toInt()});
    }
    if (!missing.isEmpty())
        return noSuchArticles(missing);
    return found;
}

Result<DeletedArticles> ArticleDeletion::remove(const QList<qint64>& ids, const Check& check) {
    DeletedArticles deleted;
    auto done = m_db.transaction([&]() -> Result<void> {
        // Read inside the transaction: what is asked about is what is deleted.
        auto found = contents(ids);
        if (!found)
            return found.error();
        if (check) {
            if (auto allowed = check(*found); !allowed)
                return allowed;
        }
        for (const ArticleContents& article : *found) {
            auto taken = take(article);
            if (!taken)
                return taken.error();
            deleted.articles.append(*taken);
        }
        return {};
    });
    if (!done)
        return done.error();
    return deleted;
}

Result<DeletedArticle> ArticleDeletion::take(const ArticleContents& contents) {
    DeletedArticle article;
    article.contents = contents;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    for (const ArticleTable& table : articleTables()) {
        // Table and column names are Folio's own constants, never user input.
        if (!AnnotationRows::exec(
                query, u"SELECT * FROM %1 WHERE %2 = ? ORDER BY id"_s.arg(table.table, table.key),
                {contents.id}))
            return m_db.errorFrom(query, u"reading article %1"_s.arg(contents.id));
        DeletedRows rows;
        rows.table = table.table;
        const QSqlRecord record = query.record();
        for (int i = 0; i < record.count(); ++i)
            rows.columns << record.fieldName(i);
        while (query.next()) {
            QVariantList row;
            for (int i = 0; i < record.count(); ++i)
                row << query.value(i);
            rows.rows << row;
        }
        article.tables << rows;
    }
    if (!article.tables.isEmpty() && !article.tables.first().rows.isEmpty())
        article.contentHash = columnValue(article.tables.first(),
                                          article.tables.first().rows.first(), u"content_hash"_s)
                                  .toString();
    const QList<ArticleTable>& tables = articleTables();
    for (auto table = tables.crbegin(); table != tables.crend(); ++table) {
        if (auto gone = AnnotationRows::run(
                m_db, u"DELETE FROM %1 WHERE %2 = ?"_s.arg(table->table, table->key), {contents.id},
                u"deleting article %1"_s.arg(contents.id));
            !gone)
            return gone.error();
    }
    return article;
}

Result<void> ArticleDeletion::restore(const DeletedArticles& deleted) {
    return m_db.transaction([&]() -> Result<void> {
        for (const DeletedArticle& article : deleted.articles) {
            if (auto restorable = checkRestorable(article); !restorable)
                return restorable;
            for (const DeletedRows& rows : article.tables) {
                if (auto inserted = insert(rows); !inserted)
                    return inserted;
            }
        }
        return {};
    });
}

Result<void> ArticleDeletion::checkRestorable(const DeletedArticle& article) const {
    const ArticleContents& contents = article.contents;
    QSqlQuery query(m_db.connection());
    if (!AnnotationRows::exec(query,
                              u"SELECT id, title FROM article WHERE id = ? OR content_hash = ?"_s,
                              {contents.id, article.contentHash}))
        return m_db.errorFrom(query, u"looking for article %1"_s.arg(contents.id));
    if (query.next()) {
        const qint64 other = query.value(0).toLongLong();
        if (other == contents.id)
            return Error{u"Cannot bring back “%1”: its id %2 has been given to “%3” since. "
                         "Nothing was restored."_s.arg(contents.title)
                             .arg(contents.id)
                             .arg(query.value(1).toString())};
        return Error{u"Cannot bring back “%1”: the same text was imported again since, as "
                     "article %2. Delete that one first to bring this one back. Nothing was "
                     "restored."_s.arg(contents.title)
                         .arg(other)};
    }
    return checkCompaniesExist(article);
}

Result<void> ArticleDeletion::checkCompaniesExist(const DeletedArticle& article) const {
    QSet<qint64> companies;
    for (const DeletedRows& rows : article.tables) {
        for (const QVariantList& row : rows.rows) {
            for (const QString& column : {u"company_id"_s, u"company_a"_s, u"company_b"_s}) {
                if (const QVariant id = columnValue(rows, row, column); !id.isNull())
                    companies.insert(id.toLongLong());
            }
        }
    }
    QSqlQuery query(m_db.connection());
    for (qint64 company : std::as_const(companies)) {
        if (!AnnotationRows::exec(query, u"SELECT 1 FROM company WHERE id = ?"_s, {company}))
            return m_db.errorFrom(query, u"looking for company %1"_s.arg(company));
        if (!query.next())
            return Error{u"Cannot bring back the annotations of “%1”: company %2, which they "
                         "name, has been deleted or merged into another since. Nothing was "
                         "restored."_s.arg(article.contents.title)
                             .arg(company)};
    }
    return {};
}

Result<void> ArticleDeletion::insert(const DeletedRows& rows) {
    if (rows.rows.isEmpty())
        return {};
    QStringList columns;
    for (const QString& column : rows.columns)
        columns << u"\"%1\""_s.arg(column); // "end" is a keyword
    QStringList marks;
    marks.fill(u"?"_s, rows.columns.size());
    const QString sql = u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(rows.table, columns.join(u", "_s),
                                                                 marks.join(u", "_s));
    for (const QVariantList& row : rows.rows) {
        if (auto inserted = AnnotationRows::run(m_db, sql, row,
                                                u"bringing back the rows of %1"_s.arg(rows.table));
            !inserted)
            return inserted;
    }
    return {};
}
