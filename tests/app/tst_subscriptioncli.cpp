#include "clitest.h"
#include "feedserver.h"
#include "testdata.h"

#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

// folio-cli's subscription commands as a script uses them: the real program, its feeds served by
// a server on 127.0.0.1 inside this test process, which keeps serving while folio-cli runs.
class TestSubscriptionCli : public CliTest {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void subscribeFetchListAndUnsubscribe();
    void subscribeRefusesWhatIsNotHttp();
    void fetchSaysPerFeedAndFailsWhenOneFailed();
    void fetchGivesUpOnASilentServerAfterTheTimeout();
    void fetchByUnknownNameFails();
    void fetchWithoutSubscriptionsSaysSo();
    void timeoutAppliesToFetchOnly();
    void importingOpmlSubscribesWithoutFetching();

private:
    // folio-cli --db db() ARGS, waited for in the event loop so that the server answers it.
    Run serving(const QStringList& args);
    void serveFirstFeed();

    std::unique_ptr<FeedServer> m_server;
};

void TestSubscriptionCli::initTestCase() {
    m_server = std::make_unique<FeedServer>();
    QVERIFY(m_server->listen());
    serveFirstFeed();
}

// Every test starts from the same server: the first version of the feed, nothing fetched yet.
void TestSubscriptionCli::cleanup() {
    m_server->clear();
    serveFirstFeed();
}

void TestSubscriptionCli::serveFirstFeed() {
    m_server->serveFeed(u"/feed.rss"_s,
                        TestData::readBytes(TestData::path(u"subscriptions/news-v1.rss"_s)));
}

CliTest::Run TestSubscriptionCli::serving(const QStringList& args) {
    QProcess process;
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(TestData::cliPath(), QStringList{u"--db"_s, db()} + args);
    if (!finished.wait(60000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

void TestSubscriptionCli::subscribeFetchListAndUnsubscribe() {
    const QString url = m_server->url(u"/feed.rss"_s);
    Run run = serving({u"subscribe"_s, url});
    QCOMPARE(run.status, 0);
    QVERIFY2(run.out.startsWith(u"subscription 1: "_s + url), qPrintable(run.out));
    QCOMPARE(m_server->hits(u"/feed.rss"_s), 0); // subscribing fetches nothing
    QVERIFY(serving({u"subscriptions"_s}).out.contains(u"never fetched"_s));

    run = serving({u"fetch"_s});
    QVERIFY2(run.status == 0, qPrintable(run.err));
    QCOMPARE(run.out, u"fetched %1: 2 new, 0 updated\n"_s.arg(url));
    QVERIFY(m_server->lastHeader("user-agent").startsWith("Folio/"));
    const QJsonArray articles = jsonArray({u"list"_s});
    QCOMPARE(articles.size(), 2);
    QCOMPARE(showJson(1).value(u"source"_s).toString(), u"wire-desk"_s);

    m_server->serveFeed(u"/feed.rss"_s,
                        TestData::readBytes(TestData::path(u"subscriptions/news-v2.rss"_s)));
    run = serving({u"fetch"_s, u"1"_s});
    QCOMPARE(run.status, 0);
    QCOMPARE(run.out, u"fetched %1: 1 new, 1 updated\n"_s.arg(url));
    QCOMPARE(jsonArray({u"list"_s}).size(), 3);

    const QJsonArray listed = jsonArray({u"subscriptions"_s});
    QCOMPARE(listed.size(), 1);
    const QJsonObject feed = listed.first().toObject();
    QCOMPARE(feed.value(u"url"_s).toString(), url);
    QCOMPARE(feed.value(u"title"_s).toString(), u"wire-desk"_s);
    QCOMPARE(feed.value(u"lastNew"_s).toInt(), 1);
    QCOMPARE(feed.value(u"lastUpdated"_s).toInt(), 1);
    QCOMPARE(feed.value(u"lastError"_s).toString(), QString());
    QVERIFY(!feed.value(u"lastFetched"_s).toString().isEmpty());

    run = serving({u"unsubscribe"_s, url});
    QCOMPARE(run.status, 0);
    QVERIFY2(run.out.contains(u"articles it brought stay"_s), qPrintable(run.out));
    QCOMPARE(jsonArray({u"subscriptions"_s}).size(), 0);
    QCOMPARE(jsonArray({u"list"_s}).size(), 3);
}

void TestSubscriptionCli::subscribeRefusesWhatIsNotHttp() {
    const Run run = serving({u"subscribe"_s, u"file:///etc/passwd"_s});
    QCOMPARE(run.status, 1);
    QVERIFY2(run.err.contains(u"http and https only"_s), qPrintable(run.err));
    QCOMPARE(jsonArray({u"subscriptions"_s}).size(), 0);
    QCOMPARE(serving({u"subscribe"_s}).status, 2);
}

void TestSubscriptionCli::fetchSaysPerFeedAndFailsWhenOneFailed() {
    m_server->serveStatus(u"/gone.rss"_s, 404);
    const QString good = m_server->url(u"/feed.rss"_s);
    const QString gone = m_server->url(u"/gone.rss"_s);
    QCOMPARE(serving({u"subscribe"_s, gone}).status, 0);
    QCOMPARE(serving({u"subscribe"_s, good}).status, 0);
    const Run run = serving({u"fetch"_s});
    QCOMPARE(run.status, 1);
    QCOMPARE(run.out, u"failed %1: the server answered HTTP 404 Not Found\n"
                      "fetched %2: 2 new, 0 updated\n"_s.arg(gone, good));
    QCOMPARE(jsonArray({u"list"_s}).size(), 2);
    const QJsonArray listed = jsonArray({u"subscriptions"_s});
    QCOMPARE(listed.at(0).toObject().value(u"lastError"_s).toString(),
             u"the server answered HTTP 404 Not Found"_s);
    QCOMPARE(listed.at(0).toObject().value(u"lastStatus"_s).toInt(), 404);
    QVERIFY(serving({u"subscriptions"_s}).out.contains(u"failed: the server answered HTTP 404"_s));
}

void TestSubscriptionCli::fetchGivesUpOnASilentServerAfterTheTimeout() {
    m_server->stall(u"/slow.rss"_s);
    const QString slow = m_server->url(u"/slow.rss"_s);
    QCOMPARE(serving({u"subscribe"_s, slow}).status, 0);
    const Run run = serving({u"fetch"_s, u"--timeout"_s, u"1"_s, slow});
    QCOMPARE(run.status, 1);
    QCOMPARE(run.out, u"failed %1: no answer for 1 s; timed out\n"_s.arg(slow));
    QCOMPARE(jsonArray({u"list"_s}).size(), 0);
}

void TestSubscriptionCli::fetchByUnknownNameFails() {
    QCOMPARE(serving({u"subscribe"_s, m_server->url(u"/feed.rss"_s)}).status, 0);
    const Run run = serving({u"fetch"_s, u"9"_s});
    QCOMPARE(run.status, 1);
    QVERIFY2(run.err.contains(u"no subscription with id 9"_s), qPrintable(run.err));
    QCOMPARE(m_server->hits(u"/feed.rss"_s), 0);
}

void TestSubscriptionCli::fetchWithoutSubscriptionsSaysSo() {
    const Run run = serving({u"fetch"_s});
    QCOMPARE(run.status, 0);
    QVERIFY2(run.out.contains(u"no subscriptions to fetch"_s), qPrintable(run.out));
}

void TestSubscriptionCli::timeoutAppliesToFetchOnly() {
    Run run = serving({u"--timeout"_s, u"1"_s, u"list"_s});
    QCOMPARE(run.status, 2);
    QVERIFY2(run.err.contains(u"--timeout applies to 'fetch' only"_s), qPrintable(run.err));
    run = serving({u"fetch"_s, u"--timeout"_s, u"soon"_s});
    QCOMPARE(run.status, 2);
}

// An OPML list (another reader's export) imported: its feeds are subscribed with their titles,
// and the server, one of them, gets no request until `fetch`.
void TestSubscriptionCli::importingOpmlSubscribesWithoutFetching() {
    const QString served = m_server->url(u"/feed.rss"_s);
    const QString opml = m_dir->filePath(u"feeds.opml"_s);
    QVERIFY(TestData::writeBytes(
        opml, u"<?xml version=\"1.0\"?>\n<opml version=\"1.0\"><body>"
              "<outline text=\"Wires\"><outline text=\"Local wire\" type=\"rss\" xmlUrl=\"%1\"/>"
              "</outline>"
              "<outline text=\"Elsewhere\" type=\"rss\" xmlUrl=\"https://news.example.org/rss\"/>"
              "<outline text=\"On disk\" type=\"rss\" xmlUrl=\"file:///tmp/feed.rss\"/>"
              "</body></opml>\n"_s.arg(served)
                  .toUtf8()));
    Run run = serving({u"import"_s, opml});
    QVERIFY2(run.status == 0, qPrintable(run.out + run.err));
    QVERIFY2(run.out.contains(u"subscribed "_s + opml +
                              u": subscribed to 2 feeds (0 already subscribed); fetch them with "
                              "`folio-cli fetch` or File ▸ Fetch Feeds Now (F5)\n"_s),
             qPrintable(run.out));
    QVERIFY2(run.out.contains(u"skipped    "_s + opml +
                              u": file:///tmp/feed.rss: Folio fetches feeds over http and https "
                              "only; not subscribed\n"_s),
             qPrintable(run.out));
    QVERIFY2(run.out.contains(u"Imported 0 articles; 1 skipped; 0 failed."_s), qPrintable(run.out));
    QCOMPARE(m_server->hits(u"/feed.rss"_s), 0);

    QJsonArray listed = jsonArray({u"subscriptions"_s});
    QCOMPARE(listed.size(), 2);
    QCOMPARE(listed.at(0).toObject().value(u"url"_s).toString(), served);
    QCOMPARE(listed.at(0).toObject().value(u"title"_s).toString(), u"Local wire"_s);
    QCOMPARE(listed.at(1).toObject().value(u"url"_s).toString(), u"https://news.example.org/rss"_s);
    QCOMPARE(listed.at(1).toObject().value(u"title"_s).toString(), u"Elsewhere"_s);
    QCOMPARE(jsonArray({u"list"_s}).size(), 0);

    // Again: nothing new, and still no request.
    run = serving({u"import"_s, u"--json"_s, opml});
    QCOMPARE(run.status, 0);
    const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(report.value(u"imported"_s).toInt(), 0);
    const QJsonObject first = report.value(u"items"_s).toArray().first().toObject();
    QCOMPARE(first.value(u"outcome"_s).toString(), u"subscribed"_s);
    QVERIFY2(first.value(u"message"_s).toString().contains(u"0 feeds (2 already subscribed)"_s),
             qPrintable(run.out));
    QCOMPARE(m_server->hits(u"/feed.rss"_s), 0);

    // The user fetches the one on 127.0.0.1: its articles come, the list's title stays.
    run = serving({u"fetch"_s, served});
    QCOMPARE(run.status, 0);
    QCOMPARE(m_server->hits(u"/feed.rss"_s), 1);
    QCOMPARE(jsonArray({u"list"_s}).size(), 2);
    QCOMPARE(jsonArray({u"subscriptions"_s}).at(0).toObject().value(u"title"_s).toString(),
             u"Local wire"_s);
}

QTEST_GUILESS_MAIN(TestSubscriptionCli)
#include "tst_subscriptioncli.moc"
