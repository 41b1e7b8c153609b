// HtmlReader's decoding: byte order marks, the meta charset prescan, detection, a meta charset
// that lies, and single-file web archives (MHTML) with their transfer encodings.
#include "import/html/htmlcharset.h"
#include "import/html/htmlreader.h"
#include "testdata.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// "Café Müller" and a body long enough to be an article, in the given bytes for é/ü.
QByteArray page(const QByteArray& head, const QByteArray& eAcute, const QByteArray& uUmlaut) {
    QByteArray body;
    for (int i = 0; i < 4; ++i)
        body += "<p>Im Caf" + eAcute + " M" + uUmlaut +
                "ller trafen sich Leica und Xiaomi, um ihre Zusammenarbeit bei Kameras, Linsen "
                "und Software f" +
                uUmlaut + "r drei weitere Jahre zu verl" + uUmlaut +
                "ngern, sagte ein Sprecher.</p>";
    return "<!DOCTYPE html><html><head>" + head + "<title>Caf" + eAcute + " M" + uUmlaut +
           "ller</title></head><body><article>" + body + "</article></body></html>";
}

ImportedArticle read(const QByteArray& bytes, const QString& path = u"page.html"_s) {
    const Result<ReadFile> result = HtmlReader().read(bytes, path);
    if (!result) {
        qWarning("%s", qPrintable(result.errorMessage()));
        return {};
    }
    return result->articles.value(0);
}

QByteArray fixture(const QString& name) {
    QFile file(QStringLiteral(FOLIO_TEST_DATA_DIR "/html/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestHtmlReaderCharset : public QObject {
    Q_OBJECT

private slots:
    void decodes_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");
        const QByteArray utf8E = "\xC3\xA9", utf8U = "\xC3\xBC";
        const QByteArray latinE = "\xE9", latinU = "\xFC";
        QTest::newRow("UTF-8 BOM") << "\xEF\xBB\xBF" + page({}, utf8E, utf8U) << u"UTF-8 (BOM)"_s;
        QTest::newRow("meta charset utf-8")
            << page("<meta charset=\"utf-8\">", utf8E, utf8U) << u"UTF-8 (meta charset)"_s;
        QTest::newRow("meta charset windows-1252")
            << page("<meta charset=windows-1252>", latinE, latinU)
            << u"WINDOWS-1252 (meta charset)"_s;
        QTest::newRow("iso-8859-1 label means windows-1252")
            << page("<meta charset='ISO-8859-1'>", latinE, latinU)
            << u"WINDOWS-1252 (meta charset)"_s;
        QTest::newRow("http-equiv content-type")
            << page("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-15\">",
                    latinE, latinU)
            << u"ISO-8859-15 (meta charset)"_s;
        QTest::newRow("no declaration, UTF-8") << page({}, utf8E, utf8U) << u"UTF-8 (detected)"_s;
        QTest::newRow("no declaration, Latin-1 bytes")
            << page({}, latinE, latinU) << u"ISO-8859-1 (detected)"_s;
        QTest::newRow("lying meta charset: utf-8 over Latin-1 bytes")
            << page("<meta charset=\"utf-8\">", latinE, latinU)
            << u"ISO-8859-1 (detected; the meta charset said utf-8 but the bytes are not)"_s;
    }

    void decodes() {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        const ImportedArticle article = read(bytes);
        QCOMPARE(article.encoding, encoding);
        QCOMPARE(article.clean.title, u"Café Müller"_s);
        QVERIFY(article.clean.paragraphs.value(0).startsWith(u"Im Café Müller trafen sich"_s));
        QVERIFY(article.rawText.contains(u"<title>Café Müller</title>"_s));
    }

    void prescanLooksOnlyAtTheFirst1024Bytes() {
        QCOMPARE(HtmlCharset::prescan("<html><head><meta charset=\"koi8-r\">"), "koi8-r"_ba);
        QCOMPARE(HtmlCharset::prescan("<!-- <meta charset=\"koi8-r\"> --><meta charset=utf-8>"),
                 "utf-8"_ba);
        QCOMPARE(HtmlCharset::prescan("<div title='<meta charset=koi8-r>'>"), QByteArray());
        QCOMPARE(HtmlCharset::prescan(QByteArray(QByteArray(1024, ' ') + "<meta charset=koi8-r>")),
                 QByteArray());
    }

    void readsAQuotedPrintableArchive() {
        const Result<ReadFile> result =
            HtmlReader().read(fixture(u"article.mhtml"_s), u"a.mhtml"_s);
        QVERIFY2(result, qPrintable(result.errorMessage()));
        const ImportedArticle& article = result->articles.first();
        QCOMPARE(article.url, u"https://news.example.com/2024/03/leica-xiaomi-camera"_s);
        QCOMPARE(article.clean.title, u"Leica and Xiaomi extend their camera partnership"_s);
        QCOMPARE(article.encoding, u"UTF-8 (detected)"_s);
        QVERIFY(article.clean.text().contains(u"for Xiaomi’s flagship phones"_s));
        QVERIFY(!article.clean.text().contains(u"iVBORw0KGgo"_s)); // the image part is no text
        QVERIFY(article.rawText.startsWith(u"<!DOCTYPE html>"_s));
    }

    void readsABase64ArchiveWithItsPartCharset() {
        const QByteArray html = page({}, "\xE9", "\xFC");
        const QByteArray archive =
            "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b1\"\r\n\r\n"
            "--b1\r\nContent-Type: text/html; charset=\"iso-8859-1\"\r\n"
            "Content-Transfer-Encoding: base64\r\nContent-Location: "
            "https://example.de/cafe\r\n\r\n" +
            html.toBase64() + "\r\n--b1--\r\n";
        const ImportedArticle article = read(archive, u"cafe.mht"_s);
        QCOMPARE(article.encoding, u"WINDOWS-1252 (MIME charset)"_s);
        QCOMPARE(article.clean.title, u"Café Müller"_s);
        QCOMPARE(article.url, u"https://example.de/cafe"_s);
    }

    void archiveWithoutAPageIsAClearError() {
        const QByteArray archive = "MIME-Version: 1.0\r\nContent-Type: multipart/related; "
                                   "boundary=\"b1\"\r\n\r\n--b1\r\nContent-Type: image/png\r\n\r\n"
                                   "xxxx\r\n--b1--\r\n";
        const Result<ReadFile> result = HtmlReader().read(archive, u"/x/pic.mhtml"_s);
        QVERIFY(!result);
        QCOMPARE(result.errorMessage(),
                 u"/x/pic.mhtml: web archive (MHTML) holds no HTML page (no text/html part "
                 "among 1 parts)"_s);
        QCOMPARE(HtmlReader().read("just text", u"/x/t.mht"_s).errorMessage(),
                 u"/x/t.mht: is not a web archive (MHTML): it has no Content-Type header"_s);
    }
};

QTEST_GUILESS_MAIN(TestHtmlReaderCharset)
#include "tst_htmlreadercharset.moc"
