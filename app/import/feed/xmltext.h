#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QString>

// A feed or OPML file decoded to text before it is parsed, so an item's XML can be cut out of
// it by the parser's character offsets and stored as the article's raw text.
struct XmlText {
    QString text;
    QString encoding; // "UTF-8", "ISO-8859-1 (declared)", "WINDOWS-1252 (declared UTF-8)", …

    // Order of trust: a BOM, the XML declaration's encoding, strict UTF-8 (XML's default), then
    // what TextFileReader detects. A file that lies about its encoding is still read, and the
    // encoding says so. Undeclared HTML entities (&nbsp;) are rewritten as character references,
    // because many real feeds use them and XML would reject the whole file for one.
    static Result<XmlText> decode(const QByteArray& bytes, const QString& path);

    // The qualified name of the document element as the text starts it ("rss", "rdf:RDF",
    // "feed", "html"), or the name a DOCTYPE gives ("html" for `<!DOCTYPE html>`); empty when
    // the text does not start like XML or HTML. For sniffing: nothing is parsed.
    static QString rootElement(QStringView text);
    // The same on a file's first bytes (UTF-8, or UTF-16 with a BOM).
    static QString rootElement(const QByteArray& head);

    // The encoding named in `<?xml … encoding="…"?>`, empty when there is none.
    static QByteArray declaredEncoding(QByteArrayView head);
};
