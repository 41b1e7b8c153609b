#include "import/feed/feedreader.h"
#include "import/feed/opmlreader.h"
#include "testdata.h"

#include <QStringEncoder>
#include <QTest>

using namespace Qt::StringLiterals;

// What FeedReader does with feeds that are broken, hostile or not feeds at all: a clear
// message naming the file (and the place), the items it could read, never a crash or a hang.
class TestFeedBadInput : public QObject {
    Q_OBJECT
private slots:
    void refusesEmptyFile_data();
    void refusesEmptyFile();
    void refusesBinary();
    void refusesOverSizeLimit();
    void readsManyItems();
    void readsMisEncodedFeedByDetection();
    void readsUtf16WithBom();
    void keepsItemsBeforeMalformedXml();
    void refusesMalformedXmlBeforeAnyItem();
    void reportsUnknownEntityWithLineAndColumn();
    void refusesHtmlServedAsFeed();
    void refusesOtherXml();
    void skipsItemWithoutTitleOrText();
    void reportsFeedWithoutItems();
    void stopsEntityExpansionBomb();
    void neverFetchesExternalEntities();
    void survivesDeepNesting();
    void refusesBrokenOpml();

private:
    static const QString path;
    static Result<ReadFile> read(const QByteArray& bytes) { return FeedReader::read(bytes, path); }
    static QByteArray rss(const QByteArray& items) {
        return "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>T</title>" + items +
               "</channel></rss>\n";
    }
};

const QString TestFeedBadInput::path = u"/feeds/bad.rss"_s;

void TestFeedBadInput::refusesEmptyFile_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("nothing") << QByteArray();
    QTest::newRow("whitespace") << QByteArray(" \n\t\n");
}

void TestFeedBadInput::refusesEmptyFile() {
    QFETCH(QByteArray, bytes);
    QCOMPARE(read(bytes).errorMessage(), path + u": file is empty"_s);
}

void TestFeedBadInput::refusesBinary() {
    QByteArray bytes("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
    QCOMPARE(read(bytes).errorMessage(), path + u": looks like a binary file, not text"_s);
}

void TestFeedBadInput::refusesOverSizeLimit() {
    const QByteArray bytes = rss(QByteArray(3 * 1024 * 1024, ' '));
    const auto result = FeedReader::read(bytes, path, 2 * 1024 * 1024);
    QCOMPARE(result.errorMessage(), path + u": feed is 3.0 MB, over the 2.0 MB limit; skipped"_s);
    QCOMPARE(FeedReader::defaultSizeLimit, TextFileReader::defaultSizeLimit);
}

void TestFeedBadInput::readsManyItems() {
    QByteArray items;
    for (int i = 0; i < 5000; ++i)
        items += "<item><title>Item " + QByteArray::number(i) + "</title><guid>g" +
                 QByteArray::number(i) + "</guid><description>&lt;p&gt;" + QByteArray(300, 'x') +
                 "&lt;/p&gt;</description></item>\n";
    const auto result = read(rss(items));
    QVERIFY(result.ok());
    QCOMPARE(result->articles.size(), 5000);
    QCOMPARE(result->articles.last().guid, u"g4999"_s);
    QCOMPARE(result->articles.last().rawText.left(30), u"<item><title>Item 4999</title>"_s);
}

void TestFeedBadInput::readsMisEncodedFeedByDetection() {
    // Declares UTF-8 (by default) but is Windows-1252, as feeds from old CMSs are.
    const QByteArray bytes = rss("<item><title>Gr\xFC\xDF"
                                 "e aus M\xFCnchen \x84zitiert\x93</title>"
                                 "<description>Ein Text \x80 100</description></item>");
    const auto result = read(bytes);
    QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
    QCOMPARE(result->articles.at(0).clean.title, u"Grüße aus München „zitiert“"_s);
    QCOMPARE(result->articles.at(0).clean.paragraphs, QStringList({u"Ein Text € 100"_s}));
    QVERIFY(result->articles.at(0).encoding.startsWith(u"WINDOWS-1252"_s));
}

void TestFeedBadInput::readsUtf16WithBom() {
    const QString text = QString::fromUtf8(rss("<item><title>Grün</title></item>"));
    QStringEncoder encoder(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
    const auto result = read(encoder.encode(text));
    QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
    QCOMPARE(result->articles.at(0).clean.title, u"Grün"_s);
    QCOMPARE(result->articles.at(0).encoding, u"UTF-16LE (BOM)"_s);
}

void TestFeedBadInput::keepsItemsBeforeMalformedXml() {
    const QString fixture = TestData::path(u"feeds/broken.rss"_s);
    const auto result = FeedReader::read(TestData::readBytes(fixture), fixture);
    QVERIFY(result.ok());
    QCOMPARE(result->articles.size(), 2);
    QCOMPARE(result->articles.at(1).clean.title, u"Second item survives too"_s);
    QCOMPARE(result->problems.size(), 1);
    // Line 18 is "<description>The generator crashed <b>here</description>".
    QVERIFY2(result->problems.at(0).startsWith(fixture + u": malformed XML at line 18, column "_s),
             qPrintable(result->problems.at(0)));
    QVERIFY(result->problems.at(0).endsWith(
        u"The 2 items before it were read; the rest of the file was not."_s));
}

void TestFeedBadInput::refusesMalformedXmlBeforeAnyItem() {
    const auto result =
        read("<?xml version=\"1.0\"?>\n<rss version=\"2.0\">\n<channel><title>T</tit>");
    QVERIFY(!result.ok());
    QVERIFY2(result.errorMessage().startsWith(path + u": malformed XML at line 3, column "_s),
             qPrintable(result.errorMessage()));
    QVERIFY(result.errorMessage().endsWith(u"No item could be read."_s));
}

void TestFeedBadInput::reportsUnknownEntityWithLineAndColumn() {
    // &nbsp; and the other HTML entities are understood; an entity nobody knows is an error.
    const auto result =
        read(rss("<item><title>a&nbsp;b</title></item>\n<item><title>&bogus;</title></item>"));
    QVERIFY(result.ok());
    QCOMPARE(result->articles.size(), 1);
    QCOMPARE(result->articles.at(0).clean.title, u"a b"_s);
    QVERIFY2(result->problems.at(0).startsWith(path + u": malformed XML at line 3, column "_s),
             qPrintable(result->problems.value(0)));
    QVERIFY(result->problems.at(0).contains(u"bogus"_s));
}

void TestFeedBadInput::refusesHtmlServedAsFeed() {
    const QString fixture = TestData::path(u"feeds/page-as-feed.rss"_s);
    QVERIFY(FeedReader::canRead(fixture, TestData::readBytes(fixture))); // by its extension
    const auto result = FeedReader::read(TestData::readBytes(fixture), fixture);
    QCOMPARE(result.errorMessage(), fixture + u": is a web page (HTML), not a feed"_s);
    QCOMPARE(read("<html><body><p>Moved</p></body></html>").errorMessage(),
             path + u": is a web page (HTML), not a feed"_s);
}

void TestFeedBadInput::refusesOtherXml() {
    QCOMPARE(
        read("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"/>").errorMessage(),
        path + u": is not a feed: its document element is <svg>, not <rss>, <rdf:RDF> or "
               "<feed>"_s);
    QVERIFY(read("just some text, no markup")
                .errorMessage()
                .startsWith(path + u": is not a feed: malformed XML at line 1, column "_s));
}

void TestFeedBadInput::skipsItemWithoutTitleOrText() {
    const auto result =
        read(rss("<item><link>https://x.example/1</link></item>"
                 "<item><title>Kept</title><description>Text</description></item>"));
    QVERIFY(result.ok());
    QCOMPARE(result->articles.size(), 1);
    QCOMPARE(result->articles.at(0).clean.title, u"Kept"_s);
    QCOMPARE(result->problems,
             QStringList({path + u": item 1: has neither a title nor any text; skipped"_s}));
}

void TestFeedBadInput::reportsFeedWithoutItems() {
    const auto result = read(rss(""));
    QVERIFY(result.ok());
    QVERIFY(result->articles.isEmpty());
    QCOMPARE(result->problems, QStringList({path + u": the feed has no items"_s}));
}

void TestFeedBadInput::stopsEntityExpansionBomb() {
    // "Billion laughs": 10^9 "lol"s from nine nested entity definitions.
    QByteArray dtd = "<!ENTITY lol0 \"lol\">";
    for (int i = 1; i < 10; ++i) {
        dtd += "<!ENTITY lol" + QByteArray::number(i) + " \"";
        for (int k = 0; k < 10; ++k)
            dtd += "&lol" + QByteArray::number(i - 1) + ';';
        dtd += "\">";
    }
    const QByteArray bytes = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [" + dtd +
                             "]>\n<rss version=\"2.0\"><channel><item><title>&lol9;</title>"
                             "</item></channel></rss>";
    const auto result = read(bytes);
    QVERIFY(!result.ok());
    QVERIFY2(result.errorMessage().contains(u"entity expansion limit"_s),
             qPrintable(result.errorMessage()));
}

void TestFeedBadInput::neverFetchesExternalEntities() {
    const QByteArray bytes = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY secret SYSTEM "
                             "\"file:///etc/hostname\">]>\n<rss version=\"2.0\"><channel><item>"
                             "<title>x&secret;y</title></item></channel></rss>";
    const auto result = read(bytes);
    QVERIFY(result.ok());
    QCOMPARE(result->articles.size(), 1);
    // QXmlStreamReader drops an external entity's reference: the file is never opened.
    QCOMPARE(result->articles.at(0).clean.title, u"xy"_s);
}

void TestFeedBadInput::survivesDeepNesting() {
    const int depth = 100000;
    // As inline XHTML in an item's content, and as unknown elements around the channel's items.
    const QByteArray nested =
        QByteArray("<div>").repeated(depth) + "deep" + QByteArray("</div>").repeated(depth);
    const auto inContent =
        read(rss("<item><title>T</title><description>" + nested + "</description></item>"));
    QVERIFY(inContent.ok());
    QCOMPARE(inContent->articles.at(0).clean.paragraphs, QStringList({u"deep"_s}));
    const QByteArray unknown =
        QByteArray("<x>").repeated(depth) + QByteArray("</x>").repeated(depth);
    const auto around = read(rss(unknown + "<item><title>T</title>" + unknown + "</item>"));
    QVERIFY(around.ok());
    QCOMPARE(around->articles.size(), 1);
}

void TestFeedBadInput::refusesBrokenOpml() {
    const QByteArray bytes =
        "<opml version=\"2.0\"><body><outline text=\"A\" xmlUrl=\"https://a/\"/>"
        "<outline text=\"B\" xmlUrl=\"https://b/\"></body></opml>";
    const auto list = OpmlReader::read(bytes, u"/feeds/subs.opml"_s);
    QVERIFY(list.ok());
    QCOMPARE(list->feeds.size(), 2);
    QVERIFY(
        list->file.problems.value(0).startsWith(u"/feeds/subs.opml: malformed XML at line 1"_s));
    QVERIFY(list->file.problems.value(0).endsWith(u"the 2 feeds before it were read"_s));
    QVERIFY(!OpmlReader::read("<opml><body><outline", u"/feeds/subs.opml"_s).ok());
    QCOMPARE(OpmlReader::read("<rss/>", u"/feeds/subs.opml"_s).errorMessage(),
             u"/feeds/subs.opml: is not an OPML feed list (no <opml> element)"_s);
}

QTEST_GUILESS_MAIN(TestFeedBadInput)
#include "tst_feedbadinput.moc"
