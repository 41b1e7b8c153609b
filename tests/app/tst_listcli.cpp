#include "clitest.h"
#include "testdata.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray page(const char* lang, const char* title, const char* published, const char* url) {
    QString body;
    for (int i = 0; i < 6; ++i)
        body += u"<p>Vivo and Zeiss have extended their imaging partnership for another three "
                "years, the smartphone maker said, adding that the jointly developed lenses "
                "will appear in its next flagship phones (%1).</p>"_s.arg(i);
    return u"<!doctype html><html lang=\"%1\"><head><title>%2</title>"
           "<meta property=\"article:published_time\" content=\"%3\">"
           "<link rel=\"canonical\" href=\"%4\"></head><body><article><h1>%2</h1>%5</article>"
           "</body></html>"_s
               .arg(QString::fromLatin1(lang), QString::fromLatin1(title),
                    QString::fromLatin1(published), QString::fromLatin1(url), body)
               .toUtf8();
}

QStringList titlesOf(const QString& json) {
    QStringList titles;
    for (const QJsonValue& row : QJsonDocument::fromJson(json.toUtf8()).array())
        titles << row[u"title"_s].toString();
    return titles;
}

} // namespace

// `folio-cli list` with the window list's date and language: the JSON carries them, and
// --language, --since and --until filter as the window's filters do.
class TestListCli : public CliTest {
    Q_OBJECT
private slots:
    void jsonCarriesPublishedDateAndLanguage();
    void filtersByLanguageAndDays();
    void badFiltersAreUsageErrors_data();
    void badFiltersAreUsageErrors();

private:
    void importThree(); // two web pages (German, English) and a plain text
};

void TestListCli::importThree() {
    const QString folder = m_dir->filePath(u"in"_s);
    QVERIFY(TestData::writeBytes(
        folder + u"/a.html"_s, page("de", "Alpha", "2024-05-17T08:00:00Z", "https://a.example/1")));
    QVERIFY(TestData::writeBytes(
        folder + u"/b.html"_s, page("en", "Beta", "2023-11-02T23:30:00Z", "https://b.example/2")));
    QVERIFY(TestData::writeBytes(folder + u"/c.txt"_s, TestData::generatedArticle(2).toUtf8()));
    const Run run = cli({u"--db"_s, db(), u"import"_s, folder});
    QVERIFY2(run.status == 0, qPrintable(run.out + run.err));
}

void TestListCli::jsonCarriesPublishedDateAndLanguage() {
    importThree();
    const Run run = cli({u"--db"_s, db(), u"--json"_s, u"list"_s});
    QCOMPARE(run.status, 0);
    const QJsonArray rows = QJsonDocument::fromJson(run.out.toUtf8()).array();
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows[0][u"title"_s].toString(), u"Alpha"_s); // the order they were added
    QCOMPARE(rows[0][u"published_at"_s].toString(), u"2024-05-17T08:00:00Z"_s);
    QCOMPARE(rows[0][u"language"_s].toString(), u"de"_s);
    QCOMPARE(rows[1][u"language"_s].toString(), u"en"_s);
    QVERIFY(rows[2][u"published_at"_s].isNull()); // a plain text says nothing of its date
}

void TestListCli::filtersByLanguageAndDays() {
    importThree();
    const auto list = [this](const QStringList& filters) {
        const Run run = cli(QStringList{u"--db"_s, db(), u"--json"_s, u"list"_s} + filters);
        return run.status == 0 ? titlesOf(run.out) : QStringList{u"exit %1"_s.arg(run.status)};
    };
    QCOMPARE(list({u"--language"_s, u"de"_s}), QStringList{u"Alpha"_s});
    // The English page, and the plain text, which Folio detected as English.
    const QStringList english = list({u"--language"_s, u"EN"_s});
    QCOMPARE(english.size(), 2);
    QCOMPARE(english.first(), u"Beta"_s);
    QCOMPARE(list({u"--language"_s, u"fr"_s}), QStringList{});
    // Days are whole UTC days, both ends included: Beta was published late on 2023-11-02.
    QCOMPARE(list({u"--since"_s, u"2023-11-02"_s, u"--until"_s, u"2023-11-02"_s}),
             QStringList{u"Beta"_s});
    QCOMPARE(list({u"--until"_s, u"2024-05-16"_s}), QStringList{u"Beta"_s});
    QCOMPARE(list({u"--since"_s, u"2024-05-17"_s, u"--until"_s, u"2024-05-17"_s}),
             QStringList{u"Alpha"_s});
    // The plain text is dated by the day it was added: today.
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    const QStringList sinceYesterday =
        list({u"--since"_s, QDate::currentDate().addDays(-1).toString(Qt::ISODate)});
    QCOMPARE(sinceYesterday.size(), 1);
    QVERIFY(sinceYesterday.first() != u"Alpha"_s && sinceYesterday.first() != u"Beta"_s);
    QCOMPARE(list({u"--since"_s, u"2024-01-01"_s, u"--language"_s, u"de"_s}),
             QStringList{u"Alpha"_s});
    // Tab-separated lines too.
    const Run plain = cli({u"--db"_s, db(), u"list"_s, u"--language"_s, u"de"_s});
    QCOMPARE(plain.status, 0);
    QCOMPARE(plain.out.count(u'\n'), 1);
    QVERIFY2(plain.out.endsWith(u"\tAlpha\n"_s), qPrintable(plain.out + today));
}

void TestListCli::badFiltersAreUsageErrors_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("not a date") << QStringList{u"list"_s, u"--since"_s, u"yesterday"_s}
                                << u"--since yesterday: not a date; write it as YYYY-MM-DD"_s;
    QTest::newRow("impossible day") << QStringList{u"list"_s, u"--until"_s, u"2024-02-30"_s}
                                    << u"--until 2024-02-30: not a date"_s;
    QTest::newRow("another command")
        << QStringList{u"stats"_s, u"--language"_s, u"de"_s} << u"apply to 'list' only"_s;
}

void TestListCli::badFiltersAreUsageErrors() {
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Run run = cli(QStringList{u"--db"_s, db()} + args);
    QCOMPARE(run.status, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestListCli)
#include "tst_listcli.moc"
