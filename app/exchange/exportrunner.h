#pragma once

#include "util/result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

class Database;

enum class ExportFormat { Markdown, Json, Csv, Brat, W3c, Html };

namespace ExportFormats {
QList<ExportFormat> all();
QString name(ExportFormat format);                         // "md", "json", "csv", ...
std::optional<ExportFormat> fromName(const QString& name); // no case; "markdown" works too
QString description(ExportFormat format);                  // for the dialog and --help
// Whether `outPath` is a folder for this format: csv and brat always; md and html unless the
// path ends with .md or .html (then one combined file); json and w3c never (see fileInFolder).
bool writesFolder(ExportFormat format, const QString& outPath);
QString defaultFileName(ExportFormat format); // "folio-export.json", "folio-export" (folder)
// Where a one-file format writes when `outPath` names a folder (an existing one, or a path
// ending in "/"): defaultFileName() inside it, so "~/exports/" gives
// "~/exports/folio-export.json". Any other path is returned as it is.
QString fileInFolder(ExportFormat format, const QString& outPath);
} // namespace ExportFormats

// What a user can choose besides format and target; the CLI and the dialog set the same fields.
struct ExportOptions {
    bool wikiLinks = false; // Markdown: companies as [[Company]] links (Obsidian, Logseq)
};

struct ExportSummary {
    QString outPath; // absolute
    int articles = 0;
    QStringList files;      // what was written, relative to outPath for a folder
    bool cancelled = false; // then nothing was written

    // "Exported 3 articles to /x/notes (3 files)." or "Export cancelled; nothing was written."
    QString message() const;
};

// The one entry point the CLI (`folio-cli export`) and the window share.
class ExportRunner final {
public:
    using Progress = std::function<void(int done, int total)>;

    // Exports the articles `ids` (empty: every article) in `format` to `outPath`. Nothing is
    // half-written: single files go through QSaveFile, folders are built next to the target
    // and moved into place at the end; writing into an existing folder replaces only the files
    // the export writes. `cancel` is checked between articles; a cancelled export writes
    // nothing and returns a summary with cancelled set.
    static Result<ExportSummary> run(Database& database, ExportFormat format,
                                     const QString& outPath, const QList<qint64>& ids,
                                     const ExportOptions& options,
                                     const std::atomic_bool* cancel = nullptr,
                                     const Progress& progress = {});
    // The same with the default options.
    static Result<ExportSummary> run(Database& database, ExportFormat format,
                                     const QString& outPath, const QList<qint64>& ids,
                                     const std::atomic_bool* cancel = nullptr,
                                     const Progress& progress = {}) {
        return run(database, format, outPath, ids, ExportOptions{}, cancel, progress);
    }
};
