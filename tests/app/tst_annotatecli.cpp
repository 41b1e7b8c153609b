#include "clitest.h"
#include "testdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <utility>

using namespace Qt::StringLiterals;

// `annotate`: marking companies (--company with --quote, --all or --start/--end), recording
// partnerships and writing notes, and what it refuses.
class TestAnnotateCli : public CliTest {
    Q_OBJECT
private slots:
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
};

void TestAnnotateCli::annotateQuoteMarksFirstFreeOccurrence() {
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

void TestAnnotateCli::annotateQuoteMissingTextStoresNothing() {
    importSamples();
    const Run run = cli({u"--db"_s, db(), u"annotate"_s, u"1"_s, u"--company"_s, u"Nokia"_s,
                         u"--quote"_s, u"Nokia"_s});
    QCOMPARE(run.status, 1);
    QVERIFY2(run.err.startsWith(u"folio-cli: Article 1 has no “Nokia” in its text."_s),
             qPrintable(run.err));
    QCOMPARE(jsonArray({u"companies"_s}).size(), 0);
    QCOMPARE(showJson(1)[u"mentions"_s].toArray().size(), 0);
}

void TestAnnotateCli::annotateAllMarksEveryOccurrenceOnce() {
    importSamples();
    const QString text = showJson(1)[u"text"_s].toString();
    const int expected = TestData::wholeWordCount(text, u"Leica"_s);
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
    QCOMPARE(xiaomi.size(), TestData::wholeWordCount(text, u"Xiaomi"_s));
    QCOMPARE(xiaomi.first()[u"company"_s].toString(), u"Xiaomi"_s);
}

void TestAnnotateCli::annotateSpanCountsUtf16() {
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

void TestAnnotateCli::annotateSpanOutsideTextFails() {
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

void TestAnnotateCli::partnershipGetsEvidenceNamingBoth() {
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

void TestAnnotateCli::partnershipEvidenceFromOption() {
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

void TestAnnotateCli::partnershipWithItselfFails() {
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

void TestAnnotateCli::annotateUsageErrorsExitTwo_data() {
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

void TestAnnotateCli::annotateUsageErrorsExitTwo() {
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    importSamples();
    const Run run = cli(QStringList{u"--db"_s, db()} + args);
    QCOMPARE(run.status, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    QCOMPARE(jsonArray({u"companies"_s}).size(), 0);
}

void TestAnnotateCli::annotateUnknownArticleStoresNothing() {
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

void TestAnnotateCli::noteSetAndDeleted() {
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

QTEST_GUILESS_MAIN(TestAnnotateCli)
#include "tst_annotatecli.moc"
