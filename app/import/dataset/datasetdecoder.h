#pragma once

#include "import/textfilereader.h"
#include "util/result.h"

#include <QByteArray>
#include <QString>

// A dataset's bytes as text, decoded once for the whole file (TextFileReader::decode: BOM,
// UTF-8, uchardet, Windows-1252), except for the file that is UTF-8 with a few bad bytes (rows
// pasted together from different sources). Read as Windows-1252 it would garble every UTF-8
// row, so it is read as UTF-8 with U+FFFD for the bad bytes, and the rows holding one are
// reported.
class DatasetDecoder final {
public:
    static Result<DecodedText> decode(const QByteArray& bytes, const QString& name);
};
