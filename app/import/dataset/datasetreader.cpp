#include "import/dataset/datasetreader.h"

#include "import/dataset/columnchoice.h"
#include "import/dataset/datasetloader.h"
#include "import/dataset/rowarticle.h"
#include "import/readlater/wallabagreader.h"

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 sniffInflated = 64 * 1024;

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
    const bool gzName = path.endsWith(u".gz"_s, Qt::CaseInsensitive);
    if (gzName != gzip && gzName)
        return false; // named .gz but not gzip: not ours to explain away
    const QByteArray start =
        gzip ? GzipInflater::inflatePrefix(firstBytes, sniffInflated) : firstBytes;
    const std::optional<LoadedDataset::Kind> kind = DatasetLoader::kindByName(path);
    if (kind != LoadedDataset::Kind::Json)
        return kind.has_value();
    const QChar first = firstNonSpace(start);
    return (first == u'[' || first == u'{') && !isFolioExport(start) &&
           !WallabagReader::looksLikeWallabag(start);
}

Result<ReadFile> DatasetReader::read(const QByteArray& bytes, const QString& path) const {
    Result<LoadedDataset> loaded =
        DatasetLoader::load(bytes, path, {m_options.mapping, m_options.inflatedLimit});
    if (!loaded)
        return loaded.error();
    DatasetTable& table = loaded->table;
    if (table.rows.isEmpty() && table.problems.isEmpty())
        return Error{path + u": holds no rows"_s};
    ReadFile file;
    file.reader = loaded->reader;

    Result<ColumnChoice> choice = ColumnChoice::choose(table, m_options.mapping, path);
    if (!choice)
        return choice.error();
    file.reader += (file.reader.endsWith(u'(') ? QString() : u"; "_s) + choice->describe() + u')';

    QStringList problems = std::move(table.problems);
    const int headerFields = int(table.header.size());
    const bool delimited = loaded->kind == LoadedDataset::Kind::Delimited;
    const bool lines = loaded->kind == LoadedDataset::Kind::JsonLines;
    for (const DatasetRecord& record : std::as_const(table.rows)) {
        const QString where = placeOf(record, path,
                                      delimited ? u"row"_s
                                      : lines   ? u"line"_s
                                                : u"item"_s);
        RowArticle::Made made =
            RowArticle::make(record, *choice, where, delimited ? headerFields : 0);
        problems += made.problems;
        if (made.article) {
            made.article->encoding = loaded->encoding;
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
