#include "import/articleimporter.h"

#include "clean/articlecleaner.h"
#include "exchange/json/jsonexporter.h"
#include "exchange/json/jsonimporter.h"
#include "import/dataset/datasetreader.h"
#include "import/dataset/jsonrecords.h"
#include "import/feed/feedreader.h"
#include "import/feed/opmlreader.h"
#include "import/formatreaders.h"
#include "import/language/languagedetector.h"
#include "store/articlestore.h"
#include "store/articletexteditor.h"
#include "store/database.h"
#include "store/databaselocation.h"
#include "store/notestore.h"
#include "subscribe/opmlsubscriptions.h"
#include "subscribe/subscriptionstore.h"
#include "util/contenthash.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace {

// A dataset's rows are stored this many to a transaction, each row a savepoint in it (a row that
// fails undoes only itself): a commit per row has SQLite write its indexes, the full-text index
// above all, once per row. Few enough that another program waits little for the write lock.
constexpr int rowsPerTransaction = 100;

// The registry's name for the dataset reader, which alone takes a column mapping.
const QString datasetReaderName = QStringLiteral("dataset");

bool isJsonFile(const QString& path) {
    return QFileInfo(path).suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0;
}

bool isArticleFile(const QFileInfo& info) {
    return FormatReaders::isImportable(info) || isJsonFile(info.filePath());
}

bool startsWithBrace(const QByteArray& bytes) {
    for (const char c : bytes) {
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            return c == '{';
    }
    return false;
}

// Folio's export says what it is in its "format" member; a dataset wrapped in an object
// ({"articles": […]}, {"data": […]}) does not. An object too broken to walk goes to the export
// importer as well: its message says where the JSON breaks.
bool isForJsonImporter(const QString& path, const QByteArray& bytes) {
    if (!isJsonFile(path))
        return false;
    const std::optional<QString> format =
        JsonRecords::topLevelString(bytes, QLatin1StringView("format"));
    return format ? *format == JsonExporter::formatName() : startsWithBrace(bytes);
}

} // namespace

QStringList ArticleImporter::collectFiles(const QStringList& paths, ImportReport& report) {
    QStringList files;
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (!info.exists()) {
            report.add({path, ImportItem::Outcome::Failed,
                        QStringLiteral("%1: no such file or folder").arg(path)});
        } else if (info.isDir()) {
            QStringList found;
            QDirIterator it(path, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString file = it.next();
                if (isArticleFile(it.fileInfo()))
                    found << file;
                else
                    report.add({file, ImportItem::Outcome::Skipped,
                                QStringLiteral("%1: not a kind of file Folio imports (%2)")
                                    .arg(file, FormatReaders::nameFilters().join(u' '))});
            }
            found.sort(); // directory order differs between file systems; ids should not
            files << found;
        } else {
            // A file named explicitly is read whatever its extension: the user asked for it.
            files << path;
        }
    }
    return files;
}

bool ArticleImporter::isDatasetFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.read(4096);
    return FormatReaders::forFile(path, head).name == datasetReaderName;
}

ImportReport ArticleImporter::run(const QStringList& paths, const std::atomic_bool* cancel,
                                  const Progress& progress, const RowProgress& rowProgress) {
    ImportReport report;
    m_cancel = cancel;
    m_rowProgress = rowProgress;
    m_cancelledInFile = false;
    const QStringList files = collectFiles(paths, report);
    for (int i = 0; i < files.size(); ++i) {
        if (cancel && cancel->load()) {
            report.setCancelled(true);
            break;
        }
        if (progress)
            progress(i, int(files.size()), files.at(i));
        for (ImportItem& item : importFile(files.at(i)))
            report.add(std::move(item));
        if (m_cancelledInFile) {
            report.setCancelled(true);
            break;
        }
    }
    if (progress && !report.cancelled())
        progress(int(files.size()), int(files.size()), QString());
    m_cancel = nullptr;
    m_rowProgress = {};
    return report;
}

QList<ImportItem> ArticleImporter::importFile(const QString& path) {
    if (DatabaseLocation::isDatabaseFile(path, m_db.path()))
        return {{path, ImportItem::Outcome::Skipped,
                 QStringLiteral("%1: is the database Folio is importing into; not imported")
                     .arg(path)}};
    // A dataset may be far larger than the one article a text file holds.
    const qint64 limit = FormatReaders::sizeLimitFor(path);
    auto bytes = limit > m_reader.sizeLimit() ? TextFileReader(limit).readBytes(path)
                                              : m_reader.readBytes(path);
    if (!bytes)
        return {{path, ImportItem::Outcome::Failed, bytes.errorMessage()}};
    if (isForJsonImporter(path, *bytes)) {
        auto imported = JsonImporter(m_db).importFile(path);
        if (!imported)
            return {{path, ImportItem::Outcome::Failed, imported.errorMessage()}};
        return {{path, ImportItem::Outcome::Imported, imported->summary()}};
    }
    if (OpmlReader::canRead(path, bytes->left(4096)))
        return subscribeFromOpml(*bytes, path);
    const FormatReader& reader = FormatReaders::forFile(path, bytes->left(4096));
    const ColumnMapping mapping = m_options.mappingFor(path);
    auto read = reader.name == datasetReaderName && !mapping.isEmpty()
                    ? DatasetReader({.mapping = mapping}).read(*bytes, path)
                    : reader.read(*bytes, path);
    bytes->clear(); // a dataset's articles are in `read` now: free the file's bytes
    if (!read)
        return {{path, ImportItem::Outcome::Failed, read.errorMessage()}};
    return storeRead(*read, path, QFileInfo(path).absoluteFilePath());
}

QList<ImportItem> ArticleImporter::subscribeFromOpml(const QByteArray& bytes, const QString& path) {
    auto list = OpmlReader::read(bytes, path);
    if (!list)
        return {{path, ImportItem::Outcome::Failed, list.errorMessage()}};
    QList<ImportItem> items;
    for (const QString& problem : std::as_const(list->file.problems))
        items.append({path, ImportItem::Outcome::Skipped, problem});
    if (list->feeds.isEmpty())
        return items; // the reader said the list names no feeds
    SubscriptionStore store(m_db);
    auto subscribed = OpmlSubscriptions::subscribe(list->feeds, store);
    if (!subscribed) {
        items.append({path, ImportItem::Outcome::Failed, subscribed.errorMessage()});
        return items;
    }
    items.append({path, ImportItem::Outcome::Subscribed, subscribed->summary(path)});
    for (const QString& refused : std::as_const(subscribed->refused))
        items.append({path, ImportItem::Outcome::Skipped,
                      QStringLiteral("%1: %2; not subscribed").arg(path, refused)});
    return items;
}

QList<ImportItem> ArticleImporter::importFeed(const QByteArray& bytes, const QString& url) {
    auto read = FeedReader::read(bytes, url, std::max<qint64>(bytes.size(), 1));
    if (!read)
        return {{url, ImportItem::Outcome::Failed, read.errorMessage()}};
    return storeRead(*read, url, url);
}

QList<ImportItem> ArticleImporter::storeRead(const ReadFile& read, const QString& path,
                                             const QString& originalPath) {
    QList<ImportItem> items;
    for (const QString& problem : std::as_const(read.problems))
        items.append({path, ImportItem::Outcome::Skipped, problem});
    if (read.articles.isEmpty() && read.problems.isEmpty())
        items.append({path, ImportItem::Outcome::Failed,
                      QStringLiteral("%1: no article found in this %2").arg(path, read.reader)});
    storeAll(read, path, originalPath, items);
    return items;
}

void ArticleImporter::storeAll(const ReadFile& read, const QString& path,
                               const QString& originalPath, QList<ImportItem>& items) {
    const bool oneArticle = read.articles.size() == 1 && read.articles.first().guid.isEmpty();
    const int total = int(read.articles.size());
    int done = 0;
    while (done < total && !m_cancelledInFile) {
        const qsizetype batchStart = items.size();
        const int batchEnd = std::min(total, done + rowsPerTransaction);
        const Result<void> batch = m_db.transaction([&]() -> Result<void> {
            for (; done < batchEnd; ++done) {
                // As for files, the one under way finishes: a cancel stops what comes after it.
                if (m_cancel && m_cancel->load() && done > 0) {
                    m_cancelledInFile = true;
                    break;
                }
                ImportItem item = store(read.articles.at(done), path, originalPath, oneArticle);
                // The reader is named once per file, and not for plain text, the usual case.
                if (items.size() == read.problems.size() && item.message.isEmpty() &&
                    read.reader != QLatin1String("plain text"))
                    item.message = total == 1
                                       ? QStringLiteral("%1: read as %2").arg(path, read.reader)
                                       : QStringLiteral("%1: %2 articles read as %3")
                                             .arg(path)
                                             .arg(total)
                                             .arg(read.reader);
                items.append(item);
                if (m_rowProgress && total > 1)
                    m_rowProgress(done + 1, total, path);
            }
            return {};
        });
        if (!batch) {
            // Nothing of this batch was kept: say so for each, and stop.
            for (qsizetype i = batchStart; i < items.size(); ++i)
                items[i] = {path, ImportItem::Outcome::Failed, batch.errorMessage()};
            return;
        }
    }
    if (m_cancelledInFile)
        items.append({path, ImportItem::Outcome::Skipped,
                      QStringLiteral("%1: import cancelled after %2 of %3 articles; the %2 "
                                     "stored before are kept")
                          .arg(path)
                          .arg(done)
                          .arg(total)});
}

ImportItem ArticleImporter::store(const ImportedArticle& imported, const QString& path,
                                  const QString& originalPath, bool wholeFile) {
    Article article;
    article.rawText = imported.rawText;
    article.encoding = imported.encoding;
    article.originalPath = originalPath;
    article.contentHash = ContentHash::of(article.rawText);
    article.clean = imported.clean;
    article.cleanerVersion = ArticleCleaner::version;
    // The source's word first; else the text's own (empty when too short to tell).
    article.language = imported.language.isEmpty() ? LanguageDetector::detect(article.clean.text())
                                                   : imported.language;
    article.byline = imported.byline;
    article.url = imported.url;
    article.guid = imported.guid;
    article.publishedAt = imported.publishedAt;
    article.tags = imported.tags;
    if (article.clean.title.isEmpty())
        return {path, ImportItem::Outcome::Failed,
                QStringLiteral("%1: no text to import").arg(path)};

    // The same file (or feed item) imported again after an edit: update that article and
    // re-anchor its annotations rather than add a second copy.
    ArticleStore store(m_db);
    Result<qint64> previous = qint64(0);
    if (!article.guid.isEmpty())
        previous = store.idByGuid(article.guid);
    else if (wholeFile)
        previous = store.idByOriginalPath(article.originalPath);
    if (!previous)
        return {path, ImportItem::Outcome::Failed, previous.errorMessage()};
    if (*previous > 0) {
        auto stored = store.article(*previous);
        if (stored && stored->contentHash == article.contentHash)
            return {
                path, ImportItem::Outcome::Duplicate,
                QStringLiteral("same text as article %1 (“%2”)").arg(*previous).arg(stored->title),
                *previous};
        if (stored) {
            auto updated = ArticleTextEditor(m_db).replaceRaw(*previous, article);
            if (!updated)
                return {path, ImportItem::Outcome::Failed, updated.errorMessage()};
            // A feed item is found by its guid: the publisher changed it, not the user a file.
            const QString why = article.guid.isEmpty()
                                    ? QStringLiteral(" from the edited file")
                                    : QStringLiteral(": the feed's item changed");
            return {path, ImportItem::Outcome::Imported,
                    QStringLiteral("updated article %1%2; annotations: %3 kept, %4 moved, %5 to "
                                   "review")
                        .arg(*previous)
                        .arg(why)
                        .arg(updated->kept)
                        .arg(updated->moved)
                        .arg(updated->review),
                    *previous,
                    /*updated=*/true};
        }
    }

    auto added = store.add(article);
    if (!added)
        return {path, ImportItem::Outcome::Failed, added.errorMessage()};
    if (added->duplicate)
        return {path, ImportItem::Outcome::Duplicate,
                QStringLiteral("same text as article %1 (“%2”)")
                    .arg(added->id)
                    .arg(added->existingTitle),
                added->id};
    if (!imported.note.isEmpty()) {
        if (auto noted = NoteStore(m_db).setArticleNote(added->id, imported.note); !noted)
            return {path, ImportItem::Outcome::Failed, noted.errorMessage(), added->id};
    }
    return {path, ImportItem::Outcome::Imported, QString(), added->id};
}
