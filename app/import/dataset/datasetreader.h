#pragma once

#include "import/dataset/columnmapping.h"
#include "import/dataset/gzipinflater.h"
#include "import/importedarticle.h"
#include "util/result.h"

#include <QByteArray>
#include <QString>

struct DatasetOptions {
    ColumnMapping mapping; // empty: columns by header names, else by content
    qint64 inflatedLimit = GzipInflater::defaultInflatedLimit;
    int maxProblems = 100; // listed one by one; the rest are counted
};

// Datasets, one article a row: CSV and TSV (delimiter, quote and header sniffed), a JSON array
// of objects, JSON Lines; each may be gzip-compressed. Columns become title, text, source,
// date, URL, tags by their header names, by their content, or as mapped by hand. A row that
// cannot be read is named in the problems and skipped; the rest imports. Folio's own JSON
// export and Wallabag's are not datasets: JsonImporter and WallabagReader read them.
class DatasetReader final {
public:
    explicit DatasetReader(DatasetOptions options = {})
        : m_options(std::move(options)) {}

    // By extension (.csv, .tsv, .tab, .json, .jsonl, .ndjson, each also .gz) and, for JSON and
    // gzip, by the first bytes (the file's first few KB).
    static bool canRead(const QString& path, const QByteArray& firstBytes);

    // `path` only names the file in messages and gives the extension.
    Result<ReadFile> read(const QByteArray& bytes, const QString& path) const;

private:
    DatasetOptions m_options;
};
