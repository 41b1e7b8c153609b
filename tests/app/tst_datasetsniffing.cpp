#include "import/dataset/columnchoice.h"
#include "import/dataset/columnmapping.h"
#include "import/dataset/csvdialect.h"
#include "import/dataset/csvparser.h"
#include "import/dataset/datasetdate.h"
#include "import/dataset/datasetreader.h"
#include "import/dataset/textparagraphs.h"

#include <QTest>

using namespace Qt::StringLiterals;

// The pieces DatasetReader decides with: the dialect and header sniffer, the CSV parser, the
// column names it knows, the --map parser and the columns chosen by content, dates, paragraphs.
class TestDatasetSniffing : public QObject {
    Q_OBJECT
private slots:
    void sniffsDialect_data();
    void sniffsDialect();
    void sniffsJsonShape_data();
    void sniffsJsonShape();
    void parsesQuotedFieldsAsRfc4180();
    void resumesAfterUnterminatedQuote();
    void refusesRecordOverLimit();
    void knowsHeaderNamesInSeveralLanguages_data();
    void knowsHeaderNamesInSeveralLanguages();
    void parsesMapping_data();
    void parsesMapping();
    void rejectsBadMapping_data();
    void rejectsBadMapping();
    void resolvesMappingAgainstHeader();
    void choosesColumnsByContent();
    void aFewRowsKeepTheirTitles();
    void parsesDates_data();
    void parsesDates();
    void splitsParagraphs_data();
    void splitsParagraphs();
    void derivesTitleFromFirstSentence();
};

void TestDatasetSniffing::sniffsDialect_data() {
    QTest::addColumn<QString>("sample");
    QTest::addColumn<QChar>("preferred");
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<QChar>("quote");
    QTest::addColumn<bool>("header");

    QTest::newRow("comma, English header")
        << u"title,text\n\"Leica, Xiaomi\",\"They said; it works\"\nB,Some more text here\n"_s
        << QChar(u',') << QChar(u',') << QChar(u'"') << true;
    QTest::newRow("semicolon, German header, commas in text")
        << u"Titel;Inhalt\nA;Siemens, Bosch und SAP arbeiten zusammen, hieß es.\n"
           "B;Die Telekom, so ein Sprecher, prüft das.\nC;Ohne Komma\n"_s
        << QChar(u',') << QChar(u';') << QChar(u'"') << true;
    QTest::newRow("tab") << u"headline\tbody\nA\tText, with; marks\nB\tMore | text\n"_s
                         << QChar(u'\t') << QChar(u'\t') << QChar(u'"') << true;
    QTest::newRow("pipe") << u"id|text\n1|Sony, Honda; Afeela\n2|Toyota, Panasonic\n"_s
                          << QChar(u',') << QChar(u'|') << QChar(u'"') << true;
    QTest::newRow("apostrophe quotes, no header (10kGNAD)")
        << u"Sport;'Der FC Bayern; ein Verein, der gewinnt.'\nWeb;'Eine App; ''neu'' und gut.'\n"
           "Etat;'Die ARD, das ZDF; beide sparen.'\n"_s
        << QChar(u',') << QChar(u';') << QChar(u'\'') << false;
    QTest::newRow("no header: first row is data")
        << u"Wirtschaft,Airbus und Safran bauen ein neues Triebwerk für kurze Strecken.\n"
           "Sport,Der FC Bayern verlängert mit seinem Ausrüster um zehn Jahre.\n"_s
        << QChar(u',') << QChar(u',') << QChar(u'"') << false;
    QTest::newRow("unknown names over long values are a header")
        << u"kind,words\nx,Sony and Honda presented the first car of their venture in Las Vegas.\n"
           "y,Panasonic will supply battery cells to Toyota from 2026 on, both said.\n"_s
        << QChar(u',') << QChar(u',') << QChar(u'"') << true;
    QTest::newRow("numbers under names are a header")
        << u"a,b\n1,2\n3,4\n"_s << QChar(u',') << QChar(u',') << QChar(u'"') << true;
}

void TestDatasetSniffing::sniffsDialect() {
    QFETCH(QString, sample);
    QFETCH(QChar, preferred);
    const CsvDialect dialect = CsvDialect::sniff(sample, preferred);
    QTEST(dialect.delimiter, "delimiter");
    QTEST(dialect.quote, "quote");
    QTEST(dialect.hasHeader, "header");
}

void TestDatasetSniffing::sniffsJsonShape_data() {
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("reader");
    QTest::addColumn<QStringList>("titles");
    QTest::addColumn<QStringList>("problems");

    QTest::newRow("wrapped array (NewsAPI)")
        << QByteArray(R"({"status": "ok", "articles": [{"title": "A", "content": "Text a."},)"
                      R"( {"title": "B", "content": "Text b."}, 7]})")
        << u"JSON dataset (title=1, text=2 (by header))"_s << QStringList{u"A"_s, u"B"_s}
        << QStringList{u"s.json, item 3 (line 1): not an object with fields; skipped"_s};
    QTest::newRow("one object") << QByteArray(R"({"headline": "Only", "body": "One text."})")
                                << u"JSON dataset (title=1, text=2 (by header))"_s
                                << QStringList{u"Only"_s} << QStringList{};
    QTest::newRow("JSON Lines named .json")
        << QByteArray(
               "{\"title\": \"L1\", \"text\": \"x.\"}\n{\"title\": \"L2\", \"text\": \"y.\"}\n")
        << u"JSON Lines dataset (title=1, text=2 (by header))"_s << QStringList{u"L1"_s, u"L2"_s}
        << QStringList{};
    QTest::newRow("array of texts")
        << QByteArray(R"(["Sony and Honda build a car.", "Zeiss and Vivo renew a deal."])")
        << u"JSON dataset (text=1 (by header))"_s
        << QStringList{u"Sony and Honda build a car."_s, u"Zeiss and Vivo renew a deal."_s}
        << QStringList{};
}

void TestDatasetSniffing::sniffsJsonShape() {
    QFETCH(QByteArray, json);
    const Result<ReadFile> file = DatasetReader().read(json, u"s.json"_s);
    QVERIFY2(file.ok(), qPrintable(file.errorMessage()));
    QTEST(file->reader, "reader");
    QStringList titles;
    for (const ImportedArticle& article : file->articles)
        titles.append(article.clean.title);
    QTEST(titles, "titles");
    QTEST(file->problems, "problems");
}

void TestDatasetSniffing::parsesQuotedFieldsAsRfc4180() {
    const QString text = u"title,text\r\n\"A \"\"quoted\"\" title\",\"line one\r\nline two, "
                         "still\"\r\nplain,\"\"\r\n\r\nlast,\"x\"tail\r\n"_s;
    const DatasetTable table = CsvParser::parse(text, CsvDialect{}, u"t.csv"_s);
    QCOMPARE(table.header, (QStringList{u"title"_s, u"text"_s}));
    QVERIFY(table.problems.isEmpty());
    QCOMPARE(table.rows.size(), 3);
    QCOMPARE(table.rows[0].fields,
             (QStringList{u"A \"quoted\" title"_s, u"line one\nline two, still"_s}));
    QCOMPARE(table.rows[0].line, 2);
    QCOMPARE(table.rows[0].raw, u"\"A \"\"quoted\"\" title\",\"line one\r\nline two, still\""_s);
    QCOMPARE(table.rows[1].fields, (QStringList{u"plain"_s, QString()}));
    QCOMPARE(table.rows[1].line, 4);
    // The blank line is no row; text after a closing quote is kept, not lost.
    QCOMPARE(table.rows[2].number, 3);
    QCOMPARE(table.rows[2].line, 6);
    QCOMPARE(table.rows[2].fields, (QStringList{u"last"_s, u"xtail"_s}));
}

void TestDatasetSniffing::resumesAfterUnterminatedQuote() {
    const QString text = u"a,b\n1,one\n2,\"never closed\n3,three\n"_s;
    const DatasetTable table = CsvParser::parse(text, CsvDialect{}, u"t.csv"_s);
    QCOMPARE(table.rows.size(), 2);
    QCOMPARE(table.rows[1].fields, (QStringList{u"3"_s, u"three"_s}));
    QCOMPARE(table.rows[1].line, 4);
    QCOMPARE(table.problems.size(), 1);
    QVERIFY2(table.problems[0].startsWith(u"t.csv, row 2 (line 3): a quote"_s),
             qPrintable(table.problems[0]));
}

void TestDatasetSniffing::refusesRecordOverLimit() {
    // A stray quote that swallows a huge file: the record is refused at the limit.
    const QString text = u"a,b\n1,\"x"_s + QString(5000, u'y') + u"\"\n2,ok\n"_s;
    const DatasetTable table = CsvParser::parse(text, CsvDialect{}, u"t.csv"_s, -1, 1000);
    QCOMPARE(table.rows.size(), 1);
    QCOMPARE(table.rows[0].fields.last(), u"ok"_s);
    QCOMPARE(table.problems.size(), 1);
    QVERIFY2(table.problems[0].contains(u"runs on for more than"_s), qPrintable(table.problems[0]));
}

void TestDatasetSniffing::knowsHeaderNamesInSeveralLanguages_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("field"); // -1: none
    const auto row = [](const char* name, int field) {
        QTest::newRow(name) << QString::fromUtf8(name) << field;
    };
    row("Title", int(DatasetField::Title));
    row("HEADLINE", int(DatasetField::Title));
    row("Überschrift", int(DatasetField::Title));
    row("Titel", int(DatasetField::Title));
    row("body", int(DatasetField::Text));
    row("Inhalt", int(DatasetField::Text));
    row("article_text", int(DatasetField::Text));
    row("Zusammenfassung", int(DatasetField::Description));
    row("summary", int(DatasetField::Description));
    row("published_at", int(DatasetField::Date));
    row("Published At", int(DatasetField::Date));
    row("publishedAt", int(DatasetField::Date));
    row("Datum", int(DatasetField::Date));
    row("Veröffentlicht am", int(DatasetField::Date));
    row("link", int(DatasetField::Url));
    row("Kategorie", int(DatasetField::Tags));
    row("label", int(DatasetField::Tags));
    row("Quelle", int(DatasetField::Source));
    row("site", int(DatasetField::Source));
    row("Autor", int(DatasetField::Byline));
    row("lang", int(DatasetField::Language));
    row("colour", -1);
    row("Nachricht vom", -1);
}

void TestDatasetSniffing::knowsHeaderNamesInSeveralLanguages() {
    QFETCH(QString, name);
    QFETCH(int, field);
    const std::optional<DatasetField> found = ColumnMapping::fieldForName(name);
    QCOMPARE(found ? int(*found) : -1, field);
}

void TestDatasetSniffing::parsesMapping_data() {
    QTest::addColumn<QString>("spec");
    QTest::addColumn<int>("titleNumber");
    QTest::addColumn<QString>("textName");
    QTest::addColumn<int>("textNumber");

    QTest::newRow("numbers") << u"title=2,text=3"_s << 2 << QString() << 3;
    QTest::newRow("names and spaces") << u" title = 1 , body = Inhalt "_s << 1 << u"Inhalt"_s << 0;
    QTest::newRow("German field names") << u"titel=4,inhalt=5"_s << 4 << QString() << 5;
}

void TestDatasetSniffing::parsesMapping() {
    QFETCH(QString, spec);
    const Result<ColumnMapping> mapping = ColumnMapping::parse(spec);
    QVERIFY2(mapping.ok(), qPrintable(mapping.errorMessage()));
    QCOMPARE(mapping->entries.size(), 2);
    QTEST(mapping->refFor(DatasetField::Title)->number, "titleNumber");
    QTEST(mapping->refFor(DatasetField::Text)->name, "textName");
    QTEST(mapping->refFor(DatasetField::Text)->number, "textNumber");
    QVERIFY(!mapping->refFor(DatasetField::Tags));
}

void TestDatasetSniffing::rejectsBadMapping_data() {
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("message");
    QTest::newRow("no column") << u"title"_s << u"write FIELD=COLUMN"_s;
    QTest::newRow("empty column") << u"title="_s << u"write FIELD=COLUMN"_s;
    QTest::newRow("column 0") << u"title=0"_s << u"counted from 1"_s;
    QTest::newRow("unknown field") << u"colour=1"_s << u"no field “colour”"_s;
    QTest::newRow("twice") << u"title=1,headline=2"_s << u"title is given twice"_s;
    QTest::newRow("empty") << u" , "_s << u"is empty"_s;
}

void TestDatasetSniffing::rejectsBadMapping() {
    QFETCH(QString, spec);
    QFETCH(QString, message);
    const Result<ColumnMapping> mapping = ColumnMapping::parse(spec);
    QVERIFY(!mapping.ok());
    QVERIFY2(mapping.errorMessage().contains(message), qPrintable(mapping.errorMessage()));
}

void TestDatasetSniffing::resolvesMappingAgainstHeader() {
    const QStringList header{u"ID"_s, u"Headline"_s, u"Body"_s};
    const Result<ColumnChoice> byName = ColumnChoice::fromMapping(
        *ColumnMapping::parse(u"title=headline,text=3"_s), header, 3, u"f.csv"_s);
    QVERIFY(byName.ok());
    QCOMPARE(byName->column(DatasetField::Title), 1);
    QCOMPARE(byName->column(DatasetField::Text), 2);
    QCOMPARE(byName->column(DatasetField::Guid), -1); // as given: nothing guessed besides

    const Result<ColumnChoice> missing =
        ColumnChoice::fromMapping(*ColumnMapping::parse(u"text=Inhalt"_s), header, 3, u"f.csv"_s);
    QCOMPARE(missing.errorMessage(),
             u"f.csv: --map text=Inhalt, but no column is named “Inhalt” (columns: ID, "
             "Headline, Body)"_s);
    const Result<ColumnChoice> beyond =
        ColumnChoice::fromMapping(*ColumnMapping::parse(u"text=4"_s), header, 3, u"f.csv"_s);
    QCOMPARE(beyond.errorMessage(), u"f.csv: --map text=4, but the file has 3 columns"_s);
}

void TestDatasetSniffing::choosesColumnsByContent() {
    QList<DatasetRecord> rows;
    const QString labels[] = {u"Sport"_s, u"Web"_s, u"Sport"_s, u"Inland"_s};
    for (int i = 0; i < 40; ++i) {
        DatasetRecord record;
        record.fields = {QString::number(1000 + i),
                         labels[i % 4],
                         u"https://example.org/%1"_s.arg(i),
                         u"Ein Artikel mit der Nummer %1, der lang genug ist, um der Text zu sein, "
                         "und mehr."_s.arg(i),
                         u"2024-03-%1"_s.arg(1 + i % 28, 2, 10, QChar(u'0')),
                         u"Schlagzeile Nummer %1 heute"_s.arg(i)};
        rows.append(record);
    }
    const ColumnChoice choice = ColumnChoice::fromContent(rows, 6);
    QCOMPARE(choice.column(DatasetField::Text), 3);
    QCOMPARE(choice.column(DatasetField::Tags), 1);
    QCOMPARE(choice.column(DatasetField::Url), 2);
    QCOMPARE(choice.column(DatasetField::Date), 4);
    QCOMPARE(choice.column(DatasetField::Title), 5);
    QCOMPARE(choice.column(DatasetField::Guid), -1); // an id column is not guessed
}

void TestDatasetSniffing::aFewRowsKeepTheirTitles() {
    // Three rows: every column has few distinct values, but only the one that repeats is a label.
    QList<DatasetRecord> rows;
    const QString titles[] = {u"Leica und Xiaomi bauen Partnerschaft aus"_s,
                              u"Vivo and Zeiss extend deal"_s, u"Hasselblad und OnePlus"_s};
    const QString labels[] = {u"tech"_s, u"tech"_s, u"mobile"_s};
    for (int i = 0; i < 3; ++i) {
        DatasetRecord record;
        record.fields = {titles[i],
                         u"Der Kamerahersteller und der Smartphone-Konzern wollen enger "
                         "zusammenarbeiten, wie die Firmen am Freitag mitteilten (%1)."_s.arg(i),
                         u"2024-05-1%1"_s.arg(i), labels[i]};
        rows.append(record);
    }
    const ColumnChoice choice = ColumnChoice::fromContent(rows, 4);
    QCOMPARE(choice.column(DatasetField::Title), 0);
    QCOMPARE(choice.column(DatasetField::Text), 1);
    QCOMPARE(choice.column(DatasetField::Date), 2);
    QCOMPARE(choice.column(DatasetField::Tags), 3);
}

void TestDatasetSniffing::parsesDates_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("utc"); // empty: not a date
    QTest::newRow("ISO with offset") << u"2024-03-04T10:00:00+01:00"_s << u"2024-03-04T09:00:00Z"_s;
    QTest::newRow("ISO offset without colon")
        << u"2024-03-02T18:20:11+0100"_s << u"2024-03-02T17:20:11Z"_s;
    QTest::newRow("ISO Z with ms") << u"2024-02-28T09:30:00.250Z"_s << u"2024-02-28T09:30:00Z"_s;
    QTest::newRow("SQL naive is UTC") << u"2024-03-01 08:15:00"_s << u"2024-03-01T08:15:00Z"_s;
    QTest::newRow("date only") << u"2024-03-05"_s << u"2024-03-05T00:00:00Z"_s;
    QTest::newRow("German") << u"06.03.2024 14:30"_s << u"2024-03-06T14:30:00Z"_s;
    QTest::newRow("German date") << u"05.03.2024"_s << u"2024-03-05T00:00:00Z"_s;
    QTest::newRow("RFC 2822") << u"Mon, 04 Mar 2024 10:00:00 +0100"_s << u"2024-03-04T09:00:00Z"_s;
    QTest::newRow("Unix seconds") << u"1709280000"_s << u"2024-03-01T08:00:00Z"_s;
    QTest::newRow("Unix ms") << u"1709280000000"_s << u"2024-03-01T08:00:00Z"_s;
    QTest::newRow("ambiguous US/EU") << u"03/04/2024"_s << QString();
    QTest::newRow("words") << u"someday"_s << QString();
    QTest::newRow("an id") << u"12345678"_s << QString();
}

void TestDatasetSniffing::parsesDates() {
    QFETCH(QString, text);
    QFETCH(QString, utc);
    const QDateTime parsed = DatasetDate::parse(text);
    QCOMPARE(parsed.isValid() ? parsed.toUTC().toString(Qt::ISODate) : QString(), utc);
}

void TestDatasetSniffing::splitsParagraphs_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("paragraphs");
    QTest::newRow("blank lines") << u"One para.\n\n\nTwo  para.\r\n\r\nThree."_s
                                 << QStringList{u"One para."_s, u"Two para."_s, u"Three."_s};
    QTest::newRow("one paragraph a line")
        << u"First sentence ends.\nSecond sentence ends.\n"_s
        << QStringList{u"First sentence ends."_s, u"Second sentence ends."_s};
    QTest::newRow("hard-wrapped lines run on")
        << u"Leica and Xiaomi said on Monday that\ntheir partnership will go on for\nyears."_s
        << QStringList{u"Leica and Xiaomi said on Monday that their partnership will go on for "
                       "years."_s};
    QTest::newRow("only blanks") << u" \n\t\n"_s << QStringList{};
}

void TestDatasetSniffing::splitsParagraphs() {
    QFETCH(QString, text);
    QTEST(TextParagraphs::split(text), "paragraphs");
}

void TestDatasetSniffing::derivesTitleFromFirstSentence() {
    QCOMPARE(TextParagraphs::firstSentence(u"Dr. Müller kam am 3. März. Dann ging er."_s),
             u"Dr. Müller kam am 3. März."_s);
    const QString longText = QString(30, u'x') + u' ' + QString(300, u'y');
    QCOMPARE(TextParagraphs::firstSentence(longText), QString(30, u'x') + u'…');
}

QTEST_GUILESS_MAIN(TestDatasetSniffing)
#include "tst_datasetsniffing.moc"
