#include "exchange/exportrunner.h"
#include "import/articleimporter.h"
#include "store/articlestore.h"
#include "store/database.h"
#include "testdata.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Outcome = ImportItem::Outcome;

// Datasets through ArticleImporter into a real database: a mapping given as an import option
// reaches the dataset reader, a big dataset reports its rows and stops between them when
// cancelled (keeping what it stored), and a JSON dataset wrapped in an object is a dataset,
// while Folio's own export, known by its "format" member, still goes to the export importer.
class TestDatasetImport : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void mappingOptionReachesTheDatasetReader();
    void mappingForOneFileLeavesTheOthers();
    void rowsReportProgress();
    void cancelBetweenRowsKeepsTheRowsBefore();
    void wrappedJsonArrayIsADataset_data();
    void wrappedJsonArrayIsADataset();
    void folioExportIsStillAnExport();

private:
    QString file(const QString& name) const { return m_dir->filePath(name); }
    qint64 articleCount() const { return *ArticleStore(*m_db).count(); }
    QString writeRows(const QString& name, int rows);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestDatasetImport::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::open(m_dir->filePath(u"folio.sqlite"_s));
    QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
    m_db = std::move(db).value();
}

void TestDatasetImport::cleanup() {
    m_db.reset();
    m_dir.reset();
}

// A headerless file whose first column, a long note, looks more like the text than the text.
const QByteArray misleading =
    "Notiz der Redaktion: bitte vor der Veröffentlichung prüfen und freigeben lassen.;"
    "Leica und Xiaomi;Leica und Xiaomi bauen ihre Zusammenarbeit aus.\n"
    "Notiz der Redaktion: Quelle noch einmal anrufen und den Preis bestätigen lassen.;"
    "Zeiss und Vivo;Zeiss liefert Objektive für Vivo.\n";

QString TestDatasetImport::writeRows(const QString& name, int rows) {
    QByteArray csv = "title,text\n";
    for (int r = 0; r < rows; ++r)
        csv += "Artikel " + QByteArray::number(r) + ",Leica und Zeiss im Vergleich Nummer " +
               QByteArray::number(r) + ". Beide bauen Kameras.\n";
    TestData::writeBytes(file(name), csv);
    return file(name);
}

void TestDatasetImport::mappingOptionReachesTheDatasetReader() {
    QVERIFY(TestData::writeBytes(file(u"news.csv"_s), misleading));
    ArticleImporter importer(*m_db);
    importer.setOptions(
        {.datasetMapping = *ColumnMapping::parse(u"title=2,text=3"_s), .mappingByFile = {}});
    const ImportReport report = importer.run({file(u"news.csv"_s)});
    QCOMPARE(report.count(Outcome::Imported), 2);
    const auto first = *ArticleStore(*m_db).article(report.items().first().articleId);
    QCOMPARE(first.title, u"Leica und Xiaomi"_s);
    QCOMPARE(first.clean.text(), u"Leica und Xiaomi bauen ihre Zusammenarbeit aus."_s);
}

void TestDatasetImport::mappingForOneFileLeavesTheOthers() {
    QVERIFY(TestData::writeBytes(file(u"a.csv"_s), misleading));
    QVERIFY(
        TestData::writeBytes(file(u"b.csv"_s), QByteArray(misleading).replace("Notiz", "Bitte")));
    ArticleImporter importer(*m_db);
    ImportOptions options;
    options.mappingByFile.insert(file(u"a.csv"_s), *ColumnMapping::parse(u"text=3"_s));
    importer.setOptions(options);
    const ImportReport report = importer.run({file(u"a.csv"_s), file(u"b.csv"_s)});
    QCOMPARE(report.count(Outcome::Imported), 4);
    const ArticleStore store(*m_db);
    QVERIFY(store.article(report.items().at(0).articleId)->clean.text().startsWith(u"Leica"_s));
    // b.csv by content: the long note is its text.
    QVERIFY(store.article(report.items().at(2).articleId)->clean.text().startsWith(u"Bitte"_s));
}

void TestDatasetImport::rowsReportProgress() {
    const QString path = writeRows(u"rows.csv"_s, 50);
    QList<int> seen;
    const ImportReport report = ArticleImporter(*m_db).run(
        {path}, nullptr, {}, [&](int done, int total, const QString& where) {
            QCOMPARE(total, 50);
            QCOMPARE(where, path);
            seen << done;
        });
    QCOMPARE(report.count(Outcome::Imported), 50);
    QCOMPARE(seen.size(), 50);
    QCOMPARE(seen.first(), 1);
    QCOMPARE(seen.last(), 50);
}

void TestDatasetImport::cancelBetweenRowsKeepsTheRowsBefore() {
    const QString path = writeRows(u"rows.csv"_s, 300);
    const QString after = file(u"after.txt"_s);
    QVERIFY(TestData::writeBytes(after, "Danach\n\nDiese Datei kommt nach dem Abbruch.\n"));
    std::atomic_bool cancel = false;
    const ImportReport report =
        ArticleImporter(*m_db).run({path, after}, &cancel, {}, [&](int done, int, const QString&) {
            if (done == 120)
                cancel = true;
        });
    QVERIFY(report.cancelled());
    QCOMPARE(report.count(Outcome::Imported), 120);
    QCOMPARE(articleCount(), 120);
    QVERIFY2(report.items().last().message.contains(u"cancelled after 120 of 300"_s),
             qPrintable(report.items().last().message));
    // The file after the dataset is not started.
    for (const ImportItem& item : report.items())
        QVERIFY(item.path != after);
}

void TestDatasetImport::wrappedJsonArrayIsADataset_data() {
    QTest::addColumn<QByteArray>("json");
    const QByteArray items = R"([{"title": "Leica und Xiaomi", "text": "Leica baut Kameras."},
        {"title": "Zeiss und Vivo", "text": "Zeiss liefert Objektive."}])";
    QTest::newRow("articles") << QByteArray(R"({"articles": )" + items + "}");
    QTest::newRow("data") << QByteArray(R"({"status": "ok", "data": )" + items + "}");
    QTest::newRow("items") << QByteArray(R"({"total": 2, "items": )" + items + "}");
    // A "format" that is not Folio's says nothing.
    QTest::newRow("other format") << QByteArray(R"({"format": "newsapi", "articles": )" + items +
                                                "}");
}

void TestDatasetImport::wrappedJsonArrayIsADataset() {
    QFETCH(QByteArray, json);
    QVERIFY(TestData::writeBytes(file(u"wrapped.json"_s), json));
    const ImportReport report = ArticleImporter(*m_db).run({file(u"wrapped.json"_s)});
    QCOMPARE(report.count(Outcome::Imported), 2);
    QVERIFY2(report.items().first().message.contains(u"JSON dataset"_s),
             qPrintable(report.items().first().message));
    const auto first = *ArticleStore(*m_db).article(report.items().first().articleId);
    QCOMPARE(first.title, u"Leica und Xiaomi"_s);
}

void TestDatasetImport::folioExportIsStillAnExport() {
    // A long article puts "format" (keys are written sorted) far past the file's first KB.
    QString text = u"Leica und Zeiss\n\n"_s;
    for (int i = 0; i < 2000; ++i)
        text += u"Leica und Zeiss bauen Kameras, Satz %1. "_s.arg(i);
    QVERIFY(TestData::writeBytes(file(u"long.txt"_s), text.toUtf8()));
    QCOMPARE(ArticleImporter(*m_db).run({file(u"long.txt"_s)}).count(Outcome::Imported), 1);
    const QString exported = file(u"export.json"_s);
    auto written = ExportRunner::run(*m_db, ExportFormat::Json, exported, {});
    QVERIFY2(written.ok(), qPrintable(written.errorMessage()));
    QVERIFY(TestData::readBytes(exported).indexOf("\"format\"") > 4096);

    auto other = Database::open(file(u"other.sqlite"_s));
    QVERIFY(other.ok());
    const ImportReport report = ArticleImporter(**other).run({exported});
    QCOMPARE(report.count(Outcome::Imported), 1);
    QVERIFY2(!report.items().first().message.contains(u"dataset"_s),
             qPrintable(report.items().first().message));
    QCOMPARE(*ArticleStore(**other).count(), 1);
    QCOMPARE(ArticleStore(**other).summaries()->first().title, u"Leica und Zeiss"_s);
}

QTEST_GUILESS_MAIN(TestDatasetImport)
#include "tst_datasetimport.moc"
