#include "import/articleimporter.h"

#include "clean/articlecleaner.h"
#include "exchange/json/jsonimporter.h"
#include "import/feed/feedreader.h"
#include "import/formatreaders.h"
#include "import/language/languagedetector.h"
#include "store/articlestore.h"
#include "store/articletexteditor.h"
#include "store/database.h"
#include "store/databaselocation.h"
#include "store/notestore.h"
#include "util/contenthash.h"

#include <QDirIterator>
#include <QFileInfo>

namespace {

bool isFolioExport(const QString& path) {
    return QFileInfo(path).suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0;
}

bool isArticleFile(const QFileInfo& info) {
    return FormatReaders::isImportable(info) || isFolioExport(info.filePath());
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

ImportReport ArticleImporter::run(const QStringList& paths, const std::atomic_bool* cancel,
                                  const Progress& progress) {
    ImportReport report;
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
    }
    if (progress && !report.cancelled())
        progress(int(files.size()), int(files.size()), QString());
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
    // A Folio JSON export is an object; a JSON dataset or a read-later export is an array.
    if (isFolioExport(path) && bytes->trimmed().startsWith('{')) {
        auto imported = JsonImporter(m_db).importFile(path);
        if (!imported)
            return {{path, ImportItem::Outcome::Failed, imported.errorMessage()}};
        return {{path, ImportItem::Outcome::Imported, imported->summary()}};
    }
    const FormatReader& reader = FormatReaders::forFile(path, bytes->left(4096));
    auto read = reader.read(*bytes, path);
    if (!read)
        return {{path, ImportItem::Outcome::Failed, read.errorMessage()}};
    return storeRead(*read, path, QFileInfo(path).absoluteFilePath());
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
    const bool oneArticle = read.articles.size() == 1 && read.articles.first().guid.isEmpty();
    for (const ImportedArticle& imported : std::as_const(read.articles)) {
        ImportItem item = store(imported, path, originalPath, oneArticle);
        // The reader is named once per file, and not for plain text, the usual case.
        if (items.size() == read.problems.size() && item.message.isEmpty() &&
            read.reader != QLatin1String("plain text"))
            item.message = read.articles.size() == 1
                               ? QStringLiteral("%1: read as %2").arg(path, read.reader)
                               : QStringLiteral("%1: %2 articles read as %3")
                                     .arg(path)
                                     .arg(read.articles.size())
                                     .arg(read.reader);
        items.append(item);
    }
    return items;
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
            return {path, ImportItem::Outcome::Imported,
                    QStringLiteral("updated article %1 from the edited file; annotations: %2 kept, "
                                   "%3 moved, %4 to review")
                        .arg(*previous)
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
