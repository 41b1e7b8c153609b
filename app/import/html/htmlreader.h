#pragma once

#include "import/importedarticle.h"
#include "import/textfilereader.h"
#include "util/result.h"

#include <QByteArray>
#include <QString>

// Reads a saved web page (.html, .htm, .xhtml, or a single-file .mhtml/.mht archive) into one
// article: the body as a reader mode finds it, every dropped block of text kept as a removed
// piece with its reason, and the metadata the page gives. Offline: scripts never run, nothing
// is fetched.
class HtmlReader final {
public:
    explicit HtmlReader(qint64 sizeLimit = TextFileReader::defaultSizeLimit)
        : m_sizeLimit(sizeLimit) {}

    static QString readerName();
    // By extension, else by content: markup at the start, or a MIME web archive.
    static bool canRead(const QString& path, QByteArrayView firstBytes);

    Result<ReadFile> read(const QByteArray& bytes, const QString& path) const;

private:
    qint64 m_sizeLimit;
};
