#include "import/dataset/datasetreader.h"

#include "import/dataset/columnchoice.h"
#include "import/dataset/csvparser.h"
#include "import/dataset/datasetdecoder.h"
#include "import/dataset/jsonrecords.h"
#include "import/dataset/rowarticle.h"
#include "import/readlater/wallabagreader.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace {

enum class Format { Delimited, Json, JsonLines, Unknown };

constexpr qsizetype sniffChars = 64 * 1024;
constexpr qint64 sniffInflated = 64 * 1024;

// The extension that says what is inside: "csv" for news.csv.gz.
QString innerSuffix(const QString& path) {
    QString name = QFileInfo(path).fileName().toLower();
    if (name.endsWith(u".gz"_s))
        name.chop(3);
    const qsizetype dot = name.lastIndexOf(u'.');
    return dot < 0 ? QString() : name.mid(dot + 1);
}

Format formatFor(const QString& suffix) {
    if (suffix == u"csv"_s || suffix == u"tsv"_s || suffix == u"tab"_s || suffix == u"psv"_s)
        return Format::Delimited;
    if (suffix == u"json"_s)
        return Format::Json;
    if (suffix == u"jsonl"_s || suffix == u"ndjson"_s || suffix == u"jsonlines"_s)
        return Format::JsonLines;
    return Format::Unknown;
}

QChar firstNonSpace(QByteArrayView bytes) {
    for (const char c : bytes) {
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            return QChar::fromLatin1(c);
    }
    return {};
}

bool isFolioExport(QByteArrayView start) {
    return start.contains("\"format\"") && start.contains("\"folio-export\"");
}

// The table's columns: as mapped, by header, by content; an Error when no column is text.
Result<ColumnChoice> chooseColumns(const DatasetTable& table, const ColumnMapping& mapping,
                                   const QString& name) {
    if (!mapping.isEmpty())
        return ColumnChoice::fromMapping(mapping, table.header, table.columnCount, name);
    ColumnChoice choice = table.header.isEmpty()
                              ? ColumnChoice::fromContent(table.rows, table.columnCount)
                              : ColumnChoice::fromHeader(table.header);
    if (!choice.has(DatasetField::Text) && !choice.has(DatasetField::Description)) {
        // Names that say nothing ("col1", "Nachricht"): the longest column is still the text.
        const ColumnChoice byContent = ColumnChoice::fromContent(table.rows, table.columnCount);
        if (byContent.has(DatasetField::Text))
            choice.set(DatasetField::Text, byContent.column(DatasetField::Text));
    }
    if (!choice.has(DatasetField::Text) && !choice.has(DatasetField::Description))
        return Error{u"%1: no column holds the articles' text (columns: %2); say which with "
                     "--map text=N"_s.arg(name, table.header.isEmpty()
                                                    ? QString::number(table.columnCount)
                                                    : table.header.join(u", "_s))};
    return choice;
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

// "f.csv, row 7 (line 8)", "f.jsonl, line 3", "f.json, item 2 (line 5)" or, where the parser
// kept no lines, "f.json, item 2".
QString placeOf(const DatasetRecord& record, const QString& path, const QString& kind) {
    if (kind == u"line"_s)
        return u"%1, line %2"_s.arg(path).arg(record.line);
    if (record.line == 0)
        return u"%1, %2 %3"_s.arg(path, kind).arg(record.number);
    return u"%1, %2 %3 (line %4)"_s.arg(path, kind).arg(record.number).arg(record.line);
}

} // namespace

bool DatasetReader::canRead(const QString& path, const QByteArray& firstBytes) {
    const bool gzip = GzipInflater::isGzip(firstBytes);
    const QString suffix = innerSuffix(path);
    const bool gzName = path.endsWith(u".gz"_s, Qt::CaseInsensitive);
    if (gzName != gzip && gzName)
        return false; // named .gz but not gzip: not ours to explain away
    const QByteArray start =
        gzip ? GzipInflater::inflatePrefix(firstBytes, sniffInflated) : firstBytes;
    switch (formatFor(suffix)) {
    case Format::Delimited:
    case Format::JsonLines:
        return true;
    case Format::Json: {
        const QChar first = firstNonSpace(start);
        return (first == u'[' || first == u'{') && !isFolioExport(start) &&
               !WallabagReader::looksLikeWallabag(start);
    }
    case Format::Unknown:
        break;
    }
    return false;
}

Result<ReadFile> DatasetReader::read(const QByteArray& bytes, const QString& path) const {
    QByteArray content = bytes;
    QString packing;
    if (GzipInflater::isGzip(bytes)) {
        Result<QByteArray> inflated = GzipInflater::inflate(bytes, path, m_options.inflatedLimit);
        if (!inflated)
            return inflated.error();
        content = std::move(inflated).value();
        packing = u", gzip"_s;
    }
    if (content.isEmpty())
        return Error{path + u": file is empty"_s};
    Result<DecodedText> decoded = DatasetDecoder::decode(content, path);
    if (!decoded)
        return decoded.error();
    content.clear(); // the text is what we read from here on; halve the memory
    const QString& text = decoded->text;
    if (text.trimmed().isEmpty())
        return Error{path + u": file is empty"_s};

    Format format = formatFor(innerSuffix(path));
    const QChar first = text.trimmed().front();
    if (format == Format::Unknown)
        format = (first == u'[' || first == u'{') ? Format::Json : Format::Delimited;
    if ((format == Format::Json || format == Format::JsonLines) && first != u'[' && first != u'{')
        return Error{path + u": is not JSON (it starts with “%1”)"_s.arg(first)};

    DatasetTable table;
    ReadFile file;
    bool lines = false;
    if (format == Format::Delimited) {
        const QChar preferred = innerSuffix(path) == u"csv"_s   ? QChar(u',')
                                : innerSuffix(path) == u"psv"_s ? QChar(u'|')
                                                                : QChar(u'\t');
        CsvDialect dialect = CsvDialect::sniff(
            QStringView(text).first(std::min(text.size(), sniffChars)), preferred);
        if (!dialect.hasHeader && !m_options.mapping.isEmpty()) {
            const DatasetTable head = CsvParser::parse(text, dialect, path, 1);
            if (!head.rows.isEmpty())
                dialect.hasHeader =
                    mappingNamesFirstRow(m_options.mapping, head.rows.first().fields);
        }
        table = CsvParser::parse(text, dialect, path);
        file.reader = (dialect.delimiter == u'\t' ? u"TSV dataset ("_s : u"CSV dataset ("_s) +
                      dialect.describe() + packing;
    } else {
        const QByteArray utf8 = text.toUtf8();
        if (format == Format::Json && first == u'{' &&
            isFolioExport(QByteArrayView(utf8).first(std::min(utf8.size(), sniffChars))))
            return Error{path + u": is a Folio export (format “folio-export”), not a dataset: "
                                "import it as a Folio export"_s};
        lines =
            format == Format::JsonLines || (first == u'{' && JsonRecords::firstLineIsObject(utf8) &&
                                            utf8.trimmed().contains('\n'));
        table = lines           ? JsonRecords::parseLines(utf8, path)
                : first == u'{' ? JsonRecords::parseObject(utf8, path)
                                : JsonRecords::parseArray(utf8, path);
        file.reader = (lines ? u"JSON Lines dataset ("_s : u"JSON dataset ("_s) + packing.mid(2);
    }
    if (table.rows.isEmpty() && table.problems.isEmpty())
        return Error{path + u": holds no rows"_s};

    Result<ColumnChoice> choice = chooseColumns(table, m_options.mapping, path);
    if (!choice)
        return choice.error();
    file.reader += (file.reader.endsWith(u'(') ? QString() : u"; "_s) + choice->describe() + u')';

    QStringList problems = std::move(table.problems);
    const int headerFields = int(table.header.size());
    const bool delimited = format == Format::Delimited;
    for (const DatasetRecord& record : std::as_const(table.rows)) {
        const QString where = placeOf(record, path,
                                      delimited ? u"row"_s
                                      : lines   ? u"line"_s
                                                : u"item"_s);
        RowArticle::Made made =
            RowArticle::make(record, *choice, where, delimited ? headerFields : 0);
        problems += made.problems;
        if (made.article) {
            made.article->encoding = decoded->encoding + packing;
            file.articles.append(std::move(*made.article));
        }
    }
    const int listed = m_options.maxProblems;
    if (problems.size() > listed) {
        const qsizetype more = problems.size() - listed;
        problems.resize(listed);
        problems.append(u"%1: … and %2 more problems, not listed"_s.arg(path).arg(more));
    }
    file.problems = std::move(problems);
    return file;
}
