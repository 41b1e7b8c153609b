#include "store/searchquery.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestSearchQuery : public QObject {
    Q_OBJECT
private slots:
    void plainWordsQuotesEveryWord_data();
    void plainWordsQuotesEveryWord();
    void prefixLastMatchesHalfTypedWord();
    void combiningMarkStaysInWord();
};

void TestSearchQuery::plainWordsQuotesEveryWord_data() {
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("fts");
    QTest::newRow("two words") << u"Xiaomi Leica"_s << u"\"Xiaomi\" \"Leica\""_s;
    QTest::newRow("stray quote") << u"Xiaomi \"Leica"_s << u"\"Xiaomi\" \"Leica\""_s;
    QTest::newRow("lone AND") << u"AND"_s << QString();
    QTest::newRow("trailing AND") << u"Leica AND"_s << u"\"Leica\""_s;
    QTest::newRow("lowercase and is a word") << u"Leica and"_s << u"\"Leica\" \"and\""_s;
    QTest::newRow("operators") << u"-Leica OR* (Zeiss"_s << u"\"Leica\" \"Zeiss\""_s;
    QTest::newRow("handle") << u"@leica_camera"_s << u"\"leica\" \"camera\""_s;
    QTest::newRow("umlaut") << u"Gründer"_s << u"\"Gründer\""_s;
    QTest::newRow("nothing") << u"\"*()"_s << QString();
}

void TestSearchQuery::plainWordsQuotesEveryWord() {
    QFETCH(QString, typed);
    QFETCH(QString, fts);
    QCOMPARE(SearchQuery::plainWords(typed), fts);
}

void TestSearchQuery::prefixLastMatchesHalfTypedWord() {
    QCOMPARE(SearchQuery::plainWords(u"Xiaomi Lei"_s, true), u"\"Xiaomi\" \"Lei\"*"_s);
    QCOMPARE(SearchQuery::plainWords(u"  "_s, true), QString());
}

void TestSearchQuery::combiningMarkStaysInWord() {
    QCOMPARE(SearchQuery::words(u"Cafe\u0301 Zeiss"_s), (QStringList{u"Cafe\u0301"_s, u"Zeiss"_s}));
}

QTEST_GUILESS_MAIN(TestSearchQuery)
#include "tst_searchquery.moc"
