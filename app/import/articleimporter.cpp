#include "import/articleimporter.h"

#include "clean/articlecleaner.h"
#include "exchange/json/jsonimporter.h"
#include "store/articlestore.h"
#include "store/articletexteditor.h"
#include "store/database.h"
#include "store/databaselocation.h"
#include "util/contenthash.h"

#include <QDirIterator>
#include <QFileInfo>

namespace {

bool isArticleFile(const QFileInfo& info) {
    return info.suffix().compare(QLatin1String("txt"), Qt::CaseInsensitive) == 0;
}

bool isFolioExport(const QString& path) {
    return QFileInfo(path).suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0;
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
                                QStringLiteral("%1: not a plain-text article (.txt)").arg(file)});
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
        report.add(importFile(files.at(i)));
    }
    if (progress && !report.cancelled())
        progress(int(files.size()), int(files.size()), QString());
    return report;
}

ImportItem ArticleImporter::importFile(const QString& path) {
    if (DatabaseLocation::isDatabaseFile(path, m_db.path()))
        return {
            path, ImportItem::Outcome::Skipped,
            QStringLiteral("%1: is the database Folio is importing into; not imported").arg(path)};
    // A .json file is a Folio export (folders still only contribute .txt files).
    if (isFolioExport(path)) {
        auto imported = JsonImporter(m_db).importFile(path);
        if (!imported)
            return {path, ImportItem::Outcome::Failed, imported.errorMessage()};
        return {path, ImportItem::Outcome::Imported, imported->summary()};
    }
    auto decoded = m_reader.read(path);
    if (!decoded)
        return {path, ImportItem::Outcome::Failed, decoded.errorMessage()};

    Article article;
    article.rawText = decoded->text;
    article.encoding = decoded->encoding;
    article.originalPath = QFileInfo(path).absoluteFilePath();
    article.contentHash = ContentHash::of(article.rawText);
    article.clean = ArticleCleaner::clean(article.rawText);
    article.cleanerVersion = ArticleCleaner::version;
    if (article.clean.title.isEmpty())
        return {path, ImportItem::Outcome::Failed,
                QStringLiteral("%1: no text to import").arg(path)};

    // The same file imported again after an edit: update that article and re-anchor its
    // annotations rather than add a second copy.
    ArticleStore store(m_db);
    auto previous = store.idByOriginalPath(article.originalPath);
    if (!previous)
        return {path, ImportItem::Outcome::Failed, previous.errorMessage()};
    if (*previous > 0) {
        auto stored = store.article(*previous);
        if (stored && stored->contentHash != article.contentHash) {
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
                    *previous};
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
    return {path, ImportItem::Outcome::Imported, QString(), added->id};
}
