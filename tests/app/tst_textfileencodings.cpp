#include "import/textfilereader.h"
#include "testdata.h"
#include "textfilereadertest.h"

#include <QHash>
#include <QStringEncoder>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Windows-1252 by hand (Qt can only do it through ICU): Latin-1 plus the few characters German
// text needs from the 0x80..0x9F block. Unmapped characters give an empty result.
QByteArray toWindows1252(const QString& text) {
    static const QHash<char16_t, char> extra = {
        {u'€', '\x80'}, {u'‚', '\x82'}, {u'„', '\x84'}, {u'…', '\x85'}, {u'‘', '\x91'},
        {u'’', '\x92'}, {u'“', '\x93'}, {u'”', '\x94'}, {u'–', '\x96'}, {u'—', '\x97'},
    };
    QByteArray out;
    for (const QChar c : text) {
        if (c.unicode() < 0x80 || (c.unicode() >= 0xA0 && c.unicode() <= 0xFF))
            out.append(static_cast<char>(c.unicode()));
        else if (extra.contains(c.unicode()))
            out.append(extra.value(c.unicode()));
        else
            return {};
    }
    return out;
}

} // namespace

// TextFileReader gives back the text as it was written: every encoding it detects, every
// character and line ending unchanged.
class TestTextFileEncodings : public TextFileReaderTest {
    Q_OBJECT
private slots:
    void readsSampleAsUtf8();
    void readsBomEncodings_data();
    void readsBomEncodings();
    void decodesLegacyEncodings_data();
    void decodesLegacyEncodings();
    void decodesDetectedCharsets_data();
    void decodesDetectedCharsets();
    void keepsUnicodeInUtf8_data();
    void keepsUnicodeInUtf8();
    void keepsLineEndings_data();
    void keepsLineEndings();
};

void TestTextFileEncodings::readsSampleAsUtf8() {
    const auto result = TextFileReader().read(TestData::path(u"sample.txt"_s));
    QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
    QCOMPARE(result->encoding, u"UTF-8"_s);
    QVERIFY(result->text.contains(u"Lei Jun, Gründer von Xiaomi"_s));
    QVERIFY(result->text.contains(u"In einem Tweet bestätigte Xiaomi"_s));
    QVERIFY(result->text.contains(u"„Xiaomi und @leica_camera"_s));
    QCOMPARE(result->text, m_sample);
}

void TestTextFileEncodings::readsBomEncodings_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");

    QTest::newRow("UTF-8") << QByteArray("\xEF\xBB\xBF") + m_sample.toUtf8() << u"UTF-8 (BOM)"_s;
    QTest::newRow("UTF-16LE") << QByteArray("\xFF\xFE") +
                                     encode(QStringConverter::Utf16LE, m_sample)
                              << u"UTF-16LE (BOM)"_s;
    QTest::newRow("UTF-16BE") << QByteArray("\xFE\xFF") +
                                     encode(QStringConverter::Utf16BE, m_sample)
                              << u"UTF-16BE (BOM)"_s;
    QTest::newRow("UTF-32LE") << QByteArray("\xFF\xFE\0\0", 4) +
                                     encode(QStringConverter::Utf32LE, m_sample)
                              << u"UTF-32LE (BOM)"_s;
    QTest::newRow("UTF-32BE") << QByteArray("\0\0\xFE\xFF", 4) +
                                     encode(QStringConverter::Utf32BE, m_sample)
                              << u"UTF-32BE (BOM)"_s;
}

void TestTextFileEncodings::readsBomEncodings() {
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);

    const auto result = TextFileReader().read(writeFile(u"bom.txt"_s, bytes));
    QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
    QCOMPARE(result->encoding, encoding);
    QCOMPARE(result->text, m_sample); // BOM stripped, nothing else touched
}

void TestTextFileEncodings::decodesLegacyEncodings_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");

    // Spelled out byte by byte: ü FC, ß DF, ö F6, Ä C4, ä E4, € 80, „ 84, “ 93.
    QTest::newRow("Windows-1252, short")
        << QByteArray("Gr\xFC\xDF"
                      "e aus K\xF6ln: \x84\xC4rger \xFC"
                      "ber 5 \x80 f\xFCr den Kaffee\x93, sagte die B\xE4"
                      "ckerin.\n")
        << u"Grüße aus Köln: „Ärger über 5 € für den Kaffee“, sagte die Bäckerin.\n"_s;

    const QByteArray sample1252 = toWindows1252(m_sample);
    QVERIFY(!sample1252.isEmpty());
    QTest::newRow("Windows-1252, article") << sample1252 << m_sample;

    // Only bytes from 0xA0 up, where ISO-8859-1 and Windows-1252 agree.
    QTest::newRow("Latin-1, short")
        << QByteArray("Caf\xE9 \xE0 la carte, na\xEFve Gr\xF6\xDF"
                      "e: \xBD Liter bei \xB1"
                      "5 \xB0"
                      "C, \xA9 M\xFCller & S\xF6hne\n")
        << u"Café à la carte, naïve Größe: ½ Liter bei ±5 °C, © Müller & Söhne\n"_s;

    QString latin1Sample = m_sample;
    latin1Sample.replace(u'„', u'"').replace(u'“', u'"').replace(u'–', u'-');
    QTest::newRow("Latin-1, article") << latin1Sample.toLatin1() << latin1Sample;
}

void TestTextFileEncodings::decodesLegacyEncodings() {
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);

    const auto result = TextFileReader().read(writeFile(u"legacy.txt"_s, bytes));
    QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
    QCOMPARE(result->text, text);
    QVERIFY(!result->encoding.isEmpty());
    QVERIFY(!result->encoding.startsWith(u"UTF"_s));
    QCOMPARE(result->encoding, result->encoding.toUpper());
}

void TestTextFileEncodings::decodesDetectedCharsets_data() {
    QTest::addColumn<QByteArray>("charset");
    QTest::addColumn<QString>("text");

    // Windows-1252 would decode most of these without complaint, but wrongly: only using
    // uchardet's guess gives the text back.
    QTest::newRow("Windows-1251")
        << "windows-1251"_ba
        << u"Съешь же ещё этих мягких французских булок, да выпей чаю. В чащах юга жил бы "
           u"цитрус? Да, но фальшивый экземпляр!\n"_s;
    QTest::newRow("KOI8-R") << "KOI8-R"_ba
                            << u"Съешь же ещё этих мягких французских булок, да выпей чаю.\n"_s;
    QTest::newRow("ISO-8859-7")
        << "ISO-8859-7"_ba
        << u"Ξεσκεπάζω την ψυχοφθόρα βδελυγμία. Η γρήγορη καφέ αλεπού πηδάει πάνω από τον "
           u"τεμπέλη σκύλο.\n"_s;
    QTest::newRow("Windows-1250")
        << "windows-1250"_ba
        << u"Zażółć gęślą jaźń. Pchnąć w tę łódź jeża lub ośm skrzyń fig. Mężny bądź, chroń "
           u"pułk twój i sześć flag.\n"_s;
    QTest::newRow("Shift_JIS")
        << "Shift_JIS"_ba
        << u"日本語のテキストです。これは文字コードの判定のためのテストです。"
           u"東京都の天気は晴れです。\n"_s;
}

void TestTextFileEncodings::decodesDetectedCharsets() {
    QFETCH(QByteArray, charset);
    QFETCH(QString, text);

    QStringEncoder encoder(charset.constData()); // through ICU
    if (!encoder.isValid())
        QSKIP("this Qt cannot encode the charset (built without ICU?)");
    const QByteArray bytes = encoder.encode(text);
    QVERIFY(!encoder.hasError());

    const auto result = TextFileReader().read(writeFile(u"detected.txt"_s, bytes));
    QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
    QCOMPARE(result->text, text);
    QVERIFY(result->encoding != u"WINDOWS-1252"_s);
}

void TestTextFileEncodings::keepsUnicodeInUtf8_data() {
    QTest::addColumn<QString>("text");

    QTest::newRow("emoji")
        << u"Daumen hoch 👍🏽, Familie 👨‍👩‍👧, Flagge 🇩🇪."_s;
    // Decomposed é and ü must not be normalised away.
    QTest::newRow("combining marks") << u"Cafe\u0301 und Mu\u0308ller, Z̧̃ a̐"_s;
    QTest::newRow("scripts") << u"日本語のテキスト, Ελληνικά, русский, עברית, العربية"_s;
    QTest::newRow("edge code points")
        << u"\u0080 \u07FF \u0800 \uD7FF \uE000 \uFFFD \U00010000 \U0010FFFF"_s;
}

void TestTextFileEncodings::keepsUnicodeInUtf8() {
    QFETCH(QString, text);

    const auto result = TextFileReader().read(writeFile(u"unicode.txt"_s, text.toUtf8()));
    QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
    QCOMPARE(result->encoding, u"UTF-8"_s);
    QCOMPARE(result->text, text);
}

void TestTextFileEncodings::keepsLineEndings_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");

    const QString crlf = u"Erste Zeile\r\nZweite Zeile über Ärger\r\n\r\nEnde\r\n"_s;
    const QString cr = u"Erste Zeile\rZweite Zeile über Ärger\r\rEnde\r"_s;
    const QString mixed = u"Erste\r\nZweite\rDritte\nVierte über Ärger\n\r"_s;
    QTest::newRow("UTF-8, CRLF") << crlf.toUtf8() << crlf;
    QTest::newRow("UTF-8, CR") << cr.toUtf8() << cr;
    QTest::newRow("UTF-8, mixed") << mixed.toUtf8() << mixed;
    QTest::newRow("Windows-1252, CRLF") << toWindows1252(crlf) << crlf;
    QTest::newRow("Windows-1252, CR") << toWindows1252(cr) << cr;
    QTest::newRow("UTF-16LE (BOM), CRLF")
        << QByteArray("\xFF\xFE") + encode(QStringConverter::Utf16LE, crlf) << crlf;
}

void TestTextFileEncodings::keepsLineEndings() {
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);

    const auto result = TextFileReader().read(writeFile(u"lines.txt"_s, bytes));
    QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
    QCOMPARE(result->text, text);
}

QTEST_GUILESS_MAIN(TestTextFileEncodings)
#include "tst_textfileencodings.moc"
