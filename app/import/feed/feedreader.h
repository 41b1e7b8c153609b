#pragma once

#include "import/importedarticle.h"
#include "import/textfilereader.h"
#include "util/result.h"

#include <QByteArray>
#include <QString>

// Saved feeds as articles: RSS 2.0 (and 0.9x), RSS 1.0 (RDF) and Atom 1.0 (and 0.3) files,
// one article per item. An OPML list is recognised and answered with a message (it names feeds,
// not articles; ArticleImporter subscribes to them, through OpmlReader). Pure: bytes in, articles
// out, no I/O.
class FeedReader final {
public:
    // The same limit as plain text: a feed bigger than this is refused before it is parsed.
    static constexpr qint64 defaultSizeLimit = TextFileReader::defaultSizeLimit;

    // By extension (.rss, .atom, .rdf, .opml) or, for any name (.xml, .php, none), by the
    // document element of the first bytes (rss, rdf:RDF, feed, opml).
    static bool canRead(const QString& path, const QByteArray& head);

    // `path` names the file in messages and in the source tag when the feed has no title.
    static Result<ReadFile> read(const QByteArray& bytes, const QString& path,
                                 qint64 sizeLimit = defaultSizeLimit);
};
