#include "clitest.h"
#include "testdata.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

// Saved web pages through the real folio-cli: a news page (cookie banner, navigation, share bar,
// ads, related stories, comments, JSON-LD) as an .html file and as a single-file .mhtml archive
// becomes its story with its metadata and every dropped block as a removed piece; and each kind
// of bad input is reported by its file's name and reason without touching what is stored.
class TestWebPageCli : public CliTest {
    Q_OBJECT
private slots:
    void importsASavedNewsPage();
    void importsTheSamePageSavedAsMhtml();
    void badInputIsReportedAndTheStoredArticleKept_data();
    void badInputIsReportedAndTheStoredArticleKept();

private:
    static QStringList storyParagraphs();
    static QStringList texts(const QJsonArray& array);
    void verifyNewsArticle(const QJsonObject& article);
};

QStringList TestWebPageCli::storyParagraphs() {
    return {
        u"The Port of Eastwick will replace all 38 of its ship-to-shore cranes with remotely "
        "operated models by 2027, the port authority said on Tuesday, in the largest investment "
        "in the harbour since its container terminal opened."_s,
        u"The $420 million programme, approved by the authority's board on Monday evening, is "
        "meant to cut the time a large container ship spends at the quay by a third, to about 30 "
        "hours, and to keep the port competitive with its rivals further down the coast."_s,
        u"What changes for dock workers"_s,
        u"Crane operators will no longer sit 40 metres above the quay. Instead they will work from "
        "a control building at the edge of the terminal, each supervising up to four cranes, "
        "while the machines handle the routine moves on their own."_s,
        u"The dockworkers' union, which had opposed an earlier plan, said it had won a guarantee "
        "that no operator would lose their job before 2030."_s,
        u"\"We did not fight automation. We fought for the people who run this port, and we got a "
        "deal that protects them,\" said Dennis Hale, the union's local president."_s,
        u"Under the agreement, the authority will pay for retraining, and operators who move to "
        "the control room will keep their current pay grade."_s,
        u"The timetable"_s,
        u"2025: the first eight cranes are replaced at Berth 4."_s,
        u"2026: Berths 5 and 6 follow, with 16 more cranes."_s,
        u"2027: the last 14 cranes, at the older Berths 1 to 3."_s,
        u"Shipping lines have welcomed the plan. A spokesperson for one of the largest carriers "
        "calling at Eastwick said faster turnarounds would let it add a weekly service to the "
        "port, though the company did not say when."_s,
        u"The authority expects the cranes to pay for themselves within twelve years, mainly "
        "through higher volumes and lower maintenance costs, and said it would not raise its "
        "fees to finance them."_s,
    };
}

QStringList TestWebPageCli::texts(const QJsonArray& array) {
    QStringList result;
    for (const QJsonValue& value : array)
        result.append(value.isString() ? value.toString() : value[u"text"_s].toString());
    return result;
}

void TestWebPageCli::verifyNewsArticle(const QJsonObject& article) {
    QCOMPARE(texts(article[u"paragraphs"_s].toArray()), storyParagraphs());
    QCOMPARE(article[u"title"_s].toString(),
             u"Port of Eastwick to automate its harbour cranes by 2027"_s);
    QCOMPARE(article[u"byline"_s].toString(), u"Maria Okafor"_s);               // JSON-LD's author
    QCOMPARE(article[u"published_at"_s].toString(), u"2024-05-14T10:00:00Z"_s); // -04:00
    QCOMPARE(article[u"url"_s].toString(),
             u"https://www.dailyledger.example/business/2024/05/14/harbour-cranes-automation"_s);
    QCOMPARE(article[u"language"_s].toString(), u"en"_s); // <html lang="en-US">
    QCOMPARE(article[u"source"_s].toString(), u"The Daily Ledger"_s);

    // Every block of the page that is not the story is kept as a removed piece with its reason.
    QHash<QString, QString> reasonOf;
    for (const QJsonValue& piece : article[u"removed"_s].toArray())
        reasonOf.insert(piece[u"text"_s].toString(), piece[u"reason"_s].toString());
    const QList<std::pair<QString, QString>> expected = {
        {u"Accept all Manage preferences"_s, u"cookie banner"_s},
        {u"Technology"_s, u"navigation"_s},
        {u"Share on Facebook Post on X Email this story"_s, u"share bar"_s},
        {u"Advertisement"_s, u"advertisement"_s},
        {u"Eastwick shipyard wins a $90 million order"_s, u"related stories"_s},
        {u"harbourwatcher"_s, u"comments"_s},
        {u"Get the Business Briefing"_s, u"newsletter sign-up"_s},
        {u"© 2024 The Daily Ledger Media Group. All rights reserved."_s, u"footer"_s},
        {u"Port of Eastwick to automate its harbour cranes by 2027"_s, u"title"_s},
    };
    for (const auto& [text, reason] : expected)
        QVERIFY2(reasonOf.value(text) == reason,
                 qPrintable(text + u" → "_s + reasonOf.value(text)));
    // Removed pieces plus paragraphs hold every word the page shows: nothing silently lost.
    const QString everything =
        (texts(article[u"paragraphs"_s].toArray()) + reasonOf.keys()).join(u' ');
    for (const QString& word : {u"143 partners"_s, u"Sport"_s, u"jm_1962"_s, u"Terms of use"_s})
        QVERIFY2(everything.contains(word), qPrintable(word));
}

void TestWebPageCli::importsASavedNewsPage() {
    const QString page = TestData::path(u"html/news-page.html"_s);
    const Run run = ok({u"import"_s, page});
    QCOMPARE(run.status, 0);
    QVERIFY2(run.out.contains(page + u": read as web page"_s), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"Imported 1 article"_s), qPrintable(run.out));
    const QJsonObject article = showJson(1);
    verifyNewsArticle(article);
    QCOMPARE(article[u"encoding"_s].toString(), u"UTF-8 (meta charset)"_s);
}

void TestWebPageCli::importsTheSamePageSavedAsMhtml() {
    const QString archive = TestData::path(u"html/news-page.mhtml"_s);
    const Run run = ok({u"import"_s, archive});
    QCOMPARE(run.status, 0);
    QVERIFY2(run.out.contains(archive + u": read as web page"_s), qPrintable(run.out));
    // The archive has no "saved from" comment: the address is its Snapshot-Content-Location.
    verifyNewsArticle(showJson(1));
}

void TestWebPageCli::badInputIsReportedAndTheStoredArticleKept_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message"); // what the import line says after the file's path
    QTest::addColumn<int>("added");

    const QByteArray story = QByteArray("<p>The two companies, long rivals, agreed to share their "
                                        "camera patents, said people familiar with the talks.</p>")
                                 .repeated(5);
    const QString noText = u": no article text found in the page (it has no visible text "
                           "outside scripts and styles)"_s;
    QTest::newRow("no body") << u"empty.html"_s
                             << QByteArray("<html><head><title>Nothing</title></head></html>")
                             << noText << 0;
    QTest::newRow("only scripts")
        << u"scripts.html"_s
        << QByteArray("<html><body><script>document.write('<p>hi</p>')</script><style>p{}</style>"
                      "</body></html>")
        << noText << 0;
    QTest::newRow("10,000 nested tags")
        << u"nested.html"_s
        << "<html><body>" + QByteArray("<div>").repeated(10000) + story +
               QByteArray("</div>").repeated(10000) + "</body></html>"
        << u": read as web page"_s << 1;
    QTest::newRow("50 MB of markup")
        << u"huge.html"_s
        << "<html><body>" + QByteArray("<div><p>x</p></div>").repeated(50 * 1024 * 1024 / 19)
        << u": file is 50.0 MB, over the 20 MB limit; skipped"_s << 0;
    QTest::newRow("broken entities")
        << u"entities.html"_s
        << "<html><body><article>" + story + "<p>AT&T &amp Co &notanentity; &#xZZ; &#0;</p>"
        << u": read as web page"_s << 1;
    QTest::newRow("lying meta charset")
        << u"lying.html"_s
        << "<html><head><meta charset=utf-8></head><body><article>" + story +
               "<p>Caf\xE9 M\xFCller</p></article></body></html>"
        << u": read as web page"_s << 1;
    QTest::newRow("login form")
        << u"login.html"_s
        << QByteArray("<html><body><form><h1>Sign in</h1><label>E-mail <input name=u></label>"
                      "<input type=password name=p><button>Sign in</button></form></body></html>")
        << u": looks like a login form, not an article (3 words around a password field); "
           "skipped"_s
        << 0;
    QTest::newRow("search page")
        << u"search.html"_s
        << QByteArray("<html><body><form role=search><input type=search name=q></form><ol>"
                      "<li><a href=/1>Leica and Xiaomi</a><p>Signed for three more years.</p>"
                      "</li></ol></body></html>")
        << u": read as web page"_s << 1;
    QTest::newRow("feed with malformed XML")
        << u"broken.rss"_s
        << QByteArray("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><item><title>A"
                      "</title><description>x</descr></item></channel></rss>")
        << u": malformed XML at line 1, column 93: Opening and ending tag mismatch. No item "
           "could be read."_s
        << 0;
    QTest::newRow("feed item without content")
        << u"empty-item.rss"_s
        << QByteArray("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title>"
                      "<item><link>https://x.example/1</link></item></channel></rss>")
        << u": item 1: has neither a title nor any text; skipped"_s << 0;
    QTest::newRow("binary named .html")
        << u"image.html"_s << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)
        << u": looks like a binary file, not a web page"_s << 0;
}

void TestWebPageCli::badInputIsReportedAndTheStoredArticleKept() {
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    QFETCH(int, added);

    QCOMPARE(ok({u"import"_s, TestData::path(u"html/news-page.html"_s)}).status, 0);
    const QJsonObject before = showJson(1);
    const QString file = m_dir->filePath(name);
    QVERIFY(TestData::writeBytes(file, bytes));

    const Run run = cli({u"--db"_s, db(), u"import"_s, file});
    QVERIFY2(run.status == 0 || run.status == 1, qPrintable(run.err)); // never a crash
    QVERIFY2(run.out.contains(file + message), qPrintable(run.out + run.err));
    QCOMPARE(jsonArray({u"list"_s}).size(), 1 + added);
    QCOMPARE(showJson(1), before); // the article stored first is untouched
}

QTEST_GUILESS_MAIN(TestWebPageCli)
#include "tst_webpagecli.moc"
