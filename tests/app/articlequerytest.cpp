#include "articlequerytest.h"

#include "article/article.h"
#include "store/articlequery.h"
#include "testdata.h"

#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

void ArticleQueryTest::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::open(m_dir->filePath(u"folio.sqlite"_s));
    QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
    m_db = std::move(db).value();
    m_titles.clear();
}

void ArticleQueryTest::cleanup() {
    m_db.reset();
    m_dir.reset();
}

QList<qint64> ArticleQueryTest::addArticles(int n) {
    ArticleStore store(*m_db);
    const QDateTime base(QDate(2024, 3, 1), QTime(9, 0), Qt::UTC);
    QList<qint64> ids;
    for (int i = 0; i < n; ++i) {
        Article article = TestData::article(TestData::generatedArticle(i));
        article.importedAt = base.addSecs(60 * (i / 3));
        auto added = store.add(article);
        if (!added || added->duplicate)
            qFatal("cannot add article %d: %s", i, qPrintable(added.errorMessage()));
        ids << added->id;
        m_titles << article.clean.title;
    }
    return ids;
}

qint64 ArticleQueryTest::addCompany(const QString& name) {
    QSqlQuery query(m_db->connection());
    query.prepare(u"INSERT INTO company (name, created_at) VALUES (?, '2024-03-01T09:00:00Z')"_s);
    query.addBindValue(name);
    if (!query.exec())
        qFatal("cannot add company");
    return query.lastInsertId().toLongLong();
}

void ArticleQueryTest::addMention(qint64 articleId, qint64 companyId) {
    QSqlQuery query(m_db->connection());
    query.prepare(u"INSERT INTO mention (article_id, company_id, start, \"end\", quote, text_hash,"
                  " created_at) VALUES (?, ?, 0, 5, 'quote', 'hash', '2024-03-01T09:00:00Z')"_s);
    query.addBindValue(articleId);
    query.addBindValue(companyId);
    if (!query.exec())
        qFatal("cannot add mention");
}

void ArticleQueryTest::addPartnership(qint64 articleId, qint64 companyA, qint64 companyB) {
    QSqlQuery query(m_db->connection());
    query.prepare(u"INSERT INTO partnership (article_id, company_a, company_b, created_at)"
                  " VALUES (?, ?, ?, '2024-03-01T09:00:00Z')"_s);
    query.addBindValue(articleId);
    query.addBindValue(companyA);
    query.addBindValue(companyB);
    if (!query.exec())
        qFatal("cannot add partnership");
}

QList<ArticleSummary> ArticleQueryTest::all(const ArticleFilter& filter, ArticleSort sort,
                                            Qt::SortOrder order) {
    auto rows = ArticleQuery(*m_db).page(filter, sort, order, 0, 1'000'000);
    if (!rows)
        qFatal("page failed: %s", qPrintable(rows.errorMessage()));
    return *rows;
}
