#include "import/textfilereader.h"
#include "testdata.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

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

QByteArray encode(QStringConverter::Encoding encoding, const QString& text) {
    QStringEncoder encoder(encoding); // no WriteBom: the tests add BOMs themselves
    return encoder.encode(text);
}

} // namespace

class TestTextFileReader : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void readsSampleAsUtf8();
    void readsBomEncodings_data();
    void readsBomEncodings();
    void rejectsBomWithInvalidContent_data();
    void rejectsBomWithInvalidContent();
    void decodesLegacyEncodings_data();
    void decodesLegacyEncodings();
    void decodesDetectedCharsets_data();
    void decodesDetectedCharsets();
    void keepsUnicodeInUtf8_data();
    void keepsUnicodeInUtf8();
    void keepsLineEndings_data();
    void keepsLineEndings();

    void reportsMissingFile();
    void reportsDirectory();
    void reportsEmptyFile_data();
    void reportsEmptyFile();
    void reportsUnreadableFile();
    void reportsReadError();
    void enforcesSizeLimit();
    void enforcesDefaultSizeLimit();
    void rejectsBinary_data();
    void rejectsBinary();
    void acceptsOccasionalControlBytes();
    void reportsUndecodableBytes_data();
    void reportsUndecodableBytes();

private:
    QString writeFile(const QString& name, const QByteArray& bytes);

    QTemporaryDir m_dir;
    QString m_sample;
};

QString TestTextFileReader::writeFile(const QString& name, const QByteArray& bytes) {
    const QString path = m_dir.filePath(name);
    if (!TestData::writeBytes(path, bytes))
        qFatal("cannot write fixture %s", qPrintable(path));
    return path;
}

void TestTextFileReader::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_sample = QString::fromUtf8(TestData::readBytes(TestData::path(u"sample.txt"_s)));
    QVERIFY(m_sample.contains(u"Gründer"_s));
}

void TestTextFileReader::readsSampleAsUtf8() {
    const auto result = TextFileReader().read(TestData::path(u"sample.txt"_s));
    QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
    QCOMPARE(result->encoding, u"UTF-8"_s);
    QVERIFY(result->text.contains(u"Lei Jun, Gründer von Xiaomi"_s));
    QVERIFY(result->text.contains(u"In einem Tweet bestätigte Xiaomi"_s));
    QVERIFY(result->text.contains(u"„Xiaomi und @leica_camera"_s));
    QCOMPARE(result->text, m_sample);
}

void TestTextFileReader::readsBomEncodings_data() {
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

void TestTextFileReader::readsBomEncodings() {
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);

    const auto result = TextFileReader().read(writeFile(u"bom.txt"_s, bytes));
    QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
    QCOMPARE(result->encoding, encoding);
    QCOMPARE(result->text, m_sample); // BOM stripped, nothing else touched
}

void TestTextFileReader::rejectsBomWithInvalidContent_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");

    QTest::newRow("UTF-8, broken sequence") << QByteArray("\xEF\xBB\xBFGr\xC3(n") << u"UTF-8"_s;
    QTest::newRow("UTF-16LE, odd length")
        << QByteArray("\xFF\xFE") + encode(QStringConverter::Utf16LE, u"Grün"_s) + 'x'
        << u"UTF-16LE"_s;
    QTest::newRow("UTF-16BE, odd length")
        << QByteArray("\xFE\xFF") + encode(QStringConverter::Utf16BE, u"Grün"_s) + 'x'
        << u"UTF-16BE"_s;
    QTest::newRow("UTF-32LE, beyond U+10FFFF") << QByteArray("\xFF\xFE\0\0"
                                                             "A\0\0\0"
                                                             "\0\0\x11\0",
                                                             12)
                                               << u"UTF-32LE"_s;
    QTest::newRow("UTF-32BE, truncated") << QByteArray("\0\0\xFE\xFF"
                                                       "\0\0\0A"
                                                       "\0\0",
                                                       10)
                                         << u"UTF-32BE"_s;
    QTest::newRow("UTF-16LE, lone surrogate") << QByteArray("\xFF\xFE"
                                                            "A\0\x00\xD8"
                                                            "B\0",
                                                            8)
                                              << u"UTF-16LE"_s;
}

void TestTextFileReader::rejectsBomWithInvalidContent() {
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);

    const QString path = writeFile(u"badbom.txt"_s, bytes);
    const auto result = TextFileReader().read(path);
    QVERIFY(!result.ok());
    QCOMPARE(result.errorMessage(), path + u": starts with a "_s + encoding +
                                        u" byte order mark but is not valid "_s + encoding);
}

void TestTextFileReader::decodesLegacyEncodings_data() {
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

void TestTextFileReader::decodesLegacyEncodings() {
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);

    const auto result = TextFileReader().read(writeFile(u"legacy.txt"_s, bytes));
    QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
    QCOMPARE(result->text, text);
    QVERIFY(!result->encoding.isEmpty());
    QVERIFY(!result->encoding.startsWith(u"UTF"_s));
    QCOMPARE(result->encoding, result->encoding.toUpper());
}

void TestTextFileReader::decodesDetectedCharsets_data() {
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

void TestTextFileReader::decodesDetectedCharsets() {
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

void TestTextFileReader::keepsUnicodeInUtf8_data() {
    QTest::addColumn<QString>("text");

    QTest::newRow("emoji")
        << u"Daumen hoch 👍🏽, Familie 👨‍👩‍👧, Flagge 🇩🇪."_s;
    // Decomposed é and ü must not be normalised away.
    QTest::newRow("combining marks") << u"Cafe\u0301 und Mu\u0308ller, Z̧̃ a̐"_s;
    QTest::newRow("scripts") << u"日本語のテキスト, Ελληνικά, русский, עברית, العربية"_s;
    QTest::newRow("edge code points")
        << u"\u0080 \u07FF \u0800 \uD7FF \uE000 \uFFFD \U00010000 \U0010FFFF"_s;
}

void TestTextFileReader::keepsUnicodeInUtf8() {
    QFETCH(QString, text);

    const auto result = TextFileReader().read(writeFile(u"unicode.txt"_s, text.toUtf8()));
    QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
    QCOMPARE(result->encoding, u"UTF-8"_s);
    QCOMPARE(result->text, text);
}

void TestTextFileReader::keepsLineEndings_data() {
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

void TestTextFileReader::keepsLineEndings() {
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);

    const auto result = TextFileReader().read(writeFile(u"lines.txt"_s, bytes));
    QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
    QCOMPARE(result->text, text);
}

void TestTextFileReader::reportsMissingFile() {
    const QString path = m_dir.filePath(u"does-not-exist.txt"_s);
    const auto result = TextFileReader().read(path);
    QVERIFY(!result.ok());
    QCOMPARE(result.errorMessage(), path + u": no such file"_s);
}

void TestTextFileReader::reportsDirectory() {
    const QString path = m_dir.filePath(u"a-folder.txt"_s);
    QVERIFY(QDir().mkpath(path));
    const auto result = TextFileReader().read(path);
    QVERIFY(!result.ok());
    QCOMPARE(result.errorMessage(), path + u": is a folder, not a file"_s);
}

void TestTextFileReader::reportsEmptyFile_data() {
    QTest::addColumn<QByteArray>("bytes");

    QTest::newRow("0 bytes") << QByteArray();
    QTest::newRow("spaces and line ends") << QByteArray("  \n\t \r\n \r\n\n  ");
    QTest::newRow("UTF-8 BOM only") << QByteArray("\xEF\xBB\xBF");
    QTest::newRow("UTF-8 BOM and no-break spaces") << QByteArray("\xEF\xBB\xBF\xC2\xA0 \n\xC2\xA0");
    QTest::newRow("UTF-16LE BOM and spaces")
        << QByteArray("\xFF\xFE") + encode(QStringConverter::Utf16LE, u"  \r\n\t"_s);
}

void TestTextFileReader::reportsEmptyFile() {
    QFETCH(QByteArray, bytes);

    const QString path = writeFile(u"empty.txt"_s, bytes);
    const auto result = TextFileReader().read(path);
    QVERIFY(!result.ok());
    QCOMPARE(result.errorMessage(), path + u": file is empty"_s);
}

void TestTextFileReader::reportsUnreadableFile() {
    const QString path = writeFile(u"locked.txt"_s, "Geheim"_ba);
    QFile file(path);
    QVERIFY(file.setPermissions(QFileDevice::WriteOwner));
    if (file.open(QIODevice::ReadOnly))
        QSKIP("file permissions are not enforced here (running as root?)");

    const auto result = TextFileReader().read(path);
    QVERIFY(!result.ok());
    QVERIFY2(result.errorMessage().startsWith(path + u": cannot be read ("_s),
             qPrintable(result.errorMessage()));
    QVERIFY(result.errorMessage().endsWith(u')'));
}

void TestTextFileReader::reportsReadError() {
    // Opens fine, looks like an empty regular file, but reading at offset 0 fails with EIO
    // (address 0 is unmapped), even for root.
    const QString path = u"/proc/self/mem"_s;
    if (!QFileInfo::exists(path))
        QSKIP("needs Linux /proc");

    const auto result = TextFileReader().read(path);
    QVERIFY(!result.ok());
    QVERIFY2(result.errorMessage().startsWith(path + u": cannot be read ("_s),
             qPrintable(result.errorMessage()));
}

void TestTextFileReader::enforcesSizeLimit() {
    const TextFileReader reader(1024);

    const QString big = writeFile(u"big.txt"_s, QByteArray(2048, 'a'));
    const auto result = reader.read(big);
    QVERIFY(!result.ok());
    QCOMPARE(result.errorMessage(), big + u": file is 2.0 KB, over the 1 KB limit; skipped"_s);

    const QString atLimit = writeFile(u"at-limit.txt"_s, QByteArray(1024, 'a'));
    const auto accepted = reader.read(atLimit);
    QVERIFY2(accepted.ok(), qPrintable(accepted.errorMessage()));
    QCOMPARE(accepted->text.size(), 1024);
}

void TestTextFileReader::enforcesDefaultSizeLimit() {
    // Sparse files: the size is real to QFileInfo without writing megabytes.
    const QString path = m_dir.filePath(u"huge.txt"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(qint64(25.3 * 1024 * 1024) + 1));
    file.close();
    const auto result = TextFileReader().read(path);
    QVERIFY(!result.ok());
    QCOMPARE(result.errorMessage(), path + u": file is 25.3 MB, over the 20 MB limit; skipped"_s);

    // Exactly at the limit it is read, and then found to be NUL bytes, i.e. not text.
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(TextFileReader::defaultSizeLimit));
    file.close();
    const auto atLimit = TextFileReader().read(path);
    QCOMPARE(atLimit.errorMessage(), path + u": looks like a binary file, not text"_s);
}

void TestTextFileReader::rejectsBinary_data() {
    QTest::addColumn<QByteArray>("bytes");

    const QByteArray png = QByteArray::fromHex("89504e470d0a1a0a0000000d494844520000001000000010"
                                               "0806000000 1ff3ff61");
    QTest::newRow("PNG header") << png;
    QTest::newRow("UTF-8 BOM, then PNG") << QByteArray("\xEF\xBB\xBF") + png;

    QRandomGenerator random(20240501);
    QByteArray noise(4096, Qt::Uninitialized);
    for (char& b : noise)
        b = static_cast<char>(random.bounded(256));
    QByteArray noiseWithNul = noise;
    noiseWithNul[1000] = '\0';
    QByteArray noiseWithoutNul = noise;
    noiseWithoutNul.replace('\0', '\x01'); // still ~9% control bytes
    QTest::newRow("random bytes with NUL") << noiseWithNul;
    QTest::newRow("random bytes without NUL") << noiseWithoutNul;

    QTest::newRow("one NUL in text") << m_sample.toUtf8().insert(100, '\0');
    // 3 control bytes in 100: over the 1% share.
    QTest::newRow("control bytes in text") << QByteArray(97, 'x').insert(50, "\x01\x02\x03");
}

void TestTextFileReader::rejectsBinary() {
    QFETCH(QByteArray, bytes);

    const QString path = writeFile(u"binary.txt"_s, bytes);
    const auto result = TextFileReader().read(path);
    QVERIFY(!result.ok());
    QCOMPARE(result.errorMessage(), path + u": looks like a binary file, not text"_s);
}

void TestTextFileReader::acceptsOccasionalControlBytes() {
    // A form feed, ANSI colour escapes and one stray control byte in 500 are still text.
    const QString text = u"Bericht\f\x1b[1mFett\x1b[0m \x01"_s + QString(500, u'x');
    const auto result = TextFileReader().read(writeFile(u"controls.txt"_s, text.toUtf8()));
    QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
    QCOMPARE(result->text, text);
}

void TestTextFileReader::reportsUndecodableBytes_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("offset");

    // Each row is invalid UTF-8 from `offset` on, and also holds 0x81, 0x8D or 0x90, which
    // Windows-1252 leaves undefined. "Grüße " is 8 bytes of valid UTF-8.
    QTest::newRow("undefined bytes") << QByteArray("Gr\xC3\xBC\xC3\x9F"
                                                   "e \x81\x8D\x90 und mehr")
                                     << 8;
    QTest::newRow("lone continuation byte") << QByteArray("Gr\xC3\xBC\xC3\x9F"
                                                          "e \xBF\x81")
                                            << 8;
    QTest::newRow("overlong") << QByteArray("Gr\xC3\xBC\xC3\x9F"
                                            "e \xC0\xAF\x8D")
                              << 8;
    QTest::newRow("overlong, 3 bytes") << QByteArray("Gr\xC3\xBC\xC3\x9F"
                                                     "e \xE0\x80\xAF\x90")
                                       << 8;
    QTest::newRow("surrogate") << QByteArray("Gr\xC3\xBC\xC3\x9F"
                                             "e \xED\xA0\x80\x81")
                               << 8;
    QTest::newRow("above U+10FFFF") << QByteArray("Gr\xC3\xBC\xC3\x9F"
                                                  "e \xF4\x90\x80\x80\x8D")
                                    << 8;
    QTest::newRow("truncated sequence") << QByteArray("Gr\xC3\xBC\xC3\x9F"
                                                      "e \xE2\x82 \x90")
                                        << 8;
    QTest::newRow("after an emoji") << QByteArray("\xF0\x9F\x91\x8D ok \xF5\x81") << 8;
    QTest::newRow("at the start") << QByteArray("\x81\x8D\x90") << 0;

    // uchardet calls this ISO-8859-1, where 0x81 is a C1 control: no real text has those, so
    // that decode must be refused too.
    QString latin1Sample = m_sample;
    latin1Sample.replace(u'„', u'"').replace(u'“', u'"').replace(u'–', u'-');
    const QByteArray latin1 = latin1Sample.toLatin1() + "Ende \x81\n";
    const auto firstHighByte =
        std::find_if(latin1.begin(), latin1.end(), [](char c) { return c & 0x80; });
    QTest::newRow("Latin-1 with 0x81") << latin1 << int(firstHighByte - latin1.begin());
}

void TestTextFileReader::reportsUndecodableBytes() {
    QFETCH(QByteArray, bytes);
    QFETCH(int, offset);

    const QString path = writeFile(u"garbage.txt"_s, bytes);
    const auto result = TextFileReader().read(path);
    QVERIFY2(!result.ok(), qPrintable(result.ok() ? result->encoding : QString()));
    const QString message = result.errorMessage();
    QVERIFY2(message.startsWith(path + u": bytes at offset "_s + QString::number(offset) +
                                u" are not valid UTF-8, and not valid "_s),
             qPrintable(message));
    QVERIFY2(message.endsWith(u"Windows-1252 either"_s), qPrintable(message));
    QCOMPARE(message.count(u"UTF-8"_s), 1); // uchardet's "UTF-8" guess is not repeated

    // decode() names what it was given, not a path.
    const auto decoded = TextFileReader::decode(bytes, u"pasted text"_s);
    QVERIFY(decoded.errorMessage().startsWith(u"pasted text: bytes at offset "_s));
}

QTEST_GUILESS_MAIN(TestTextFileReader)
#include "tst_textfilereader.moc"
