#pragma once

#include "store/articlefilter.h"

#include <QJsonValue>
#include <QStringList>
#include <QTextStream>

#include <optional>

class Database;

// The options `annotate` and `partnerships` read. QCommandLineParser knows them globally; the
// front door refuses them on commands that do not read them. Unset value options are nullopt,
// so `--note ""` (delete the note) differs from no --note.
struct AnnotateOptions {
    std::optional<QString> company;
    std::optional<QString> quote;
    std::optional<QString> start;
    std::optional<QString> end;
    std::optional<QString> kind;
    std::optional<QString> status;
    std::optional<QString> evidence;
    std::optional<QString> note;
    bool all = false;
    bool partnership = false;
};

// The commands of folio-cli, each a function of the database, its arguments and the output
// streams; each returns the process exit status.
struct CliContext {
    Database& database;
    QStringList args; // after the command name
    bool json = false;
    QTextStream& out;
    QTextStream& err;
    AnnotateOptions options = {};
    QString exportFormat;              // export --format
    QString exportOut;                 // export --out
    bool wikiLinks = false;            // export --wiki-links
    bool force = false;                // delete --force
    std::optional<QString> datasetMap; // import --map
    ArticleFilter listFilter = {};     // list --language, --since, --until
    int fetchTimeoutSeconds = 0;       // fetch --timeout; 0: FeedFetcher's own
};

namespace CliCommands {
int importPaths(CliContext& context);
int list(CliContext& context);
int show(CliContext& context);
int search(CliContext& context);
int stats(CliContext& context);
int check(CliContext& context);
int companies(CliContext& context);
int partnerships(CliContext& context);
int annotate(CliContext& context);       // in annotatecommand.cpp
int exportArticles(CliContext& context); // in exportcommand.cpp
int deleteArticles(CliContext& context); // in deletecommand.cpp
} // namespace CliCommands

// What every command needs to report.
namespace CliOutput {
void printJson(QTextStream& out, const QJsonValue& value);
int fail(CliContext& context, const QString& message);  // "folio-cli: message", exit 1
int usage(CliContext& context, const QString& message); // the same plus a hint, exit 2
// A positive article ID, or 0 when `text` is none (nothing printed).
qint64 parseId(const QString& text);
QString plural(qint64 count, const QString& one, const QString& many); // "1 article", "2 articles"
} // namespace CliOutput
