#include "import/textfilereader.h"
#include "textfilereadertest.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

// What TextFileReader refuses (missing, empty, unreadable, too big, binary or undecodable
// files), and the message that says why.
class TestTextFileBadInput : public TextFileReaderTest {
    Q_OBJECT
private slots:
    void rejectsBomWithInvalidContent_data();
    void rejectsBomWithInvalidContent();
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
};

void TestTextFileBadInput::rejectsBomWithInvalidContent_data() {
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

void TestTextFileBadInput::rejectsBomWithInvalidContent() {
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);

    const QString path = writeFile(u"badbom.txt"_s, bytes);
    const auto result = TextFileReader().read(path);
    QVERIFY(!result.ok());
    QCOMPARE(result.errorMessage(), path + u": starts with a "_s + encoding +
                                        u" byte order mark but is not valid "_s + encoding);
}

void TestTextFileBadInput::reportsMissingFile() {
    const QString path = m_dir.filePath(u"does-not-exist.txt"_s);
    const auto result = TextFileReader().read(path);
    QVERIFY(!result.ok());
    QCOMPARE(result.errorMessage(), path + u": no such file"_s);
}

void TestTextFileBadInput::reportsDirectory() {
    const QString path = m_dir.filePath(u"a-folder.txt"_s);
    QVERIFY(QDir().mkpath(path));
    const auto result = TextFileReader().read(path);
    QVERIFY(!result.ok());
    QCOMPARE(result.errorMessage(), path + u": is a folder, not a file"_s);
}

void TestTextFileBadInput::reportsEmptyFile_data() {
    QTest::addColumn<QByteArray>("bytes");

    QTest::newRow("0 bytes") << QByteArray();
    QTest::newRow("spaces and line ends") << QByteArray("  \n\t \r\n \r\n\n  ");
    QTest::newRow("UTF-8 BOM only") << QByteArray("\xEF\xBB\xBF");
    QTest::newRow("UTF-8 BOM and no-break spaces") << QByteArray("\xEF\xBB\xBF\xC2\xA0 \n\xC2\xA0");
    QTest::newRow("UTF-16LE BOM and spaces")
        << QByteArray("\xFF\xFE") + encode(QStringConverter::Utf16LE, u"  \r\n\t"_s);
}

void TestTextFileBadInput::reportsEmptyFile() {
    QFETCH(QByteArray, bytes);

    const QString path = writeFile(u"empty.txt"_s, bytes);
    const auto result = TextFileReader().read(path);
    QVERIFY(!result.ok());
    QCOMPARE(result.errorMessage(), path + u": file is empty"_s);
}

void TestTextFileBadInput::reportsUnreadableFile() {
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

void TestTextFileBadInput::reportsReadError() {
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

void TestTextFileBadInput::enforcesSizeLimit() {
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

void TestTextFileBadInput::enforcesDefaultSizeLimit() {
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

void TestTextFileBadInput::rejectsBinary_data() {
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

void TestTextFileBadInput::rejectsBinary() {
    QFETCH(QByteArray, bytes);

    const QString path = writeFile(u"binary.txt"_s, bytes);
    const auto result = TextFileReader().read(path);
    QVERIFY(!result.ok());
    QCOMPARE(result.errorMessage(), path + u": looks like a binary file, not text"_s);
}

void TestTextFileBadInput::acceptsOccasionalControlBytes() {
    // A form feed, ANSI colour escapes and one stray control byte in 500 are still text.
    const QString text = u"Bericht\f\x1b[1mFett\x1b[0m \x01"_s + QString(500, u'x');
    const auto result = TextFileReader().read(writeFile(u"controls.txt"_s, text.toUtf8()));
    QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
    QCOMPARE(result->text, text);
}

void TestTextFileBadInput::reportsUndecodableBytes_data() {
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

void TestTextFileBadInput::reportsUndecodableBytes() {
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

QTEST_GUILESS_MAIN(TestTextFileBadInput)
#include "tst_textfilebadinput.moc"
