#include "import/articleimporter.h"
#include "import/feed/opmlreader.h"
#include "store/articlestore.h"
#include "store/database.h"
#include "subscribe/opmlsubscriptions.h"
#include "subscribe/subscriptionstore.h"
#include "testdata.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Outcome = ImportItem::Outcome;

// Importing an OPML list (issue 20): its http(s) feeds become subscriptions with the outlines'
// titles, on a real SQLite file, nothing fetched and no article stored; what it cannot
// subscribe to is named.
class TestOpmlSubscriptions : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void importSubscribesToNestedFeedsOnceWithTheirTitles();
    void importingTheListAgainAddsNothing();
    void listWithoutFeedsSaysSo();
    void listWithOnlyFeedsFolioDoesNotFetchSubscribesToNone();
    void malformedListSubscribesToTheFeedsBeforeTheError();
    void opmlWithAnotherExtensionIsRecognised();

private:
    QString file(const QString& name) const { return m_dir->filePath(name); }
    QString writeList(const QString& name, const QByteArray& body);
    ImportReport import(const QString& path) { return ArticleImporter(*m_db).run({path}); }
    // url → title, in the table's order, read with SQL rather than through the store.
    QList<std::pair<QString, QString>> table() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestOpmlSubscriptions::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::open(file(u"folio.sqlite"_s));
    QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
    m_db = std::move(db).value();
}

void TestOpmlSubscriptions::cleanup() {
    m_db.reset();
    m_dir.reset();
}

QString TestOpmlSubscriptions::writeList(const QString& name, const QByteArray& body) {
    const QString path = file(name);
    const QByteArray bytes = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\">"
                             "<head><title>Mine</title></head><body>" +
                             body + "</body></opml>\n";
    if (!TestData::writeBytes(path, bytes))
        qWarning("could not write %s", qPrintable(path));
    return path;
}

QList<std::pair<QString, QString>> TestOpmlSubscriptions::table() const {
    QList<std::pair<QString, QString>> rows;
    QSqlQuery query(m_db->connection());
    if (!query.exec(u"SELECT url, title FROM subscription ORDER BY id"_s))
        qWarning("%s", qPrintable(query.lastError().text()));
    while (query.next())
        rows.append({query.value(0).toString(), query.value(1).toString()});
    return rows;
}

void TestOpmlSubscriptions::importSubscribesToNestedFeedsOnceWithTheirTitles() {
    QVERIFY(SubscriptionStore(*m_db).add(u"https://old.example.com/feed.xml"_s).ok());
    const QString path = writeList(
        u"feeds.opml"_s,
        "<outline text=\"News\"><outline text=\"Tech\">"
        "<outline type=\"rss\" text=\"Heise  Newsticker\" "
        "xmlUrl=\"https://www.heise.example/atom\"/>"
        "<outline type=\"rss\" title=\"Only a title\" xmlUrl=\"http://blog.example.de/rss\"/>"
        "</outline>"
        "<outline type=\"rss\" text=\"Again\" xmlUrl=\"https://www.heise.example/atom\"/>"
        "<outline type=\"rss\" text=\"Same, other case\" "
        "xmlUrl=\"HTTPS://WWW.heise.example/atom\"/>"
        "</outline>"
        "<outline type=\"rss\" text=\"Local\" xmlUrl=\"file:///etc/passwd\"/>"
        "<outline type=\"rss\" text=\"Relative\" xmlUrl=\"feeds/relative.xml\"/>"
        "<outline type=\"rss\" text=\"Old one\" xmlUrl=\"https://old.example.com/feed.xml\"/>"
        "<outline type=\"rss\" text=\"Top\" xmlUrl=\"https://top.example.org/index.rss\"/>");

    const ImportReport report = import(path);
    QCOMPARE(report.count(Outcome::Failed), 0);
    QCOMPARE(report.count(Outcome::Imported), 0);
    QCOMPARE(report.count(Outcome::Subscribed), 1);
    QStringList messages;
    for (const ImportItem& item : report.items())
        messages.append(item.message);
    QCOMPARE(messages.value(0), path + u": subscribed to 3 feeds (1 already subscribed); fetch "
                                       "them with `folio-cli fetch` or File ▸ Fetch Feeds Now "
                                       "(F5)"_s);
    QCOMPARE(messages.mid(1),
             QStringList({path + u": file:///etc/passwd: Folio fetches feeds over http and https "
                                 "only; not subscribed"_s,
                          path + u": feeds/relative.xml: Folio fetches feeds over http and https "
                                 "only; not subscribed"_s}));
    QCOMPARE(report.count(Outcome::Skipped), 2);

    const QList<std::pair<QString, QString>> expected{
        {u"https://old.example.com/feed.xml"_s, QString()},
        {u"https://www.heise.example/atom"_s, u"Heise Newsticker"_s},
        {u"http://blog.example.de/rss"_s, u"Only a title"_s},
        {u"https://top.example.org/index.rss"_s, u"Top"_s}};
    QCOMPARE(table(), expected);
    QCOMPARE(*ArticleStore(*m_db).count(), 0);
    // Nothing fetched: every new subscription says so.
    const auto all = SubscriptionStore(*m_db).all();
    QVERIFY(all.ok());
    for (const Subscription& s : *all)
        QCOMPARE(s.lastResult(), u"never fetched"_s);

    // The subscriptions are in the file, not only in this connection.
    m_db.reset();
    auto reopened = Database::open(file(u"folio.sqlite"_s));
    QVERIFY2(reopened.ok(), qPrintable(reopened.errorMessage()));
    m_db = std::move(reopened).value();
    QCOMPARE(table(), expected);
}

void TestOpmlSubscriptions::importingTheListAgainAddsNothing() {
    const QString path =
        writeList(u"feeds.opml"_s, "<outline text=\"A\" xmlUrl=\"https://a.example/feed\"/>"
                                   "<outline text=\"B\" xmlUrl=\"https://b.example/feed\"/>");
    QCOMPARE(import(path).items().value(0).message.section(u';', 0, 0),
             path + u": subscribed to 2 feeds (0 already subscribed)"_s);
    const ImportReport again = import(path);
    QCOMPARE(again.count(Outcome::Failed), 0);
    QCOMPARE(again.items().size(), 1);
    QCOMPARE(again.items().value(0).message.section(u';', 0, 0),
             path + u": subscribed to 0 feeds (2 already subscribed)"_s);
    QCOMPARE(table().size(), 2);
}

void TestOpmlSubscriptions::listWithoutFeedsSaysSo() {
    const QString path = writeList(u"empty.opml"_s, "<outline text=\"A folder only\"/>");
    const ImportReport report = import(path);
    QCOMPARE(report.items().size(), 1);
    QCOMPARE(report.items().value(0).outcome, Outcome::Skipped);
    QCOMPARE(report.items().value(0).message, path + u": the OPML list names no feeds"_s);
    QVERIFY(table().isEmpty());
}

void TestOpmlSubscriptions::listWithOnlyFeedsFolioDoesNotFetchSubscribesToNone() {
    const QString path =
        writeList(u"odd.opml"_s, "<outline text=\"FTP\" xmlUrl=\"ftp://ftp.example/feed\"/>"
                                 "<outline text=\"Broken\" xmlUrl=\"http://exa mple.com/\"/>"
                                 "<outline text=\"No host\" xmlUrl=\"http:///feed.rss\"/>");
    const ImportReport report = import(path);
    QCOMPARE(report.count(Outcome::Failed), 0);
    QCOMPARE(report.count(Outcome::Skipped), 3);
    QVERIFY(report.items().value(0).message.startsWith(path + u": subscribed to 0 feeds"_s));
    QVERIFY2(report.items().value(1).message.contains(u"ftp://ftp.example/feed: Folio fetches"_s),
             qPrintable(report.items().value(1).message));
    QVERIFY2(report.items().value(2).message.contains(u"http://exa mple.com/: is not a URL"_s),
             qPrintable(report.items().value(2).message));
    QVERIFY2(report.items().value(3).message.contains(u"http:///feed.rss: the URL names no host"_s),
             qPrintable(report.items().value(3).message));
    QVERIFY(table().isEmpty());
}

void TestOpmlSubscriptions::malformedListSubscribesToTheFeedsBeforeTheError() {
    const QString path = file(u"cut.opml"_s);
    QVERIFY(TestData::writeBytes(path, "<opml version=\"2.0\"><body>"
                                       "<outline text=\"A\" xmlUrl=\"https://a.example/feed\"/>"
                                       "<outline text=\"B\" xmlUrl=\"https://b.example/"));
    const ImportReport report = import(path);
    QCOMPARE(report.count(Outcome::Subscribed), 1);
    QVERIFY(report.items().value(0).message.startsWith(path + u": malformed XML at line 1"_s));
    QVERIFY(report.items().value(1).message.startsWith(path + u": subscribed to 1 feed "_s));
    QCOMPARE(table(), (QList<std::pair<QString, QString>>{{u"https://a.example/feed"_s, u"A"_s}}));

    // Not OPML at all under the .opml name: said, nothing subscribed.
    const QString notOpml = file(u"rss.opml"_s);
    QVERIFY(TestData::writeBytes(notOpml, "<rss version=\"2.0\"><channel/></rss>"));
    const ImportReport refused = import(notOpml);
    QCOMPARE(refused.count(Outcome::Failed), 1);
    QCOMPARE(refused.items().value(0).message,
             notOpml + u": is not an OPML feed list (no <opml> element)"_s);
    QCOMPARE(table().size(), 1);
}

void TestOpmlSubscriptions::opmlWithAnotherExtensionIsRecognised() {
    const QString path =
        writeList(u"export.xml"_s, "<outline text=\"A\" xmlUrl=\"https://a.example/feed\"/>");
    const ImportReport report = import(path);
    QCOMPARE(report.count(Outcome::Subscribed), 1);
    QCOMPARE(table().size(), 1);

    // The function alone, on a list made in code: the same rules.
    SubscriptionStore store(*m_db);
    const auto outcome = OpmlSubscriptions::subscribe(
        {{u"A again"_s, u"https://a.example/feed"_s, QString(), QString()},
         {u"C"_s, u" https://c.example/feed "_s, QString(), u"Folder"_s}},
        store);
    QVERIFY2(outcome.ok(), qPrintable(outcome.errorMessage()));
    QCOMPARE(outcome->alreadySubscribed, QStringList({u"https://a.example/feed"_s}));
    QCOMPARE(outcome->added.size(), 1);
    QCOMPARE(outcome->added.first().title, u"C"_s);
    QCOMPARE(outcome->summary(u"x.opml"_s).section(u';', 0, 0),
             u"x.opml: subscribed to 1 feed (1 already subscribed)"_s);
}

QTEST_GUILESS_MAIN(TestOpmlSubscriptions)
#include "tst_opmlsubscriptions.moc"
