#include "store/database.h"
#include "testdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// folio-cli reclean and restore, as scripts use them: a real process on a real database file.
class TestReanchorCli : public QObject {
    Q_OBJECT
private slots:
    void init();
    void restorePutsPieceBackAndKeepsMentions();
    void restoreErrors_data();
    void restoreErrors();
    void recleanReportsPerArticleAndTotal();
    void recleanFlagsLostWordsForReview();
    void recleanErrors_data();
    void recleanErrors();

private:
    struct Run {
        int status = -1;
        QString out;
        QString err;
    };
    Run cli(const QStringList& args);
    QJsonObject json(const QStringList& args);
    QString db() const { return m_dir->filePath(u"folio.sqlite"_s); }
    void importAndAnnotate();
    void verifyMentionsAddressQuotes(const QJsonObject& article);

    std::unique_ptr<QTemporaryDir> m_dir;
};

TestReanchorCli::Run TestReanchorCli::cli(const QStringList& args) {
    QProcess process;
    process.start(TestData::cliPath(), QStringList{u"--db"_s, db()} + args);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QJsonObject TestReanchorCli::json(const QStringList& args) {
    const Run run = cli(QStringList{u"--json"_s} + args);
    if (run.status != 0)
        qWarning("folio-cli %s: exit %d: %s", qPrintable(args.join(u' ')), run.status,
                 qPrintable(run.err));
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

void TestReanchorCli::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestReanchorCli::importAndAnnotate() {
    QCOMPARE(cli({u"import"_s, TestData::samplesDir()}).status, 0);
    QCOMPARE(cli({u"annotate"_s, u"1"_s, u"--company"_s, u"Leica"_s, u"--all"_s}).status, 0);
    QCOMPARE(cli({u"annotate"_s, u"1"_s, u"--company"_s, u"Xiaomi"_s, u"--all"_s}).status, 0);
    QCOMPARE(cli({u"annotate"_s, u"1"_s, u"--partnership"_s, u"Xiaomi"_s, u"Leica"_s}).status, 0);
}

void TestReanchorCli::verifyMentionsAddressQuotes(const QJsonObject& article) {
    const QString text = article[u"text"_s].toString();
    for (const char* key : {"mentions", "partnerships"}) {
        for (const QJsonValue& value : article[QLatin1String(key)].toArray()) {
            const QJsonObject annotation = value.toObject();
            QVERIFY(annotation.contains(u"anchored"_s));
            if (!annotation[u"anchored"_s].toBool())
                continue;
            const bool mention = annotation.contains(u"quote"_s);
            const int start = annotation[mention ? u"start"_s : u"evidence_start"_s].toInt();
            const int end = annotation[mention ? u"end"_s : u"evidence_end"_s].toInt();
            QCOMPARE(text.mid(start, end - start),
                     annotation[mention ? u"quote"_s : u"evidence"_s].toString());
        }
    }
}

void TestReanchorCli::restorePutsPieceBackAndKeepsMentions() {
    importAndAnnotate();
    const QJsonObject before = json({u"show"_s, u"1"_s});
    const int annotations =
        int(before[u"mentions"_s].toArray().size() + before[u"partnerships"_s].toArray().size());
    QVERIFY(annotations > 10);

    Run run = cli({u"restore"_s, u"1"_s, u"0"_s});
    QCOMPARE(run.status, 0);
    QCOMPARE(run.out,
             u"article 1: restored “Soul Hackers 2 Erscheinungsdatum "
             "Ankuendigungstrailer enthuellt”; kept %1, moved 0, review 0\n"_s.arg(annotations));
    const QJsonObject after = json({u"show"_s, u"1"_s});
    QCOMPARE(after[u"removed"_s].toArray().size(), 0);
    QVERIFY(after[u"text"_s].toString().startsWith(u"Soul Hackers 2"_s));
    const int shift = int(after[u"text"_s].toString().size() - before[u"text"_s].toString().size());
    const QJsonArray mentionsBefore = before[u"mentions"_s].toArray();
    const QJsonArray mentionsAfter = after[u"mentions"_s].toArray();
    QCOMPARE(mentionsAfter.size(), mentionsBefore.size());
    for (int i = 0; i < mentionsAfter.size(); ++i) {
        QCOMPARE(mentionsAfter[i][u"start"_s].toInt(),
                 mentionsBefore[i][u"start"_s].toInt() + shift);
        QVERIFY(mentionsAfter[i][u"anchored"_s].toBool());
    }
    verifyMentionsAddressQuotes(after);

    // Nothing left to restore.
    run = cli({u"restore"_s, u"1"_s, u"0"_s});
    QCOMPARE(run.status, 1);
    QVERIFY2(run.err.contains(u"no removed piece number 0"_s), qPrintable(run.err));
}

void TestReanchorCli::restoreErrors_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    QTest::newRow("no index") << QStringList{u"restore"_s, u"1"_s} << 2 << u"INDEX"_s;
    QTest::newRow("bad id") << QStringList{u"restore"_s, u"x"_s, u"0"_s} << 2
                            << u"'x' is not an article ID"_s;
    QTest::newRow("bad index") << QStringList{u"restore"_s, u"1"_s, u"first"_s} << 2
                               << u"'first' is not the index"_s;
    QTest::newRow("other option") << QStringList{u"restore"_s, u"1"_s, u"0"_s, u"--quote"_s, u"x"_s}
                                  << 2 << u"--quote does not apply"_s;
    QTest::newRow("unknown article")
        << QStringList{u"restore"_s, u"99"_s, u"0"_s} << 1 << u"no article with id 99"_s;
    QTest::newRow("unknown piece") << QStringList{u"restore"_s, u"1"_s, u"5"_s} << 1
                                   << u"no removed piece number 5 (it has 1)"_s;
}

void TestReanchorCli::restoreErrors() {
    QFETCH(QStringList, args);
    QFETCH(int, status);
    QFETCH(QString, message);
    QCOMPARE(cli({u"import"_s, TestData::samplesDir()}).status, 0);
    const Run run = cli(args);
    QCOMPARE(run.status, status);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QCOMPARE(json({u"show"_s, u"1"_s})[u"removed"_s].toArray().size(), 1);
}

void TestReanchorCli::recleanReportsPerArticleAndTotal() {
    importAndAnnotate();
    const QString generated = m_dir->filePath(u"more/two.txt"_s);
    QVERIFY(TestData::writeBytes(generated, TestData::generatedArticle(2).toUtf8()));
    QCOMPARE(cli({u"import"_s, generated}).status, 0);
    const int annotations = int(json({u"show"_s, u"1"_s})[u"mentions"_s].toArray().size()) + 1;

    // Already what the current cleaner makes.
    Run run = cli({u"reclean"_s});
    QCOMPARE(run.status, 0);
    QCOMPARE(run.out, u"article 1: unchanged\narticle 2: unchanged\n"
                      "total: 2 articles (2 unchanged): kept %1, moved 0, review 0 "
                      "(%1 annotations)\n"_s.arg(annotations));

    // After a restore the text differs from the cleaner's: cleaning again takes it out.
    QCOMPARE(cli({u"restore"_s, u"1"_s, u"0"_s}).status, 0);
    run = cli({u"reclean"_s, u"1"_s});
    QCOMPARE(run.status, 0);
    QCOMPARE(run.out, u"article 1: kept %1, moved 0, review 0\n"
                      "total: 1 article (0 unchanged): kept %1, moved 0, review 0 "
                      "(%1 annotations)\n"_s.arg(annotations));
    const QJsonObject article = json({u"show"_s, u"1"_s});
    QCOMPARE(article[u"removed"_s].toArray().size(), 1);
    verifyMentionsAddressQuotes(article);

    const QJsonObject report = json({u"reclean"_s, u"1"_s, u"2"_s});
    const QJsonArray articles = report[u"articles"_s].toArray();
    QCOMPARE(articles.size(), 2);
    QCOMPARE(articles[0][u"id"_s].toInt(), 1);
    QVERIFY(articles[0][u"unchanged"_s].toBool());
    QCOMPARE(articles[0][u"kept"_s].toInt(), annotations);
    const QJsonObject total = report[u"total"_s].toObject();
    QCOMPARE(total[u"articles"_s].toInt(), 2);
    QCOMPARE(total[u"unchanged"_s].toInt(), 2);
    QCOMPARE(total[u"annotations"_s].toInt(), annotations);
    QCOMPARE(total[u"kept"_s].toInt() + total[u"moved"_s].toInt() + total[u"review"_s].toInt(),
             annotations);
}

void TestReanchorCli::recleanFlagsLostWordsForReview() {
    importAndAnnotate();
    {
        // An older cleaner kept a line of advertising, and a mention was made on it.
        auto database = Database::open(db());
        QVERIFY(database.ok());
        QSqlQuery query((*database)->connection());
        QVERIFY(query.exec(u"UPDATE article SET cleaner_version = 0, clean_text = clean_text ||"
                           " char(10) || 'Anzeige: Nikon Kameras im Angebot.'"_s));
    }
    QCOMPARE(
        cli({u"annotate"_s, u"1"_s, u"--company"_s, u"Nikon"_s, u"--quote"_s, u"Nikon"_s}).status,
        0);
    const int annotations = int(json({u"show"_s, u"1"_s})[u"mentions"_s].toArray().size()) + 1;
    const Run run = cli({u"reclean"_s});
    QCOMPARE(run.status, 0);
    QVERIFY2(run.out.startsWith(u"article 1: kept %1, moved 0, review 1\n"_s.arg(annotations - 1)),
             qPrintable(run.out));
    const QJsonObject article = json({u"show"_s, u"1"_s});
    QCOMPARE(article[u"cleaner_version"_s].toInt(), 1);
    const QJsonArray mentions = article[u"mentions"_s].toArray();
    QCOMPARE(mentions.size(), annotations - 1); // none lost
    int review = 0;
    for (const QJsonValue& mention : mentions) {
        if (mention[u"anchored"_s].toBool())
            continue;
        ++review;
        QCOMPARE(mention[u"quote"_s].toString(), u"Nikon"_s);
        QCOMPARE(mention[u"prefix"_s].toString().right(9), u"Anzeige: "_s);
    }
    QCOMPARE(review, 1);
    verifyMentionsAddressQuotes(article);
    QVERIFY(cli({u"show"_s, u"1"_s}).out.contains(u"Nikon (1, 1 to review)"_s));
}

void TestReanchorCli::recleanErrors_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    QTest::newRow("bad id") << QStringList{u"reclean"_s, u"1"_s, u"abc"_s} << 2
                            << u"'abc' is not an article ID"_s;
    QTest::newRow("other option") << QStringList{u"reclean"_s, u"--company"_s, u"X"_s} << 2
                                  << u"--company does not apply"_s;
    QTest::newRow("unknown article")
        << QStringList{u"reclean"_s, u"1"_s, u"42"_s} << 1 << u"no article with id 42"_s;
}

void TestReanchorCli::recleanErrors() {
    QFETCH(QStringList, args);
    QFETCH(int, status);
    QFETCH(QString, message);
    QCOMPARE(cli({u"import"_s, TestData::samplesDir()}).status, 0);
    const Run run = cli(args);
    QCOMPARE(run.status, status);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    if (status == 1) // the known article was still cleaned (it was unchanged)
        QVERIFY2(run.out.contains(u"article 1: unchanged"_s), qPrintable(run.out));
}

QTEST_GUILESS_MAIN(TestReanchorCli)
#include "tst_reanchorcli.moc"
