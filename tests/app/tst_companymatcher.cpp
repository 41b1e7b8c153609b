#include "annotate/companymatcher.h"
#include "annotate/companynames.h"

#include <QTest>

using namespace Qt::StringLiterals;

// Which company a marked text means: what the company popup offers first, and which aliases
// are one alias.
class TestCompanyMatcher : public QObject {
    Q_OBJECT
private slots:
    void aliasFormDropsHandleMarks_data();
    void aliasFormDropsHandleMarks();
    void looseKeyMeetsLegalFormsAndPunctuation_data();
    void looseKeyMeetsLegalFormsAndPunctuation();
    void editDistanceCountsSwapsAndStopsAtTheCap();
    void offersTheCompanyTheTextAlreadyNames_data();
    void offersTheCompanyTheTextAlreadyNames();
    void wordsThatNameNoCompanyAreOfferedNothing();
    void eachCompanyIsOfferedOnceBestFirst();
    void knowsFormIgnoresCaseAndHandleMarks();
};

namespace {
QList<Company> companies() {
    return {{1, u"Leica"_s, {}, {u"leica_camera"_s, u"Leica Camera AG"_s}},
            {2, u"Xiaomi"_s, {}, {u"Mi"_s}},
            {3, u"Carl Zeiss"_s, {}, {u"Zeiss"_s}},
            {4, u"Ölwerke Süd"_s, {}, {}},
            {5, u"Leitz"_s, {}, {}}};
}
} // namespace

void TestCompanyMatcher::aliasFormDropsHandleMarks_data() {
    QTest::addColumn<QString>("surface");
    QTest::addColumn<QString>("form");
    QTest::newRow("handle") << u"@leica_camera"_s << u"leica_camera"_s;
    QTest::newRow("hashtag") << u"#Leica"_s << u"Leica"_s;
    QTest::newRow("space") << u"  Leica \n Camera "_s << u"Leica Camera"_s;
    QTest::newRow("lone @ stays") << u"@"_s << u"@"_s;
    QTest::newRow("emoji kept") << u"@Leica📷"_s << u"Leica📷"_s;
}

void TestCompanyMatcher::aliasFormDropsHandleMarks() {
    QFETCH(QString, surface);
    QFETCH(QString, form);
    QCOMPARE(CompanyNames::aliasForm(surface), form);
    QCOMPARE(CompanyNames::key(surface), form.toCaseFolded());
}

void TestCompanyMatcher::looseKeyMeetsLegalFormsAndPunctuation_data() {
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("same");
    QTest::newRow("AG") << u"Leica Camera AG"_s << u"leica-camera"_s << true;
    QTest::newRow("GmbH") << u"Bosch GmbH"_s << u"Bosch"_s << true;
    QTest::newRow("S.A.") << u"Renault S.A."_s << u"Renault"_s << true;
    QTest::newRow("Inc.") << u"Apple Inc."_s << u"apple"_s << true;
    QTest::newRow("accents") << u"Société Générale"_s << u"Societe Generale"_s << true;
    QTest::newRow("combining") << u"Ölwerke"_s << u"O\u0308lwerke"_s << true;
    QTest::newRow("only a legal form") << u"AG"_s << u"ag"_s << true;
    QTest::newRow("different") << u"Leica"_s << u"Leitz"_s << false;
}

void TestCompanyMatcher::looseKeyMeetsLegalFormsAndPunctuation() {
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, same);
    QCOMPARE(CompanyNames::looseKey(a) == CompanyNames::looseKey(b), same);
    QVERIFY(!CompanyNames::looseKey(a).isEmpty());
}

void TestCompanyMatcher::editDistanceCountsSwapsAndStopsAtTheCap() {
    QCOMPARE(CompanyNames::editDistance(u"leica"_s, u"leica"_s, 2), 0);
    QCOMPARE(CompanyNames::editDistance(u"leica"_s, u"lieca"_s, 2), 1); // a swap
    QCOMPARE(CompanyNames::editDistance(u"leica"_s, u"leicas"_s, 2), 1);
    QCOMPARE(CompanyNames::editDistance(u"leica"_s, u"leitz"_s, 2), 2);
    QCOMPARE(CompanyNames::editDistance(u"leica"_s, u"xiaomi"_s, 1), 2); // capped
    QCOMPARE(CompanyNames::editDistance(QString(), u"ab"_s, 5), 2);
}

void TestCompanyMatcher::offersTheCompanyTheTextAlreadyNames_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("first");
    QTest::addColumn<int>("kind");
    using Kind = CompanyMatch::Kind;
    QTest::newRow("name") << u"Leica"_s << qint64(1) << int(Kind::Same);
    QTest::newRow("case") << u"LEICA"_s << qint64(1) << int(Kind::Same);
    QTest::newRow("handle of an alias") << u"@leica_camera"_s << qint64(1) << int(Kind::Same);
    QTest::newRow("alias") << u"mi"_s << qint64(2) << int(Kind::Same);
    QTest::newRow("genitive") << u"Leicas"_s << qint64(1) << int(Kind::NearDuplicate);
    QTest::newRow("typo") << u"Xiamoi"_s << qint64(2) << int(Kind::NearDuplicate);
    QTest::newRow("more words") << u"Leica Camera"_s << qint64(1) << int(Kind::NearDuplicate);
    QTest::newRow("legal form") << u"Zeiss AG"_s << qint64(3) << int(Kind::NearDuplicate);
    QTest::newRow("unaccented") << u"Olwerke Sud"_s << qint64(4) << int(Kind::NearDuplicate);
    QTest::newRow("typed start") << u"Lei"_s << qint64(1) << int(Kind::Contains);
}

void TestCompanyMatcher::offersTheCompanyTheTextAlreadyNames() {
    QFETCH(QString, text);
    QFETCH(qint64, first);
    QFETCH(int, kind);
    const QList<CompanyMatch> matches = CompanyMatcher(companies()).matches(text);
    QVERIFY2(!matches.isEmpty(), qPrintable(text));
    QCOMPARE(matches.first().company.id, first);
    QCOMPARE(int(matches.first().kind), kind);
    QCOMPARE(CompanyMatcher(companies()).same(text).has_value(),
             kind == int(CompanyMatch::Kind::Same));
}

void TestCompanyMatcher::wordsThatNameNoCompanyAreOfferedNothing() {
    const CompanyMatcher matcher(companies());
    for (const QString& word : {u"bringen"_s, u"Nokia"_s, u"Leicht"_s})
        QVERIFY2(matcher.matches(word).isEmpty(), qPrintable(word));
    QVERIFY(matcher.matches(QString()).isEmpty());
    QVERIFY(CompanyMatcher({}).matches(u"Leica"_s).isEmpty());
}

void TestCompanyMatcher::eachCompanyIsOfferedOnceBestFirst() {
    // "lei" is in Leica's name and in two of its aliases, and in Leitz: two companies.
    const QList<CompanyMatch> matches = CompanyMatcher(companies()).matches(u"lei"_s);
    QCOMPARE(matches.size(), 2);
    QCOMPARE(matches.at(0).company.id, qint64(1)); // the shorter name first
    QCOMPARE(matches.at(1).company.id, qint64(5));
    QCOMPARE(CompanyMatcher(companies()).matches(u"e"_s, 3).size(), 3);
}

void TestCompanyMatcher::knowsFormIgnoresCaseAndHandleMarks() {
    const Company leica = companies().first();
    QVERIFY(CompanyMatcher::knowsForm(leica, u"#LEICA_camera"_s));
    QVERIFY(CompanyMatcher::knowsForm(leica, u"leica camera ag"_s));
    QVERIFY(!CompanyMatcher::knowsForm(leica, u"Leicas"_s));
}

QTEST_GUILESS_MAIN(TestCompanyMatcher)
#include "tst_companymatcher.moc"
