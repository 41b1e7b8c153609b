#include "testdata.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace TestData {

QString path(const QString& relative)
{
    return QStringLiteral(FOLIO_TEST_DATA_DIR) + QLatin1Char('/') + relative;
}

QString samplesDir()
{
    return QStringLiteral(FOLIO_SAMPLES_DIR);
}

QByteArray readBytes(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool writeBytes(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(bytes) == bytes.size();
}

QString cliPath()
{
    return QStringLiteral(FOLIO_CLI_PATH);
}

} // namespace TestData
