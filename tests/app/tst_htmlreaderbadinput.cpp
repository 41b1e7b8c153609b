// HtmlReader on input that is not a good article page: each gives a clear message naming the
// file or a sensible (short) article, never a crash or a hang.
#include "import/html/htmlreader.h"
#include "testdata.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QString errorOf(const QByteArray& bytes, const QString& path = u"/in/page.html"_s) {
    const Result<ReadFile> result = HtmlReader().read(bytes, path);
    return result ? QString() : result.errorMessage();
}

ImportedArticle articleOf(const QByteArray& bytes) {
    const Result<ReadFile> result = HtmlReader().read(bytes, u"/in/page.html"_s);
    if (!result) {
        qWarning("%s", qPrintable(result.errorMessage()));
        return {};
    }
    return result->articles.value(0);
}

QByteArray story() {
    QByteArray text;
    for (int i = 0; i < 5; ++i)
        text += "<p>Sentence " + QByteArray::number(i) +
                ": the two companies, long rivals, agreed to share their camera patents, said "
                "people familiar with the talks.</p>";
    return text;
}

} // namespace

class TestHtmlReaderBadInput : public QObject {
    Q_OBJECT

private slots:
    void emptyFile() {
        QCOMPARE(errorOf({}), u"/in/page.html: file is empty"_s);
        QCOMPARE(errorOf(" \n\t "), u"/in/page.html: file is empty"_s);
    }

    void binaryFile() {
        QCOMPARE(errorOf(QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)),
                 u"/in/page.html: looks like a binary file, not a web page"_s);
    }

    void pageWithoutBody() {
        QCOMPARE(errorOf("<html><head><title>Nothing here</title></head></html>"),
                 u"/in/page.html: no article text found in the page (it has no visible text "
                 "outside scripts and styles)"_s);
    }

    void pageOfOnlyScripts() {
        QCOMPARE(errorOf("<html><head><script>var a = '<p>not text</p>';</script></head><body>"
                         "<script>document.write('hello world')</script><style>p{}</style>"
                         "<noscript></noscript></body></html>"),
                 u"/in/page.html: no article text found in the page (it has no visible text "
                 "outside scripts and styles)"_s);
    }

    void tenThousandNestedTags() {
        QByteArray html = "<html><body>";
        for (int i = 0; i < 10000; ++i)
            html += "<div>";
        html += story();
        for (int i = 0; i < 10000; ++i)
            html += "</div>";
        html += "<b><i>";
        for (int i = 0; i < 10000; ++i)
            html += "<span><em>deep ";
        html += "</body></html>";
        const ImportedArticle article = articleOf(html);
        QVERIFY(article.clean.text().contains(u"agreed to share their camera patents"_s));
    }

    // The parser searches its stack of open elements for every block start tag: before nesting
    // was capped, this took a minute, and a 20 MB page of it would never have ended.
    void hundredThousandNestedBlocks() {
        const int depth = 100000;
        const QByteArray html = "<html><body>" + QByteArray("<div><section>").repeated(depth) +
                                story() + QByteArray("</section></div>").repeated(depth) +
                                "<p>After the nesting.</p></body></html>";
        const ImportedArticle article = articleOf(html);
        QVERIFY(article.clean.text().contains(u"agreed to share their camera patents"_s));
    }

    // A script the prefilter is unsure about (a "<!--" in it) does not end the nesting cap.
    void hundredThousandNestedBlocksAfterAnOldStyleScript() {
        const int depth = 100000;
        const QByteArray html =
            "<html><head><script><!-- document.write('old'); //--></script></head><body>" +
            QByteArray("<div>").repeated(depth) + story() + QByteArray("</div>").repeated(depth) +
            "</body></html>";
        QVERIFY(articleOf(html).clean.text().contains(u"agreed to share their camera patents"_s));
    }

    // 100,000 sibling paragraphs: each was once moved into the article one by one, at the cost
    // of all its siblings each time (minutes).
    void hundredThousandParagraphs() {
        QByteArray html = "<html><body>";
        for (int i = 0; i < 100000; ++i)
            html += "<p>Paragraph " + QByteArray::number(i) + " of a very long article.</p>\n";
        const ImportedArticle article = articleOf(html + "</body></html>");
        QCOMPARE(article.clean.paragraphs.size(), 100000);
        QCOMPARE(article.clean.paragraphs.last(), u"Paragraph 99999 of a very long article."_s);
    }

    // Just under the size limit, a sensible article: all of its paragraphs, none of its chrome.
    void pageJustUnderTheSizeLimitIsAnArticle() {
        const QByteArray block =
            "<div class=post><p>Sentence: the two companies, long rivals, agreed to share their "
            "camera patents.</p><div class=share><a href=/s>Share</a></div></div>\n";
        const qsizetype blocks = (TextFileReader::defaultSizeLimit - 1000) / block.size();
        const QByteArray html = "<html><body><nav><a href=/>Home</a></nav><article>" +
                                block.repeated(blocks) + "</article></body></html>";
        QVERIFY(html.size() < TextFileReader::defaultSizeLimit);
        const ImportedArticle article = articleOf(html);
        QCOMPARE(article.clean.paragraphs.size(), blocks);
        QVERIFY(!article.clean.text().contains(u"Share"_s));
    }

    void fiftyMegabytesOfMarkupIsRefusedBeforeParsing() {
        QByteArray html = "<html><body>";
        html += QByteArray(50 * 1024 * 1024, 'x');
        QCOMPARE(errorOf(html),
                 u"/in/page.html: page is 50.0 MB, over the 20.0 MB limit; skipped"_s);
    }

    void pageJustUnderASmallLimitIsRead() {
        const QByteArray html = "<html><body><article>" + story() + "</article></body></html>";
        QVERIFY(HtmlReader(html.size()).read(html, u"p.html"_s));
        QVERIFY(!HtmlReader(html.size() - 1).read(html, u"p.html"_s));
    }

    void brokenEntities() {
        const ImportedArticle article = articleOf(
            "<html><body><article>" + story() +
            "<p>AT&T &amp Co &notanentity; &#xZZ; &#1114112; &#0; &lt;b&gt; &copy 2024 &</p>"
            "</article></body></html>");
        const QString last = article.clean.paragraphs.value(article.clean.paragraphs.size() - 1);
        // As browsers read them (the HTML5 rules): "&not" is a legacy entity even without its
        // semicolon, out-of-range and NUL references become U+FFFD, the rest stays as written.
        QCOMPARE(last, u"AT&T & Co ¬anentity; &#xZZ; \uFFFD \uFFFD <b> © 2024 &"_s);
    }

    void unclosedAndMisnestedMarkup() {
        const ImportedArticle article =
            articleOf("<html><body><article><p>One <b>two <i>three</b> four</i><p>" + story() +
                      "<table><tr><td>cell<div>x</table><p>end");
        QVERIFY(article.clean.text().contains(u"agreed to share their camera patents"_s));
    }

    // A login form is not an article: storing its labels and buttons helps nobody, so it is
    // refused with a message that says what the page was.
    void loginFormIsRefused() {
        QCOMPARE(errorOf("<html><head><title>Sign in</title></head><body><form action=/login>"
                         "<h1>Sign in to your account</h1><label>E-mail <input name=u></label>"
                         "<label>Password <input type=password name=p></label>"
                         "<button>Sign in</button><a href=/reset>Forgot your password?</a>"
                         "</form></body></html>"),
                 u"/in/page.html: looks like a login form, not an article (5 words around a "
                 "password field); skipped"_s);
    }

    // A search page still holds text someone may want (the result snippets), so it is kept as a
    // short article, with a note that it may not be one.
    void searchPageIsAShortArticleWithANote() {
        const ImportedArticle article = articleOf(
            "<html><head><title>Search: leica</title></head><body><form role=search>"
            "<input type=search name=q value=leica><button>Search</button></form>"
            "<ol class=results><li><a href=/1>Leica and Xiaomi extend partnership</a>"
            "<p>The camera maker and the phone maker signed for three more years.</p></li>"
            "<li><a href=/2>Leica Q3 review</a><p>A compact camera with a fixed lens.</p></li>"
            "</ol></body></html>");
        QVERIFY(!article.clean.paragraphs.isEmpty());
        QVERIFY2(article.note.startsWith(u"Little text found"_s), qPrintable(article.note));
    }

    // No <title>, no heading, no metadata: the article is named by its file (which a browser
    // named by the page's title), not refused for want of a title.
    void pageWithoutATitleIsNamedByItsFile() {
        const Result<ReadFile> result =
            HtmlReader().read("<html><body><article>" + story() + "</article></body></html>",
                              u"/in/Leica deal.html"_s);
        QVERIFY2(result, qPrintable(result.errorMessage()));
        const ImportedArticle& article = result->articles.at(0);
        QCOMPARE(article.clean.title, u"Leica deal"_s);
        QCOMPARE(article.note, u"The page has no title; it is named by its file."_s);
        QCOMPARE(article.clean.paragraphs.size(), 5);
    }

    void mhtmlWithoutBoundary() {
        QCOMPARE(errorOf("MIME-Version: 1.0\r\nContent-Type: multipart/related\r\n\r\nx",
                         u"/in/a.mhtml"_s),
                 u"/in/a.mhtml: web archive (MHTML) has no part boundary"_s);
    }
};

QTEST_GUILESS_MAIN(TestHtmlReaderBadInput)
#include "tst_htmlreaderbadinput.moc"
