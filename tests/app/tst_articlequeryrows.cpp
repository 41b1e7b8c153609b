#include "article/article.h"
#include "articlequerytest.h"
#include "store/articlequery.h"
#include "store/articlestore.h"

#include <QSet>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;

// The rows ArticleQuery gives back: their order by every column, pages that cover them, the
// count columns, and the summary of one article.
class TestArticleQueryRows : public ArticleQueryTest {
    Q_OBJECT
private slots:
    void pagesCoverEveryRowOnceInOrder();
    void sortsByEveryColumn_data();
    void sortsByEveryColumn();
    void countsColumnsCountMentionsAndPartnerships();
    void summaryOfOneArticle();
};

void TestArticleQueryRows::pagesCoverEveryRowOnceInOrder() {
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

void TestArticleQueryRows::sortsByEveryColumn_data() {
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

void TestArticleQueryRows::sortsByEveryColumn() {
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
        case ArticleSort::Relevance: // without a search: the date order
            return x.importedAt < y.importedAt ? -1 : x.importedAt == y.importedAt ? 0 : 1;
        case ArticleSort::Status:
            return int(x.status) - int(y.status);
        case ArticleSort::Companies:
            return x.companyCount - y.companyCount;
        case ArticleSort::Partnerships:
            return x.partnershipCount - y.partnershipCount;
        case ArticleSort::Language: // tst_articlequerydates
        case ArticleSort::Added:
            break;
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

void TestArticleQueryRows::countsColumnsCountMentionsAndPartnerships() {
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

void TestArticleQueryRows::summaryOfOneArticle() {
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

QTEST_GUILESS_MAIN(TestArticleQueryRows)
#include "tst_articlequeryrows.moc"
