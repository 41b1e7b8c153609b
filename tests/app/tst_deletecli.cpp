#include "clitest.h"
#include "testdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

// folio-cli delete: all or nothing, refusing annotated articles without --force, naming what it
// deleted or why it deleted nothing.
class TestDeleteCli : public CliTest {
    Q_OBJECT
private slots:
    void deletesAnArticleWithoutAnnotations();
    void refusesAnAnnotatedArticleWithoutForce();
    void forceDeletesTheAnnotationsTooButKeepsCompanies();
    void unknownIdsAreNamedAndNothingIsDeleted();
    void nonsenseArgumentsExitTwo_data();
    void nonsenseArgumentsExitTwo();
    void jsonListsWhatWasDeleted();
    void helpExplainsDelete();

private:
    QList<int> listedIds();
    // Article 1 (the sample) with a mention of Leica and a note; articles 2 and 3 plain.
    void importThreeAndAnnotateTheFirst();
};

QList<int> TestDeleteCli::listedIds() {
    QList<int> ids;
    for (const QJsonValue& article : jsonArray({u"list"_s}))
        ids << article[u"id"_s].toInt();
    return ids;
}

void TestDeleteCli::importThreeAndAnnotateTheFirst() {
    importSamples();
    const QString folder = m_dir->filePath(u"in"_s);
    QVERIFY(TestData::writeBytes(folder + u"/a.txt"_s, TestData::generatedArticle(2).toUtf8()));
    QVERIFY(TestData::writeBytes(folder + u"/b.txt"_s, TestData::generatedArticle(3).toUtf8()));
    QCOMPARE(ok({u"import"_s, folder}).status, 0);
    QCOMPARE(listedIds(), (QList<int>{1, 2, 3}));
    QCOMPARE(
        ok({u"annotate"_s, u"1"_s, u"--company"_s, u"Leica"_s, u"--quote"_s, u"Leica"_s}).status,
        0);
    QCOMPARE(ok({u"annotate"_s, u"1"_s, u"--note"_s, u"follow up"_s}).status, 0);
}

void TestDeleteCli::deletesAnArticleWithoutAnnotations() {
    importThreeAndAnnotateTheFirst();
    const QString title = showJson(2)[u"title"_s].toString();
    const Run run = ok({u"delete"_s, u"2"_s});
    QCOMPARE(run.status, 0);
    QVERIFY2(run.out.contains(u"deleted article 2 “%1” (no annotations)"_s.arg(title)),
             qPrintable(run.out));
    QVERIFY2(run.out.contains(u"Deleted 1 article."_s), qPrintable(run.out));
    QCOMPARE(listedIds(), (QList<int>{1, 3}));
    QCOMPARE(cli({u"--db"_s, db(), u"show"_s, u"2"_s}).status, 1);
    QCOMPARE(jsonArray({u"search"_s, u"\"deal number 2\""_s}).size(), 0);
    QCOMPARE(ok({u"check"_s}).status, 0);
}

void TestDeleteCli::refusesAnAnnotatedArticleWithoutForce() {
    importThreeAndAnnotateTheFirst();
    const QString title = showJson(1)[u"title"_s].toString();
    Run run = cli({u"--db"_s, db(), u"delete"_s, u"1"_s});
    QCOMPARE(run.status, 1);
    QVERIFY2(run.err.contains(u"article 1 “%1” holds 1 mention and 1 note"_s.arg(title)),
             qPrintable(run.err));
    QVERIFY2(run.err.contains(u"add --force"_s), qPrintable(run.err));
    QVERIFY2(run.err.contains(u"nothing was deleted"_s), qPrintable(run.err));
    // All or nothing: the plain article named with it stays too.
    run = cli({u"--db"_s, db(), u"delete"_s, u"2"_s, u"1"_s});
    QCOMPARE(run.status, 1);
    QCOMPARE(run.out, QString());
    QCOMPARE(listedIds(), (QList<int>{1, 2, 3}));
    QCOMPARE(showJson(1)[u"mentions"_s].toArray().size(), 1);
}

void TestDeleteCli::forceDeletesTheAnnotationsTooButKeepsCompanies() {
    importThreeAndAnnotateTheFirst();
    const Run run = ok({u"delete"_s, u"3"_s, u"1"_s, u"--force"_s});
    QCOMPARE(run.status, 0);
    QVERIFY2(run.out.contains(u"deleted article 1 "_s) &&
                 run.out.contains(u"(1 mention and 1 note)"_s),
             qPrintable(run.out));
    QVERIFY2(run.out.contains(u"Deleted 2 articles."_s), qPrintable(run.out));
    QCOMPARE(listedIds(), QList<int>{2});
    const QJsonObject stats =
        QJsonDocument::fromJson(ok({u"--json"_s, u"stats"_s}).out.toUtf8()).object();
    QCOMPARE(stats[u"mentions"_s].toInt(), 0);
    QCOMPARE(stats[u"notes"_s].toInt(), 0);
    QCOMPARE(stats[u"companies"_s].toInt(), 1);
    QCOMPARE(ok({u"check"_s}).status, 0);
}

void TestDeleteCli::unknownIdsAreNamedAndNothingIsDeleted() {
    importThreeAndAnnotateTheFirst();
    Run run = cli({u"--db"_s, db(), u"delete"_s, u"2"_s, u"99"_s, u"98"_s, u"--force"_s});
    QCOMPARE(run.status, 1);
    QVERIFY2(run.err.contains(u"There are no articles with ids 99, 98; nothing was deleted."_s),
             qPrintable(run.err));
    run = cli({u"--db"_s, db(), u"delete"_s, u"42"_s});
    QCOMPARE(run.status, 1);
    QVERIFY2(run.err.contains(u"There is no article with id 42"_s), qPrintable(run.err));
    QCOMPARE(listedIds(), (QList<int>{1, 2, 3}));
}

void TestDeleteCli::nonsenseArgumentsExitTwo_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("no id") << QStringList{u"delete"_s} << u"at least one article ID"_s;
    QTest::newRow("word") << QStringList{u"delete"_s, u"2"_s, u"two"_s}
                          << u"'two' is not an article ID"_s;
    QTest::newRow("zero") << QStringList{u"delete"_s, u"0"_s} << u"'0' is not an article ID"_s;
    QTest::newRow("force elsewhere")
        << QStringList{u"list"_s, u"--force"_s} << u"--force applies to 'delete' only"_s;
    QTest::newRow("annotate option") << QStringList{u"delete"_s, u"1"_s, u"--company"_s, u"X"_s}
                                     << u"--company does not apply to 'delete'"_s;
}

void TestDeleteCli::nonsenseArgumentsExitTwo() {
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    importThreeAndAnnotateTheFirst();
    const Run run = cli(QStringList{u"--db"_s, db()} + args);
    QCOMPARE(run.status, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QCOMPARE(listedIds(), (QList<int>{1, 2, 3}));
}

void TestDeleteCli::jsonListsWhatWasDeleted() {
    importThreeAndAnnotateTheFirst();
    const QJsonArray deleted = jsonArray({u"delete"_s, u"1"_s, u"2"_s, u"--force"_s});
    QCOMPARE(deleted.size(), 2);
    QCOMPARE(deleted[0][u"id"_s].toInt(), 1);
    QCOMPARE(deleted[0][u"mentions"_s].toInt(), 1);
    QCOMPARE(deleted[0][u"notes"_s].toInt(), 1);
    QCOMPARE(deleted[1][u"id"_s].toInt(), 2);
    QCOMPARE(deleted[1][u"partnerships"_s].toInt(), 0);
}

void TestDeleteCli::helpExplainsDelete() {
    const Run run = cli({u"--help"_s});
    QCOMPARE(run.status, 0);
    QVERIFY2(run.out.contains(u"delete ID... [--force]"_s), qPrintable(run.out));
    QVERIFY(run.out.contains(u"still hold what was deleted"_s));
}

QTEST_GUILESS_MAIN(TestDeleteCli)
#include "tst_deletecli.moc"
