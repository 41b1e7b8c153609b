#include "import/formatreaders.h"
#include "testdata.h"

#include <QFileInfo>
#include <QTest>

using namespace Qt::StringLiterals;

// The dataset and read-later readers in Folio's registry: each fixture goes to the reader made
// for it (Wallabag before the generic JSON dataset, Folio's own export to none of them), and
// reading through the registry gives the articles.
class TestDatasetRouting : public QObject {
    Q_OBJECT
private slots:
    void routesEachFileToItsReader_data();
    void routesEachFileToItsReader();
    void offersDatasetFilesInFolders();
};

void TestDatasetRouting::routesEachFileToItsReader_data() {
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("reader");
    QTest::addColumn<int>("articles");
    QTest::newRow("csv") << u"news-en.csv"_s << u"dataset"_s << 2;
    QTest::newRow("csv.gz") << u"news-en.csv.gz"_s << u"dataset"_s << 2;
    QTest::newRow("tsv") << u"articles.tsv"_s << u"dataset"_s << 2;
    QTest::newRow("json") << u"articles.json"_s << u"dataset"_s << 2;
    QTest::newRow("jsonl") << u"articles.jsonl"_s << u"dataset"_s << 3;
    QTest::newRow("wallabag") << u"wallabag-export.json"_s << u"Wallabag export"_s << 1;
    QTest::newRow("markdown") << u"note-with-front-matter.md"_s << u"Markdown"_s << 1;
}

void TestDatasetRouting::routesEachFileToItsReader() {
    QFETCH(QString, fixture);
    const QString path = TestData::path(u"datasets/"_s + fixture);
    const QByteArray bytes = TestData::readBytes(path);
    const FormatReader& reader =
        FormatReaders::forFile(path, bytes.first(qMin(4096, bytes.size())));
    QTEST(reader.name, "reader");
    const Result<ReadFile> file = reader.read(bytes, path);
    QVERIFY2(file.ok(), qPrintable(file.errorMessage()));
    QTEST(int(file->articles.size()), "articles");
}

void TestDatasetRouting::offersDatasetFilesInFolders() {
    for (const QString& name : {u"a.csv"_s, u"a.TSV"_s, u"a.jsonl"_s, u"a.csv.gz"_s, u"a.md"_s})
        QVERIFY2(FormatReaders::isImportable(QFileInfo(name)), qPrintable(name));
    // Folio's own export is not a dataset: it falls through (the lead routes it to JsonImporter).
    const QByteArray folio = R"({"format": "folio-export", "version": 1, "articles": []})";
    QCOMPARE(FormatReaders::forFile(u"e.json"_s, folio).name, u"plain text"_s);
}

QTEST_GUILESS_MAIN(TestDatasetRouting)
#include "tst_datasetrouting.moc"
