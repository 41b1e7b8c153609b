#pragma once

#include "import/dataset/columnmapping.h"
#include "import/dataset/csvdialect.h"
#include "import/dataset/datasettable.h"
#include "import/dataset/gzipinflater.h"
#include "util/result.h"

#include <QByteArray>
#include <QString>

#include <optional>

// A dataset file as a table, before any column means anything: unpacked, decoded and parsed
// by its kind. What DatasetReader (the whole file) and DatasetPreview (its first rows) share.
struct LoadedDataset {
    enum class Kind { Delimited, Json, JsonLines };
    Kind kind = Kind::Delimited;
    CsvDialect dialect; // how a delimited file is written (sniffed); unused for JSON
    DatasetTable table;
    QString encoding; // "UTF-8", "UTF-8, gzip"
    QString reader;   // the report's start, "CSV dataset (';' delimiter, ' quotes, no header"
};

class DatasetLoader final {
public:
    struct Options {
        ColumnMapping mapping; // column names in it can make the first row a header
        qint64 inflatedLimit = GzipInflater::defaultInflatedLimit;
        int maxRows = -1;       // -1: every row
        bool startOnly = false; // `bytes` are the file's start: its cut-off end is no problem
    };

    // The extension that says what is inside: "csv" for news.csv.gz.
    static QString innerSuffix(const QString& path);
    // What the name says the file holds; none for a name that says nothing (a .gz of its own).
    static std::optional<LoadedDataset::Kind> kindByName(const QString& path);

    // An Error naming `path` for a file that is empty, not the JSON its name says or Folio's own
    // export; rows that cannot be read are in the table's problems.
    static Result<LoadedDataset> load(const QByteArray& bytes, const QString& path,
                                      const Options& options);
};
