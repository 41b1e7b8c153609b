// HtmlReader on a saved article page: what it keeps, what it drops and why, and each source of
// metadata in its order of trust.
#include "import/formatreaders.h"
#include "import/html/htmlreader.h"
#include "import/html/htmltext.h"
#include "testdata.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray fixture(const QString& name) {
    QFile file(QStringLiteral(FOLIO_TEST_DATA_DIR "/html/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

ImportedArticle readPage(const QByteArray& html, const QString& path = u"page.html"_s) {
    const Result<ReadFile> read = HtmlReader().read(html, path);
    if (!read) {
        qWarning("%s", qPrintable(read.errorMessage()));
        return {};
    }
    return read->articles.value(0);
}

// A page with enough body text to be an article, `head` and `beforeBody` around it.
QByteArray page(const QString& head, const QString& bodyStart = {}, const QString& htmlAttrs = {}) {
    QString body;
    for (int i = 0; i < 4; ++i)
        body += u"<p>Paragraph %1 of the story: Leica and Xiaomi, the camera maker and the phone "
                "maker, said on Tuesday that they would keep working together, with new lenses "
                "and new software, for three more years.</p>"_s.arg(i + 1);
    return (u"<!DOCTYPE html><html"_s + htmlAttrs + u"><head>"_s + head + u"</head><body>"_s +
            bodyStart + u"<article>"_s + body + u"</article></body></html>"_s)
        .toUtf8();
}

QStringList reasonsOf(const ImportedArticle& article) {
    QStringList reasons;
    for (const RemovedPiece& piece : article.clean.removed)
        reasons.append(piece.reason);
    return reasons;
}

QString removedText(const ImportedArticle& article, const QString& reason) {
    QStringList texts;
    for (const RemovedPiece& piece : article.clean.removed) {
        if (piece.reason == reason)
            texts.append(piece.text);
    }
    return texts.join(u" / "_s);
}

} // namespace

class TestHtmlReader : public QObject {
    Q_OBJECT

private slots:
    void keepsTheArticleBodyAsParagraphs() {
        const ImportedArticle article = readPage(fixture(u"article.html"_s));
        const QStringList& paragraphs = article.clean.paragraphs;
        QVERIFY2(paragraphs.size() >= 8, qPrintable(paragraphs.join(u'\n')));
        QVERIFY(paragraphs.first().startsWith(u"Leica and Xiaomi said on Tuesday"_s));
        QVERIFY(paragraphs.contains(u"A deal that changed both companies"_s));
        QVERIFY(paragraphs.contains(u"Colour science tuned by Leica engineers"_s));
        QVERIFY(paragraphs.contains(
            u"\"We want every photo to look like a Leica photo,\" a Xiaomi spokesperson said."_s));
        QVERIFY(paragraphs.last().startsWith(u"Neither company disclosed"_s));
        for (const QString& paragraph : paragraphs)
            QVERIFY(!paragraph.contains(u'\n'));
    }

    void dropsBoilerplateWithItsReason() {
        const ImportedArticle article = readPage(fixture(u"article.html"_s));
        const QString text = article.clean.text();
        for (const QString& boilerplate :
             {u"cookies"_s, u"Business"_s, u"Share on X"_s, u"Related stories"_s,
              u"Great news for photographers"_s, u"All rights reserved"_s}) {
            QVERIFY2(!text.contains(boilerplate), qPrintable(boilerplate));
        }
        QVERIFY2(removedText(article, u"cookie banner"_s).contains(u"We use cookies"_s),
                 qPrintable(reasonsOf(article).join(u", "_s)));
        QVERIFY2(removedText(article, u"navigation"_s).contains(u"Business"_s),
                 qPrintable(reasonsOf(article).join(u", "_s)));
        QVERIFY(removedText(article, u"share bar"_s).contains(u"Share on X"_s));
        QVERIFY(
            removedText(article, u"related stories"_s).contains(u"Huawei ends its Leica deal"_s));
        QVERIFY(removedText(article, u"comments"_s).contains(u"Great news for photographers"_s));
        QVERIFY(removedText(article, u"footer"_s).contains(u"All rights reserved"_s));
        QVERIFY(removedText(article, u"title"_s)
                    .contains(u"Leica and Xiaomi extend their camera partnership"_s));
    }

    void placesRemovedPiecesWhereTheyStood() {
        const ImportedArticle article = readPage(fixture(u"article.html"_s));
        for (const RemovedPiece& piece : article.clean.removed) {
            if (piece.reason == u"cookie banner" || piece.reason == u"navigation")
                QCOMPARE(piece.position, 0);
            if (piece.reason == u"comments" || piece.reason == u"footer")
                QCOMPARE(piece.position, int(article.clean.paragraphs.size()));
        }
    }

    void readsTheFixturesMetadata() {
        const Result<ReadFile> read = HtmlReader().read(fixture(u"article.html"_s), u"a.html"_s);
        QVERIFY(read);
        QCOMPARE(read->reader, u"web page (Folio's reader)"_s);
        const ImportedArticle& article = read->articles.first();
        QCOMPARE(article.clean.title, u"Leica and Xiaomi extend their camera partnership"_s);
        QCOMPARE(article.clean.source, u"Example News"_s);
        QCOMPARE(article.byline, u"By Anna Schmidt"_s);
        QCOMPARE(article.publishedAt,
                 QDateTime::fromString(u"2024-03-05T08:30:00Z"_s, Qt::ISODate));
        QCOMPARE(article.language, u"en"_s);
        QCOMPARE(article.url, u"https://news.example.com/2024/03/leica-xiaomi-camera"_s);
        QCOMPARE(article.encoding, u"UTF-8 (meta charset)"_s);
        QVERIFY(article.rawText.contains(u"<nav class=\"main-nav\">"_s));
        QVERIFY(article.note.isEmpty());
    }

    void metadataSources_data() {
        QTest::addColumn<QString>("head");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("expected");
        const QString ld = u"<script type=\"application/ld+json\">%1</script>"_s;
        QTest::newRow("JSON-LD headline over og:title")
            << ld.arg(
                   u"{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"From JSON-LD\",\"author\":[{\"@type\":\"Person\",\"name\":\"Ann Lee\"},{\"name\":\"Bo Chen\"}],\"datePublished\":\"2023-01-02T03:04:05Z\",\"publisher\":{\"name\":\"LD Times\"}}"_s) +
                   u"<meta property=\"og:title\" content=\"From OpenGraph\">"_s
            << u"title"_s << u"From JSON-LD"_s;
        QTest::newRow("JSON-LD authors joined")
            << ld.arg(
                   u"{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"H\",\"author\":[{\"name\":\"Ann Lee\"},{\"name\":\"Bo Chen\"}]}"_s)
            << u"byline"_s << u"Ann Lee, Bo Chen"_s;
        QTest::newRow("JSON-LD in @graph")
            << ld.arg(
                   u"{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"WebSite\",\"name\":\"Site\"},{\"@type\":\"Article\",\"headline\":\"Graph headline\",\"datePublished\":\"2022-05-06\"}]}"_s)
            << u"title"_s << u"Graph headline"_s;
        QTest::newRow("JSON-LD date")
            << ld.arg(
                   u"{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"H\",\"datePublished\":\"2023-01-02T03:04:05Z\"}"_s)
            << u"date"_s << u"2023-01-02T03:04:05Z"_s;
        QTest::newRow("JSON-LD publisher is the source")
            << ld.arg(
                   u"{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"H\",\"publisher\":{\"name\":\"LD Times\"}}"_s) +
                   u"<meta property=\"og:site_name\" content=\"OG Site\">"_s
            << u"source"_s << u"LD Times"_s;
        QTest::newRow("OpenGraph title")
            << u"<title>Tag title | Site</title><meta property=\"og:title\" content=\"OG title\">"_s
            << u"title"_s << u"OG title"_s;
        QTest::newRow("article:published_time")
            << u"<meta property=\"article:published_time\" content=\"2021-07-08T09:10:11+02:00\">"_s
            << u"date"_s << u"2021-07-08T07:10:11Z"_s;
        QTest::newRow("article:author that is a name")
            << u"<meta property=\"article:author\" content=\"Cem Kaya\">"_s << u"byline"_s
            << u"Cem Kaya"_s;
        QTest::newRow("article:author that is a URL is no byline")
            << u"<meta property=\"article:author\" content=\"https://facebook.com/someone\">"_s
            << u"byline"_s << QString();
        QTest::newRow("Dublin Core creator")
            << u"<meta name=\"DC.creator\" content=\"Dora Diaz\"><meta name=\"DC.title\" content=\"DC title\">"_s
            << u"byline"_s << u"Dora Diaz"_s;
        QTest::newRow("Dublin Core title")
            << u"<meta name=\"DC.title\" content=\"DC title\">"_s << u"title"_s << u"DC title"_s;
        QTest::newRow("title minus the site name")
            << u"<title>Leica and Xiaomi extend their deal - Example News</title>"_s << u"title"_s
            << u"Leica and Xiaomi extend their deal"_s;
        QTest::newRow("title with site name first")
            << u"<title>Example News | Leica and Xiaomi extend their deal</title>"_s << u"title"_s
            << u"Leica and Xiaomi extend their deal"_s;
        QTest::newRow("og:site_name is the source")
            << u"<meta property=\"og:site_name\" content=\"OG Site\">"_s << u"source"_s
            << u"OG Site"_s;
        QTest::newRow("source from the URL's host")
            << u"<link rel=\"canonical\" href=\"https://www.example.org/x\">"_s << u"source"_s
            << u"example.org"_s;
        QTest::newRow("canonical link")
            << u"<link rel=\"canonical\" href=\"https://example.org/story\"><meta property=\"og:url\" content=\"https://example.org/og\">"_s
            << u"url"_s << u"https://example.org/story"_s;
        QTest::newRow("og:url")
            << u"<meta property=\"og:url\" content=\"https://example.org/og\">"_s << u"url"_s
            << u"https://example.org/og"_s;
        QTest::newRow("language from meta")
            << u"<meta http-equiv=\"content-language\" content=\"de-AT\">"_s << u"language"_s
            << u"de"_s;
    }

    void metadataSources() {
        QFETCH(QString, head);
        QFETCH(QString, field);
        QFETCH(QString, expected);
        const ImportedArticle article = readPage(page(head));
        const QString actual = field == u"title"    ? article.clean.title
                               : field == u"byline" ? article.byline
                               : field == u"source" ? article.clean.source
                               : field == u"url"    ? article.url
                               : field == u"language"
                                   ? article.language
                                   : article.publishedAt.toUTC().toString(Qt::ISODate);
        QCOMPARE(actual, expected);
    }

    void dateFromTimeElement() {
        const ImportedArticle article =
            readPage(page({}, u"<p>Published <time datetime=\"2020-02-29\">29 Feb</time></p>"_s));
        QCOMPARE(article.publishedAt.date(), QDate(2020, 2, 29));
    }

    void languageFromHtmlLang() {
        QCOMPARE(readPage(page({}, {}, u" lang=\"pt-BR\""_s)).language, u"pt"_s);
    }

    void bylineFromTheTextWhenNoMetaGivesOne() {
        const ImportedArticle article =
            readPage(page({}, u"<div class=\"author\">Von Erika Muster</div>"_s));
        QCOMPARE(article.byline, u"Von Erika Muster"_s);
        QVERIFY(!article.clean.text().contains(u"Erika"_s));
        QCOMPARE(removedText(article, u"byline"_s), u"Von Erika Muster"_s);
    }

    void savedFromUrlComment() {
        QCOMPARE(
            readPage(fixture(u"article.html"_s).replace("<link rel=\"canonical\"", "<link")).url,
            u"https://news.example.com/2024/03/leica-xiaomi-camera"_s);
    }

    // MathJax 3 renders a formula as glyph boxes plus its MathML for screen readers, in a
    // container whose class ("CtxtMenu_Attached_0") looks like a menu. As in Readability, the
    // "MathJax" class keeps it: the formula's text stays in its paragraph.
    void keepsMathJaxFormulas() {
        QByteArray story;
        for (int i = 0; i < 4; ++i)
            story += "<p>The quadratic formula, taught in every school, gives both roots of any "
                     "second-degree polynomial, as the teacher wrote on the board.</p>";
        const ImportedArticle article = readPage(
            "<html><head><title>Roots</title></head><body><article>" + story +
            "<p>When <mjx-container class=\"MathJax CtxtMenu_Attached_0\" jax=\"CHTML\">"
            "<mjx-math class=\"MJX-TEX\" aria-hidden=\"true\"><mjx-mi><mjx-c class=\"mjx-c1D44E"
            "\"></mjx-c></mjx-mi></mjx-math><mjx-assistive-mml display=\"inline\"><math xmlns="
            "\"http://www.w3.org/1998/Math/MathML\"><mi>a</mi><mo>&#x2260;</mo><mn>0</mn></math>"
            "</mjx-assistive-mml></mjx-container>, there are two solutions.</p></article></body>"
            "</html>");
        QCOMPARE(article.clean.paragraphs.last(), u"When a≠0, there are two solutions."_s);
    }

    // Chinese sites join headline, section and site with '_' in <title>: the headline heading
    // repeats the title and is taken out of the body, as for any other page.
    void headlineIsTakenOutWhenTheTitleJoinsItsPartsWithUnderscores() {
        QByteArray story;
        for (int i = 0; i < 6; ++i)
            story +=
                "<p>谷歌在2014年收购的人工智能公司DeepMind开发出一款能够用自己的记忆学习新知识并"
                "利用这些知识来回答问题的计算机，这款产品具有极其重要的意义。</p>";
        const ImportedArticle article =
            readPage("<html><head><title>DeepMind新电脑已可利用记忆自学 人工智能迈上新台阶_科技_"
                     "腾讯网</title></head><body><div><h1>DeepMind新电脑已可利用记忆自学 "
                     "人工智能迈上新台阶</h1>" +
                     story + "</div></body></html>");
        QVERIFY(!article.clean.paragraphs.first().startsWith(u"DeepMind新电脑"_s));
        QCOMPARE(article.clean.removed.value(0).reason, u"title"_s);
    }

    void fragmentParagraphs() {
        QCOMPARE(HtmlText::paragraphs(u"<p>One &amp; <b>two</b>\n  three</p><ul><li>four</li>"
                                      "<li>five</li></ul>six<br>seven"_s),
                 (QStringList{u"One & two three"_s, u"four"_s, u"five"_s, u"six"_s, u"seven"_s}));
        QCOMPARE(HtmlText::paragraphs(u"<pre>line 1\nline 2</pre><script>x()</script>"_s),
                 (QStringList{u"line 1"_s, u"line 2"_s}));
        QVERIFY(HtmlText::paragraphs(QString()).isEmpty());
    }

    void canReadByExtensionAndContent() {
        QVERIFY(HtmlReader::canRead(u"a.HTM"_s, {}));
        QVERIFY(HtmlReader::canRead(u"a.xhtml"_s, {}));
        QVERIFY(HtmlReader::canRead(u"a.mht"_s, {}));
        QVERIFY(HtmlReader::canRead(u"download"_s, "\n <!DOCTYPE html><html>"));
        QVERIFY(HtmlReader::canRead(u"x.txt"_s, "<html><head><title>t</title>"));
        QVERIFY(!HtmlReader::canRead(u"notes.txt"_s, "Dear diary, <b> is bold"));
        QVERIFY(!HtmlReader::canRead(u"data.csv"_s, "a,b,c\n1,2,3"));
    }

    void isTheRegisteredReaderForWebPages() {
        const QByteArray html = fixture(u"article.html"_s);
        const FormatReader& reader = FormatReaders::forFile(u"story.htm"_s, html.left(1024));
        QCOMPARE(reader.name, u"web page"_s);
        const Result<ReadFile> read = reader.read(html, u"story.htm"_s);
        QVERIFY(read);
        QCOMPARE(read->reader, u"web page (Folio's reader)"_s);
        QCOMPARE(FormatReaders::forFile(u"download"_s, html.left(1024)).name, u"web page"_s);
        QCOMPARE(FormatReaders::forFile(u"notes.txt"_s, "Title\n\nText").name, u"plain text"_s);
        QVERIFY(FormatReaders::nameFilters().contains(u"*.mhtml"_s));
    }
};

QTEST_GUILESS_MAIN(TestHtmlReader)
#include "tst_htmlreader.moc"
