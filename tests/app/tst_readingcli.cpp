#include "clitest.h"
#include "testdata.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

// The commands that import and read: import, list, show, search, stats, check, companies,
// partnerships, and how folio-cli answers a wrong command line or database.
class TestReadingCli : public CliTest {
    Q_OBJECT
private slots:
    void importsSamplesThenReportsDuplicates();
    void importReportsEveryBadFileAndExitsOne();
    void listAndShowJson();
    void showTextHasTitleParagraphsAndRemoved();
    void searchRanksAndSurvivesBadSyntax_data();
    void searchRanksAndSurvivesBadSyntax();
    void statsAndCheck();
    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();
    void unknownArticleExitsOne();
    void refusesDatabaseThatIsNotSqlite();
    void usesDefaultDatabaseLocation();
    void versionAndHelp();
    void importSkipsTheDatabaseItself();
    void companiesAndPartnershipsCommands();
};

void TestReadingCli::importsSamplesThenReportsDuplicates() {
    Run run = cli({u"--db"_s, db(), u"import"_s, TestData::samplesDir()});
    QCOMPARE(run.status, 0);
    QVERIFY2(run.out.contains(u"Imported 1 article; 0 failed."_s), qPrintable(run.out));
    run = cli({u"--db"_s, db(), u"import"_s, TestData::samplesDir()});
    QCOMPARE(run.status, 0);
    QVERIFY2(run.out.contains(u"duplicate"_s), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"Imported 0 articles; 1 duplicate"_s), qPrintable(run.out));
    run = cli({u"--db"_s, db(), u"--json"_s, u"stats"_s});
    QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).object()[u"articles"_s].toInt(), 1);
}

void TestReadingCli::importReportsEveryBadFileAndExitsOne() {
    const QString folder = m_dir->filePath(u"in"_s);
    QVERIFY(TestData::writeBytes(folder + u"/good.txt"_s, TestData::generatedArticle(1).toUtf8()));
    QVERIFY(TestData::writeBytes(folder + u"/empty.txt"_s, ""));
    const QString missing = m_dir->filePath(u"nowhere"_s);
    Run run = cli({u"--db"_s, db(), u"import"_s, folder, missing});
    QCOMPARE(run.status, 1);
    QVERIFY2(run.out.contains(u"failed     "_s + folder + u"/empty.txt: file is empty"_s),
             qPrintable(run.out));
    QVERIFY2(run.out.contains(missing + u": no such file or folder"_s), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"Imported 1 article; 2 failed."_s), qPrintable(run.out));

    run = cli({u"--db"_s, db(), u"--json"_s, u"import"_s, folder});
    QCOMPARE(run.status, 1);
    const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(report[u"duplicates"_s].toInt(), 1);
    QCOMPARE(report[u"failed"_s].toInt(), 1);
}

void TestReadingCli::listAndShowJson() {
    QCOMPARE(cli({u"--db"_s, db(), u"import"_s, TestData::samplesDir()}).status, 0);
    Run run = cli({u"--db"_s, db(), u"list"_s, u"--json"_s});
    QCOMPARE(run.status, 0);
    const QJsonArray list = QJsonDocument::fromJson(run.out.toUtf8()).array();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first()[u"source"_s].toString(), u"toi-tech"_s);
    QCOMPARE(list.first()[u"status"_s].toString(), u"new"_s);

    run = cli({u"--db"_s, db(), u"--json"_s, u"show"_s, u"1"_s});
    QCOMPARE(run.status, 0);
    const QJsonObject article = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(article[u"id"_s].toInt(), 1);
    QVERIFY(article[u"title"_s].toString().startsWith(u"Leica: Xiaomi arbeitet mit Leica"_s));
    QCOMPARE(article[u"source"_s].toString(), u"toi-tech"_s);
    const QJsonArray paragraphs = article[u"paragraphs"_s].toArray();
    QCOMPARE(paragraphs.size(), 5);
    QStringList joined;
    for (const QJsonValue& paragraph : paragraphs)
        joined << paragraph.toString();
    QCOMPARE(article[u"text"_s].toString(), joined.join(u'\n'));
    const QJsonArray removed = article[u"removed"_s].toArray();
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.first()[u"text"_s].toString(),
             u"Soul Hackers 2 Erscheinungsdatum Ankuendigungstrailer enthuellt"_s);
    QVERIFY(!removed.first()[u"reason"_s].toString().isEmpty());
    for (const char* key : {"mentions", "partnerships", "notes"})
        QVERIFY2(article[QLatin1String(key)].isArray(), key);
}

void TestReadingCli::showTextHasTitleParagraphsAndRemoved() {
    QCOMPARE(cli({u"--db"_s, db(), u"import"_s, TestData::samplesDir()}).status, 0);
    const Run run = cli({u"--db"_s, db(), u"show"_s, u"1"_s});
    QCOMPARE(run.status, 0);
    QVERIFY(run.out.startsWith(u"# Leica: Xiaomi"_s));
    QVERIFY(run.out.contains(u"@Xiaomi und @leica_camera haben eine globale"_s));
    QVERIFY(run.out.contains(u"Removed by cleaning:"_s));
    QVERIFY(run.out.contains(u"Soul Hackers 2"_s));
}

void TestReadingCli::searchRanksAndSurvivesBadSyntax_data() {
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("hits");
    QTest::newRow("word") << u"Hasselblad"_s << 1;
    QTest::newRow("stray quote") << u"\"Hasselblad"_s << 1;
    QTest::newRow("lone AND") << u"AND"_s << 0;
    QTest::newRow("no match") << u"Nokia"_s << 0;
}

void TestReadingCli::searchRanksAndSurvivesBadSyntax() {
    QFETCH(QString, query);
    QFETCH(int, hits);
    QCOMPARE(cli({u"--db"_s, db(), u"import"_s, TestData::samplesDir()}).status, 0);
    const Run run = cli({u"--db"_s, db(), u"--json"_s, u"search"_s, query});
    QCOMPARE(run.status, 0);
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    const QJsonArray array = QJsonDocument::fromJson(run.out.toUtf8()).array();
    QCOMPARE(array.size(), hits);
    if (hits > 0)
        QVERIFY(array.first()[u"snippet"_s].toString().contains(u"[Hasselblad]"_s));
}

void TestReadingCli::statsAndCheck() {
    QCOMPARE(cli({u"--db"_s, db(), u"import"_s, TestData::samplesDir()}).status, 0);
    Run run = cli({u"--db"_s, db(), u"stats"_s});
    QCOMPARE(run.status, 0);
    QVERIFY2(run.out.contains(u"articles      1 (1 unread)"_s), qPrintable(run.out));
    QVERIFY(run.out.contains(u"toi-tech"_s));
    run = cli({u"--db"_s, db(), u"check"_s});
    QCOMPARE(run.status, 0);
    QVERIFY2(run.out.contains(u"the database is sound"_s), qPrintable(run.out));
}

void TestReadingCli::usageErrorsExitTwo_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("no command") << QStringList() << u"no command given"_s;
    QTest::newRow("unknown command") << QStringList{u"frobnicate"_s} << u"unknown command"_s;
    QTest::newRow("unknown option") << QStringList{u"--frob"_s, u"list"_s} << u"frob"_s;
    QTest::newRow("show without id") << QStringList{u"show"_s} << u"one article ID"_s;
    QTest::newRow("show word") << QStringList{u"show"_s, u"abc"_s}
                               << u"'abc' is not an article ID"_s;
    QTest::newRow("import nothing") << QStringList{u"import"_s} << u"at least one file"_s;
    QTest::newRow("search nothing") << QStringList{u"search"_s} << u"needs a query"_s;
}

void TestReadingCli::usageErrorsExitTwo() {
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Run run = cli(QStringList{u"--db"_s, db()} + args);
    QCOMPARE(run.status, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
}

void TestReadingCli::unknownArticleExitsOne() {
    const Run run = cli({u"--db"_s, db(), u"show"_s, u"42"_s});
    QCOMPARE(run.status, 1);
    QVERIFY2(run.err.contains(u"no article with id 42"_s), qPrintable(run.err));
}

void TestReadingCli::refusesDatabaseThatIsNotSqlite() {
    const QString path = m_dir->filePath(u"notes.txt"_s);
    QVERIFY(TestData::writeBytes(path, "shopping list\n"));
    const Run run = cli({u"--db"_s, path, u"list"_s});
    QCOMPARE(run.status, 1);
    QVERIFY2(run.err.contains(path + u": is not a Folio database"_s), qPrintable(run.err));
    QCOMPARE(TestData::readBytes(path), QByteArray("shopping list\n"));
}

void TestReadingCli::usesDefaultDatabaseLocation() {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_DATA_HOME"_s, m_dir->filePath(u"xdg"_s));
    QCOMPARE(cli({u"import"_s, TestData::samplesDir()}, env).status, 0);
    QVERIFY(QFile::exists(m_dir->filePath(u"xdg/folio/folio.sqlite"_s)));
}

void TestReadingCli::versionAndHelp() {
    Run run = cli({u"--version"_s});
    QCOMPARE(run.status, 0);
    QVERIFY(run.out.startsWith(u"folio-cli "_s));
    run = cli({u"--help"_s});
    QCOMPARE(run.status, 0);
    for (const char* command :
         {"import",   "list",       "show",     "search",    "stats",         "check",
          "--db",     "--json",     "annotate", "companies", "partnerships",  "--company",
          "--quote",  "--all",      "--start",  "--end",     "--partnership", "--kind",
          "--status", "--evidence", "--note"})
        QVERIFY2(run.out.contains(QLatin1String(command)), command);
}

void TestReadingCli::companiesAndPartnershipsCommands() {
    importSamples();
    QCOMPARE(ok({u"companies"_s}).out.trimmed(), u"No companies yet."_s);
    QCOMPARE(ok({u"partnerships"_s}).out.trimmed(), u"No partnerships recorded."_s);
    QCOMPARE(ok({u"annotate"_s, u"1"_s, u"--company"_s, u"Leica"_s, u"--all"_s}).status, 0);
    QCOMPARE(
        ok({u"annotate"_s, u"1"_s, u"--company"_s, u"Xiaomi"_s, u"--quote"_s, u"Xiaomi"_s}).status,
        0);
    QCOMPARE(ok({u"annotate"_s, u"1"_s, u"--partnership"_s, u"Xiaomi"_s, u"Leica"_s}).status, 0);
    const int leicas = TestData::wholeWordCount(showJson(1)[u"text"_s].toString(), u"Leica"_s);

    Run run = ok({u"companies"_s});
    QVERIFY2(run.out.contains(u"Leica\t%1 mentions, 1 article, 1 partnership"_s.arg(leicas)),
             qPrintable(run.out));
    QVERIFY2(run.out.contains(u"Xiaomi\t1 mention, 1 article, 1 partnership"_s),
             qPrintable(run.out));
    const QJsonArray companies = jsonArray({u"companies"_s});
    QCOMPARE(companies.size(), 2);
    for (const QJsonValue& company : companies) {
        const bool leica = company[u"name"_s].toString() == u"Leica"_s;
        QCOMPARE(company[u"mentions"_s].toInt(), leica ? leicas : 1);
        QCOMPARE(company[u"articles"_s].toInt(), 1);
        QCOMPARE(company[u"partnerships"_s].toInt(), 1);
        QVERIFY(company[u"aliases"_s].isArray());
    }

    run = ok({u"partnerships"_s}); // the pair in either order
    QVERIFY2(QRegularExpression(u"^(Xiaomi – Leica|Leica – Xiaomi)\\tpartnership, announced\\t"
                                u"1 article\\t"_s)
                 .match(run.out)
                 .hasMatch(),
             qPrintable(run.out));
    QJsonArray summaries = jsonArray({u"partnerships"_s, u"--company"_s, u"leica"_s});
    QCOMPARE(summaries.size(), 1);
    const QStringList pair{summaries.first()[u"a"_s].toString(),
                           summaries.first()[u"b"_s].toString()};
    QVERIFY2(pair.contains(u"Xiaomi"_s) && pair.contains(u"Leica"_s), qPrintable(pair.join(u' ')));
    QCOMPARE(summaries.first()[u"articles"_s].toInt(), 1);
    QCOMPARE(summaries.first()[u"partnership_ids"_s].toArray().size(), 1);

    QCOMPARE(ok({u"annotate"_s, u"1"_s, u"--company"_s, u"Vivo"_s, u"--quote"_s, u"Vivo"_s}).status,
             0);
    QCOMPARE(jsonArray({u"partnerships"_s, u"--company"_s, u"Vivo"_s}).size(), 0);
    run = cli({u"--db"_s, db(), u"partnerships"_s, u"--company"_s, u"Nokia"_s});
    QCOMPARE(run.status, 1);
    QVERIFY2(run.err.contains(u"There is no company “Nokia”."_s), qPrintable(run.err));
}

// A database that lives among the articles (named .txt, even) is never read as one: reading it
// outside SQLite would drop this process's locks on it.
void TestReadingCli::importSkipsTheDatabaseItself() {
    const QString folder = m_dir->filePath(u"articles"_s);
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(TestData::writeBytes(folder + u"/a.txt"_s, TestData::generatedArticle(1).toUtf8()));
    const QString database = folder + u"/store.txt"_s;
    Run run = cli({u"--db"_s, database, u"import"_s, folder});
    QCOMPARE(run.status, 0);
    QVERIFY2(run.out.contains(database + u": is the database Folio is importing into"_s),
             qPrintable(run.out));
    run = cli({u"--db"_s, database, u"import"_s, database});
    QCOMPARE(run.status, 0);
    QVERIFY2(run.out.contains(u"is the database Folio is importing into"_s), qPrintable(run.out));
    run = cli({u"--db"_s, database, u"list"_s});
    QCOMPARE(run.out.count(u'\n'), 1);
    QCOMPARE(cli({u"--db"_s, database, u"check"_s}).status, 0);
}

QTEST_GUILESS_MAIN(TestReadingCli)
#include "tst_readingcli.moc"
