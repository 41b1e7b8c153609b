#include "article/article.h"
#include "store/articlequery.h"
#include "store/articlestore.h"
#include "store/database.h"
#include "testdata.h"

#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;

class TestArticleQuery : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void noFilterListsEverything();
    void searchFindsPrefixesAsYouType();
    void searchNeverFailsOnWhatUsersType_data();
    void searchNeverFailsOnWhatUsersType();
    void sourceFilter();
    void statusFilter();
    void companyFilter();
    void filtersCombine();
    void pagesCoverEveryRowOnceInOrder();
    void sortsByEveryColumn_data();
    void sortsByEveryColumn();
    void countsColumnsCountMentionsAndPartnerships();
    void sourcesAreDistinctNonEmptyAndSorted();
    void summaryOfOneArticle();

private:
    // Adds `n` generated articles, imported one minute apart (three at a time share a minute, to
    // exercise the id tie-break), and returns their ids.
    QList<qint64> addArticles(int n);
    qint64 addCompany(const QString& name);
    void addMention(qint64 articleId, qint64 companyId);
    void addPartnership(qint64 articleId, qint64 companyA, qint64 companyB);
    QList<ArticleSummary> all(const ArticleFilter& filter, ArticleSort sort = ArticleSort::Date,
                              Qt::SortOrder order = Qt::AscendingOrder);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    QList<QString> m_titles; // by generated number
};

void TestArticleQuery::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::open(m_dir->filePath(u"folio.sqlite"_s));
    QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
    m_db = std::move(db).value();
    m_titles.clear();
}

void TestArticleQuery::cleanup() {
    m_db.reset();
    m_dir.reset();
}

QList<qint64> TestArticleQuery::addArticles(int n) {
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

qint64 TestArticleQuery::addCompany(const QString& name) {
    QSqlQuery query(m_db->connection());
    query.prepare(u"INSERT INTO company (name, created_at) VALUES (?, '2024-03-01T09:00:00Z')"_s);
    query.addBindValue(name);
    if (!query.exec())
        qFatal("cannot add company");
    return query.lastInsertId().toLongLong();
}

void TestArticleQuery::addMention(qint64 articleId, qint64 companyId) {
    QSqlQuery query(m_db->connection());
    query.prepare(u"INSERT INTO mention (article_id, company_id, start, \"end\", quote, text_hash,"
                  " created_at) VALUES (?, ?, 0, 5, 'quote', 'hash', '2024-03-01T09:00:00Z')"_s);
    query.addBindValue(articleId);
    query.addBindValue(companyId);
    if (!query.exec())
        qFatal("cannot add mention");
}

void TestArticleQuery::addPartnership(qint64 articleId, qint64 companyA, qint64 companyB) {
    QSqlQuery query(m_db->connection());
    query.prepare(u"INSERT INTO partnership (article_id, company_a, company_b, created_at)"
                  " VALUES (?, ?, ?, '2024-03-01T09:00:00Z')"_s);
    query.addBindValue(articleId);
    query.addBindValue(companyA);
    query.addBindValue(companyB);
    if (!query.exec())
        qFatal("cannot add partnership");
}

QList<ArticleSummary> TestArticleQuery::all(const ArticleFilter& filter, ArticleSort sort,
                                            Qt::SortOrder order) {
    auto rows = ArticleQuery(*m_db).page(filter, sort, order, 0, 1'000'000);
    if (!rows)
        qFatal("page failed: %s", qPrintable(rows.errorMessage()));
    return *rows;
}

void TestArticleQuery::noFilterListsEverything() {
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

void TestArticleQuery::searchFindsPrefixesAsYouType() {
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

void TestArticleQuery::searchNeverFailsOnWhatUsersType_data() {
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

void TestArticleQuery::searchNeverFailsOnWhatUsersType() {
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

void TestArticleQuery::sourceFilter() {
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

void TestArticleQuery::statusFilter() {
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

void TestArticleQuery::companyFilter() {
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

void TestArticleQuery::filtersCombine() {
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

void TestArticleQuery::pagesCoverEveryRowOnceInOrder() {
    addArticles(53);
    const ArticleQuery query(*m_db);
    for (const ArticleSort sort :
         {ArticleSort::Date, ArticleSort::Title, ArticleSort::Source, ArticleSort::Status}) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            const QList<ArticleSummary> whole = all({}, sort, order);
            QCOMPARE(whole.size(), 53);
            QList<qint64> paged;
            for (int offset = 0;; offset += 10) {
                auto page = query.page({}, sort, order, offset, 10);
                QVERIFY2(page.ok(), qPrintable(page.errorMessage()));
                if (page->isEmpty())
                    break;
                QVERIFY(page->size() <= 10);
                for (const ArticleSummary& row : *page)
                    paged << row.id;
            }
            QList<qint64> expected;
            for (const ArticleSummary& row : whole)
                expected << row.id;
            QCOMPARE(paged, expected);
            QCOMPARE(QSet<qint64>(paged.begin(), paged.end()).size(), 53);
        }
    }
}

void TestArticleQuery::sortsByEveryColumn_data() {
    QTest::addColumn<ArticleSort>("sort");
    QTest::addColumn<Qt::SortOrder>("order");
    const QList<std::pair<const char*, ArticleSort>> sorts = {
        {"title", ArticleSort::Title},         {"source", ArticleSort::Source},
        {"date", ArticleSort::Date},           {"status", ArticleSort::Status},
        {"companies", ArticleSort::Companies}, {"partnerships", ArticleSort::Partnerships}};
    for (const auto& [name, sort] : sorts) {
        QTest::addRow("%s ascending", name) << sort << Qt::AscendingOrder;
        QTest::addRow("%s descending", name) << sort << Qt::DescendingOrder;
    }
}

void TestArticleQuery::sortsByEveryColumn() {
    QFETCH(ArticleSort, sort);
    QFETCH(Qt::SortOrder, order);
    const QList<qint64> ids = addArticles(30);
    ArticleStore store(*m_db);
    const qint64 a = addCompany(u"Leica"_s);
    const qint64 b = addCompany(u"Zeiss"_s);
    const qint64 c = addCompany(u"Sony"_s);
    for (int i = 0; i < 30; ++i) {
        if (i % 3 == 1)
            QVERIFY(store.setStatus(ids[i], ReadingStatus(i % 2 + 1)).ok());
        if (i % 4 == 0)
            addMention(ids[i], a);
        if (i % 5 == 0)
            addMention(ids[i], b);
        if (i % 6 == 0) {
            addMention(ids[i], c);
            addPartnership(ids[i], a, c);
        }
        if (i % 9 == 0)
            addPartnership(ids[i], a, b);
    }

    // Compares two rows by the sort key only: <0, 0, >0.
    const std::function<int(const ArticleSummary&, const ArticleSummary&)> compare =
        [sort](const ArticleSummary& x, const ArticleSummary& y) -> int {
        switch (sort) {
        case ArticleSort::Title:
            return x.title.compare(y.title, Qt::CaseInsensitive);
        case ArticleSort::Source:
            return x.source.compare(y.source, Qt::CaseInsensitive);
        case ArticleSort::Date:
            return x.importedAt < y.importedAt ? -1 : x.importedAt == y.importedAt ? 0 : 1;
        case ArticleSort::Status:
            return int(x.status) - int(y.status);
        case ArticleSort::Companies:
            return x.companyCount - y.companyCount;
        case ArticleSort::Partnerships:
            return x.partnershipCount - y.partnershipCount;
        }
        return 0;
    };
    const QList<ArticleSummary> rows = all({}, sort, order);
    QCOMPARE(rows.size(), 30);
    const int sign = order == Qt::AscendingOrder ? 1 : -1;
    int distinctKeys = 1;
    for (int i = 1; i < rows.size(); ++i) {
        const int byKey = sign * compare(rows[i - 1], rows[i]);
        QVERIFY2(byKey <= 0, qPrintable(u"rows %1 and %2 out of order"_s.arg(i - 1).arg(i)));
        if (byKey == 0)
            QVERIFY2(sign * (rows[i - 1].id - rows[i].id) < 0, "ties are not broken by id");
        else
            ++distinctKeys;
    }
    QVERIFY(distinctKeys > 2); // the data really has something to sort
}

void TestArticleQuery::countsColumnsCountMentionsAndPartnerships() {
    const QList<qint64> ids = addArticles(3);
    const qint64 a = addCompany(u"Leica"_s);
    const qint64 b = addCompany(u"Zeiss"_s);
    addMention(ids[0], a);
    addMention(ids[0], a);
    addMention(ids[0], b);
    addMention(ids[1], b);
    addPartnership(ids[0], a, b);
    addPartnership(ids[0], b, a);
    addPartnership(ids[2], a, b);
    QHash<qint64, ArticleSummary> byId;
    for (const ArticleSummary& row : all({}))
        byId.insert(row.id, row);
    QCOMPARE(byId[ids[0]].companyCount, 2);
    QCOMPARE(byId[ids[0]].partnershipCount, 2);
    QCOMPARE(byId[ids[1]].companyCount, 1);
    QCOMPARE(byId[ids[1]].partnershipCount, 0);
    QCOMPARE(byId[ids[2]].companyCount, 0);
    QCOMPARE(byId[ids[2]].partnershipCount, 1);
}

void TestArticleQuery::sourcesAreDistinctNonEmptyAndSorted() {
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

void TestArticleQuery::summaryOfOneArticle() {
    const QList<qint64> ids = addArticles(3);
    const qint64 company = addCompany(u"Leica"_s);
    addMention(ids[1], company);
    QVERIFY(ArticleStore(*m_db).setStatus(ids[1], ReadingStatus::Reading).ok());
    const ArticleQuery query(*m_db);
    auto summary = query.summary(ids[1]);
    QVERIFY2(summary.ok(), qPrintable(summary.errorMessage()));
    QVERIFY(summary->has_value());
    QCOMPARE((*summary)->id, ids[1]);
    QCOMPARE((*summary)->title, m_titles[1]);
    QCOMPARE((*summary)->status, ReadingStatus::Reading);
    QCOMPARE((*summary)->companyCount, 1);
    auto missing = query.summary(ids.last() + 1);
    QVERIFY(missing.ok());
    QVERIFY(!missing->has_value());
}

QTEST_GUILESS_MAIN(TestArticleQuery)
#include "tst_articlequery.moc"
