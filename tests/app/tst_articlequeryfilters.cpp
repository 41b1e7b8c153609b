#include "article/article.h"
#include "articlequerytest.h"
#include "store/articlequery.h"
#include "store/articlestore.h"
#include "testdata.h"

#include <QTest>

using namespace Qt::StringLiterals;

// Which articles ArticleQuery finds: search as the user types it, the source, status and
// company filters alone and together, and the sources there are to filter by.
class TestArticleQueryFilters : public ArticleQueryTest {
    Q_OBJECT
private slots:
    void noFilterListsEverything();
    void searchFindsPrefixesAsYouType();
    void searchNeverFailsOnWhatUsersType_data();
    void searchNeverFailsOnWhatUsersType();
    void sourceFilter();
    void statusFilter();
    void companyFilter();
    void filtersCombine();
    void sourcesAreDistinctNonEmptyAndSorted();
};

void TestArticleQueryFilters::noFilterListsEverything() {
    const ArticleQuery query(*m_db);
    QCOMPARE(*query.count({}), 0);
    QVERIFY(query.page({}, ArticleSort::Date, Qt::DescendingOrder, 0, 10)->isEmpty());

    const QList<qint64> ids = addArticles(25);
    QCOMPARE(*query.count({}), 25);
    auto page = query.page({}, ArticleSort::Date, Qt::DescendingOrder, 0, 10);
    QVERIFY2(page.ok(), qPrintable(page.errorMessage()));
    QCOMPARE(page->size(), 10);
    // Newest first; the same minute is broken by id.
    QCOMPARE(page->first().id, ids.last());
    const ArticleSummary& first = page->first();
    QCOMPARE(first.title, m_titles.last());
    QCOMPARE(first.source, u"source-%1"_s.arg(24 % 7));
    QCOMPARE(first.status, ReadingStatus::New);
    QCOMPARE(first.importedAt,
             QDateTime(QDate(2024, 3, 1), QTime(9, 8), Qt::UTC)); // 24 / 3 minutes
    QCOMPARE(first.companyCount, 0);
    QCOMPARE(first.partnershipCount, 0);
    QCOMPARE(query.page({}, ArticleSort::Date, Qt::DescendingOrder, 20, 10)->size(), 5);
    QVERIFY(query.page({}, ArticleSort::Date, Qt::DescendingOrder, 25, 10)->isEmpty());
}

void TestArticleQueryFilters::searchFindsPrefixesAsYouType() {
    addArticles(40);
    const ArticleQuery query(*m_db);
    qint64 expected = 0;
    for (const QString& title : std::as_const(m_titles))
        expected += title.contains(u"Hasselblad"_s) ? 1 : 0;
    QVERIFY(expected > 0);

    for (const QString& typed : {u"Hassel"_s, u"hasselblad"_s, u"  HASSELB"_s}) {
        ArticleFilter filter;
        filter.search = typed;
        auto count = query.count(filter);
        QVERIFY2(count.ok(), qPrintable(count.errorMessage()));
        QCOMPARE(*count, expected);
        const QList<ArticleSummary> rows = all(filter);
        QCOMPARE(rows.size(), expected);
        for (const ArticleSummary& row : rows)
            QVERIFY2(row.title.contains(u"Hasselblad"_s), qPrintable(row.title));
    }

    // Every word is required; only the last one is a prefix.
    ArticleFilter filter;
    filter.search = u"Hasselblad Lei"_s;
    for (const ArticleSummary& row : all(filter))
        QVERIFY(row.title.contains(u"Hasselblad"_s) && row.title.contains(u"Leica"_s));
    filter.search = u"Hassel Leica"_s;
    QCOMPARE(*query.count(filter), 0);
    filter.search = u"Nokia"_s;
    QCOMPARE(*query.count(filter), 0);
    // Every article says "deal number <n>"; only article 37 has the word "37".
    filter.search = u"deal number 37"_s;
    QCOMPARE(*query.count(filter), 1);
    // The body is searched too.
    filter.search = u"Analysts"_s;
    QCOMPARE(*query.count(filter), 40);
}

void TestArticleQueryFilters::searchNeverFailsOnWhatUsersType_data() {
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("expected"); // every article, none, or those about Leica
    const QString all = u"all"_s, none = u"none"_s, leica = u"leica"_s;
    QTest::newRow("stray quote") << u"\"Leica"_s << leica;
    QTest::newRow("quote only") << u"\""_s << all;
    QTest::newRow("lone AND") << u"AND"_s << all;
    QTest::newRow("trailing AND") << u"Leica AND"_s << leica;
    QTest::newRow("open bracket") << u"(Leica"_s << leica;
    QTest::newRow("bracket only") << u"("_s << all;
    QTest::newRow("star only") << u"*"_s << all;
    QTest::newRow("star after word") << u"Lei*"_s << leica;
    QTest::newRow("minus") << u"-Leica"_s << leica;
    QTest::newRow("caret") << u"^Leica"_s << leica;
    QTest::newRow("column filter") << u"title: Leica"_s << none; // "title" is a word here
    QTest::newRow("NEAR(") << u"NEAR("_s << all;
    QTest::newRow("OR NOT") << u"OR NOT"_s << all;
    QTest::newRow("quote inside") << u"Xiao\"mi"_s << none;
    QTest::newRow("only spaces") << u"   "_s << all;
    QTest::newRow("sql") << u"'; DROP TABLE article; --"_s << none;
    QTest::newRow("braces") << u"{clean_text}: Leica"_s << none;
    QTest::newRow("emoji") << u"📷 Leica"_s << leica;
}

void TestArticleQueryFilters::searchNeverFailsOnWhatUsersType() {
    QFETCH(QString, typed);
    QFETCH(QString, expected);
    addArticles(10);
    int leica = 0;
    for (const QString& title : std::as_const(m_titles))
        leica += title.contains(u"Leica"_s) ? 1 : 0;
    QVERIFY(leica > 0 && leica < 10);
    ArticleFilter filter;
    filter.search = typed;
    const ArticleQuery query(*m_db);
    auto count = query.count(filter);
    QVERIFY2(count.ok(), qPrintable(count.errorMessage()));
    QCOMPARE(*count, expected == u"all"_s ? 10 : expected == u"leica"_s ? leica : 0);
    auto page = query.page(filter, ArticleSort::Title, Qt::AscendingOrder, 0, 100);
    QVERIFY2(page.ok(), qPrintable(page.errorMessage()));
    QCOMPARE(page->size(), *count);
    QCOMPARE(*query.count({}), 10);
}

void TestArticleQueryFilters::sourceFilter() {
    addArticles(30);
    ArticleFilter filter;
    filter.source = u"source-3"_s;
    const ArticleQuery query(*m_db);
    QCOMPARE(*query.count(filter), 4); // 3, 10, 17, 24
    for (const ArticleSummary& row : all(filter))
        QCOMPARE(row.source, u"source-3"_s);
    filter.source = u"source"_s; // exact, not a prefix
    QCOMPARE(*query.count(filter), 0);
    filter.source = u"SOURCE-3"_s;
    QCOMPARE(*query.count(filter), 0);
}

void TestArticleQueryFilters::statusFilter() {
    const QList<qint64> ids = addArticles(12);
    ArticleStore store(*m_db);
    QVERIFY(store.setStatus(ids[2], ReadingStatus::Reading).ok());
    QVERIFY(store.setStatus(ids[5], ReadingStatus::Done).ok());
    QVERIFY(store.setStatus(ids[7], ReadingStatus::Done).ok());
    const ArticleQuery query(*m_db);
    ArticleFilter filter;
    filter.status = ReadingStatus::New;
    QCOMPARE(*query.count(filter), 9);
    filter.status = ReadingStatus::Reading;
    QCOMPARE(*query.count(filter), 1);
    QCOMPARE(all(filter).first().id, ids[2]);
    filter.status = ReadingStatus::Done;
    QList<qint64> done;
    for (const ArticleSummary& row : all(filter)) {
        QCOMPARE(row.status, ReadingStatus::Done);
        done << row.id;
    }
    QCOMPARE(done, (QList<qint64>{ids[5], ids[7]}));
}

void TestArticleQueryFilters::companyFilter() {
    const QList<qint64> ids = addArticles(6);
    const qint64 leica = addCompany(u"Leica"_s);
    const qint64 zeiss = addCompany(u"Zeiss"_s);
    addMention(ids[1], leica);
    addMention(ids[1], leica);
    addMention(ids[3], leica);
    addMention(ids[3], zeiss);
    const ArticleQuery query(*m_db);
    ArticleFilter filter;
    filter.companyId = leica;
    QCOMPARE(*query.count(filter), 2); // two mentions in one article count once
    QList<qint64> found;
    for (const ArticleSummary& row : all(filter))
        found << row.id;
    QCOMPARE(found, (QList<qint64>{ids[1], ids[3]}));
    filter.companyId = zeiss;
    QCOMPARE(*query.count(filter), 1);
    filter.companyId = zeiss + 100;
    QCOMPARE(*query.count(filter), 0);
}

void TestArticleQueryFilters::filtersCombine() {
    const QList<qint64> ids = addArticles(30);
    ArticleStore store(*m_db);
    for (int i = 0; i < 30; i += 2)
        QVERIFY(store.setStatus(ids[i], ReadingStatus::Done).ok());
    ArticleFilter filter;
    filter.search = u"Hassel"_s;
    filter.source = u"source-5"_s;
    filter.status = ReadingStatus::New;
    int expected = 0;
    for (int i = 0; i < 30; ++i)
        expected += m_titles[i].contains(u"Hasselblad"_s) && i % 7 == 5 && i % 2 == 1 ? 1 : 0;
    QCOMPARE(*ArticleQuery(*m_db).count(filter), expected);
    QCOMPARE(all(filter).size(), expected);
}

void TestArticleQueryFilters::sourcesAreDistinctNonEmptyAndSorted() {
    const ArticleQuery query(*m_db);
    QVERIFY(query.sources()->isEmpty());
    addArticles(20);
    ArticleStore store(*m_db);
    Article unsourced = TestData::article(u"No source here\n\nJust one paragraph."_s);
    unsourced.clean.source.clear();
    QVERIFY(store.add(unsourced).ok());
    Article upper = TestData::article(TestData::generatedArticle(1000));
    upper.clean.source = u"Reuters"_s;
    QVERIFY(store.add(upper).ok());
    auto sources = query.sources();
    QVERIFY2(sources.ok(), qPrintable(sources.errorMessage()));
    QCOMPARE(*sources, (QStringList{u"Reuters"_s, u"source-0"_s, u"source-1"_s, u"source-2"_s,
                                    u"source-3"_s, u"source-4"_s, u"source-5"_s, u"source-6"_s}));
}

QTEST_GUILESS_MAIN(TestArticleQueryFilters)
#include "tst_articlequeryfilters.moc"
