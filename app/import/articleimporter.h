#pragma once

#include "import/importedarticle.h"
#include "import/importreport.h"
#include "import/textfilereader.h"

#include <QStringList>

#include <atomic>
#include <functional>

class Database;

// Imports article files (plain text, and every format in FormatReaders) and folders of them into
// a database: read, clean, store,
// one transaction per article, so a failure or a cancel part-way keeps everything before it.
class ArticleImporter final {
public:
    using Progress = std::function<void(int done, int total, const QString& path)>;

    explicit ArticleImporter(Database& database, TextFileReader reader = TextFileReader())
        : m_db(database)
        , m_reader(reader) {}

    // Expands folders (recursively) into their .txt files, in a stable order; paths that do not
    // exist and files that are not articles go into `report`.
    static QStringList collectFiles(const QStringList& paths, ImportReport& report);

    ImportReport run(const QStringList& paths, const std::atomic_bool* cancel = nullptr,
                     const Progress& progress = {});

    // A .json file holding an object is a Folio JSON export (JsonImporter). Anything else goes
    // to the first format reader that takes it (FormatReaders): one item per article it held,
    // and one per part it could not read.
    QList<ImportItem> importFile(const QString& path);

private:
    // Stores one article; `wholeFile`: the file is this one article, so importing the file
    // again after an edit updates it (a feed item is recognised by its guid instead).
    ImportItem store(const ImportedArticle& imported, const QString& path, bool wholeFile);

    Database& m_db;
    TextFileReader m_reader;
};
