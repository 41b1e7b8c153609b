#pragma once

#include "import/importedarticle.h"
#include "util/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QFileInfo;

// The format readers Folio knows, tried in order: the first whose canRead() accepts a file (by
// its name and first bytes) reads it; plain text comes last and takes the rest. A new format
// is one entry in FormatReaders::all().
struct FormatReader {
    QString name;           // "plain text", "web page", …
    QStringList extensions; // lower case, without the dot: what a folder contributes
    std::function<bool(const QString& path, const QByteArray& head)> canRead;
    std::function<Result<ReadFile>(const QByteArray& bytes, const QString& path)> read;
};

namespace FormatReaders {
const QList<FormatReader>& all();
const FormatReader& forFile(const QString& path, const QByteArray& head);
// Whether a file found in a folder is one Folio imports (by its extension).
bool isImportable(const QFileInfo& file);
// "*.txt *.html …" for file dialogs.
QStringList nameFilters();
} // namespace FormatReaders
