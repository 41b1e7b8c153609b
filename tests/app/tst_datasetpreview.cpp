#include "import/dataset/datasetpreview.h"
#include "testdata.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

// What the mapping dialog shows, as pure functions: the sniffed format, the first rows, Folio's
// own choice of columns (the import's), the key that files of one shape share, the first
// article a choice gives, a big file read from its start only, and what is no dataset.
class TestDatasetPreview : public QObject {
    Q_OBJECT
private slots:
    void headerlessFileShowsItsDialectAndChoice();
    void headerFileShowsItsNames();
    void showsTwentyRowsAtMost();
    void firstArticleFollowsTheChoice();
    void shapeKeyIsSharedByFilesOfOneShape();
    void startOfABigFileIsEnough();
    void startOfAWrappedJsonFileIsEnough();
    void mappingRoundTripsAsASpec();
    void noDatasetIsAnError_data();
    void noDatasetIsAnError();
};

void TestDatasetPreview::headerlessFileShowsItsDialectAndChoice() {
    const QString path = TestData::path(u"datasets/labelled-de.csv"_s);
    const auto preview = DatasetPreview::of(TestData::readBytes(path), path);
    QVERIFY2(preview.ok(), qPrintable(preview.errorMessage()));
    QCOMPARE(preview->kind(), LoadedDataset::Kind::Delimited);
    QCOMPARE(preview->dialect().delimiter, u';');
    QCOMPARE(preview->dialect().quote, u'\'');
    QVERIFY(!preview->dialect().hasHeader);
    QVERIFY(preview->header().isEmpty());
    QCOMPARE(preview->columnCount(), 2);
    QVERIFY2(preview->describeFormat().contains(u"no header"_s),
             qPrintable(preview->describeFormat()));
    QCOMPARE(preview->automatic().column(DatasetField::Text), 1);
    QCOMPARE(preview->automatic().column(DatasetField::Tags), 0);
    QCOMPARE(preview->rows().first().first(), u"Wirtschaft"_s);
}

void TestDatasetPreview::headerFileShowsItsNames() {
    const QString path = TestData::path(u"datasets/nachrichten-de.csv"_s);
    const auto preview = DatasetPreview::of(TestData::readBytes(path), path);
    QVERIFY2(preview.ok(), qPrintable(preview.errorMessage()));
    QCOMPARE(preview->header().first(), u"Überschrift"_s);
    QCOMPARE(preview->automatic().column(DatasetField::Title), 0);
    QCOMPARE(preview->automatic().column(DatasetField::Text), 1);
    QCOMPARE(preview->automatic().column(DatasetField::Date), 2);
    // The header is not a row.
    QCOMPARE(preview->rows().first().first(),
             u"Siemens und Bosch gründen Gemeinschaftsunternehmen"_s);
}

void TestDatasetPreview::showsTwentyRowsAtMost() {
    QByteArray csv = "title,text\n";
    for (int r = 0; r < 50; ++r)
        csv += "Titel " + QByteArray::number(r) + ",Ein Text über Leica und Zeiss.\n";
    const auto preview = DatasetPreview::of(csv, u"many.csv"_s);
    QVERIFY(preview.ok());
    QCOMPARE(preview->rows().size(), DatasetPreview::shownRows);
    QCOMPARE(preview->rows().last().first(), u"Titel 19"_s);
}

void TestDatasetPreview::firstArticleFollowsTheChoice() {
    const QString path = TestData::path(u"datasets/labelled-de.csv"_s);
    const auto preview = DatasetPreview::of(TestData::readBytes(path), path);
    QVERIFY(preview.ok());
    const auto automatic = preview->firstArticle(preview->automatic());
    QVERIFY(automatic);
    QVERIFY(automatic->clean.paragraphs.first().startsWith(u"Die Lufthansa"_s));
    QCOMPARE(automatic->tags, QStringList{u"Wirtschaft"_s});
    // The label as the title, no text: no article.
    ColumnChoice labelOnly;
    labelOnly.set(DatasetField::Title, 1);
    QVERIFY(!preview->firstArticle(labelOnly));
    ColumnChoice swapped;
    swapped.set(DatasetField::Text, 0);
    swapped.set(DatasetField::Title, 1);
    const auto article = preview->firstArticle(swapped);
    QVERIFY(article);
    QCOMPARE(article->clean.paragraphs, QStringList{u"Wirtschaft"_s});
    QVERIFY(article->clean.title.startsWith(u"Die Lufthansa"_s));
}

void TestDatasetPreview::shapeKeyIsSharedByFilesOfOneShape() {
    const auto file = [](const QByteArray& header, char delimiter, const QByteArray& word) {
        QByteArray csv = header + '\n';
        for (int r = 0; r < 5; ++r)
            csv += word + QByteArray::number(r) + delimiter +
                   "Leica und Zeiss bauen seit Jahren gemeinsam Kameras für Telefone.\n";
        return csv;
    };
    const auto a = DatasetPreview::of(file("title;text", ';', "Leica "), u"a.csv"_s);
    const auto b = DatasetPreview::of(file("title;text", ';', "Zeiss "), u"b.csv"_s);
    const auto other = DatasetPreview::of(file("titel;text", ';', "Vivo "), u"c.csv"_s);
    const auto comma = DatasetPreview::of(file("title,text", ',', "Bosch "), u"d.csv"_s);
    QVERIFY(a.ok() && b.ok() && other.ok() && comma.ok());
    QCOMPARE(a->shapeKey(), b->shapeKey());
    QVERIFY(a->shapeKey() != other->shapeKey());
    QVERIFY(a->shapeKey() != comma->shapeKey());
    const QString path = TestData::path(u"datasets/labelled-de.csv"_s);
    QVERIFY(
        DatasetPreview::of(TestData::readBytes(path), path)->shapeKey().contains(u"no header"_s));
}

void TestDatasetPreview::startOfABigFileIsEnough() {
    QByteArray csv = "title,text\n";
    while (csv.size() < 3 * DatasetPreview::startBytes)
        csv += "Ein Titel,\"Leica und Zeiss bauen Kameras; der Satz wird lang, lang, lang.\"\n";
    const QString path = QDir::temp().filePath(u"folio-preview-big.csv"_s);
    QVERIFY(TestData::writeBytes(path, csv));
    const auto preview = DatasetPreview::ofFile(path);
    QFile::remove(path);
    QVERIFY2(preview.ok(), qPrintable(preview.errorMessage()));
    QCOMPARE(preview->rows().size(), DatasetPreview::shownRows);
    QCOMPARE(preview->automatic().column(DatasetField::Text), 1);
    // Cut in the middle of a quoted field: the start still reads.
    const auto cut = DatasetPreview::of(csv.first(1000), path, true);
    QVERIFY2(cut.ok(), qPrintable(cut.errorMessage()));
    QVERIFY(cut->rows().size() > 5);
}

void TestDatasetPreview::startOfAWrappedJsonFileIsEnough() {
    QByteArray json = "{\"status\": \"ok\", \"articles\": [\n";
    for (int i = 0; i < 100; ++i)
        json += "  {\"title\": \"Titel " + QByteArray::number(i) +
                "\", \"text\": \"Leica und Zeiss bauen Kameras.\"},\n";
    const auto preview = DatasetPreview::of(json.first(json.size() / 2), u"cut.json"_s, true);
    QVERIFY2(preview.ok(), qPrintable(preview.errorMessage()));
    QCOMPARE(preview->kind(), LoadedDataset::Kind::Json);
    QCOMPARE(preview->header(), (QStringList{u"title"_s, u"text"_s}));
    QCOMPARE(preview->rows().size(), DatasetPreview::shownRows);
}

void TestDatasetPreview::mappingRoundTripsAsASpec() {
    ColumnChoice choice;
    choice.set(DatasetField::Title, 1);
    choice.set(DatasetField::Text, 2);
    choice.set(DatasetField::Tags, 0);
    const QString spec = choice.asMapping().toSpec();
    QCOMPARE(spec, u"title=2,text=3,tags=1"_s);
    const auto parsed = ColumnMapping::parse(spec);
    QVERIFY(parsed.ok());
    const auto again = ColumnChoice::fromMapping(*parsed, {}, 3, u"x.csv"_s);
    QVERIFY(again.ok());
    QCOMPARE(again->column(DatasetField::Text), 2);
    QCOMPARE(again->column(DatasetField::Tags), 0);
}

void TestDatasetPreview::noDatasetIsAnError_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("said");
    QTest::newRow("empty") << QByteArray() << u"e.csv"_s << u"empty"_s;
    QTest::newRow("blank") << QByteArray("\n\n  \n") << u"b.csv"_s << u"empty"_s;
    QTest::newRow("not json") << QByteArray("hello") << u"n.json"_s << u"not JSON"_s;
    QTest::newRow("folio export")
        << QByteArray(R"({"articles": [], "companies": [], "format": "folio-export"})")
        << u"f.json"_s << u"Folio export"_s;
}

void TestDatasetPreview::noDatasetIsAnError() {
    QFETCH(QByteArray, bytes);
    QFETCH(QString, name);
    QFETCH(QString, said);
    const auto preview = DatasetPreview::of(bytes, name);
    QVERIFY(!preview.ok());
    QVERIFY2(preview.errorMessage().contains(name) && preview.errorMessage().contains(said),
             qPrintable(preview.errorMessage()));
}

QTEST_GUILESS_MAIN(TestDatasetPreview)
#include "tst_datasetpreview.moc"
