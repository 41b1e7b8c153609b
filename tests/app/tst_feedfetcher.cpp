#include "feedserver.h"
#include "store/articlestore.h"
#include "store/database.h"
#include "subscribe/feedfetcher.h"
#include "subscribe/subscriptionstore.h"
#include "subscribe/subscriptionupdate.h"
#include "testdata.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Fetching a subscription from a feed server on 127.0.0.1 (the only address these tests use):
// RSS and Atom stored as a saved feed would be, a second fetch adding the new item and updating
// the changed one, and every way a fetch fails recording its error and keeping the articles.
class TestFeedFetcher : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void fetchesRssAndStoresItsItems();
    void fetchesAtom();
    void secondFetchAddsTheNewItemAndUpdatesTheChangedOne();
    void fetchingAgainUnchangedAddsNothing();
    void followsARedirect();
    void conditionalGetAnsweredNotModifiedStoresNothing();
    void failedFetchRecordsItsErrorAndKeepsTheArticles_data();
    void failedFetchRecordsItsErrorAndKeepsTheArticles();
    void refusesUrlsThatAreNotHttp();
    void cancelEndsTheFetchAndRecordsNothing();

private:
    // Fetches the subscription and stores what came, as folio-cli does.
    FeedUpdate fetchSubscription(const FeedFetcher::Limits& limits = testLimits());
    static FeedFetcher::Limits testLimits() { return {1000, 1024 * 1024, 3}; }
    qint64 articleCount() const { return *ArticleStore(*m_db).count(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<FeedServer> m_server;
    Subscription m_subscription;
};

void TestFeedFetcher::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::open(m_dir->filePath(u"folio.sqlite"_s));
    QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
    m_db = std::move(db).value();
    m_server = std::make_unique<FeedServer>();
    QVERIFY(m_server->listen());
    m_server->serveFeed(u"/feed.rss"_s,
                        TestData::readBytes(TestData::path(u"subscriptions/news-v1.rss"_s)));
    auto added = SubscriptionStore(*m_db).add(m_server->url(u"/feed.rss"_s));
    QVERIFY2(added.ok(), qPrintable(added.errorMessage()));
    m_subscription = *added;
}

void TestFeedFetcher::cleanup() {
    m_server.reset();
    m_db.reset();
    m_dir.reset();
}

FeedUpdate TestFeedFetcher::fetchSubscription(const FeedFetcher::Limits& limits) {
    const Subscription s = *SubscriptionStore(*m_db).byId(m_subscription.id);
    FeedFetcher fetcher(limits);
    const FetchResult fetched = fetcher.fetchAndWait(s.url, s.etag, s.lastModified);
    return SubscriptionUpdate::apply(*m_db, s, fetched);
}

void TestFeedFetcher::fetchesRssAndStoresItsItems() {
    const FeedUpdate update = fetchSubscription();
    QVERIFY2(update.ok(), qPrintable(update.error));
    QCOMPARE(update.added, 2);
    QCOMPARE(update.updated, 0);
    QCOMPARE(update.line(), u"fetched %1: 2 new, 0 updated"_s.arg(m_subscription.url));
    QCOMPARE(articleCount(), 2);
    QVERIFY2(m_server->lastHeader("user-agent").startsWith("Folio/"),
             m_server->lastHeader("user-agent").constData());

    const auto summaries = *ArticleStore(*m_db).summaries();
    const Article article = *ArticleStore(*m_db).article(summaries.first().id);
    QCOMPARE(article.source, u"wire-desk"_s);
    QVERIFY(article.guid.startsWith(u"wire-"_s));
    QVERIFY(article.url.startsWith(u"https://wire.example.com/"_s));
    QCOMPARE(article.originalPath, m_subscription.url);

    const Subscription s = *SubscriptionStore(*m_db).byId(m_subscription.id);
    QCOMPARE(s.title, u"wire-desk"_s);
    QCOMPARE(s.lastStatus, 200);
    QVERIFY(s.lastError.isEmpty());
    QVERIFY(s.lastFetchedAt.isValid());
    QCOMPARE(s.lastSuccessAt, s.lastFetchedAt);
    QCOMPARE(s.lastResult(), u"2 new, 0 updated"_s);
}

void TestFeedFetcher::fetchesAtom() {
    FeedServer::Response atom;
    atom.contentType = "application/atom+xml";
    atom.body = TestData::readBytes(TestData::path(u"subscriptions/notes.atom"_s));
    m_server->serve(u"/feed.rss"_s, atom);
    const FeedUpdate update = fetchSubscription();
    QVERIFY2(update.ok(), qPrintable(update.error));
    QCOMPARE(update.added, 1);
    const Article article =
        *ArticleStore(*m_db).article(ArticleStore(*m_db).summaries()->first().id);
    QCOMPARE(article.source, u"lab-notes"_s);
    QCOMPARE(article.url, u"https://lab.example.org/zeiss-asml"_s);
}

void TestFeedFetcher::secondFetchAddsTheNewItemAndUpdatesTheChangedOne() {
    QVERIFY(fetchSubscription().ok());
    const qint64 nokia = *ArticleStore(*m_db).idByGuid(u"wire-1"_s);
    QVERIFY(nokia > 0);
    m_server->serveFeed(u"/feed.rss"_s,
                        TestData::readBytes(TestData::path(u"subscriptions/news-v2.rss"_s)));
    const FeedUpdate update = fetchSubscription();
    QVERIFY2(update.ok(), qPrintable(update.error));
    QCOMPARE(update.added, 1);
    QCOMPARE(update.updated, 1);
    QCOMPARE(update.line(), u"fetched %1: 1 new, 1 updated"_s.arg(m_subscription.url));
    QCOMPARE(articleCount(), 3);
    // The changed item is the same article, with the new text.
    QCOMPARE(*ArticleStore(*m_db).idByGuid(u"wire-1"_s), nokia);
    QVERIFY(ArticleStore(*m_db).article(nokia)->clean.text().contains(u"France and Spain"_s));
    QCOMPARE(SubscriptionStore(*m_db).byId(m_subscription.id)->lastResult(), u"1 new, 1 updated"_s);
}

void TestFeedFetcher::fetchingAgainUnchangedAddsNothing() {
    QVERIFY(fetchSubscription().ok());
    const FeedUpdate update = fetchSubscription();
    QVERIFY2(update.ok(), qPrintable(update.error));
    QCOMPARE(update.added, 0);
    QCOMPARE(update.updated, 0);
    QCOMPARE(articleCount(), 2);
    QCOMPARE(m_server->hits(u"/feed.rss"_s), 2);
}

void TestFeedFetcher::followsARedirect() {
    m_server->serveFeed(u"/moved.rss"_s,
                        TestData::readBytes(TestData::path(u"subscriptions/news-v1.rss"_s)));
    m_server->redirect(u"/feed.rss"_s, m_server->url(u"/moved.rss"_s));
    const FeedUpdate update = fetchSubscription();
    QVERIFY2(update.ok(), qPrintable(update.error));
    QCOMPARE(update.added, 2);
    QCOMPARE(m_server->hits(u"/moved.rss"_s), 1);
}

void TestFeedFetcher::conditionalGetAnsweredNotModifiedStoresNothing() {
    FeedServer::Response tagged;
    tagged.body = TestData::readBytes(TestData::path(u"subscriptions/news-v1.rss"_s));
    tagged.etag = "\"v1\"";
    m_server->serve(u"/feed.rss"_s, tagged);
    QVERIFY(fetchSubscription().ok());
    QCOMPARE(SubscriptionStore(*m_db).byId(m_subscription.id)->etag, u"\"v1\""_s);
    const FeedUpdate update = fetchSubscription();
    QVERIFY2(update.ok(), qPrintable(update.error));
    QCOMPARE(m_server->lastHeader("if-none-match"), QByteArray("\"v1\""));
    QCOMPARE(update.subscription.lastStatus, 304);
    QCOMPARE(update.added, 0);
    QCOMPARE(articleCount(), 2);
    QCOMPARE(SubscriptionStore(*m_db).byId(m_subscription.id)->etag, u"\"v1\""_s);
}

void TestFeedFetcher::failedFetchRecordsItsErrorAndKeepsTheArticles_data() {
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("reason");
    QTest::newRow("404") << u"404"_s << u"HTTP 404 Not Found"_s;
    QTest::newRow("500") << u"500"_s << u"HTTP 500 Internal Server Error"_s;
    QTest::newRow("refused") << u"refused"_s << u"connection refused"_s;
    QTest::newRow("never finishes") << u"stall"_s << u"timed out"_s;
    QTest::newRow("web page") << u"html"_s << u"is a web page (HTML), not a feed"_s;
    QTest::newRow("malformed XML") << u"malformed"_s << u"malformed XML"_s;
    QTest::newRow("huge, announced") << u"huge"_s << u"over the 1.0 MB limit"_s;
    QTest::newRow("huge, unannounced") << u"huge-unannounced"_s << u"over the 1.0 MB limit"_s;
    QTest::newRow("redirect loop") << u"loop"_s << u"redirected more than 3 times"_s;
    QTest::newRow("redirect to a file") << u"to-file"_s << u"not http or https; not followed"_s;
    QTest::newRow("empty body") << u"empty"_s << u"HTTP 200 with nothing; not a feed"_s;
}

void TestFeedFetcher::failedFetchRecordsItsErrorAndKeepsTheArticles() {
    QFETCH(QString, kind);
    QFETCH(QString, reason);
    const FeedUpdate first = fetchSubscription();
    QVERIFY2(first.ok(), qPrintable(first.error));
    const QDateTime firstSuccess = first.subscription.lastSuccessAt;

    const QString path = u"/feed.rss"_s;
    FeedServer::Response response;
    if (kind == u"404" || kind == u"500") {
        m_server->serveStatus(path, kind.toInt());
    } else if (kind == u"refused") {
        Subscription moved = *SubscriptionStore(*m_db).byId(m_subscription.id);
        QVERIFY(SubscriptionStore(*m_db).remove(moved.id).ok());
        auto added = SubscriptionStore(*m_db).add(FeedServer::refusingUrl());
        QVERIFY(added.ok());
        m_subscription = *added;
    } else if (kind == u"stall") {
        m_server->stall(path);
    } else if (kind == u"html") {
        response.contentType = "text/html";
        response.body = TestData::readBytes(TestData::path(u"subscriptions/page.html"_s));
        m_server->serve(path, response);
    } else if (kind == u"malformed") {
        response.body = TestData::readBytes(TestData::path(u"subscriptions/malformed.rss"_s));
        m_server->serve(path, response);
    } else if (kind.startsWith(u"huge")) {
        response.body = QByteArray(2 * 1024 * 1024, 'x');
        response.sendLength = kind == u"huge";
        m_server->serve(path, response);
    } else if (kind == u"loop") {
        m_server->redirect(path, m_server->url(u"/again"_s));
        m_server->redirect(u"/again"_s, m_server->url(path));
    } else if (kind == u"to-file") {
        m_server->redirect(
            path, QUrl::fromLocalFile(TestData::path(u"subscriptions/news-v2.rss"_s)).toString());
    } else if (kind == u"empty") {
        m_server->serve(path, response);
    }

    const FeedUpdate update = fetchSubscription();
    QVERIFY(!update.ok());
    QVERIFY2(update.error.contains(reason), qPrintable(update.error));
    QCOMPARE(update.line(), u"failed %1: %2"_s.arg(m_subscription.url, update.error));
    QCOMPARE(articleCount(), 2); // what it had, kept
    const Subscription s = *SubscriptionStore(*m_db).byId(m_subscription.id);
    QCOMPARE(s.lastError, update.error);
    QVERIFY(s.lastFetchedAt.isValid());
    if (kind != u"refused")
        QCOMPARE(s.lastSuccessAt, firstSuccess);
    QCOMPARE(s.lastResult(), u"failed: "_s + update.error);
}

void TestFeedFetcher::refusesUrlsThatAreNotHttp() {
    FeedFetcher fetcher(testLimits());
    QSignalSpy finished(&fetcher, &FeedFetcher::finished);
    fetcher.fetch(u"file:///etc/passwd"_s);
    QCOMPARE(finished.size(), 0); // never inside fetch()
    QVERIFY(finished.wait(5000));
    const auto result = finished.first().first().value<FetchResult>();
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(u"http and https only"_s), qPrintable(result.error));
    QVERIFY(result.body.isEmpty());
}

void TestFeedFetcher::cancelEndsTheFetchAndRecordsNothing() {
    m_server->stall(u"/feed.rss"_s);
    FeedFetcher fetcher(FeedFetcher::Limits{}); // the real 30 s timeout: only cancel ends it
    QSignalSpy finished(&fetcher, &FeedFetcher::finished);
    fetcher.fetch(m_subscription.url);
    QTRY_COMPARE(m_server->hits(u"/feed.rss"_s), 1);
    QVERIFY(fetcher.isFetching());
    fetcher.cancel();
    QTRY_COMPARE(finished.size(), 1);
    const auto result = finished.first().first().value<FetchResult>();
    QVERIFY(result.cancelled);
    const FeedUpdate update = SubscriptionUpdate::apply(*m_db, m_subscription, result);
    QVERIFY(update.cancelled);
    QVERIFY(!SubscriptionStore(*m_db).byId(m_subscription.id)->lastFetchedAt.isValid());
    QCOMPARE(articleCount(), 0);
}

QTEST_GUILESS_MAIN(TestFeedFetcher)
#include "tst_feedfetcher.moc"
