#include "clitest.h"
#include "testdata.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

// Feeds through the real folio-cli: each item an article with its metadata, a second import
// adds nothing, an item whose text changed updates its article (and says the feed changed it),
// a broken feed is reported by name, and an OPML list's feeds are subscribed to.
class TestFeedCli : public CliTest {
    Q_OBJECT
private slots:
    void importsEachItemWithItsMetadata();
    void reimportAddsNothingAndUpdatesChangedItem();
    void reportsBrokenFeedAndSubscribesToOpmlList();
};

void TestFeedCli::importsEachItemWithItsMetadata() {
    ok({u"import"_s, TestData::path(u"feeds/toi-tech.rss"_s)});
    const QJsonArray list = jsonArray({u"list"_s, u"--json"_s});
    QCOMPARE(list.size(), 4);
    const QJsonObject article = showJson(1);
    QCOMPARE(article[u"title"_s].toString(),
             u"Xiaomi partners with Leica for its next flagship phone"_s);
    QCOMPARE(article[u"source"_s].toString(), u"toi-tech"_s);
    QCOMPARE(article[u"url"_s].toString(),
             u"https://timesofindia.example.com/technology/xiaomi-leica/articleshow/101.cms"_s);
    QCOMPARE(article[u"guid"_s].toString(), u"toi-tech-101"_s);
    QCOMPARE(article[u"byline"_s].toString(), u"Priya Sharma"_s);
    QCOMPARE(article[u"published_at"_s].toString(), u"2022-05-24T04:45:00Z"_s);
    QCOMPARE(article[u"language"_s].toString(), u"en"_s);
    QCOMPARE(article[u"tags"_s].toArray(), QJsonArray({u"Smartphones"_s, u"Cameras"_s}));
    QCOMPARE(article[u"paragraphs"_s].toArray().size(), 4);
    QCOMPARE(article[u"removed"_s].toArray().first()[u"reason"_s].toString(),
             u"repeats the title"_s);
}

void TestFeedCli::reimportAddsNothingAndUpdatesChangedItem() {
    const QString feed = m_dir->filePath(u"toi.rss"_s);
    QByteArray bytes = TestData::readBytes(TestData::path(u"feeds/toi-tech.rss"_s));
    QVERIFY(TestData::writeBytes(feed, bytes));
    ok({u"import"_s, feed});
    Run run = ok({u"import"_s, feed});
    QVERIFY2(run.out.contains(u"Imported 0 articles; 4 duplicates"_s), qPrintable(run.out));

    // The publisher corrects the second item's text: same guid, so the same article.
    bytes.replace("The deal runs until 2025.", "The deal runs until 2027.");
    QVERIFY(TestData::writeBytes(feed, bytes));
    run = ok({u"import"_s, feed});
    QVERIFY2(run.out.contains(u"Imported 1 article; 3 duplicates"_s), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"imported   "_s + feed +
                              u": updated article 2: the feed's item changed; annotations: "_s),
             qPrintable(run.out));
    QCOMPARE(jsonArray({u"list"_s, u"--json"_s}).size(), 4);
    QCOMPARE(showJson(2)[u"paragraphs"_s].toArray().last().toString(),
             u"The deal runs until 2027."_s);
}

void TestFeedCli::reportsBrokenFeedAndSubscribesToOpmlList() {
    const QString broken = TestData::path(u"feeds/broken.rss"_s);
    const QString opml = TestData::path(u"feeds/subscriptions.opml"_s);
    const Run run = cli({u"--db"_s, db(), u"import"_s, broken, opml});
    QVERIFY2(run.out.contains(broken + u": malformed XML at line 18, column "_s),
             qPrintable(run.out));
    QVERIFY2(run.out.contains(u"subscribed "_s + opml + u": subscribed to 3 feeds"_s),
             qPrintable(run.out));
    QVERIFY2(run.out.contains(u"Imported 2 articles; 1 skipped"_s), qPrintable(run.out));
    QCOMPARE(jsonArray({u"list"_s, u"--json"_s}).size(), 2);
    QCOMPARE(jsonArray({u"subscriptions"_s, u"--json"_s}).size(), 3);
}

QTEST_GUILESS_MAIN(TestFeedCli)
#include "tst_feedcli.moc"
