#include "articlequerytest.h"

#include "store/articlequery.h"
#include "store/searchsnippet.h"
#include "testdata.h"

#include <QTest>

using namespace Qt::StringLiterals;

// The list's search ranked best match first, and the passage it shows under each title: title
// hits above body hits, ranking combined with the other filters and with paging, snippets that
// mark what was found, and any text typed without an error.
class TestArticleQueryRanking : public ArticleQueryTest {
    Q_OBJECT
private slots:
    void titleHitRanksAboveOneBodyHit();
    void rankedPagesNeitherRepeatNorSkip();
    void rankingKeepsTheOtherFilters();
    void snippetMarksTheFoundWord();
    void snippetMarksPrefixesAsYouType();
    void noSnippetWithoutSearchOrWithoutBodyHit();
    void rankedSearchNeverFailsOnWhatUsersType_data();
    void rankedSearchNeverFailsOnWhatUsersType();
    void snippetMarksParse_data();
    void snippetMarksParse();

private:
    // Adds an article of that title and body, imported `minute` minutes after a fixed time.
    qint64 add(const QString& title, const QString& body, int minute);
    QList<qint64> ids(const QList<ArticleSummary>& rows) const;
    static ArticleFilter search(const QString& typed) {
        ArticleFilter filter;
        filter.search = typed;
        return filter;
    }
};

qint64 TestArticleQueryRanking::add(const QString& title, const QString& body, int minute) {
    Article article = TestData::article(title + u"\n\n"_s + body + u"\n"_s);
    article.importedAt = QDateTime(QDate(2024, 3, 1), QTime(9, 0), Qt::UTC).addSecs(60 * minute);
    const auto added = ArticleStore(*m_db).add(article);
    if (!added || added->duplicate)
        qFatal("cannot add %s: %s", qPrintable(title), qPrintable(added.errorMessage()));
    return added->id;
}

QList<qint64> TestArticleQueryRanking::ids(const QList<ArticleSummary>& rows) const {
    QList<qint64> result;
    for (const ArticleSummary& row : rows)
        result << row.id;
    return result;
}

void TestArticleQueryRanking::titleHitRanksAboveOneBodyHit() {
    // The title hit is the older article: newest first would put it second.
    const qint64 inTitle = add(u"Periscope lenses reach mid-range phones"_s,
                               u"Camera modules get thinner every year, suppliers say."_s, 0);
    const qint64 inBody =
        add(u"Phone makers report a strong quarter"_s,
            u"Sales rose in Europe and Asia. One maker showed a periscope lens at the fair, and "
            "analysts expect more devices later this year."_s,
            1);
    add(u"Chip makers expand"_s, u"Foundries add capacity for the coming year."_s, 2);

    QCOMPARE(ids(all(search(u"periscope"_s), ArticleSort::Date, Qt::DescendingOrder)),
             (QList<qint64>{inBody, inTitle}));
    // Best first whatever the direction asked (the list passes its column's direction).
    for (Qt::SortOrder order : {Qt::DescendingOrder, Qt::AscendingOrder}) {
        QCOMPARE(ids(all(search(u"periscope"_s), ArticleSort::Relevance, order)),
                 (QList<qint64>{inTitle, inBody}));
        // Half typed, as the list searches while the user types.
        QCOMPARE(ids(all(search(u"peris"_s), ArticleSort::Relevance, order)),
                 (QList<qint64>{inTitle, inBody}));
    }
}

void TestArticleQueryRanking::rankedPagesNeitherRepeatNorSkip() {
    addArticles(40); // every one says "camera"; the scores tie in groups
    const ArticleFilter filter = search(u"camera Leica"_s);
    const QList<ArticleSummary> whole = all(filter, ArticleSort::Relevance);
    QCOMPARE(qint64(whole.size()), *ArticleQuery(*m_db).count(filter));
    QVERIFY(whole.size() > 4);
    QList<ArticleSummary> paged;
    for (int offset = 0; offset < whole.size(); offset += 3) {
        auto page =
            ArticleQuery(*m_db).page(filter, ArticleSort::Relevance, Qt::AscendingOrder, offset, 3);
        QVERIFY2(page.ok(), qPrintable(page.errorMessage()));
        paged += *page;
    }
    QCOMPARE(ids(paged), ids(whole));
}

void TestArticleQueryRanking::rankingKeepsTheOtherFilters() {
    const QList<qint64> added = addArticles(30);
    const qint64 company = addCompany(u"Leica"_s);
    addMention(added.at(1), company);
    addMention(added.at(11), company);
    ArticleFilter filter = search(u"Leica"_s);
    filter.companyId = company;
    QCOMPARE(ids(all(filter, ArticleSort::Relevance)).size(), 2);
    filter.companyId = 0;
    const QList<ArticleSummary> leica = all(filter, ArticleSort::Relevance);
    filter.source = leica.last().source;
    const QList<ArticleSummary> rows = all(filter, ArticleSort::Relevance);
    QCOMPARE(qint64(rows.size()), *ArticleQuery(*m_db).count(filter));
    QVERIFY(!rows.isEmpty() && rows.size() < leica.size());
    for (const ArticleSummary& row : rows) {
        QCOMPARE(row.source, filter.source);
        QVERIFY(row.title.contains(u"Leica"_s));
    }
}

void TestArticleQueryRanking::snippetMarksTheFoundWord() {
    add(u"Phone makers report a strong quarter"_s,
        u"Sales rose in Europe and Asia.\nOne maker showed a Periscope lens at the fair, and "
        "analysts expect more devices later this year."_s,
        0);
    for (ArticleSort sort : {ArticleSort::Relevance, ArticleSort::Title}) {
        const QList<ArticleSummary> rows = all(search(u"periscope"_s), sort);
        QCOMPARE(rows.size(), 1);
        const SearchSnippet& snippet = rows.first().snippet;
        QVERIFY2(snippet.text.contains(u"showed a Periscope lens"_s), qPrintable(snippet.text));
        QVERIFY(!snippet.text.contains(u'\n')); // one line in the list
        QCOMPARE(snippet.hits.size(), 1);
        const SearchSnippet::Hit hit = snippet.hits.first();
        QCOMPARE(snippet.text.mid(hit.start, hit.end - hit.start), u"Periscope"_s);
    }
}

void TestArticleQueryRanking::snippetMarksPrefixesAsYouType() {
    add(u"A quarter"_s, u"The Gründer of the firm spoke. Later the Gründer left."_s, 0);
    const QList<ArticleSummary> rows = all(search(u"grun"_s), ArticleSort::Relevance);
    QCOMPARE(rows.size(), 1);
    const SearchSnippet& snippet = rows.first().snippet;
    QCOMPARE(snippet.hits.size(), 2);
    for (const SearchSnippet::Hit& hit : snippet.hits)
        QCOMPARE(snippet.text.mid(hit.start, hit.end - hit.start), u"Gründer"_s);
}

void TestArticleQueryRanking::noSnippetWithoutSearchOrWithoutBodyHit() {
    add(u"Periscope lenses reach mid-range phones"_s, u"Camera modules get thinner."_s, 0);
    // The title is on the row already; a passage without the word would explain nothing.
    QVERIFY(all(search(u"periscope"_s), ArticleSort::Relevance).first().snippet.isEmpty());
    QVERIFY(all({}).first().snippet.isEmpty());
    QVERIFY(ArticleQuery(*m_db).summary(all({}).first().id)->value().snippet.isEmpty());
}

void TestArticleQueryRanking::rankedSearchNeverFailsOnWhatUsersType_data() {
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("narrows"); // false: the text holds no word and lists everything
    QTest::newRow("stray quote") << u"\"Leica"_s << true;
    QTest::newRow("quote only") << u"\""_s << false;
    QTest::newRow("lone AND") << u"AND"_s << false;
    QTest::newRow("star only") << u"*"_s << false;
    QTest::newRow("stars") << u"***"_s << false;
    QTest::newRow("punctuation") << u".,;:!?-"_s << false;
    QTest::newRow("NEAR(") << u"NEAR(Leica"_s << true;
    QTest::newRow("brackets") << u"((Leica))"_s << true;
    QTest::newRow("column filter") << u"clean_text: Leica"_s << true;
    QTest::newRow("control marks") << u"\u0002Leica\u0003"_s << true;
    QTest::newRow("sql") << u"'; DROP TABLE article; --"_s << true;
}

void TestArticleQueryRanking::rankedSearchNeverFailsOnWhatUsersType() {
    QFETCH(QString, typed);
    QFETCH(bool, narrows);
    addArticles(10);
    const ArticleQuery query(*m_db);
    const ArticleFilter filter = search(typed);
    auto count = query.count(filter);
    QVERIFY2(count.ok(), qPrintable(count.errorMessage()));
    auto page = query.page(filter, ArticleSort::Relevance, Qt::AscendingOrder, 0, 100);
    QVERIFY2(page.ok(), qPrintable(page.errorMessage()));
    QCOMPARE(page->size(), *count);
    QCOMPARE(*count < 10, narrows);
}

void TestArticleQueryRanking::snippetMarksParse_data() {
    QTest::addColumn<QString>("marked");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<int>>("hits"); // start, end, start, end…
    const QString open(QChar(SearchSnippet::hitOpen)), close(QChar(SearchSnippet::hitClose));
    QTest::newRow("one hit") << u"a "_s + open + u"Leica"_s + close + u" b"_s << u"a Leica b"_s
                             << QList<int>{2, 7};
    QTest::newRow("two hits") << open + u"x"_s + close + u" "_s + open + u"y"_s + close << u"x y"_s
                              << QList<int>{0, 1, 2, 3};
    QTest::newRow("no hit") << u"plain text"_s << QString() << QList<int>{};
    QTest::newRow("close without open")
        << u"a"_s + close + u" "_s + open + u"b"_s + close << u"a b"_s << QList<int>{2, 3};
    QTest::newRow("open never closed") << open + u"ab"_s << QString() << QList<int>{};
    QTest::newRow("empty hit") << u"a"_s + open + close << QString() << QList<int>{};
    QTest::newRow("line breaks") << u"a\n"_s + open + u"b"_s + close << u"a b"_s
                                 << QList<int>{2, 3};
    QTest::newRow("surrogates count as two")
        << u"📷 "_s + open + u"b"_s + close << u"📷 b"_s << QList<int>{3, 4};
}

void TestArticleQueryRanking::snippetMarksParse() {
    QFETCH(QString, marked);
    QFETCH(QString, text);
    QFETCH(QList<int>, hits);
    const SearchSnippet snippet = SearchSnippet::fromMarked(marked);
    QCOMPARE(snippet.text, text);
    QList<int> found;
    for (const SearchSnippet::Hit& hit : snippet.hits)
        found << hit.start << hit.end;
    QCOMPARE(found, hits);
}

QTEST_GUILESS_MAIN(TestArticleQueryRanking)
#include "tst_articlequeryranking.moc"
