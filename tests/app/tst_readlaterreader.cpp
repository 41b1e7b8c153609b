#include "import/dataset/datasetreader.h"
#include "import/readlater/htmlfallbacktext.h"
#include "import/readlater/markdownreader.h"
#include "import/readlater/wallabagreader.h"
#include "testdata.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QString fixture(const QString& name) {
    return TestData::path(u"datasets/"_s + name);
}
} // namespace

// Read-later exports: Wallabag's JSON (HTML content, tags, annotations as the note) and
// Markdown files (front matter, first heading as title, markup taken off).
class TestReadLaterReader : public QObject {
    Q_OBJECT
private slots:
    void readsWallabagWithAnnotations();
    void wallabagIsNotADataset();
    void reportsBrokenWallabagExport();
    void htmlFallbackKeepsBlocksAndDecodesEntities();
    void readsMarkdownWithFrontMatter();
    void readsMarkdownWithSetextHeading();
    void titlesMarkdownWithoutHeading();
    void rejectsEmptyOrBinaryMarkdown_data();
    void rejectsEmptyOrBinaryMarkdown();
};

void TestReadLaterReader::readsWallabagWithAnnotations() {
    const QString path = fixture(u"wallabag-export.json"_s);
    const QByteArray bytes = TestData::readBytes(path);
    QVERIFY(WallabagReader::canRead(path, bytes.first(512)));
    const Result<ReadFile> file = WallabagReader::read(bytes, path);
    QVERIFY2(file.ok(), qPrintable(file.errorMessage()));
    QCOMPARE(file->reader, u"Wallabag export"_s);
    QCOMPARE(file->articles.size(), 1);
    const ImportedArticle& article = file->articles[0];
    QCOMPARE(article.clean.title, u"Leica and Xiaomi: the story of a camera deal"_s);
    QCOMPARE(article.clean.paragraphs,
             (QStringList{u"How it began"_s,
                          u"Xiaomi approached Leica in 2021 & the first phone followed a year "
                          "later."_s,
                          u"Both companies call it a long-term partnership."_s, u"12S Ultra"_s,
                          u"13 Pro"_s}));
    QCOMPARE(article.note, u"Annotations in Wallabag:\n“Xiaomi approached Leica in 2021” — check "
                           "the year\n“long-term”"_s);
    QCOMPARE(article.tags, (QStringList{u"partnerships"_s, u"cameras"_s}));
    QCOMPARE(article.byline, u"Anna Example"_s);
    QCOMPARE(article.language, u"en"_s);
    QCOMPARE(article.url, u"https://magazine.example.net/leica-xiaomi"_s);
    QCOMPARE(article.clean.source, u"magazine.example.net"_s);
    QCOMPARE(article.guid, u"wallabag-entry:42"_s);
    QCOMPARE(article.publishedAt.toUTC(), QDateTime(QDate(2024, 3, 1), QTime(6, 0), Qt::UTC));
    QVERIFY(article.rawText.startsWith(u"<h2>How it began</h2>"_s));
    QCOMPARE(file->problems,
             QStringList{path + u", entry 2 (“An entry whose page could not be fetched”): no "
                                "content; skipped"_s});
}

void TestReadLaterReader::wallabagIsNotADataset() {
    const QString path = fixture(u"wallabag-export.json"_s);
    const QByteArray start = TestData::readBytes(path).first(512);
    QVERIFY(!DatasetReader::canRead(path, start));
    QVERIFY(!WallabagReader::canRead(fixture(u"articles.json"_s),
                                     TestData::readBytes(fixture(u"articles.json"_s))));
}

void TestReadLaterReader::reportsBrokenWallabagExport() {
    const QByteArray bytes = TestData::readBytes(fixture(u"wallabag-export.json"_s));
    const Result<ReadFile> cut = WallabagReader::read(bytes.first(700), u"w.json"_s);
    QVERIFY2(cut.errorMessage().startsWith(u"w.json, line "_s) &&
                 cut.errorMessage().endsWith(u"is the export complete?"_s),
             qPrintable(cut.errorMessage()));
    QCOMPARE(WallabagReader::read(" ", u"w.json"_s).errorMessage(), u"w.json: file is empty"_s);
}

void TestReadLaterReader::htmlFallbackKeepsBlocksAndDecodesEntities() {
    QCOMPARE(HtmlFallbackText::paragraphs(
                 u"<div>One &amp; two<br>three&#x2019;s <b>bold</b></div><!-- <p>hidden</p> -->"
                 "<style>p{}</style><p>caf&eacute; &unknown; 5 < 6</p>"_s),
             (QStringList{u"One & two"_s, u"three’s bold"_s, u"café &unknown; 5 < 6"_s}));
    QCOMPARE(HtmlFallbackText::paragraphs(u"<p>open <a href=\"x"_s),
             QStringList{u"open <a href=\"x"_s});
}

void TestReadLaterReader::readsMarkdownWithFrontMatter() {
    const QString path = fixture(u"note-with-front-matter.md"_s);
    const QByteArray bytes = TestData::readBytes(path);
    QVERIFY(MarkdownReader::canRead(path, bytes));
    const Result<ReadFile> file = MarkdownReader::read(bytes, path);
    QVERIFY2(file.ok(), qPrintable(file.errorMessage()));
    QVERIFY2(file->problems.isEmpty(), qPrintable(file->problems.join(u'\n')));
    const ImportedArticle& article = file->articles.first();
    QCOMPARE(article.clean.title, u"Bosch and Siemens end their appliance venture"_s);
    // The heading that repeats the title is not a paragraph too.
    QCOMPARE(article.clean.paragraphs,
             (QStringList{u"Bosch bought out Siemens' share of BSH Hausgeräte in 2015, ending a "
                          "joint venture of almost fifty years."_s,
                          u"What changed"_s, u"The brand Siemens stays on the appliances."_s,
                          u"Bosch pays about 3 billion euros."_s,
                          u"\"A good day for both companies,\" said a spokesman."_s}));
    QCOMPARE(article.publishedAt, QDateTime(QDate(2024, 2, 20), QTime(0, 0), Qt::UTC));
    QCOMPARE(article.tags, (QStringList{u"partnerships"_s, u"industry"_s}));
    QCOMPARE(article.byline, u"Max Beispiel"_s);
    QCOMPARE(article.url, u"https://www.example-zeitung.de/wirtschaft/bsh"_s);
    QCOMPARE(article.clean.source, u"example-zeitung.de"_s);
    QCOMPARE(article.clean.removed.size(), 3);
    QVERIFY(article.clean.removed[0].text.startsWith(u"---\ntitle:"_s));
    QCOMPARE(article.clean.removed[0].position, 0);
    QCOMPARE(article.clean.removed[1].text, u"---"_s);
    QCOMPARE(article.clean.removed[1].position, 5); // after the quote, the title taken out
    QCOMPARE(article.clean.removed[2].text, u"[1]: https://www.example-zeitung.de/quelle"_s);
    QCOMPARE(article.rawText, QString::fromUtf8(bytes));
}

void TestReadLaterReader::readsMarkdownWithSetextHeading() {
    const Result<ReadFile> file =
        MarkdownReader::read(TestData::readBytes(fixture(u"plain-note.md"_s)), u"p.md"_s);
    QVERIFY2(file.ok(), qPrintable(file.errorMessage()));
    const ImportedArticle& article = file->articles.first();
    QCOMPARE(article.clean.title, u"Sony and Honda"_s);
    QCOMPARE(article.clean.paragraphs,
             (QStringList{u"Sony and Honda presented their first car at a show in Las Vegas."_s,
                          u"not = \"a paragraph join\""_s}));
    QVERIFY(article.note.isEmpty());
    QVERIFY(!article.publishedAt.isValid());
}

void TestReadLaterReader::titlesMarkdownWithoutHeading() {
    const Result<ReadFile> file = MarkdownReader::read(
        "Zeiss and Vivo renewed their deal. It runs to 2027.\n\nMore *text*.\n", u"n.md"_s);
    QVERIFY2(file.ok(), qPrintable(file.errorMessage()));
    const ImportedArticle& article = file->articles.first();
    QCOMPARE(article.clean.title, u"Zeiss and Vivo renewed their deal."_s);
    QCOMPARE(article.clean.paragraphs.size(), 2);
    QCOMPARE(article.clean.paragraphs[1], u"More text."_s);
    QVERIFY(article.note.contains(u"first sentence"_s));
}

void TestReadLaterReader::rejectsEmptyOrBinaryMarkdown_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QByteArray() << u"m.md: file is empty"_s;
    QTest::newRow("only markup") << QByteArray("---\n\n***\n")
                                 << u"m.md: has no text, only markup"_s;
    QTest::newRow("binary") << QByteArray("# T\n\0\1\2", 7)
                            << u"m.md: looks like a binary file, not text"_s;
}

void TestReadLaterReader::rejectsEmptyOrBinaryMarkdown() {
    QFETCH(QByteArray, bytes);
    QTEST(MarkdownReader::read(bytes, u"m.md"_s).errorMessage(), "message");
}

QTEST_GUILESS_MAIN(TestReadLaterReader)
#include "tst_readlaterreader.moc"
