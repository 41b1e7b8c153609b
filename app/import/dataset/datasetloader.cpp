#include "import/dataset/datasetloader.h"

#include "import/dataset/csvparser.h"
#include "import/dataset/datasetdecoder.h"
#include "import/dataset/jsonrecords.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace {

enum class Format { Delimited, Json, JsonLines, Unknown };

constexpr qsizetype sniffChars = 64 * 1024;
// Of a compressed file's start: far more rows than a preview shows.
constexpr qint64 startInflated = 8 * 1024 * 1024;

Format formatFor(const QString& suffix) {
    if (suffix == u"csv"_s || suffix == u"tsv"_s || suffix == u"tab"_s || suffix == u"psv"_s)
        return Format::Delimited;
    if (suffix == u"json"_s)
        return Format::Json;
    if (suffix == u"jsonl"_s || suffix == u"ndjson"_s || suffix == u"jsonlines"_s)
        return Format::JsonLines;
    return Format::Unknown;
}

// With names in the mapping, a first row that holds them all is the header, whatever the
// sniffer thought.
bool mappingNamesFirstRow(const ColumnMapping& mapping, const QStringList& first) {
    bool any = false;
    for (const auto& [field, ref] : mapping.entries) {
        if (ref.number > 0)
            continue;
        any = true;
        bool found = false;
        for (const QString& cell : first)
            found = found || cell.trimmed().compare(ref.name, Qt::CaseInsensitive) == 0;
        if (!found)
            return false;
    }
    return any;
}

// The file's start without its last, cut-off line (a row or a character split in two), unless
// that line is all there is.
QByteArray wholeLines(const QByteArray& start) {
    const qsizetype lastBreak = start.lastIndexOf('\n');
    return lastBreak > 0 ? start.first(lastBreak + 1) : start;
}

DatasetTable parseDelimited(const QString& text, const QString& path,
                            const DatasetLoader::Options& options, CsvDialect& dialect) {
    const QString suffix = DatasetLoader::innerSuffix(path);
    const QChar preferred = suffix == u"csv"_s   ? QChar(u',')
                            : suffix == u"psv"_s ? QChar(u'|')
                                                 : QChar(u'\t');
    dialect =
        CsvDialect::sniff(QStringView(text).first(std::min(text.size(), sniffChars)), preferred);
    if (!dialect.hasHeader && !options.mapping.isEmpty()) {
        const DatasetTable head = CsvParser::parse(text, dialect, path, 1);
        if (!head.rows.isEmpty())
            dialect.hasHeader = mappingNamesFirstRow(options.mapping, head.rows.first().fields);
    }
    return CsvParser::parse(text, dialect, path, options.maxRows);
}

// Where the first array of objects opens ("articles": [ {…}), for a wrapper cut off before its
// end, which no JSON parser takes whole.
qsizetype firstArrayOfObjects(const QByteArray& utf8) {
    for (qsizetype at = utf8.indexOf('['); at >= 0; at = utf8.indexOf('[', at + 1)) {
        qsizetype next = at + 1;
        while (next < utf8.size() && QChar::isSpace(uchar(utf8[next])))
            ++next;
        if (next < utf8.size() && utf8[next] == '{')
            return at;
    }
    return -1;
}

} // namespace

QString DatasetLoader::innerSuffix(const QString& path) {
    QString name = QFileInfo(path).fileName().toLower();
    if (name.endsWith(u".gz"_s))
        name.chop(3);
    const qsizetype dot = name.lastIndexOf(u'.');
    return dot < 0 ? QString() : name.mid(dot + 1);
}

std::optional<LoadedDataset::Kind> DatasetLoader::kindByName(const QString& path) {
    switch (formatFor(innerSuffix(path))) {
    case Format::Delimited:
        return LoadedDataset::Kind::Delimited;
    case Format::Json:
        return LoadedDataset::Kind::Json;
    case Format::JsonLines:
        return LoadedDataset::Kind::JsonLines;
    case Format::Unknown:
        break;
    }
    return std::nullopt;
}

Result<LoadedDataset> DatasetLoader::load(const QByteArray& bytes, const QString& path,
                                          const Options& options) {
    QByteArray content = bytes;
    QString packing;
    if (GzipInflater::isGzip(bytes)) {
        if (options.startOnly) {
            content = GzipInflater::inflatePrefix(bytes, startInflated);
        } else {
            Result<QByteArray> inflated = GzipInflater::inflate(bytes, path, options.inflatedLimit);
            if (!inflated)
                return inflated.error();
            content = std::move(inflated).value();
        }
        packing = u", gzip"_s;
    }
    if (options.startOnly)
        content = wholeLines(content);
    if (content.isEmpty())
        return Error{path + u": file is empty"_s};
    Result<DecodedText> decoded = DatasetDecoder::decode(content, path);
    if (!decoded)
        return decoded.error();
    content.clear(); // the text is what we read from here on; halve the memory
    const QString& text = decoded->text;
    if (text.trimmed().isEmpty())
        return Error{path + u": file is empty"_s};

    LoadedDataset loaded;
    loaded.encoding = decoded->encoding + packing;
    Format format = formatFor(innerSuffix(path));
    const QChar first = text.trimmed().front();
    if (format == Format::Unknown)
        format = (first == u'[' || first == u'{') ? Format::Json : Format::Delimited;
    if ((format == Format::Json || format == Format::JsonLines) && first != u'[' && first != u'{')
        return Error{path + u": is not JSON (it starts with “%1”)"_s.arg(first)};

    if (format == Format::Delimited) {
        loaded.kind = LoadedDataset::Kind::Delimited;
        loaded.table = parseDelimited(text, path, options, loaded.dialect);
        loaded.reader =
            (loaded.dialect.delimiter == u'\t' ? u"TSV dataset ("_s : u"CSV dataset ("_s) +
            loaded.dialect.describe() + packing;
        return loaded;
    }
    const QByteArray utf8 = text.toUtf8();
    if (format == Format::Json && first == u'{' &&
        JsonRecords::topLevelString(utf8, "format"_L1) == u"folio-export"_s)
        return Error{path + u": is a Folio export (format “folio-export”), not a dataset: "
                            "import it as a Folio export"_s};
    const bool lines =
        format == Format::JsonLines ||
        (first == u'{' && JsonRecords::firstLineIsObject(utf8) && utf8.trimmed().contains('\n'));
    if (lines)
        loaded.table = JsonRecords::parseLines(utf8, path);
    else if (first == u'{' && !options.startOnly)
        loaded.table = JsonRecords::parseObject(utf8, path);
    else if (first == u'{') // a cut-off wrapper does not parse: its first array of objects
        loaded.table = JsonRecords::parseArrayAt(utf8, firstArrayOfObjects(utf8), path);
    else
        loaded.table = JsonRecords::parseArray(utf8, path);
    if (options.maxRows >= 0 && loaded.table.rows.size() > options.maxRows)
        loaded.table.rows.resize(options.maxRows);
    loaded.kind = lines ? LoadedDataset::Kind::JsonLines : LoadedDataset::Kind::Json;
    loaded.reader = (lines ? u"JSON Lines dataset ("_s : u"JSON dataset ("_s) + packing.mid(2);
    return loaded;
}
