#include "clitest.h"
#include "testdata.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

// folio-cli import through the format readers, end to end on a real database: a dataset's rows
// become articles with their metadata, a read-later export keeps its annotations as notes, a
// file imported again adds nothing, and the report names the reader and counts articles.
class TestImportFormats : public CliTest {
    Q_OBJECT
private slots:
    void csvRowsBecomeArticlesWithTheirMetadata();
    void importingAgainAddsNothing();
    void wallabagExportKeepsUrlTagsAndAnnotations();
    void folderImportTakesEveryKnownFormat();
};

void TestImportFormats::csvRowsBecomeArticlesWithTheirMetadata() {
    const Run run = ok({u"import"_s, TestData::path(u"datasets/news-en.csv"_s)});
    QVERIFY2(run.out.contains(u"Imported 2 articles"_s), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"dataset"_s), qPrintable(run.out)); // the reader is named
    const QJsonObject first = showJson(1);
    QCOMPARE(first.value(u"title"_s).toString(), u"Leica and Xiaomi extend camera partnership"_s);
    QCOMPARE(first.value(u"url"_s).toString(), u"https://www.example-news.com/tech/leica-xiaomi"_s);
    QCOMPARE(first.value(u"published_at"_s).toString(), u"2024-03-04T09:00:00Z"_s);
    QVERIFY(first.value(u"tags"_s).toArray().contains(u"Technology"_s));
    const QJsonArray paragraphs = first.value(u"paragraphs"_s).toArray();
    // The description leads as a standfirst; the blank line inside the quoted text splits it.
    QCOMPARE(paragraphs.size(), 3);
    QCOMPARE(paragraphs.at(0).toString(), u"Xiaomi keeps Leica optics"_s);
    QVERIFY(paragraphs.at(2).toString().contains(u"\"We are proud"_s));
    QCOMPARE(showJson(2).value(u"title"_s).toString(), u"Zeiss sensors for Vivo"_s);
}

void TestImportFormats::importingAgainAddsNothing() {
    ok({u"import"_s, TestData::path(u"datasets/news-en.csv"_s)});
    const Run again = ok({u"import"_s, TestData::path(u"datasets/news-en.csv"_s)});
    QVERIFY2(again.out.contains(u"Imported 0 articles; 2 duplicates"_s), qPrintable(again.out));
    QCOMPARE(jsonArray({u"list"_s}).size(), 2);
}

void TestImportFormats::wallabagExportKeepsUrlTagsAndAnnotations() {
    const Run run = ok({u"import"_s, TestData::path(u"datasets/wallabag-export.json"_s)});
    QVERIFY2(run.out.contains(u"Imported"_s), qPrintable(run.out));
    const QJsonObject first = showJson(1);
    QCOMPARE(first.value(u"title"_s).toString(), u"Leica and Xiaomi: the story of a camera deal"_s);
    QVERIFY(first.value(u"guid"_s).toString().startsWith(u"wallabag-entry:"_s));
    QVERIFY(!first.value(u"url"_s).toString().isEmpty());
    QVERIFY(!first.value(u"notes"_s).toArray().isEmpty()); // its annotations
    // The guid finds it again: nothing is added twice.
    const Run again = ok({u"import"_s, TestData::path(u"datasets/wallabag-export.json"_s)});
    QVERIFY2(!again.out.contains(u"Imported 1"_s) && !again.out.contains(u"Imported 2"_s),
             qPrintable(again.out));
}

void TestImportFormats::folderImportTakesEveryKnownFormat() {
    const QString folder = m_dir->filePath(u"in"_s);
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(QFile::copy(TestData::path(u"datasets/news-en.csv"_s), folder + u"/news.csv"_s));
    QVERIFY(QFile::copy(TestData::path(u"datasets/note-with-front-matter.md"_s),
                        folder + u"/note.md"_s));
    QVERIFY(TestData::writeBytes(folder + u"/a.txt"_s, "Titel\n\nLeica und Zeiss.\n"));
    QVERIFY(TestData::writeBytes(folder + u"/picture.png"_s, "\x89PNG\r\n"));
    const Run run = cli({u"--db"_s, db(), u"import"_s, folder});
    QVERIFY2(run.out.contains(u"Imported 4 articles"_s), qPrintable(run.out + run.err));
    const QString said = run.out + run.err;
    QVERIFY2(said.contains(u"picture.png"_s), qPrintable(said));
}

QTEST_GUILESS_MAIN(TestImportFormats)
#include "tst_importformats.moc"
