#pragma once

#include "import/importedarticle.h"
#include "util/result.h"

#include <QByteArray>
#include <QString>

// A plain-text article file (the sample's layout: a title line, paragraphs, a source tag),
// decoded (TextFileReader::decode) and cleaned (ArticleCleaner). The reader of last resort.
namespace PlainTextReader {
bool canRead(const QString& path, const QByteArray& head);
Result<ReadFile> read(const QByteArray& bytes, const QString& path);
} // namespace PlainTextReader
