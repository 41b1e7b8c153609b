#pragma once

#include "import/importreport.h"
#include "import/textfilereader.h"

#include <QStringList>

#include <atomic>
#include <functional>

class Database;

// Imports plain-text article files and folders of them into a database: read, clean, store,
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

    // A .json file is read as a Folio JSON export (JsonImporter): Imported with the counts as
    // the message, or Failed with why. Anything else is a plain-text article.
    ImportItem importFile(const QString& path);

private:
    Database& m_db;
    TextFileReader m_reader;
};
