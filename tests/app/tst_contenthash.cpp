#include "util/contenthash.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestContentHash : public QObject {
    Q_OBJECT
private slots:
    void sameArticleInAnotherSpellingHasSameHash_data();
    void sameArticleInAnotherSpellingHasSameHash();
    void decomposedAndPrecomposedAreSame();
    void differentTextHasDifferentHash();
    void hashIsSha256Hex();
};

void TestContentHash::sameArticleInAnotherSpellingHasSameHash_data() {
    QTest::addColumn<QString>("variant");
    QTest::newRow("crlf") << u"Titel\r\n\r\nXiaomi und Leica.\r\ntoi-tech\r\n"_s;
    QTest::newRow("cr") << u"Titel\r\rXiaomi und Leica.\rtoi-tech"_s;
    QTest::newRow("bom") << u"\uFEFFTitel\n\nXiaomi und Leica.\ntoi-tech"_s;
    QTest::newRow("trailing spaces") << u"Titel  \n\nXiaomi und Leica.\t\ntoi-tech\n\n\n"_s;
}

void TestContentHash::sameArticleInAnotherSpellingHasSameHash() {
    QFETCH(QString, variant);
    QCOMPARE(ContentHash::of(variant), ContentHash::of(u"Titel\n\nXiaomi und Leica.\ntoi-tech"_s));
}

void TestContentHash::decomposedAndPrecomposedAreSame() {
    // "Grün" with a combining diaeresis (NFD) is the same text as with a precomposed ü (NFC).
    QCOMPARE(ContentHash::of(u"Gru\u0308n"_s), ContentHash::of(u"Grün"_s));
}

void TestContentHash::differentTextHasDifferentHash() {
    QVERIFY(ContentHash::of(u"Xiaomi und Leica."_s) != ContentHash::of(u"Xiaomi und Zeiss."_s));
    // Inner whitespace is content: only line ends and trailing spaces are normalised.
    QVERIFY(ContentHash::of(u"a b"_s) != ContentHash::of(u"ab"_s));
}

void TestContentHash::hashIsSha256Hex() {
    // sha256("abc")
    QCOMPARE(ContentHash::of(u"abc"_s),
             u"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"_s);
}

QTEST_GUILESS_MAIN(TestContentHash)
#include "tst_contenthash.moc"
