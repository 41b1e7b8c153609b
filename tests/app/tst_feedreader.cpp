#include "import/feed/feedarticle.h"
#include "import/feed/feedreader.h"
#include "import/feed/opmlreader.h"
#include "testdata.h"

#include <QTest>

using namespace Qt::StringLiterals;

// What FeedReader makes of well-formed saved feeds of each kind: one article per item with its
// text, metadata and notes; and how it recognises feeds and OPML lists.
class TestFeedReader : public QObject {
    Q_OBJECT
private slots:
    void readsRss2ContentEncodedAsTheArticle();
    void readsRss2SummaryWhenThereIsNoContent();
    void makesTitleFromTextAndKeepsTitleOnlyItems();
    void readsRss1Rdf();
    void readsAtomXhtmlHtmlAndTextContent();
    void readsDeclaredLatin1WithGermanDateAndHtmlEntity();
    void readsItemHtmlAsParagraphs_data();
    void readsItemHtmlAsParagraphs();
    void decodesEveryHtmlEntityOutsideMarkup();
    void sourceTagIsSlugOfTitleElseHost_data();
    void sourceTagIsSlugOfTitleElseHost();
    void authorNameFromRssEmailForm();
    void readsOpmlFeedUrlsOnceWithFolders();
    void opmlThroughFeedReaderSaysItHasNoArticles();
    void canReadByExtensionOrRootElement_data();
    void canReadByExtensionOrRootElement();

private:
    static ReadFile readFixture(const QString& name);
};

ReadFile TestFeedReader::readFixture(const QString& name) {
    const QString path = TestData::path(u"feeds/"_s + name);
    auto result = FeedReader::read(TestData::readBytes(path), path);
    if (!result.ok())
        qWarning("%s", qPrintable(result.errorMessage()));
    return result.ok() ? result.value() : ReadFile{};
}

void TestFeedReader::readsRss2ContentEncodedAsTheArticle() {
    const ReadFile file = readFixture(u"toi-tech.rss"_s);
    QCOMPARE(file.reader, u"RSS 2.0 feed"_s);
    QCOMPARE(file.articles.size(), 4);
    const ImportedArticle& a = file.articles.at(0);
    QCOMPARE(a.clean.title, u"Xiaomi partners with Leica for its next flagship phone"_s);
    QCOMPARE(a.clean.source, u"toi-tech"_s);
    // content:encoded wins over description; <script> is not text; list items are paragraphs.
    QCOMPARE(a.clean.paragraphs,
             QStringList({u"Chinese technology giant Xiaomi has announced a new partnership with "
                          "the imaging company Leica."_s,
                          u"In a tweet, Xiaomi said the two companies had “officially entered a "
                          "global strategic partnership” in mobile imaging."_s,
                          u"First phone: July"_s, u"Lenses: co-engineered"_s}));
    // The headline repeated as the content's first block is kept as a removed piece.
    QCOMPARE(a.clean.removed.size(), 1);
    QCOMPARE(a.clean.removed.at(0).text, a.clean.title);
    QCOMPARE(a.clean.removed.at(0).reason, u"repeats the title"_s);
    QCOMPARE(a.clean.removed.at(0).position, 0);
    QCOMPARE(a.url,
             u"https://timesofindia.example.com/technology/xiaomi-leica/articleshow/101.cms"_s);
    QCOMPARE(a.guid, u"toi-tech-101"_s);
    // IST is India's +05:30, as in the Indian feeds where it turns up.
    QCOMPARE(a.publishedAt, QDateTime(QDate(2022, 5, 24), QTime(4, 45), Qt::UTC));
    QCOMPARE(a.byline, u"Priya Sharma"_s);
    QCOMPARE(a.tags, QStringList({u"Smartphones"_s, u"Cameras"_s}));
    QCOMPARE(a.language, u"en"_s);
    QCOMPARE(a.encoding, u"UTF-8"_s);
    QVERIFY(a.note.isEmpty());
    // The raw text is the item's XML exactly as the file has it.
    QVERIFY(a.rawText.startsWith(u"<item>\n      <title>Xiaomi partners"_s));
    QVERIFY(a.rawText.endsWith(u"</ul>]]></content:encoded>\n    </item>"_s));
    QVERIFY(
        TestData::readBytes(TestData::path(u"feeds/toi-tech.rss"_s)).contains(a.rawText.toUtf8()));
}

void TestFeedReader::readsRss2SummaryWhenThereIsNoContent() {
    const ImportedArticle a = readFixture(u"toi-tech.rss"_s).articles.at(1);
    QCOMPARE(a.clean.paragraphs, QStringList({u"Vivo will keep using Zeiss optics in its X series "
                                              "& beyond."_s,
                                              u"The deal runs until 2025."_s}));
    QCOMPARE(a.note, u"the feed gave only a summary"_s);
    QCOMPARE(a.byline, u"Tech Desk"_s);
    QCOMPARE(a.guid,
             u"https://timesofindia.example.com/technology/vivo-zeiss/articleshow/102.cms"_s);
    QCOMPARE(a.publishedAt, QDateTime(QDate(2022, 5, 25), QTime(2, 30), Qt::UTC));
}

void TestFeedReader::makesTitleFromTextAndKeepsTitleOnlyItems() {
    const ReadFile file = readFixture(u"toi-tech.rss"_s);
    const ImportedArticle& untitled = file.articles.at(2);
    QVERIFY(untitled.clean.title.startsWith(u"OnePlus and Oppo have both integrated"_s));
    QVERIFY(untitled.clean.title.endsWith(u'…'));
    QVERIFY(untitled.clean.title.size() <= FeedArticle::maxTitleLength + 1);
    QCOMPARE(untitled.note, u"the feed gave only a summary; the item had no title; its title is "
                            "the start of its text"_s);
    // No guid: the link recognises the item when the feed is imported again.
    QCOMPARE(untitled.guid, untitled.url);

    const ImportedArticle& titleOnly = file.articles.at(3);
    QCOMPARE(titleOnly.clean.title, u"Live: the launch event"_s);
    QVERIFY(titleOnly.clean.paragraphs.isEmpty());
    QCOMPARE(titleOnly.note, u"the feed gave no text for this item, only its title; the feed's "
                             "date “sometime next week” was not understood"_s);
    QVERIFY(!titleOnly.publishedAt.isValid());
    QVERIFY(file.problems.isEmpty());
}

void TestFeedReader::readsRss1Rdf() {
    const ReadFile file = readFixture(u"heise-rdf.rdf"_s);
    QCOMPARE(file.reader, u"RSS 1.0 (RDF) feed"_s);
    QCOMPARE(file.articles.size(), 2);
    QVERIFY(file.problems.isEmpty());
    const ImportedArticle& a = file.articles.at(0);
    QCOMPARE(a.clean.title, u"Siemens und Bosch kooperieren bei Wärmepumpen"_s);
    // The channel's title, not the <image>'s.
    QCOMPARE(a.clean.source, u"newsticker-beispiel"_s);
    QCOMPARE(a.guid, u"https://www.heise.example/news/1.html"_s); // rdf:about
    QCOMPARE(a.url, u"https://www.heise.example/news/1.html?wt_mc=rss"_s);
    QCOMPARE(a.byline, u"Anna Müller, Jörg Weber"_s);
    QCOMPARE(a.tags, QStringList({u"Energie"_s}));
    QCOMPARE(a.language, u"de"_s);
    QCOMPARE(a.publishedAt, QDateTime(QDate(2024, 3, 5), QTime(13, 30), Qt::UTC));
    QCOMPARE(a.clean.paragraphs.size(), 2);
    QVERIFY(a.note.isEmpty());
    const ImportedArticle& b = file.articles.at(1);
    QCOMPARE(b.publishedAt, QDateTime(QDate(2024, 3, 6), QTime(0, 0), Qt::UTC));
    QCOMPARE(b.note, u"the feed gave only a summary"_s);
}

void TestFeedReader::readsAtomXhtmlHtmlAndTextContent() {
    const ReadFile file = readFixture(u"blog-atom.atom"_s);
    QCOMPARE(file.reader, u"Atom feed"_s);
    QCOMPARE(file.articles.size(), 3);
    const ImportedArticle& a = file.articles.at(0);
    QCOMPARE(a.clean.title, u"Telekom & Ericsson bauen 5G-Netz aus"_s);
    QCOMPARE(a.clean.source, u"beispiel-blog-technik-wirtschaft"_s);
    // rel="alternate", resolved against the feed's site; not rel="replies".
    QCOMPARE(a.url, u"https://blog.example.de/2024/03/telekom-ericsson"_s);
    QCOMPARE(a.guid, u"tag:blog.example.de,2024:entry-17"_s);
    QCOMPARE(a.publishedAt, QDateTime(QDate(2024, 3, 7), QTime(7, 15, 30, 250), Qt::UTC));
    QCOMPARE(a.byline, u"Lena Fischer"_s);
    QCOMPARE(a.tags, QStringList({u"Netze"_s, u"5g"_s}));
    QCOMPARE(a.language, u"de"_s);
    QCOMPARE(a.clean.paragraphs,
             QStringList({u"Die Deutsche Telekom und Ericsson haben einen Vertrag über den Ausbau "
                          "des 5G-Netzes geschlossen."_s,
                          u"Bis Ende des Jahres sollen tausend neue Standorte entstehen."_s,
                          u"Weitere folgen 2025."_s}));
    QVERIFY(a.note.isEmpty()); // content, not the summary

    const ImportedArticle& b = file.articles.at(1);
    QCOMPARE(b.language, u"en"_s); // the entry's own xml:lang
    QCOMPARE(b.publishedAt, QDateTime(QDate(2024, 3, 6), QTime(17, 45), Qt::UTC));
    QCOMPARE(b.clean.paragraphs, QStringList({u"Infineon will supply power semiconductors."_s}));
    QCOMPARE(b.note, u"the feed gave only a summary"_s);
    QCOMPARE(b.guid, u"https://blog.example.de/2024/03/infineon"_s);

    const ImportedArticle& c = file.articles.at(2);
    QCOMPARE(c.clean.paragraphs,
             QStringList({u"Erste Zeile des Textes."_s, u"Zweite Zeile des Textes."_s}));
    QVERIFY(c.url.isEmpty());
    QCOMPARE(c.guid, u"tag:blog.example.de,2024:entry-15"_s);
}

void TestFeedReader::readsDeclaredLatin1WithGermanDateAndHtmlEntity() {
    const ReadFile file = readFixture(u"latin1.rss"_s);
    QCOMPARE(file.articles.size(), 1);
    const ImportedArticle& a = file.articles.at(0);
    QCOMPARE(a.encoding, u"ISO-8859-1 (declared)"_s);
    QCOMPARE(a.clean.title, u"Börse: Gewinne für Übernahmekandidaten"_s);
    QCOMPARE(a.clean.source, u"wirtschaft-kompakt"_s);
    // "Di" and "Mär": German day and month names.
    QCOMPARE(a.publishedAt, QDateTime(QDate(2024, 3, 5), QTime(13, 30), Qt::UTC));
    // &nbsp; is not XML, but read as the no-break space (a space in the text) HTML means.
    QCOMPARE(a.clean.paragraphs, QStringList({u"Die Aktien der Übernahmekandidaten legten am "
                                              "Dienstag deutlich zu. Händler sprachen von "
                                              "Spekulationen."_s}));
}

// Item HTML goes through the web page reader's HTML5 parser: every block a paragraph, inline
// markup joined, entities as browsers read them, nothing of scripts or styles.
void TestFeedReader::readsItemHtmlAsParagraphs_data() {
    QTest::addColumn<QByteArray>("item");
    QTest::addColumn<QStringList>("paragraphs");
    const auto encoded = [](const QByteArray& html) -> QByteArray {
        return "<title>T</title><content:encoded><![CDATA[" + html + "]]></content:encoded>";
    };
    QTest::newRow("headings and lists")
        << encoded("<h2>What was agreed</h2><p>Three points.</p><ul><li>Lenses</li>"
                   "<li>Colour <b>science</b></li></ul><ol><li>First</li></ol><h3>Next</h3>")
        << QStringList{u"What was agreed"_s, u"Three points."_s, u"Lenses"_s,
                       u"Colour science"_s,  u"First"_s,         u"Next"_s};
    QTest::newRow("block quote")
        << encoded("<p>The spokesman said:</p><blockquote><p>We are pleased.</p>"
                   "<p>Very pleased.</p></blockquote>After the quote.")
        << QStringList{u"The spokesman said:"_s, u"We are pleased."_s, u"Very pleased."_s,
                       u"After the quote."_s};
    QTest::newRow("line breaks") << encoded("First line<br>second line<br/><br />third line")
                                 << QStringList{u"First line"_s, u"second line"_s, u"third line"_s};
    QTest::newRow("entities in CDATA")
        << encoded("<p>Caf&eacute; &ndash; 5&nbsp;&euro; &hellip; &NotEqualTilde; AT&T &amp "
                   "&notanentity; &#x1F4F7;</p>")
        << QStringList{u"Café – 5 € … \u2242\u0338 AT&T & ¬anentity; \U0001F4F7"_s};
    QTest::newRow("inline markup, scripts, styles, comments")
        << encoded("<p>A <a href=\"/x\">linked</a> and <em>stressed</em> word.<script>var x = "
                   "'<p>no</p>';</script><style>p { color: red }</style><!-- hidden --></p>"
                   "<div><span>In a div</span> <img src=x.png alt=photo> too</div>")
        << QStringList{u"A linked and stressed word."_s, u"In a div too"_s};
    QTest::newRow("unclosed and misnested tags")
        << encoded("<p>One <b>two <i>three</b> four</i><p>Next<li>Item")
        << QStringList{u"One two three four"_s, u"Next"_s, u"Item"_s};
    QTest::newRow("escaped HTML in RSS description")
        << QByteArray("<title>T</title><description>&lt;p&gt;Escaped &amp;amp; read&lt;/p&gt;"
                      "&lt;ul&gt;&lt;li&gt;Point&lt;/li&gt;&lt;/ul&gt;</description>")
        << QStringList{u"Escaped & read"_s, u"Point"_s};
    QTest::newRow("plain text description with a bare ampersand and less-than")
        << QByteArray("<title>T</title><description>Profit &amp; loss: 3 &lt; 4</description>")
        << QStringList{u"Profit & loss: 3 < 4"_s};
    QTest::newRow("table")
        << encoded("<table><tr><th>Model</th><th>Price</th></tr><tr><td>Q3</td><td>5,990 €"
                   "</td></tr></table>")
        << QStringList{u"Model"_s, u"Price"_s, u"Q3"_s, u"5,990 €"_s};
}

void TestFeedReader::readsItemHtmlAsParagraphs() {
    QFETCH(QByteArray, item);
    QFETCH(QStringList, paragraphs);
    const QByteArray rss = "<?xml version=\"1.0\"?>\n<rss version=\"2.0\" "
                           "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">"
                           "<channel><title>Feed</title><item>" +
                           item + "</item></channel></rss>";
    const auto file = FeedReader::read(rss, u"/feeds/item.rss"_s);
    QVERIFY2(file.ok(), qPrintable(file.errorMessage()));
    QCOMPARE(file->articles.size(), 1);
    QCOMPARE(file->articles.at(0).clean.paragraphs, paragraphs);

    // The same HTML as Atom's escaped type="html" content reads the same.
    if (!item.contains("CDATA"))
        return;
    const qsizetype start = item.indexOf("<![CDATA[") + 9;
    const QByteArray html =
        QString::fromUtf8(item.mid(start, item.indexOf("]]>") - start)).toHtmlEscaped().toUtf8();
    const QByteArray atom = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Feed</title>"
                            "<entry><title>T</title><content type=\"html\">" +
                            html + "</content></entry></feed>";
    const auto entry = FeedReader::read(atom, u"/feeds/item.atom"_s);
    QVERIFY2(entry.ok(), qPrintable(entry.errorMessage()));
    QCOMPARE(entry->articles.at(0).clean.paragraphs, paragraphs);
}

// XML knows five named entities; feeds use HTML's (all 2,231 of them) in titles and text.
void TestFeedReader::decodesEveryHtmlEntityOutsideMarkup() {
    const QByteArray rss = "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel>"
                           "<title>Caf&eacute;&Tab;News</title><item>"
                           "<title>Xiaomi &rarrw; Leica &NotEqualTilde; &hearts;</title>"
                           "<description>Stra&szlig;e&nbsp;&amp; &rsquo;s</description>"
                           "</item></channel></rss>";
    const auto file = FeedReader::read(rss, u"/feeds/entities.rss"_s);
    QVERIFY2(file.ok(), qPrintable(file.errorMessage()));
    const ImportedArticle& a = file->articles.at(0);
    QCOMPARE(a.clean.title, u"Xiaomi \u219D Leica \u2242\u0338 \u2665"_s);
    QCOMPARE(a.clean.paragraphs, QStringList({u"Straße & ’s"_s}));
    QCOMPARE(a.clean.source, u"cafe-news"_s);
}

void TestFeedReader::sourceTagIsSlugOfTitleElseHost_data() {
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("link");
    QTest::addColumn<QString>("tag");
    QTest::newRow("title") << u"TOI Tech"_s << u"https://x.example/"_s << u"toi-tech"_s;
    QTest::newRow("umlauts and dashes")
        << u"Börse – Überblick"_s << QString() << u"borse-uberblick"_s;
    QTest::newRow("host without www")
        << QString() << u"https://www.heise.de/news"_s << u"heise-de"_s;
    QTest::newRow("long title cut") << u"A very long feed title that goes on and on and on"_s
                                    << QString() << u"a-very-long-feed-title-that-goes-on-and"_s;
    QTest::newRow("neither: file name") << QString() << QString() << u"saved-feed"_s;
}

void TestFeedReader::sourceTagIsSlugOfTitleElseHost() {
    QFETCH(QString, title);
    QFETCH(QString, link);
    QFETCH(QString, tag);
    FeedChannel channel;
    channel.title = title;
    channel.link = link;
    QCOMPARE(FeedArticle::sourceTag(channel, u"/tmp/Saved Feed.xml"_s), tag);
}

void TestFeedReader::authorNameFromRssEmailForm() {
    QCOMPARE(FeedArticle::authorName(u"jane@example.org (Jane Doe)"_s), u"Jane Doe"_s);
    QCOMPARE(FeedArticle::authorName(u"jane@example.org"_s), u"jane@example.org"_s);
    QCOMPARE(FeedArticle::authorName(u"  Jane\n Doe "_s), u"Jane Doe"_s);
}

void TestFeedReader::readsOpmlFeedUrlsOnceWithFolders() {
    const QString path = TestData::path(u"feeds/subscriptions.opml"_s);
    const auto list = OpmlReader::read(TestData::readBytes(path), path);
    QVERIFY2(list.ok(), qPrintable(list.errorMessage()));
    QCOMPARE(list->file.reader, u"OPML feed list"_s);
    QVERIFY(list->file.articles.isEmpty());
    QCOMPARE(
        list->feeds,
        QList<OpmlFeed>({{u"Newsticker"_s, u"https://www.heise.example/rss/heise-atom.xml"_s,
                          u"https://www.heise.example/"_s, u"Nachrichten/Tech"_s},
                         {u"TOI Tech"_s, u"https://timesofindia.example.com/technology/rss.cms"_s,
                          QString(), u"Nachrichten/Tech"_s},
                         {u"Beispiel-Blog"_s, u"https://blog.example.de/feed.atom"_s,
                          u"https://blog.example.de/"_s, QString()}}));
}

void TestFeedReader::opmlThroughFeedReaderSaysItHasNoArticles() {
    const QString path = TestData::path(u"feeds/subscriptions.opml"_s);
    const auto file = FeedReader::read(TestData::readBytes(path), path);
    QVERIFY(file.ok());
    QVERIFY(file->articles.isEmpty());
    QCOMPARE(file->problems, QStringList({path + u": an OPML list of 3 feeds, not articles; "
                                                 "importing the file subscribes to them"_s}));
}

void TestFeedReader::canReadByExtensionOrRootElement_data() {
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<bool>("canRead");
    const QByteArray rss = "<?xml version=\"1.0\"?>\n<!-- generator -->\n<rss version=\"2.0\">";
    QTest::newRow(".rss") << u"a.rss"_s << QByteArray() << true;
    QTest::newRow(".ATOM") << u"a.ATOM"_s << QByteArray() << true;
    QTest::newRow(".rdf") << u"a.rdf"_s << QByteArray() << true;
    QTest::newRow(".opml") << u"a.opml"_s << QByteArray() << true;
    QTest::newRow(".xml with rss") << u"feed.xml"_s << rss << true;
    QTest::newRow("no extension, rdf:RDF")
        << u"feed"_s << QByteArray("<rdf:RDF xmlns:rdf=\"…\">") << true;
    QTest::newRow(".php, Atom with BOM")
        << u"feed.php"_s << QByteArray("\xEF\xBB\xBF<feed xmlns=\"http://www.w3.org/2005/Atom\">")
        << true;
    QTest::newRow(".xml with opml")
        << u"subs.xml"_s << QByteArray("<opml version=\"2.0\">") << true;
    QTest::newRow(".xml, some other XML")
        << u"data.xml"_s << QByteArray("<?xml version=\"1.0\"?><svg/>") << false;
    QTest::newRow(".html") << u"page.html"_s << QByteArray("<!DOCTYPE html><html>") << false;
    QTest::newRow(".txt") << u"notes.txt"_s << QByteArray("Xiaomi und Leica") << false;
}

void TestFeedReader::canReadByExtensionOrRootElement() {
    QFETCH(QString, path);
    QFETCH(QByteArray, head);
    QFETCH(bool, canRead);
    QCOMPARE(FeedReader::canRead(path, head), canRead);
}

QTEST_GUILESS_MAIN(TestFeedReader)
#include "tst_feedreader.moc"
