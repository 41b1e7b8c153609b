#include "import/formatreaders.h"

#include "import/feed/feedreader.h"
#include "import/text/plaintextreader.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace FormatReaders {

const QList<FormatReader>& all() {
    static const QList<FormatReader> readers{
        // .xml is not in the list: a folder's other XML files are not feeds. A feed.xml named
        // on its own is still recognised by its <rss>, <rdf:RDF> or <feed>.
        {u"feed"_s,
         {u"rss"_s, u"atom"_s, u"rdf"_s, u"opml"_s},
         FeedReader::canRead,
         [](const QByteArray& bytes, const QString& path) {
             return FeedReader::read(bytes, path);
         }},
        {u"plain text"_s, {u"txt"_s, u"text"_s}, PlainTextReader::canRead, PlainTextReader::read},
    };
    return readers;
}

const FormatReader& forFile(const QString& path, const QByteArray& head) {
    for (const FormatReader& reader : all()) {
        if (reader.canRead(path, head))
            return reader;
    }
    return all().last();
}

bool isImportable(const QFileInfo& file) {
    const QString suffix = file.suffix().toLower();
    for (const FormatReader& reader : all()) {
        if (reader.extensions.contains(suffix))
            return true;
    }
    return false;
}

QStringList nameFilters() {
    QStringList filters;
    for (const FormatReader& reader : all()) {
        for (const QString& extension : reader.extensions)
            filters << u"*."_s + extension;
    }
    return filters;
}

} // namespace FormatReaders
