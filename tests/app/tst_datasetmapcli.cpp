#include "clitest.h"
#include "testdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

// folio-cli import FILE --map: a real process on a real database. The mapping fixes a
// headerless file where Folio's own choice of columns is wrong, names columns of a header Folio
// does not know, and every wrong use is refused with a message that names it.
class TestDatasetMapCli : public CliTest {
    Q_OBJECT
private slots:
    void mapByNumberFixesTheSniffedChoice();
    void mapByHeaderNames();
    void badSpecIsAUsageErrorNamingIt_data();
    void badSpecIsAUsageErrorNamingIt();
    void columnBeyondTheFileFailsNamingIt_data();
    void columnBeyondTheFileFailsNamingIt();
    void mapWithoutADatasetIsAUsageError();
    void mapOnAnotherCommandIsAUsageError();

private:
    QString headerless();
};

// No header; the first column, a long editor's note, is longer than the text in the third, so
// Folio by itself takes the note for the text.
QString TestDatasetMapCli::headerless() {
    const QString path = m_dir->filePath(u"redaktion.csv"_s);
    TestData::writeBytes(
        path,
        "Notiz der Redaktion: bitte vor der Veröffentlichung prüfen und freigeben lassen.;"
        "Leica und Xiaomi;Leica und Xiaomi bauen ihre Zusammenarbeit aus.;Technik\n"
        "Notiz der Redaktion: Quelle noch einmal anrufen und den Preis bestätigen lassen.;"
        "Zeiss und Vivo;Zeiss liefert Objektive für die Telefone von Vivo.;Technik\n"
        "Notiz der Redaktion: Zitat des Vorstands vor dem Druck freigeben lassen, bitte.;"
        "Bosch und Siemens;Bosch und Siemens gründen ein Gemeinschaftsunternehmen.;Wirtschaft\n");
    return path;
}

void TestDatasetMapCli::mapByNumberFixesTheSniffedChoice() {
    // Without --map the note is taken for the text: the reason --map exists.
    const QString path = headerless();
    const QString other = m_dir->filePath(u"other.sqlite"_s);
    QCOMPARE(cli({u"--db"_s, other, u"import"_s, path}).status, 0);
    const Run unmapped = cli({u"--db"_s, other, u"--json"_s, u"show"_s, u"1"_s});
    const QJsonObject sniffed = QJsonDocument::fromJson(unmapped.out.toUtf8()).object();
    QVERIFY2(sniffed.value(u"paragraphs"_s).toArray().first().toString().startsWith(u"Notiz"_s),
             qPrintable(unmapped.out));

    const Run run = ok({u"import"_s, path, u"--map"_s, u"title=2,text=3,tags=4"_s});
    QCOMPARE(run.status, 0);
    QVERIFY2(run.out.contains(u"Imported 3 articles"_s), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"as mapped"_s), qPrintable(run.out));
    const QJsonArray list = jsonArray({u"list"_s});
    QCOMPARE(list.size(), 3);
    const QJsonObject first = showJson(list.at(0).toObject().value(u"id"_s).toInt());
    QCOMPARE(first.value(u"title"_s).toString(), u"Leica und Xiaomi"_s);
    QCOMPARE(first.value(u"paragraphs"_s).toArray(),
             QJsonArray{u"Leica und Xiaomi bauen ihre Zusammenarbeit aus."_s});
    QVERIFY(first.value(u"tags"_s).toArray().contains(u"Technik"_s));
}

void TestDatasetMapCli::mapByHeaderNames() {
    // Names Folio knows no meaning for: only the mapping can tell.
    const QString path = m_dir->filePath(u"export.csv"_s);
    QVERIFY(TestData::writeBytes(path, "kopf,rumpf,wann\n"
                                       "Leica und Xiaomi,Leica und Xiaomi bauen ihre "
                                       "Zusammenarbeit aus.,2024-03-04T09:00:00Z\n"));
    const Run run = ok({u"import"_s, path, u"--map"_s, u"title=kopf,text=rumpf,date=wann"_s});
    QCOMPARE(run.status, 0);
    const QJsonObject first = showJson(1);
    QCOMPARE(first.value(u"title"_s).toString(), u"Leica und Xiaomi"_s);
    QCOMPARE(first.value(u"published_at"_s).toString(), u"2024-03-04T09:00:00Z"_s);
}

void TestDatasetMapCli::badSpecIsAUsageErrorNamingIt_data() {
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("said");
    QTest::newRow("no equals") << u"title"_s << u"“title”"_s;
    QTest::newRow("unknown field") << u"colour=2"_s << u"no field “colour”"_s;
    QTest::newRow("column zero") << u"text=0"_s << u"counted from 1"_s;
    QTest::newRow("twice") << u"text=2,text=3"_s << u"text is given twice"_s;
    QTest::newRow("empty") << QString() << u"is empty"_s;
}

void TestDatasetMapCli::badSpecIsAUsageErrorNamingIt() {
    QFETCH(QString, spec);
    QFETCH(QString, said);
    const Run run = cli({u"--db"_s, db(), u"import"_s, headerless(), u"--map"_s, spec});
    QCOMPARE(run.status, 2);
    QVERIFY2(run.err.contains(u"--map"_s) && run.err.contains(said), qPrintable(run.err));
    QCOMPARE(jsonArray({u"list"_s}).size(), 0);
}

void TestDatasetMapCli::columnBeyondTheFileFailsNamingIt_data() {
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("said");
    QTest::newRow("number") << u"text=9"_s << u"--map text=9, but the file has 4 columns"_s;
    QTest::newRow("name") << u"text=body"_s << u"no column is named “body”"_s;
}

void TestDatasetMapCli::columnBeyondTheFileFailsNamingIt() {
    QFETCH(QString, spec);
    QFETCH(QString, said);
    const QString path = headerless();
    const Run run = cli({u"--db"_s, db(), u"import"_s, path, u"--map"_s, spec});
    QCOMPARE(run.status, 1);
    const QString output = run.out + run.err;
    QVERIFY2(output.contains(said) && output.contains(path), qPrintable(output));
    QCOMPARE(jsonArray({u"list"_s}).size(), 0);
}

void TestDatasetMapCli::mapWithoutADatasetIsAUsageError() {
    const QString text = m_dir->filePath(u"a.txt"_s);
    QVERIFY(TestData::writeBytes(text, "Titel\n\nLeica und Zeiss.\n"));
    const Run run = cli({u"--db"_s, db(), u"import"_s, text, u"--map"_s, u"text=2"_s});
    QCOMPARE(run.status, 2);
    QVERIFY2(run.err.contains(u"none of the files is a dataset"_s), qPrintable(run.err));
    QCOMPARE(jsonArray({u"list"_s}).size(), 0);
}

void TestDatasetMapCli::mapOnAnotherCommandIsAUsageError() {
    const Run run = cli({u"--db"_s, db(), u"list"_s, u"--map"_s, u"text=2"_s});
    QCOMPARE(run.status, 2);
    QVERIFY2(run.err.contains(u"--map applies to 'import' only"_s), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestDatasetMapCli)
#include "tst_datasetmapcli.moc"
