#pragma once

#include "import/textfilereader.h"
#include "util/result.h"

#include <QByteArray>
#include <QString>

// Decodes a page's bytes as a browser would, in the HTML spec's order of trust: a byte order
// mark, then a charset the transport gave (an MHTML part's Content-Type), then the meta charset
// found by the prescan of the first 1024 bytes, then detection (TextFileReader: strict UTF-8,
// uchardet, Windows-1252). A declared charset the bytes do not fit (the common case: "utf-8"
// over Windows-1252 bytes) is not trusted: detection decides, and `encoding` says so.
class HtmlCharset final {
public:
    static Result<DecodedText> decode(const QByteArray& bytes, const QString& name,
                                      const QByteArray& transportCharset = {});

    // The charset a <meta charset> or <meta http-equiv="Content-Type"> in the first 1024 bytes
    // declares, lower-case as written ("utf-8", "iso-8859-2"); empty when there is none.
    static QByteArray prescan(QByteArrayView bytes);
};
