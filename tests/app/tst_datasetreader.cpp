#include "import/dataset/datasetreader.h"
#include "testdata.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QString fixture(const QString& name) {
    return TestData::path(u"datasets/"_s + name);
}

Result<ReadFile> readFixture(const QString& name, const DatasetOptions& options = {}) {
    return DatasetReader(options).read(TestData::readBytes(fixture(name)), fixture(name));
}

} // namespace

// DatasetReader on whole files: each format and dialect, the columns by header (English,
// German), by content and by hand, and every kind of bad input the issue names.
class TestDatasetReader : public QObject {
    Q_OBJECT
private slots:
    void readsEnglishCsvByHeader();
    void readsGermanCsvByHeader();
    void readsLabelledSetWithoutHeader();
    void readsTsv();
    void readsJsonArray();
    void readsJsonLinesSkippingInvalidLine();
    void skipsBrokenItemOfJsonArray();
    void readsGzip();
    void capsZipBomb();
    void reportsCorruptGzip();
    void importsRaggedRows();
    void skipsUnterminatedQuoteAndReadsOn();
    void reportsRowsWithMixedEncodings();
    void usesManualMapping();
    void manualMappingByNameFindsHeader();
    void reportsBadManualMapping();
    void rejectsEmptyFile_data();
    void rejectsEmptyFile();
    void rejectsBinaryFile();
    void refusesFolioExport();
    void survivesDeepNesting();
    void reportsNoTextColumn();
    void capsProblemList();
    void sniffsWhatItCanRead_data();
    void sniffsWhatItCanRead();
};

void TestDatasetReader::readsEnglishCsvByHeader() {
    const Result<ReadFile> file = readFixture(u"news-en.csv"_s);
    QVERIFY2(file.ok(), qPrintable(file.errorMessage()));
    QVERIFY2(file->problems.isEmpty(), qPrintable(file->problems.join(u'\n')));
    QVERIFY2(file->reader.startsWith(u"CSV dataset (',' delimiter, \" quotes, header; title=1, "
                                     "text=2, description=3, date=4, url=5, tags=6 (by header)"_s),
             qPrintable(file->reader));
    QCOMPARE(file->articles.size(), 2);
    const ImportedArticle& first = file->articles[0];
    QCOMPARE(first.clean.title, u"Leica and Xiaomi extend camera partnership"_s);
    // The teaser leads, then the text's two paragraphs; the doubled quotes are one.
    QCOMPARE(first.clean.paragraphs,
             (QStringList{u"Xiaomi keeps Leica optics"_s,
                          u"Xiaomi said on Monday that its camera partnership with Leica will "
                          "cover the next three flagship phones."_s,
                          u"The companies first worked together in 2022. \"We are proud of what "
                          "our engineers built,\" a Leica spokesman said."_s}));
    QCOMPARE(first.publishedAt.toUTC(), QDateTime(QDate(2024, 3, 4), QTime(9, 0), Qt::UTC));
    QCOMPARE(first.url, u"https://www.example-news.com/tech/leica-xiaomi"_s);
    QCOMPARE(first.clean.source, u"example-news.com"_s);
    QCOMPARE(first.tags, QStringList{u"Technology"_s});
    QCOMPARE(first.encoding, u"UTF-8"_s);
    QVERIFY(first.rawText.startsWith(u"\"Leica and Xiaomi extend camera partnership\",\"Xiaomi"_s));
    QVERIFY(first.rawText.endsWith(u",Technology"_s));
    QVERIFY(first.note.isEmpty());
    QCOMPARE(file->articles[1].tags, (QStringList{u"Technology"_s, u"Deals"_s}));
    QCOMPARE(file->articles[1].publishedAt, QDateTime(QDate(2024, 3, 5), QTime(0, 0), Qt::UTC));
}

void TestDatasetReader::readsGermanCsvByHeader() {
    const Result<ReadFile> file = readFixture(u"nachrichten-de.csv"_s);
    QVERIFY2(file.ok(), qPrintable(file.errorMessage()));
    QVERIFY2(file->problems.isEmpty(), qPrintable(file->problems.join(u'\n')));
    QVERIFY2(file->reader.contains(u"';' delimiter"_s), qPrintable(file->reader));
    QCOMPARE(file->articles.size(), 2);
    const ImportedArticle& first = file->articles[0];
    QCOMPARE(first.clean.title, u"Siemens und Bosch gründen Gemeinschaftsunternehmen"_s);
    QCOMPARE(first.clean.paragraphs.size(), 1);
    QVERIFY(first.clean.paragraphs[0].contains(u"Wärmepumpen gründen; das teilten"_s));
    QCOMPARE(first.clean.source, u"Beispiel-Zeitung"_s);
    QCOMPARE(first.tags, QStringList{u"Wirtschaft"_s});
    QCOMPARE(first.publishedAt, QDateTime(QDate(2024, 3, 5), QTime(0, 0), Qt::UTC));
    QCOMPARE(file->articles[1].publishedAt, QDateTime(QDate(2024, 3, 6), QTime(14, 30), Qt::UTC));
    QVERIFY(!file->articles[1].rawText.contains(u'\r')); // the CRLF ends the row, not its text
}

void TestDatasetReader::readsLabelledSetWithoutHeader() {
    const Result<ReadFile> file = readFixture(u"labelled-de.csv"_s);
    QVERIFY2(file.ok(), qPrintable(file.errorMessage()));
    QVERIFY2(file->problems.isEmpty(), qPrintable(file->problems.join(u'\n')));
    QVERIFY2(file->reader.contains(u"';' delimiter, ' quotes, no header; text=2, tags=1 (by "
                                   "content)"_s),
             qPrintable(file->reader));
    QCOMPARE(file->articles.size(), 5);
    const ImportedArticle& first = file->articles[0];
    QCOMPARE(first.tags, QStringList{u"Wirtschaft"_s});
    QCOMPARE(first.clean.title, u"Die Lufthansa und die Deutsche Bahn wollen ihre Tickets besser "
                                "aufeinander abstimmen."_s);
    QVERIFY(first.clean.paragraphs[0].startsWith(first.clean.title)); // the text keeps it
    QVERIFY(first.clean.paragraphs[0].endsWith(u"; das Angebot startet im Herbst."_s));
    QVERIFY2(first.note.contains(u"first sentence"_s), qPrintable(first.note));
    QVERIFY(
        file->articles[2].clean.paragraphs[0].contains(u"'mit echten Leserinnen und Lesern'"_s));
    QCOMPARE(file->articles[4].tags, QStringList{u"Inland"_s});
}

void TestDatasetReader::readsTsv() {
    const Result<ReadFile> file = readFixture(u"articles.tsv"_s);
    QVERIFY2(file.ok(), qPrintable(file.errorMessage()));
    QVERIFY(file->reader.startsWith(u"TSV dataset (tab delimiter"_s));
    QCOMPARE(file->articles.size(), 2);
    QCOMPARE(file->articles[0].clean.title, u"Panasonic supplies batteries to Toyota"_s);
    QCOMPARE(file->articles[0].publishedAt, QDateTime(QDate(2024, 3, 1), QTime(8, 15), Qt::UTC));
    QCOMPARE(file->articles[1].publishedAt, QDateTime(QDate(2024, 3, 1), QTime(8, 0), Qt::UTC));
    QCOMPARE(file->articles[1].url, u"https://news.example.org/a/2"_s);
}

void TestDatasetReader::readsJsonArray() {
    const Result<ReadFile> file = readFixture(u"articles.json"_s);
    QVERIFY2(file.ok(), qPrintable(file.errorMessage()));
    QVERIFY2(file->problems.isEmpty(), qPrintable(file->problems.join(u'\n')));
    QVERIFY(file->reader.startsWith(u"JSON dataset ("_s));
    QCOMPARE(file->articles.size(), 2);
    const ImportedArticle& first = file->articles[0];
    QCOMPARE(first.clean.title, u"Oppo and Hasselblad team up again"_s);
    QCOMPARE(first.clean.source, u"Example Wire"_s); // source.name, not source.id
    QCOMPARE(first.byline, u"Jane Doe"_s);
    QCOMPARE(first.tags, (QStringList{u"phones"_s, u"cameras"_s}));
    QCOMPARE(
        first.clean.paragraphs,
        (QStringList{u"The phone maker renews its camera deal."_s,
                     u"Oppo and Hasselblad said they would keep working together on cameras."_s,
                     u"The first phone of the new deal is due in spring."_s}));
    QCOMPARE(first.publishedAt, QDateTime(QDate(2024, 2, 28), QTime(9, 30), Qt::UTC));
    QVERIFY(first.rawText.contains(u"\"title\":\"Oppo and Hasselblad team up again\""_s) ||
            first.rawText.contains(u"\"title\": \"Oppo and Hasselblad team up again\""_s));
    QVERIFY(file->articles[1].tags.isEmpty());
    QVERIFY(file->articles[1].byline.isEmpty()); // null, not "null"
}

void TestDatasetReader::readsJsonLinesSkippingInvalidLine() {
    const Result<ReadFile> file = readFixture(u"articles.jsonl"_s);
    QVERIFY2(file.ok(), qPrintable(file.errorMessage()));
    QCOMPARE(file->articles.size(), 3);
    QCOMPARE(file->articles[1].clean.title, u"Vivo works with Zeiss"_s);
    QCOMPARE(file->articles[2].tags, (QStringList{u"Cars"_s, u"Technology"_s}));
    QVERIFY(!file->articles[2].publishedAt.isValid());
    QCOMPARE(file->problems.size(), 2);
    const QString path = fixture(u"articles.jsonl"_s);
    QVERIFY2(file->problems[0].startsWith(path + u", line 2: invalid JSON"_s),
             qPrintable(file->problems[0]));
    QCOMPARE(file->problems[1],
             path + u", line 5: date “someday” not understood; imported without a date"_s);
}

void TestDatasetReader::skipsBrokenItemOfJsonArray() {
    const QByteArray json = "[{\"title\": \"A\", \"text\": \"First text.\"},\n"
                            " {\"title\": \"B\", \"text\": tru},\n"
                            " {\"title\": \"C\", \"text\": \"Third text.\"}]";
    const Result<ReadFile> file = DatasetReader().read(json, u"x.json"_s);
    QVERIFY2(file.ok(), qPrintable(file.errorMessage()));
    QCOMPARE(file->articles.size(), 2);
    QCOMPARE(file->articles[1].clean.title, u"C"_s);
    QCOMPARE(file->problems.size(), 1);
    QVERIFY2(file->problems[0].startsWith(u"x.json, item 2 (line 2): invalid JSON"_s),
             qPrintable(file->problems[0]));
}

void TestDatasetReader::readsGzip() {
    const Result<ReadFile> plain = readFixture(u"news-en.csv"_s);
    const Result<ReadFile> packed = readFixture(u"news-en.csv.gz"_s);
    QVERIFY2(packed.ok(), qPrintable(packed.errorMessage()));
    QVERIFY2(packed->reader.contains(u", gzip;"_s), qPrintable(packed->reader));
    QCOMPARE(packed->articles.size(), plain->articles.size());
    QCOMPARE(packed->articles[0].clean.paragraphs, plain->articles[0].clean.paragraphs);
    QCOMPARE(packed->articles[0].encoding, u"UTF-8, gzip"_s);
}

void TestDatasetReader::capsZipBomb() {
    // 8 KB that unpack to 8 MB: over a 1 MB cap it is refused, not unpacked.
    DatasetOptions options;
    options.inflatedLimit = 1024 * 1024;
    const Result<ReadFile> file = readFixture(u"bomb.csv.gz"_s, options);
    QVERIFY(!file.ok());
    QCOMPARE(file.errorMessage(), fixture(u"bomb.csv.gz"_s) +
                                      u": unpacks to more than 1 MB, over the limit for a "
                                      "dataset; unpack and split it first"_s);
}

void TestDatasetReader::reportsCorruptGzip() {
    const QByteArray packed = TestData::readBytes(fixture(u"news-en.csv.gz"_s));
    const Result<ReadFile> cut =
        DatasetReader().read(packed.first(packed.size() / 2), u"c.csv.gz"_s);
    QVERIFY(cut.errorMessage().startsWith(u"c.csv.gz: the gzip data is cut off"_s));
    QByteArray garbled = packed;
    for (qsizetype i = 20; i < 60; ++i)
        garbled[i] = char(0xAA);
    const Result<ReadFile> bad = DatasetReader().read(garbled, u"g.csv.gz"_s);
    QVERIFY2(bad.errorMessage().startsWith(u"g.csv.gz: is not valid gzip data"_s),
             qPrintable(bad.errorMessage()));
}

void TestDatasetReader::importsRaggedRows() {
    const Result<ReadFile> file = readFixture(u"ragged.csv"_s);
    QVERIFY2(file.ok(), qPrintable(file.errorMessage()));
    QCOMPARE(file->articles.size(), 3);
    QCOMPARE(file->articles[0].clean.title, u"Short row"_s);
    QCOMPARE(file->articles[2].tags, QStringList{u"Industry"_s});
    const QString path = fixture(u"ragged.csv"_s);
    QCOMPARE(file->problems,
             (QStringList{path + u", row 1 (line 2): has 2 fields where the header has 4; "
                                 "imported what it has"_s,
                          path + u", row 3 (line 4): has 6 fields where the header has 4; "
                                 "imported what it has"_s,
                          path + u", row 4 (line 5): no text; skipped"_s}));
}

void TestDatasetReader::skipsUnterminatedQuoteAndReadsOn() {
    const Result<ReadFile> file = readFixture(u"unterminated.csv"_s);
    QVERIFY2(file.ok(), qPrintable(file.errorMessage()));
    QCOMPARE(file->articles.size(), 2);
    QCOMPARE(file->articles[0].clean.title, u"First"_s);
    QCOMPARE(file->articles[1].clean.title, u"Third"_s);
    QCOMPARE(file->problems.size(), 1);
    QCOMPARE(file->problems[0], fixture(u"unterminated.csv"_s) +
                                    u", row 2 (line 3): a quote (\") is opened and never "
                                    "closed; the row is skipped"_s);
}

void TestDatasetReader::reportsRowsWithMixedEncodings() {
    const Result<ReadFile> file = readFixture(u"mixed-encodings.csv"_s);
    QVERIFY2(file.ok(), qPrintable(file.errorMessage()));
    QCOMPARE(file->articles.size(), 3);
    // The UTF-8 rows stay right; the Latin-1 row is marked and reported, not guessed at.
    QCOMPARE(file->articles[0].clean.title, u"Grüße aus Köln"_s);
    QCOMPARE(file->articles[2].clean.title, u"München"_s);
    QVERIFY(file->articles[1].clean.title.contains(QChar::ReplacementCharacter));
    QCOMPARE(file->articles[1].encoding, u"UTF-8 (2 invalid bytes replaced)"_s);
    QCOMPARE(file->problems.size(), 1);
    QVERIFY2(file->problems[0].startsWith(fixture(u"mixed-encodings.csv"_s) +
                                          u", row 2 (line 3): holds bytes that are not valid"_s),
             qPrintable(file->problems[0]));
}

void TestDatasetReader::usesManualMapping() {
    DatasetOptions options;
    options.mapping = *ColumnMapping::parse(u"title=1,text=2"_s);
    const Result<ReadFile> file = readFixture(u"labelled-de.csv"_s, options);
    QVERIFY2(file.ok(), qPrintable(file.errorMessage()));
    QVERIFY2(file->reader.contains(u"title=1, text=2 (as mapped)"_s), qPrintable(file->reader));
    QCOMPARE(file->articles.size(), 5);
    QCOMPARE(file->articles[1].clean.title, u"Sport"_s);
    QVERIFY(file->articles[1].tags.isEmpty()); // nothing guessed beside the mapping
    QVERIFY(file->articles[1].note.isEmpty());
}

void TestDatasetReader::manualMappingByNameFindsHeader() {
    // "kind;words" is no header the sniffer knows; naming its columns makes it one.
    const QByteArray csv = "kind;words\nnews;Zeiss and Vivo renew their deal.\n";
    DatasetOptions options;
    options.mapping = *ColumnMapping::parse(u"text=words,tags=kind"_s);
    const Result<ReadFile> file = DatasetReader(options).read(csv, u"k.csv"_s);
    QVERIFY2(file.ok(), qPrintable(file.errorMessage()));
    QCOMPARE(file->articles.size(), 1);
    QCOMPARE(file->articles[0].tags, QStringList{u"news"_s});
}

void TestDatasetReader::reportsBadManualMapping() {
    DatasetOptions options;
    options.mapping = *ColumnMapping::parse(u"text=9"_s);
    const Result<ReadFile> file = readFixture(u"news-en.csv"_s, options);
    QCOMPARE(file.errorMessage(),
             fixture(u"news-en.csv"_s) + u": --map text=9, but the file has 6 columns"_s);
}

void TestDatasetReader::rejectsEmptyFile_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("path");
    QTest::newRow("nothing") << QByteArray() << u"e.csv"_s;
    QTest::newRow("blanks") << QByteArray(" \n\r\n\t") << u"e.csv"_s;
    QTest::newRow("empty gzip") << QByteArray::fromHex("1f8b08000000000002030300000000000000000"
                                                       "0")
                                << u"e.csv.gz"_s;
}

void TestDatasetReader::rejectsEmptyFile() {
    QFETCH(QByteArray, bytes);
    QFETCH(QString, path);
    const Result<ReadFile> file = DatasetReader().read(bytes, path);
    QCOMPARE(file.errorMessage(), path + u": file is empty"_s);
}

void TestDatasetReader::rejectsBinaryFile() {
    QByteArray bytes("title,text\n");
    for (int i = 0; i < 4096; ++i)
        bytes.append(char((i * 37) % 256));
    const Result<ReadFile> file = DatasetReader().read(bytes, u"b.csv"_s);
    QCOMPARE(file.errorMessage(), u"b.csv: looks like a binary file, not text"_s);
}

void TestDatasetReader::refusesFolioExport() {
    const QByteArray json = R"({"format": "folio-export", "version": 1, "articles": []})";
    QVERIFY(!DatasetReader::canRead(u"export.json"_s, json));
    const Result<ReadFile> file = DatasetReader().read(json, u"export.json"_s);
    QVERIFY2(file.errorMessage().startsWith(u"export.json: is a Folio export"_s),
             qPrintable(file.errorMessage()));
}

void TestDatasetReader::survivesDeepNesting() {
    // 100,000 nested arrays in an item: no recursion, one problem, the other items import.
    const QByteArray deep = QByteArray(100000, '[') + QByteArray(100000, ']');
    const QByteArray json =
        "[{\"text\": \"Fine.\"}, {\"text\": " + deep + "}, {\"text\": \"Ok.\"}]";
    const Result<ReadFile> file = DatasetReader().read(json, u"d.json"_s);
    QVERIFY2(file.ok(), qPrintable(file.errorMessage()));
    QCOMPARE(file->articles.size(), 2);
    QCOMPARE(file->problems,
             QStringList{u"d.json, item 2 (line 1): nested more than 128 levels deep; skipped"_s});
}

void TestDatasetReader::reportsNoTextColumn() {
    const Result<ReadFile> file = DatasetReader().read("id,count\n1,2\n3,4\n", u"n.csv"_s);
    QCOMPARE(file.errorMessage(), u"n.csv: no column holds the articles' text (columns: id, "
                                  "count); say which with --map text=N"_s);
}

void TestDatasetReader::capsProblemList() {
    QByteArray csv("title,text\n");
    for (int i = 0; i < 150; ++i)
        csv += "Row " + QByteArray::number(i) + ",\n";
    csv += "Last,Sony and Honda build a car.\n";
    const Result<ReadFile> file = DatasetReader().read(csv, u"p.csv"_s);
    QVERIFY2(file.ok(), qPrintable(file.errorMessage()));
    QCOMPARE(file->articles.size(), 1);
    QCOMPARE(file->problems.size(), 101);
    QCOMPARE(file->problems.last(), u"p.csv: … and 50 more problems, not listed"_s);
}

void TestDatasetReader::sniffsWhatItCanRead_data() {
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("start");
    QTest::addColumn<bool>("readable");
    const QByteArray gz = TestData::readBytes(fixture(u"news-en.csv.gz"_s));
    QTest::newRow("csv") << u"a.csv"_s << QByteArray("title,text\n") << true;
    QTest::newRow("tsv") << u"a.TSV"_s << QByteArray("a\tb\n") << true;
    QTest::newRow("jsonl") << u"a.jsonl"_s << QByteArray("{\"text\": 1}\n") << true;
    QTest::newRow("json array") << u"a.json"_s << QByteArray(" [{\"text\": \"x\"}]") << true;
    QTest::newRow("json, not JSON") << u"a.json"_s << QByteArray("hello") << false;
    QTest::newRow("csv.gz") << u"a.csv.gz"_s << gz << true;
    QTest::newRow(".gz, not gzip") << u"a.csv.gz"_s << QByteArray("title,text\n") << false;
    QTest::newRow("gzip content, json name") << u"a.json.gz"_s << gz << false;
    QTest::newRow("wallabag") << u"w.json"_s
                              << TestData::readBytes(fixture(u"wallabag-export.json"_s)).first(400)
                              << false;
    QTest::newRow("plain text") << u"a.txt"_s << QByteArray("title,text\n") << false;
}

void TestDatasetReader::sniffsWhatItCanRead() {
    QFETCH(QString, path);
    QFETCH(QByteArray, start);
    QTEST(DatasetReader::canRead(path, start), "readable");
}

QTEST_GUILESS_MAIN(TestDatasetReader)
#include "tst_datasetreader.moc"
