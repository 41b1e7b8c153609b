#include "testdata.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
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
    void exportJsonImportsBackIntoEmptyDatabase();
    void exportRefusesUnwritableFolderAndUnknownFormat();
    void importSkipsTheDatabaseItself();
    void exportRefusesToOverwriteTheDatabase();
    void annotateQuoteMarksFirstFreeOccurrence();
    void annotateQuoteMissingTextStoresNothing();
    void annotateAllMarksEveryOccurrenceOnce();
    void annotateSpanCountsUtf16();
    void annotateSpanOutsideTextFails();
    void partnershipGetsEvidenceNamingBoth();
    void partnershipEvidenceFromOption();
    void partnershipWithItselfFails();
    void annotateUsageErrorsExitTwo_data();
    void annotateUsageErrorsExitTwo();
    void annotateUnknownArticleStoresNothing();
    void noteSetAndDeleted();
    void companiesAndPartnershipsCommands();

private:
    struct Run {
        int status = -1;
        QString out;
        QString err;
    };
    Run cli(const QStringList& args, const QProcessEnvironment& env = {});
    QString db() const { return m_dir->filePath(u"folio.sqlite"_s); }
    // folio-cli --db db() ARGS, expecting exit status 0.
    Run ok(const QStringList& args);
    QJsonObject showJson(int id);
    QJsonArray jsonArray(const QStringList& args);
    void importSamples();

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

TestCli::Run TestCli::ok(const QStringList& args) {
    Run run = cli(QStringList{u"--db"_s, db()} + args);
    if (run.status != 0)
        qWarning("folio-cli %s: exit %d: %s", qPrintable(args.join(u' ')), run.status,
                 qPrintable(run.err));
    return run;
}

QJsonObject TestCli::showJson(int id) {
    return QJsonDocument::fromJson(ok({u"--json"_s, u"show"_s, QString::number(id)}).out.toUtf8())
        .object();
}

QJsonArray TestCli::jsonArray(const QStringList& args) {
    return QJsonDocument::fromJson(ok(QStringList{u"--json"_s} + args).out.toUtf8()).array();
}

void TestCli::importSamples() {
    QCOMPARE(ok({u"import"_s, TestData::samplesDir()}).status, 0);
}

// Whole-word, case-insensitive occurrences, counted independently of TextSpan.
static int wholeWordCount(const QString& text, const QString& word) {
    const QRegularExpression re(u"(?<![\\w])"_s + QRegularExpression::escape(word) + u"(?![\\w])"_s,
                                QRegularExpression::CaseInsensitiveOption |
                                    QRegularExpression::UseUnicodePropertiesOption);
    int count = 0;
    for (auto it = re.globalMatch(text); it.hasNext(); it.next())
        ++count;
    return count;
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
         {"import",   "list",       "show",     "search",    "stats",         "check",
          "--db",     "--json",     "annotate", "companies", "partnerships",  "--company",
          "--quote",  "--all",      "--start",  "--end",     "--partnership", "--kind",
          "--status", "--evidence", "--note"})
        QVERIFY2(run.out.contains(QLatin1String(command)), command);
}

void TestCli::annotateQuoteMarksFirstFreeOccurrence() {
    importSamples();
    Run run = ok({u"annotate"_s, u"1"_s, u"--company"_s, u"Leica"_s, u"--quote"_s, u"Leica"_s});
    QCOMPARE(run.status, 0);
    QVERIFY2(run.out.startsWith(u"Marked Leica at "_s), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"(“Leica”) in article 1."_s), qPrintable(run.out));

    QJsonObject article = showJson(1);
    const QString text = article[u"text"_s].toString();
    QJsonArray mentions = article[u"mentions"_s].toArray();
    QCOMPARE(mentions.size(), 1);
    const QJsonObject first = mentions.first().toObject();
    const int start = first[u"start"_s].toInt();
    const int end = first[u"end"_s].toInt();
    QCOMPARE(text.mid(start, end - start), u"Leica"_s);
    QCOMPARE(start, int(text.indexOf(u" Leica."_s)) + 1); // the first whole-word "Leica"
    QCOMPARE(first[u"company"_s].toString(), u"Leica"_s);
    QCOMPARE(first[u"quote"_s].toString(), u"Leica"_s);
    QVERIFY(first[u"company_id"_s].toInteger() > 0);
    QVERIFY(first[u"anchored"_s].toBool());
    QVERIFY(text.left(start).endsWith(first[u"prefix"_s].toString()));
    QVERIFY(text.mid(end).startsWith(first[u"suffix"_s].toString()));

    // Again: the first one is taken, so the next free one; --json prints the mention.
    run = ok(
        {u"--json"_s, u"annotate"_s, u"1"_s, u"--company"_s, u"leica"_s, u"--quote"_s, u"Leica"_s});
    QCOMPARE(run.status, 0);
    const QJsonObject second = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QVERIFY(second[u"start"_s].toInt() > end);
    QCOMPARE(second[u"company"_s].toString(), u"Leica"_s); // found, not created again
    QCOMPARE(second[u"company_id"_s].toInteger(), first[u"company_id"_s].toInteger());
    mentions = showJson(1)[u"mentions"_s].toArray();
    QCOMPARE(mentions.size(), 2);

    run = ok({u"show"_s, u"1"_s});
    QVERIFY2(run.out.contains(u"Companies:\n  Leica (2)\n"_s), qPrintable(run.out));
}

void TestCli::annotateQuoteMissingTextStoresNothing() {
    importSamples();
    const Run run = cli({u"--db"_s, db(), u"annotate"_s, u"1"_s, u"--company"_s, u"Nokia"_s,
                         u"--quote"_s, u"Nokia"_s});
    QCOMPARE(run.status, 1);
    QVERIFY2(run.err.startsWith(u"folio-cli: Article 1 has no “Nokia” in its text."_s),
             qPrintable(run.err));
    QCOMPARE(jsonArray({u"companies"_s}).size(), 0);
    QCOMPARE(showJson(1)[u"mentions"_s].toArray().size(), 0);
}

void TestCli::annotateAllMarksEveryOccurrenceOnce() {
    importSamples();
    const QString text = showJson(1)[u"text"_s].toString();
    const int expected = wholeWordCount(text, u"Leica"_s);
    QVERIFY(expected > 2);

    Run run = ok({u"annotate"_s, u"1"_s, u"--company"_s, u"Leica"_s, u"--all"_s});
    QCOMPARE(run.status, 0);
    QCOMPARE(run.out.trimmed(), u"Marked %1 occurrences of Leica in article 1."_s.arg(expected));
    const QJsonArray mentions = showJson(1)[u"mentions"_s].toArray();
    QCOMPARE(mentions.size(), expected);
    for (const QJsonValue& mention : mentions) {
        const int start = mention[u"start"_s].toInt();
        QCOMPARE(text.mid(start, mention[u"end"_s].toInt() - start).toLower(), u"leica"_s);
    }

    run = ok(
        {u"annotate"_s, u"1"_s, u"--company"_s, u"Leica"_s, u"--quote"_s, u"Leica"_s, u"--all"_s});
    QCOMPARE(run.status, 0);
    QCOMPARE(run.out.trimmed(), u"Marked 0 occurrences of Leica in article 1."_s);
    QCOMPARE(jsonArray({u"annotate"_s, u"all"_s, u"--company"_s, u"Leica"_s, u"--all"_s}).size(),
             0);
    QCOMPARE(showJson(1)[u"mentions"_s].toArray().size(), expected);

    // `all` articles, with --json: the created mentions.
    const QJsonArray xiaomi =
        jsonArray({u"annotate"_s, u"all"_s, u"--company"_s, u"Xiaomi"_s, u"--all"_s});
    QCOMPARE(xiaomi.size(), wholeWordCount(text, u"Xiaomi"_s));
    QCOMPARE(xiaomi.first()[u"company"_s].toString(), u"Xiaomi"_s);
}

void TestCli::annotateSpanCountsUtf16() {
    const QString file = m_dir->filePath(u"in/zeiss.txt"_s);
    QVERIFY(
        TestData::writeBytes(file, u"Zeiss and Vivo renew their camera deal\n\n"
                                   u"📷 Zeiss and Vivo showed new phones on Monday. The "
                                   u"cameras carry the Zeiss name.\n\nzeiss-news\n"_s.toUtf8()));
    QCOMPARE(ok({u"import"_s, file}).status, 0);
    const QString text = showJson(1)[u"text"_s].toString();
    QVERIFY2(text.startsWith(u"📷 Zeiss and Vivo"_s), qPrintable(text));
    const int start = int(text.indexOf(u"Zeiss"_s));
    QCOMPARE(start, 3); // the camera is two UTF-16 units

    Run run = ok({u"annotate"_s, u"1"_s, u"--company"_s, u"Zeiss"_s, u"--start"_s, u"3"_s,
                  u"--end"_s, u"8"_s});
    QCOMPARE(run.status, 0);
    QCOMPARE(run.out.trimmed(), u"Marked Zeiss at 3–8 (“Zeiss”) in article 1."_s);
    const QJsonArray mentions = showJson(1)[u"mentions"_s].toArray();
    QCOMPARE(mentions.size(), 1);
    QCOMPARE(mentions.first()[u"start"_s].toInt(), 3);
    QCOMPARE(mentions.first()[u"end"_s].toInt(), 8);
    QCOMPARE(mentions.first()[u"quote"_s].toString(), u"Zeiss"_s);
    QCOMPARE(mentions.first()[u"prefix"_s].toString(), u"📷 "_s);

    const int vivo = int(text.indexOf(u"Vivo"_s));
    run = ok({u"--json"_s, u"annotate"_s, u"1"_s, u"--company"_s, u"Vivo"_s, u"--start"_s,
              QString::number(vivo), u"--end"_s, QString::number(vivo + 4)});
    QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).object()[u"quote"_s].toString(), u"Vivo"_s);
}

void TestCli::annotateSpanOutsideTextFails() {
    importSamples();
    for (const auto& [start, end] : {std::pair{u"10"_s, u"999999"_s},
                                     {u"-4"_s, u"3"_s},
                                     {u"12"_s, u"12"_s},
                                     {u"20"_s, u"10"_s}}) {
        const Run run = cli({u"--db"_s, db(), u"annotate"_s, u"1"_s, u"--company"_s, u"Leica"_s,
                             u"--start"_s, start, u"--end"_s, end});
        QVERIFY2(run.status == 1, qPrintable(start + u' ' + end + u": "_s + run.err));
        QVERIFY2(run.err.startsWith(u"folio-cli: "_s) && run.err.size() > 20, qPrintable(run.err));
    }
    QCOMPARE(showJson(1)[u"mentions"_s].toArray().size(), 0);
    QCOMPARE(jsonArray({u"companies"_s}).size(), 0); // the company made for it went again
}

void TestCli::partnershipGetsEvidenceNamingBoth() {
    importSamples();
    Run run = ok({u"annotate"_s, u"1"_s, u"--partnership"_s, u"Xiaomi"_s, u"Leica"_s});
    QCOMPARE(run.status, 0);
    QVERIFY2(
        run.out.startsWith(u"Recorded Xiaomi – Leica (partnership, announced) in article 1.\n"_s),
        qPrintable(run.out));

    const QJsonObject article = showJson(1);
    const QString text = article[u"text"_s].toString();
    const QJsonArray partnerships = article[u"partnerships"_s].toArray();
    QCOMPARE(partnerships.size(), 1);
    const QJsonObject partnership = partnerships.first().toObject();
    QCOMPARE(partnership[u"a"_s].toString(), u"Xiaomi"_s);
    QCOMPARE(partnership[u"b"_s].toString(), u"Leica"_s);
    QCOMPARE(partnership[u"kind"_s].toString(), u"partnership"_s);
    QCOMPARE(partnership[u"status"_s].toString(), u"announced"_s);
    const QString evidence = partnership[u"evidence"_s].toString();
    QVERIFY2(evidence.contains(u"Xiaomi"_s) && evidence.contains(u"Leica"_s), qPrintable(evidence));
    const int start = partnership[u"evidence_start"_s].toInt();
    QCOMPARE(text.mid(start, partnership[u"evidence_end"_s].toInt() - start), evidence);
    QVERIFY(text.startsWith(evidence)); // the first sentence naming both

    run = ok({u"show"_s, u"1"_s});
    QVERIFY2(run.out.contains(u"Partnerships:\n  Xiaomi – Leica (partnership, announced) “"_s +
                              evidence + u"”\n"_s),
             qPrintable(run.out));
}

void TestCli::partnershipEvidenceFromOption() {
    importSamples();
    Run run = ok({u"--json"_s, u"annotate"_s, u"1"_s, u"--partnership"_s, u"Leica"_s, u"Huawei"_s,
                  u"--kind"_s, u"supply"_s, u"--status"_s, u"former"_s, u"--evidence"_s,
                  u"ausgiebig eingesetzt"_s});
    QCOMPARE(run.status, 0);
    QJsonObject partnership = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(partnership[u"kind"_s].toString(), u"supply"_s);
    QCOMPARE(partnership[u"status"_s].toString(), u"former"_s);
    QCOMPARE(partnership[u"evidence"_s].toString(),
             u"Früher wurde die Kameratechnik von Leica ausgiebig eingesetzt Huawei Telefone."_s);

    // --evidence "" records none; text that is not there is an error.
    run = ok({u"--json"_s, u"annotate"_s, u"1"_s, u"--partnership"_s, u"Vivo"_s, u"Zeiss"_s,
              u"--evidence"_s, QString()});
    partnership = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(partnership[u"evidence"_s].toString(), QString());
    run = cli({u"--db"_s, db(), u"annotate"_s, u"1"_s, u"--partnership"_s, u"Oppo"_s,
               u"Hasselblad"_s, u"--evidence"_s, u"Stockholm"_s});
    QCOMPARE(run.status, 1);
    QVERIFY2(run.err.contains(u"Article 1 has no “Stockholm” in its text."_s), qPrintable(run.err));
    QCOMPARE(showJson(1)[u"partnerships"_s].toArray().size(), 2);
}

void TestCli::partnershipWithItselfFails() {
    importSamples();
    for (const QString& second : {u"Leica"_s, u"leica"_s}) {
        const Run run =
            cli({u"--db"_s, db(), u"annotate"_s, u"1"_s, u"--partnership"_s, u"Leica"_s, second});
        QCOMPARE(run.status, 1);
        QVERIFY2(run.err.startsWith(u"folio-cli: "_s), qPrintable(run.err));
        QVERIFY2(!run.err.contains(u"database error"_s) &&
                     (run.err.contains(u"different"_s) || run.err.contains(u"same"_s) ||
                      run.err.contains(u"itself"_s)),
                 qPrintable(run.err));
    }
    QCOMPARE(showJson(1)[u"partnerships"_s].toArray().size(), 0);
    QCOMPARE(jsonArray({u"partnerships"_s}).size(), 0);
    QCOMPARE(jsonArray({u"companies"_s}).size(), 0);
}

void TestCli::annotateUsageErrorsExitTwo_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const QString a = u"annotate"_s;
    const QString c = u"--company"_s;
    QTest::newRow("no mode") << QStringList{a, u"1"_s} << u"annotate needs --company"_s;
    QTest::newRow("quote without company")
        << QStringList{a, u"1"_s, u"--quote"_s, u"Leica"_s} << u"go with --company"_s;
    QTest::newRow("company alone")
        << QStringList{a, u"1"_s, c, u"Leica"_s} << u"needs --quote TEXT, --all or --start"_s;
    QTest::newRow("quote and start")
        << QStringList{a,          u"1"_s,       c,      u"Leica"_s, u"--quote"_s,
                       u"Leica"_s, u"--start"_s, u"1"_s, u"--end"_s, u"5"_s}
        << u"do not go with --quote"_s;
    QTest::newRow("start without end")
        << QStringList{a, u"1"_s, c, u"Leica"_s, u"--start"_s, u"1"_s} << u"--start needs --end"_s;
    QTest::newRow("end without start")
        << QStringList{a, u"1"_s, c, u"Leica"_s, u"--end"_s, u"1"_s} << u"--end needs --start"_s;
    QTest::newRow("word offset") << QStringList{a,          u"1"_s,       c,
                                                u"Leica"_s, u"--start"_s, u"one"_s,
                                                u"--end"_s, u"5"_s}
                                 << u"'one' is not an offset"_s;
    QTest::newRow("no id") << QStringList{a, c, u"Leica"_s, u"--quote"_s, u"Leica"_s}
                           << u"one article ID"_s;
    QTest::newRow("all without --all")
        << QStringList{a, u"all"_s, c, u"Leica"_s, u"--quote"_s, u"Leica"_s}
        << u"'all' is not an article ID"_s;
    QTest::newRow("empty quote") << QStringList{a, u"1"_s, c, u"Leica"_s, u"--quote"_s, u" "_s}
                                 << u"--quote needs some text"_s;
    QTest::newRow("one partner") << QStringList{a, u"1"_s, u"--partnership"_s, u"Xiaomi"_s}
                                 << u"two company names"_s;
    QTest::newRow("bad status") << QStringList{a,           u"1"_s,     u"--partnership"_s,
                                               u"Xiaomi"_s, u"Leica"_s, u"--status"_s,
                                               u"maybe"_s}
                                << u"'maybe' is not a status"_s;
    QTest::newRow("kind without partnership")
        << QStringList{a, u"1"_s, c, u"Leica"_s, u"--all"_s, u"--kind"_s, u"supply"_s}
        << u"go with --partnership"_s;
    QTest::newRow("two modes") << QStringList{a, u"1"_s, c, u"Leica"_s, u"--note"_s, u"x"_s}
                               << u"one of --company, --partnership and --note"_s;
    QTest::newRow("note without id") << QStringList{a, u"--note"_s, u"x"_s} << u"one article ID"_s;
    QTest::newRow("option on list")
        << QStringList{u"list"_s, u"--quote"_s, u"x"_s} << u"--quote does not apply to 'list'"_s;
    QTest::newRow("companies argument")
        << QStringList{u"companies"_s, u"x"_s} << u"companies takes no arguments"_s;
}

void TestCli::annotateUsageErrorsExitTwo() {
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    importSamples();
    const Run run = cli(QStringList{u"--db"_s, db()} + args);
    QCOMPARE(run.status, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    QCOMPARE(jsonArray({u"companies"_s}).size(), 0);
}

void TestCli::annotateUnknownArticleStoresNothing() {
    importSamples();
    for (const QStringList& mode :
         {QStringList{u"--company"_s, u"Leica"_s, u"--quote"_s, u"Leica"_s},
          QStringList{u"--company"_s, u"Leica"_s, u"--all"_s},
          QStringList{u"--company"_s, u"Leica"_s, u"--start"_s, u"0"_s, u"--end"_s, u"5"_s},
          QStringList{u"--note"_s, u"x"_s}}) {
        const Run run = cli(QStringList{u"--db"_s, db(), u"annotate"_s, u"42"_s} + mode);
        QCOMPARE(run.status, 1);
        QVERIFY2(run.err.contains(u"no article with id 42"_s), qPrintable(run.err));
    }
    const Run run =
        cli({u"--db"_s, db(), u"annotate"_s, u"42"_s, u"--partnership"_s, u"Xiaomi"_s, u"Leica"_s});
    QCOMPARE(run.status, 1);
    QCOMPARE(jsonArray({u"companies"_s}).size(), 0);
}

void TestCli::noteSetAndDeleted() {
    importSamples();
    Run run = ok({u"annotate"_s, u"1"_s, u"--note"_s, u"Check the launch date"_s});
    QCOMPARE(run.status, 0);
    QCOMPARE(run.out.trimmed(), u"Saved the note on article 1."_s);
    run = ok({u"show"_s, u"1"_s});
    QVERIFY2(run.out.contains(u"Note:\n  Check the launch date\n"_s), qPrintable(run.out));
    QJsonArray notes = showJson(1)[u"notes"_s].toArray();
    QCOMPARE(notes.size(), 1);
    QCOMPARE(notes.first()[u"body"_s].toString(), u"Check the launch date"_s);
    QVERIFY(notes.first()[u"mention_id"_s].isNull());
    QVERIFY(notes.first()[u"partnership_id"_s].isNull());

    run = ok({u"annotate"_s, u"1"_s, u"--note"_s, QString()});
    QCOMPARE(run.status, 0);
    QCOMPARE(run.out.trimmed(), u"Deleted the note on article 1."_s);
    QCOMPARE(showJson(1)[u"notes"_s].toArray().size(), 0);
    QVERIFY(!ok({u"show"_s, u"1"_s}).out.contains(u"Note:"_s));
}

void TestCli::companiesAndPartnershipsCommands() {
    importSamples();
    QCOMPARE(ok({u"companies"_s}).out.trimmed(), u"No companies yet."_s);
    QCOMPARE(ok({u"partnerships"_s}).out.trimmed(), u"No partnerships recorded."_s);
    QCOMPARE(ok({u"annotate"_s, u"1"_s, u"--company"_s, u"Leica"_s, u"--all"_s}).status, 0);
    QCOMPARE(
        ok({u"annotate"_s, u"1"_s, u"--company"_s, u"Xiaomi"_s, u"--quote"_s, u"Xiaomi"_s}).status,
        0);
    QCOMPARE(ok({u"annotate"_s, u"1"_s, u"--partnership"_s, u"Xiaomi"_s, u"Leica"_s}).status, 0);
    const int leicas = wholeWordCount(showJson(1)[u"text"_s].toString(), u"Leica"_s);

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

void TestCli::exportJsonImportsBackIntoEmptyDatabase() {
    QCOMPARE(cli({u"--db"_s, db(), u"import"_s, TestData::samplesDir()}).status, 0);
    QCOMPARE(cli({u"--db"_s, db(), u"annotate"_s, u"1"_s, u"--company"_s, u"Leica"_s, u"--quote"_s,
                  u"Leica"_s, u"--all"_s})
                 .status,
             0);
    QCOMPARE(
        cli({u"--db"_s, db(), u"annotate"_s, u"1"_s, u"--partnership"_s, u"Xiaomi"_s, u"Leica"_s})
            .status,
        0);
    const QString first = m_dir->filePath(u"first.json"_s);
    Run run = cli({u"--db"_s, db(), u"export"_s, u"--format"_s, u"json"_s, u"--out"_s, first});
    QVERIFY2(run.status == 0, qPrintable(run.err));
    QVERIFY(run.out.contains(first));

    const QString other = m_dir->filePath(u"other.sqlite"_s);
    run = cli({u"--db"_s, other, u"import"_s, first});
    QVERIFY2(run.status == 0, qPrintable(run.out + run.err));
    const QString second = m_dir->filePath(u"second.json"_s);
    QCOMPARE(
        cli({u"--db"_s, other, u"export"_s, u"--format"_s, u"json"_s, u"--out"_s, second}).status,
        0);
    auto withoutTime = [](const QString& path) {
        QJsonObject object = QJsonDocument::fromJson(TestData::readBytes(path)).object();
        object.remove(u"exported_at"_s);
        return object;
    };
    QCOMPARE(withoutTime(second), withoutTime(first));
    const QJsonObject shown =
        QJsonDocument::fromJson(
            cli({u"--db"_s, other, u"--json"_s, u"show"_s, u"1"_s}).out.toUtf8())
            .object();
    QVERIFY(shown[u"mentions"_s].toArray().size() >= 8);
    QCOMPARE(shown[u"partnerships"_s].toArray().size(), 1);
}

void TestCli::exportRefusesUnwritableFolderAndUnknownFormat() {
    QCOMPARE(cli({u"--db"_s, db(), u"import"_s, TestData::samplesDir()}).status, 0);
    const QString blocker = m_dir->filePath(u"blocker"_s);
    QVERIFY(TestData::writeBytes(blocker, "x"));
    Run run = cli(
        {u"--db"_s, db(), u"export"_s, u"--format"_s, u"md"_s, u"--out"_s, blocker + u"/notes"_s});
    QCOMPARE(run.status, 1);
    QVERIFY2(run.err.contains(u"Cannot write"_s), qPrintable(run.err));
    QCOMPARE(TestData::readBytes(blocker), QByteArray("x"));
    run = cli({u"--db"_s, db(), u"export"_s, u"--format"_s, u"docx"_s, u"--out"_s, blocker});
    QCOMPARE(run.status, 2);
    run = cli({u"--db"_s, db(), u"list"_s, u"--format"_s, u"md"_s});
    QCOMPARE(run.status, 2);
}

// A database that lives among the articles (named .txt, even) is never read as one: reading it
// outside SQLite would drop this process's locks on it.
void TestCli::importSkipsTheDatabaseItself() {
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

void TestCli::exportRefusesToOverwriteTheDatabase() {
    importSamples();
    const QByteArray before = TestData::readBytes(db());
    for (const QString& out : QStringList{db(), db() + u"-wal"_s}) {
        const Run run =
            cli({u"--db"_s, db(), u"export"_s, u"--format"_s, u"json"_s, u"--out"_s, out});
        QCOMPARE(run.status, 1);
        QVERIFY2(run.err.contains(u"it is the database being exported"_s), qPrintable(run.err));
    }
    QCOMPARE(TestData::readBytes(db()), before);
    QCOMPARE(cli({u"--db"_s, db(), u"check"_s}).status, 0);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
