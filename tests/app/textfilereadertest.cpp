#include "textfilereadertest.h"

#include "testdata.h"

#include <QStringEncoder>
#include <QTest>

using namespace Qt::StringLiterals;

QByteArray TextFileReaderTest::encode(QStringConverter::Encoding encoding, const QString& text) {
    QStringEncoder encoder(encoding); // no WriteBom: the tests add BOMs themselves
    return encoder.encode(text);
}

QString TextFileReaderTest::writeFile(const QString& name, const QByteArray& bytes) {
    const QString path = m_dir.filePath(name);
    if (!TestData::writeBytes(path, bytes))
        qFatal("cannot write fixture %s", qPrintable(path));
    return path;
}

void TextFileReaderTest::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_sample = QString::fromUtf8(TestData::readBytes(TestData::path(u"sample.txt"_s)));
    QVERIFY(m_sample.contains(u"Gründer"_s));
}
