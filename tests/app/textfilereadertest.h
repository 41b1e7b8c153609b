#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QStringConverter>
#include <QTemporaryDir>

// The fixture of the TextFileReader tests: a folder to write files into, and the sample article.
class TextFileReaderTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();

protected:
    QString writeFile(const QString& name, const QByteArray& bytes);
    static QByteArray encode(QStringConverter::Encoding encoding, const QString& text);

    QTemporaryDir m_dir;
    QString m_sample;
};
