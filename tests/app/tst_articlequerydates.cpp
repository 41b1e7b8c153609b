#include "article/article.h"
#include "articlequerytest.h"
#include "store/articlequery.h"
#include "store/articlestore.h"
#include "testdata.h"

#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

// The list's date and language: an article's date is when it was published, else when it was
// added; the list sorts and filters by it, and filters by language, through indexes.
class TestArticleQueryDates : public ArticleQueryTest {
    Q_OBJECT
private slots:
    void summaryCarriesPublishedDateAndLanguage();
    void dateOrderIsPublishedElseAdded();
    void dateRangeFilterIsHalfOpen();
    void languageFilterTakesUnknownToo();
    void languagesAreDistinctWithUnknown();
    void filtersCombineWithSearch();
    void dateOrderAndRangeUseTheIndex();

private:
    // Articles added on 2024-03-01 (one a minute); these get published dates (by number).
    void publish(qint64 id, const QDateTime& when);
    void setLanguage(qint64 id, const QString& language);
    QList<qint64> idsOf(const QList<ArticleSummary>& rows) const;
};

void TestArticleQueryDates::publish(qint64 id, const QDateTime& when) {
    QSqlQuery query(m_db->connection());
    query.prepare(u"UPDATE article SET published_at = ? WHERE id = ?"_s);
    query.addBindValue(when.toUTC().toString(Qt::ISODate));
    query.addBindValue(id);
    QVERIFY(query.exec());
}

void TestArticleQueryDates::setLanguage(qint64 id, const QString& language) {
    QSqlQuery query(m_db->connection());
    query.prepare(u"UPDATE article SET language = ? WHERE id = ?"_s);
    query.addBindValue(language);
    query.addBindValue(id);
    QVERIFY(query.exec());
}

QList<qint64> TestArticleQueryDates::idsOf(const QList<ArticleSummary>& rows) const {
    QList<qint64> ids;
    for (const ArticleSummary& row : rows)
        ids << row.id;
    return ids;
}

void TestArticleQueryDates::summaryCarriesPublishedDateAndLanguage() {
    const QList<qint64> ids = addArticles(2);
    const QDateTime published(QDate(2023, 7, 14), QTime(8, 30), Qt::UTC);
    publish(ids[0], published);
    setLanguage(ids[0], u"de"_s);
    const ArticleQuery query(*m_db);
    const auto first = query.summary(ids[0]);
    QVERIFY2(first.ok(), qPrintable(first.errorMessage()));
    QCOMPARE((*first)->publishedAt, published);
    QCOMPARE((*first)->language, u"de"_s);
    const auto second = query.summary(ids[1]);
    QVERIFY(!(*second)->publishedAt.isValid());
    // The same fields through the page the list reads, and the CLI's list.
    const QList<ArticleSummary> rows = all({}, ArticleSort::Added);
    QCOMPARE(rows.first().publishedAt, published);
    QCOMPARE(rows.first().language, u"de"_s);
    QCOMPARE(ArticleStore(*m_db).summaries()->first().publishedAt, published);
    QCOMPARE(ArticleStore(*m_db).summaries()->first().language, u"de"_s);
}

void TestArticleQueryDates::dateOrderIsPublishedElseAdded() {
    // Added 09:00, 09:00, 09:00, 09:01, 09:01 on 2024-03-01.
    const QList<qint64> ids = addArticles(5);
    publish(ids[0], QDateTime(QDate(2024, 3, 2), QTime(12, 0), Qt::UTC)); // newest of all
    publish(ids[4], QDateTime(QDate(2023, 1, 1), QTime(0, 0), Qt::UTC));  // oldest of all
    QCOMPARE(idsOf(all({}, ArticleSort::Date, Qt::AscendingOrder)),
             (QList<qint64>{ids[4], ids[1], ids[2], ids[3], ids[0]}));
    QCOMPARE(idsOf(all({}, ArticleSort::Date, Qt::DescendingOrder)),
             (QList<qint64>{ids[0], ids[3], ids[2], ids[1], ids[4]}));
    // Added keeps the order they came in, whatever they say of themselves.
    QCOMPARE(idsOf(all({}, ArticleSort::Added, Qt::AscendingOrder)), ids);
    // Pages do not repeat or skip rows in the date order.
    const ArticleQuery query(*m_db);
    QList<qint64> paged;
    for (int offset = 0; offset < 5; offset += 2)
        paged += idsOf(*query.page({}, ArticleSort::Date, Qt::DescendingOrder, offset, 2));
    QCOMPARE(paged, idsOf(all({}, ArticleSort::Date, Qt::DescendingOrder)));
}

void TestArticleQueryDates::dateRangeFilterIsHalfOpen() {
    const QList<qint64> ids = addArticles(3); // all added 2024-03-01 09:00
    publish(ids[0], QDateTime(QDate(2023, 12, 31), QTime(23, 59, 59), Qt::UTC));
    publish(ids[1], QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC));
    ArticleFilter january;
    january.datedFrom = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
    january.datedUntil = QDateTime(QDate(2024, 2, 1), QTime(0, 0), Qt::UTC);
    QVERIFY(!january.isEmpty());
    const ArticleQuery query(*m_db);
    QCOMPARE(*query.count(january), 1);
    QCOMPARE(idsOf(all(january)), QList<qint64>{ids[1]});
    // Open-ended: from 2024 on takes the article without a date of its own by its added date.
    ArticleFilter since;
    since.datedFrom = january.datedFrom;
    QCOMPARE(idsOf(all(since)), (QList<qint64>{ids[1], ids[2]}));
    ArticleFilter before;
    before.datedUntil = january.datedFrom;
    QCOMPARE(idsOf(all(before)), QList<qint64>{ids[0]});
    // A local time is compared as the same instant in UTC.
    ArticleFilter local;
    local.datedFrom = QDateTime(QDate(2024, 1, 1), QTime(1, 0), QTimeZone(3600)); // = 00:00 UTC
    QCOMPARE(idsOf(all(local)), (QList<qint64>{ids[1], ids[2]}));
}

void TestArticleQueryDates::languageFilterTakesUnknownToo() {
    const QList<qint64> ids = addArticles(4);
    setLanguage(ids[0], u"de"_s);
    setLanguage(ids[1], u"en"_s);
    setLanguage(ids[2], u"de"_s);
    ArticleFilter german;
    german.language = u"de"_s;
    QCOMPARE(idsOf(all(german, ArticleSort::Added)), (QList<qint64>{ids[0], ids[2]}));
    ArticleFilter unknown;
    unknown.language = QString(u""_s);
    QVERIFY(!unknown.isEmpty());
    QCOMPARE(idsOf(all(unknown, ArticleSort::Added)), QList<qint64>{ids[3]});
    QCOMPARE(*ArticleQuery(*m_db).count(ArticleFilter{}), 4);
    // Sorted by language: unknown first, then de, en.
    QCOMPARE(idsOf(all({}, ArticleSort::Language)),
             (QList<qint64>{ids[3], ids[0], ids[2], ids[1]}));
}

void TestArticleQueryDates::languagesAreDistinctWithUnknown() {
    const ArticleQuery query(*m_db);
    QCOMPARE(*query.languages(), QStringList());
    const QList<qint64> ids = addArticles(4);
    setLanguage(ids[0], u"en"_s);
    setLanguage(ids[1], u"de"_s);
    setLanguage(ids[2], u"en"_s);
    QCOMPARE(*query.languages(), (QStringList{u""_s, u"de"_s, u"en"_s}));
}

void TestArticleQueryDates::filtersCombineWithSearch() {
    const QList<qint64> ids = addArticles(30);
    for (int i = 0; i < 30; ++i) {
        setLanguage(ids[i], i % 2 ? u"en"_s : u"de"_s);
        publish(ids[i], QDateTime(QDate(2024, 1, 1 + i), QTime(12, 0), Qt::UTC));
    }
    ArticleFilter filter;
    filter.search = u"deal"_s; // every generated article says "deal number <n>"
    filter.language = u"de"_s;
    filter.datedFrom = QDateTime(QDate(2024, 1, 11), QTime(0, 0), Qt::UTC);
    filter.datedUntil = QDateTime(QDate(2024, 1, 21), QTime(0, 0), Qt::UTC);
    // Days 11..20 are i = 10..19; German are the even ones: 10, 12, 14, 16, 18.
    const QList<qint64> expected{ids[10], ids[12], ids[14], ids[16], ids[18]};
    QCOMPARE(*ArticleQuery(*m_db).count(filter), expected.size());
    QCOMPARE(idsOf(all(filter, ArticleSort::Date, Qt::AscendingOrder)), expected);
    QList<qint64> ranked = idsOf(all(filter, ArticleSort::Relevance));
    std::sort(ranked.begin(), ranked.end());
    QCOMPARE(ranked, expected);
}

void TestArticleQueryDates::dateOrderAndRangeUseTheIndex() {
    // 100,000 articles must sort by date without reading their rows: the plan names the index.
    addArticles(3);
    const auto plan = [this](const QString& sql) {
        QSqlQuery query(m_db->connection());
        if (!query.exec(u"EXPLAIN QUERY PLAN "_s + sql))
            return QString();
        QStringList steps;
        while (query.next())
            steps << query.value(3).toString();
        return steps.join(u'\n');
    };
    const QString sorted = plan(u"SELECT a.id FROM article a ORDER BY COALESCE(a.published_at, "
                                "a.imported_at) DESC, a.id DESC LIMIT 200"_s);
    QVERIFY2(sorted.contains(u"article_dated"_s) && !sorted.contains(u"TEMP B-TREE"_s),
             qPrintable(sorted));
    const QString ranged = plan(u"SELECT COUNT(*) FROM article a WHERE COALESCE(a.published_at, "
                                "a.imported_at) >= '2024'"_s);
    QVERIFY2(ranged.contains(u"article_dated"_s), qPrintable(ranged));
    // A language, alone or with a range, pages through (language, date) without sorting.
    const QString german =
        plan(u"SELECT a.id FROM article a WHERE a.language = 'de' AND"
             " COALESCE(a.published_at, a.imported_at) >= '2024' ORDER BY"
             " COALESCE(a.published_at, a.imported_at) DESC, a.id DESC LIMIT 200"_s);
    QVERIFY2(german.contains(u"article_language_dated"_s) && !german.contains(u"TEMP B-TREE"_s),
             qPrintable(german));
}

QTEST_GUILESS_MAIN(TestArticleQueryDates)
#include "tst_articlequerydates.moc"
