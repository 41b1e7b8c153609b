#include "testdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// folio-cli as scripts use it: a real process on a real database file.
class TestCli : public QObject {
    Q_OBJECT
private slots:
    void init();
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

private:
    struct Run {
        int status = -1;
        QString out;
        QString err;
    };
    Run cli(const QStringList& args, const QProcessEnvironment& env = {});
    QString db() const { return m_dir->filePath(u"folio.sqlite"_s); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

TestCli::Run TestCli::cli(const QStringList& args, const QProcessEnvironment& env) {
    QProcess process;
    if (!env.isEmpty())
        process.setProcessEnvironment(env);
    process.start(TestData::cliPath(), args);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

void TestCli::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCli::importsSamplesThenReportsDuplicates() {
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

void TestCli::importReportsEveryBadFileAndExitsOne() {
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

void TestCli::listAndShowJson() {
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

void TestCli::showTextHasTitleParagraphsAndRemoved() {
    QCOMPARE(cli({u"--db"_s, db(), u"import"_s, TestData::samplesDir()}).status, 0);
    const Run run = cli({u"--db"_s, db(), u"show"_s, u"1"_s});
    QCOMPARE(run.status, 0);
    QVERIFY(run.out.startsWith(u"# Leica: Xiaomi"_s));
    QVERIFY(run.out.contains(u"@Xiaomi und @leica_camera haben eine globale"_s));
    QVERIFY(run.out.contains(u"Removed by cleaning:"_s));
    QVERIFY(run.out.contains(u"Soul Hackers 2"_s));
}

void TestCli::searchRanksAndSurvivesBadSyntax_data() {
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("hits");
    QTest::newRow("word") << u"Hasselblad"_s << 1;
    QTest::newRow("stray quote") << u"\"Hasselblad"_s << 1;
    QTest::newRow("lone AND") << u"AND"_s << 0;
    QTest::newRow("no match") << u"Nokia"_s << 0;
}

void TestCli::searchRanksAndSurvivesBadSyntax() {
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

void TestCli::statsAndCheck() {
    QCOMPARE(cli({u"--db"_s, db(), u"import"_s, TestData::samplesDir()}).status, 0);
    Run run = cli({u"--db"_s, db(), u"stats"_s});
    QCOMPARE(run.status, 0);
    QVERIFY2(run.out.contains(u"articles      1 (1 unread)"_s), qPrintable(run.out));
    QVERIFY(run.out.contains(u"toi-tech"_s));
    run = cli({u"--db"_s, db(), u"check"_s});
    QCOMPARE(run.status, 0);
    QVERIFY2(run.out.contains(u"the database is sound"_s), qPrintable(run.out));
}

void TestCli::usageErrorsExitTwo_data() {
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

void TestCli::usageErrorsExitTwo() {
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Run run = cli(QStringList{u"--db"_s, db()} + args);
    QCOMPARE(run.status, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
}

void TestCli::unknownArticleExitsOne() {
    const Run run = cli({u"--db"_s, db(), u"show"_s, u"42"_s});
    QCOMPARE(run.status, 1);
    QVERIFY2(run.err.contains(u"no article with id 42"_s), qPrintable(run.err));
}

void TestCli::refusesDatabaseThatIsNotSqlite() {
    const QString path = m_dir->filePath(u"notes.txt"_s);
    QVERIFY(TestData::writeBytes(path, "shopping list\n"));
    const Run run = cli({u"--db"_s, path, u"list"_s});
    QCOMPARE(run.status, 1);
    QVERIFY2(run.err.contains(path + u": is not a Folio database"_s), qPrintable(run.err));
    QCOMPARE(TestData::readBytes(path), QByteArray("shopping list\n"));
}

void TestCli::usesDefaultDatabaseLocation() {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_DATA_HOME"_s, m_dir->filePath(u"xdg"_s));
    QCOMPARE(cli({u"import"_s, TestData::samplesDir()}, env).status, 0);
    QVERIFY(QFile::exists(m_dir->filePath(u"xdg/folio/folio.sqlite"_s)));
}

void TestCli::versionAndHelp() {
    Run run = cli({u"--version"_s});
    QCOMPARE(run.status, 0);
    QVERIFY(run.out.startsWith(u"folio-cli "_s));
    run = cli({u"--help"_s});
    QCOMPARE(run.status, 0);
    for (const char* command :
         {"import", "list", "show", "search", "stats", "check", "--db", "--json"})
        QVERIFY2(run.out.contains(QLatin1String(command)), command);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
