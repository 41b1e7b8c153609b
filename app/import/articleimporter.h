#pragma once

#include "import/importedarticle.h"
#include "import/importoptions.h"
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
    // Within one file of many articles (a dataset's rows): `done` of its `total` are stored.
    using RowProgress = std::function<void(int done, int total, const QString& path)>;

    explicit ArticleImporter(Database& database, TextFileReader reader = TextFileReader())
        : m_db(database)
        , m_reader(reader) {}

    // Expands folders (recursively) into their .txt files, in a stable order; paths that do not
    // exist and files that are not articles go into `report`.
    static QStringList collectFiles(const QStringList& paths, ImportReport& report);

    void setOptions(ImportOptions options) { m_options = std::move(options); }

    // `cancel` is looked at before every file and between the articles of a file, so a
    // cancelled dataset keeps the rows stored before it.
    ImportReport run(const QStringList& paths, const std::atomic_bool* cancel = nullptr,
                     const Progress& progress = {}, const RowProgress& rowProgress = {});

    // Whether the format readers take `path` as a dataset (by its name and first bytes).
    static bool isDatasetFile(const QString& path);

    // A .json file holding an object marked "format": "folio-export" is a Folio JSON export
    // (JsonImporter); other objects are datasets ({"articles": […]}). Anything else goes
    // to the first format reader that takes it (FormatReaders): one item per article it held,
    // and one per part it could not read.
    QList<ImportItem> importFile(const QString& path);

    // A feed downloaded from `url` (a subscription), stored as a saved feed file would be, `url`
    // standing for the file's name in messages and as the articles' original path. Only the
    // feed reader reads it: a web page or anything else at the URL is refused, nothing stored.
    // The download was bounded by its own size limit, so the reader's is not applied again.
    QList<ImportItem> importFeed(const QByteArray& bytes, const QString& url);

private:
    // An OPML list: its feeds become subscriptions (OpmlSubscriptions), nothing is fetched.
    QList<ImportItem> subscribeFromOpml(const QByteArray& bytes, const QString& path);
    // Stores what a reader made of `path`: an item per article and per problem.
    QList<ImportItem> storeRead(const ReadFile& read, const QString& path,
                                const QString& originalPath);
    // Stores the articles of one file, a batch of them to a transaction, until a cancel.
    void storeAll(const ReadFile& read, const QString& path, const QString& originalPath,
                  QList<ImportItem>& items);
    // Stores one article; `wholeFile`: the file is this one article, so importing the file
    // again after an edit updates it (a feed item is recognised by its guid instead).
    ImportItem store(const ImportedArticle& imported, const QString& path,
                     const QString& originalPath, bool wholeFile);

    Database& m_db;
    TextFileReader m_reader;
    ImportOptions m_options;
    // Set for the length of run().
    const std::atomic_bool* m_cancel = nullptr;
    RowProgress m_rowProgress;
    bool m_cancelledInFile = false;
};
