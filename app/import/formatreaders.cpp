#include "import/formatreaders.h"

#include "import/html/htmlreader.h"
#include "import/text/plaintextreader.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace FormatReaders {

const QList<FormatReader>& all() {
    static const QList<FormatReader> readers{
        {u"web page"_s,
         {u"html"_s, u"htm"_s, u"xhtml"_s, u"shtml"_s, u"mhtml"_s, u"mht"_s},
         [](const QString& path, const QByteArray& head) {
             return HtmlReader::canRead(path, head);
         },
         [](const QByteArray& bytes, const QString& path) {
             return HtmlReader().read(bytes, path);
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
