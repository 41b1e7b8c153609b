#include "import/formatreaders.h"

#include "import/dataset/datasetreader.h"
#include "import/feed/feedreader.h"
#include "import/html/htmlreader.h"
#include "import/readlater/markdownreader.h"
#include "import/readlater/wallabagreader.h"
#include "import/text/plaintextreader.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace FormatReaders {

const QList<FormatReader>& all() {
    static const QList<FormatReader> readers{
        // Wallabag before datasets: its export is a JSON array of objects too.
        {u"Wallabag export"_s, {}, WallabagReader::canRead, WallabagReader::read},
        // .xml is not in the list: a folder's other XML files are not feeds. A feed.xml named
        // on its own is still recognised by its <rss>, <rdf:RDF> or <feed>.
        {u"feed"_s,
         {u"rss"_s, u"atom"_s, u"rdf"_s, u"opml"_s},
         FeedReader::canRead,
         [](const QByteArray& bytes, const QString& path) {
             return FeedReader::read(bytes, path);
         }},
        {u"web page"_s,
         {u"html"_s, u"htm"_s, u"xhtml"_s, u"shtml"_s, u"mhtml"_s, u"mht"_s},
         [](const QString& path, const QByteArray& head) {
             return HtmlReader::canRead(path, head);
         },
         [](const QByteArray& bytes, const QString& path) {
             return HtmlReader().read(bytes, path);
         }},
        {u"Markdown"_s,
         {u"md"_s, u"markdown"_s, u"mdown"_s, u"mkd"_s},
         MarkdownReader::canRead,
         MarkdownReader::read},
        // "gz" lets a folder import offer news.csv.gz; canRead still looks inside.
        {u"dataset"_s,
         {u"csv"_s, u"tsv"_s, u"tab"_s, u"psv"_s, u"json"_s, u"jsonl"_s, u"ndjson"_s, u"gz"_s},
         DatasetReader::canRead,
         [](const QByteArray& bytes, const QString& path) {
             return DatasetReader().read(bytes, path);
         },
         qint64(512) * 1024 * 1024},
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

qint64 sizeLimitFor(const QString& path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    for (const FormatReader& reader : all()) {
        if (reader.sizeLimit > 0 && reader.extensions.contains(suffix))
            return reader.sizeLimit;
    }
    return 0;
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
