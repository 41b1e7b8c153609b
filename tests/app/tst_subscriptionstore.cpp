#include "store/database.h"
#include "subscribe/subscriptionstore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The subscription table: what may be added, finding one by id or URL, removing one, and the
// record of a fetch surviving a reopen. No network: adding a feed fetches nothing.
class TestSubscriptionStore : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void addsHttpAndHttpsFeedsInOrder();
    void refusesWhatFolioDoesNotFetch_data();
    void refusesWhatFolioDoesNotFetch();
    void refusesTheSameUrlTwice();
    void findsByIdOrUrl();
    void findNamesWhatItCouldNotFind();
    void removeTakesOnlyThatSubscription();
    void recordedFetchSurvivesReopening();
    void disabledFeedsAreNotAmongTheEnabled();

private:
    QString dbPath() const { return m_dir->filePath(u"folio.sqlite"_s); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestSubscriptionStore::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::open(dbPath());
    QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
    m_db = std::move(db).value();
}

void TestSubscriptionStore::cleanup() {
    m_db.reset();
    m_dir.reset();
}

void TestSubscriptionStore::addsHttpAndHttpsFeedsInOrder() {
    SubscriptionStore store(*m_db);
    auto first = store.add(u"  https://news.example.com/feed.xml "_s);
    QVERIFY2(first.ok(), qPrintable(first.errorMessage()));
    QCOMPARE(first->url, u"https://news.example.com/feed.xml"_s);
    QVERIFY(first->enabled);
    QVERIFY(first->addedAt.isValid());
    QVERIFY(!first->lastFetchedAt.isValid());
    QCOMPARE(first->lastResult(), u"never fetched"_s);
    auto second = store.add(u"http://127.0.0.1:8080/atom"_s);
    QVERIFY2(second.ok(), qPrintable(second.errorMessage()));
    const auto all = store.all();
    QVERIFY(all.ok());
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->at(0).id, first->id);
    QCOMPARE(all->at(1).url, u"http://127.0.0.1:8080/atom"_s);
}

void TestSubscriptionStore::refusesWhatFolioDoesNotFetch_data() {
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty") << u""_s << u"no feed URL"_s;
    QTest::newRow("file") << u"file:///etc/passwd"_s << u"http and https only"_s;
    QTest::newRow("ftp") << u"ftp://ftp.example.com/feed.rss"_s << u"http and https only"_s;
    QTest::newRow("javascript") << u"javascript:alert(1)"_s << u"http and https only"_s;
    QTest::newRow("no scheme") << u"news.example.com/feed"_s << u"http and https only"_s;
    QTest::newRow("no host") << u"http:///feed.rss"_s << u"names no host"_s;
    QTest::newRow("not a URL") << u"http://exa mple.com/"_s << u"not a URL"_s;
}

void TestSubscriptionStore::refusesWhatFolioDoesNotFetch() {
    QFETCH(QString, url);
    QFETCH(QString, reason);
    auto added = SubscriptionStore(*m_db).add(url);
    QVERIFY(!added.ok());
    QVERIFY2(added.errorMessage().contains(reason), qPrintable(added.errorMessage()));
    QCOMPARE(SubscriptionStore(*m_db).all()->size(), 0);
}

void TestSubscriptionStore::refusesTheSameUrlTwice() {
    SubscriptionStore store(*m_db);
    auto first = store.add(u"https://news.example.com/feed"_s);
    QVERIFY(first.ok());
    auto again = store.add(u"https://news.example.com/feed"_s);
    QVERIFY(!again.ok());
    QVERIFY2(
        again.errorMessage().contains(u"already subscribed (subscription %1)"_s.arg(first->id)),
        qPrintable(again.errorMessage()));
    QCOMPARE(store.all()->size(), 1);
}

void TestSubscriptionStore::findsByIdOrUrl() {
    SubscriptionStore store(*m_db);
    QVERIFY(store.add(u"https://a.example.com/feed"_s).ok());
    auto b = store.add(u"https://b.example.com/feed"_s);
    QVERIFY(b.ok());
    QCOMPARE(store.find(QString::number(b->id))->url, u"https://b.example.com/feed"_s);
    QCOMPARE(store.find(u"https://b.example.com/feed"_s)->id, b->id);
}

void TestSubscriptionStore::findNamesWhatItCouldNotFind() {
    SubscriptionStore store(*m_db);
    QVERIFY(store.add(u"https://a.example.com/feed"_s).ok());
    auto byId = store.find(u"42"_s);
    QVERIFY(!byId.ok());
    QVERIFY2(byId.errorMessage().contains(u"no subscription with id 42"_s),
             qPrintable(byId.errorMessage()));
    auto byUrl = store.find(u"https://c.example.com/feed"_s);
    QVERIFY2(byUrl.errorMessage().contains(u"https://c.example.com/feed: not subscribed"_s),
             qPrintable(byUrl.errorMessage()));
    auto neither = store.find(u"feed"_s);
    QVERIFY2(neither.errorMessage().contains(u"neither a subscription id nor a feed URL"_s),
             qPrintable(neither.errorMessage()));
}

void TestSubscriptionStore::removeTakesOnlyThatSubscription() {
    SubscriptionStore store(*m_db);
    auto a = store.add(u"https://a.example.com/feed"_s);
    auto b = store.add(u"https://b.example.com/feed"_s);
    QVERIFY(a.ok() && b.ok());
    QVERIFY(store.remove(a->id).ok());
    QCOMPARE(store.all()->size(), 1);
    QCOMPARE(store.all()->first().id, b->id);
    auto again = store.remove(a->id);
    QVERIFY(!again.ok());
    QVERIFY2(again.errorMessage().contains(u"no subscription with id"_s),
             qPrintable(again.errorMessage()));
}

void TestSubscriptionStore::recordedFetchSurvivesReopening() {
    qint64 id = 0;
    const QDateTime at = QDateTime::fromString(u"2024-03-07T09:10:11.123Z"_s, Qt::ISODateWithMs);
    {
        SubscriptionStore store(*m_db);
        auto added = store.add(u"https://news.example.com/feed"_s);
        QVERIFY(added.ok());
        Subscription s = *added;
        s.title = u"wire-desk"_s;
        s.lastFetchedAt = at;
        s.lastSuccessAt = at;
        s.lastStatus = 200;
        s.lastNew = 2;
        s.lastUpdated = 1;
        s.etag = u"\"v1\""_s;
        s.lastModified = u"Thu, 07 Mar 2024 09:00:00 GMT"_s;
        QVERIFY(store.recordFetch(s).ok());
        id = s.id;
    }
    m_db.reset();
    auto reopened = Database::open(dbPath());
    QVERIFY(reopened.ok());
    m_db = std::move(reopened).value();
    auto s = SubscriptionStore(*m_db).byId(id);
    QVERIFY(s.ok());
    QCOMPARE(s->title, u"wire-desk"_s);
    QCOMPARE(s->lastFetchedAt, at);
    QCOMPARE(s->lastSuccessAt, at);
    QCOMPARE(s->lastStatus, 200);
    QCOMPARE(s->lastResult(), u"2 new, 1 updated"_s);
    QCOMPARE(s->etag, u"\"v1\""_s);
    QCOMPARE(s->lastModified, u"Thu, 07 Mar 2024 09:00:00 GMT"_s);

    Subscription failed = *s;
    failed.lastError = u"connection refused"_s;
    QVERIFY(SubscriptionStore(*m_db).recordFetch(failed).ok());
    QCOMPARE(SubscriptionStore(*m_db).byId(id)->lastResult(), u"failed: connection refused"_s);
}

void TestSubscriptionStore::disabledFeedsAreNotAmongTheEnabled() {
    SubscriptionStore store(*m_db);
    auto a = store.add(u"https://a.example.com/feed"_s);
    auto b = store.add(u"https://b.example.com/feed"_s);
    QVERIFY(store.setEnabled(a->id, false).ok());
    QCOMPARE(store.enabled()->size(), 1);
    QCOMPARE(store.enabled()->first().id, b->id);
    QVERIFY(!store.byId(a->id)->enabled);
    QVERIFY(!store.setEnabled(999, true).ok());
}

QTEST_GUILESS_MAIN(TestSubscriptionStore)
#include "tst_subscriptionstore.moc"
