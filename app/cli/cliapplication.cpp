#include "cliapplication.h"

#include "annotateoptionset.h"
#include "clicommands.h"
#include "listoptionset.h"
#include "reanchorcommands.h"
#include "store/database.h"
#include "subscriptioncommands.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>
#include <map>

namespace {

using Command = int (*)(CliContext&);

const std::map<QString, Command>& commands() {
    static const std::map<QString, Command> table{
        {QStringLiteral("import"), &CliCommands::importPaths},
        {QStringLiteral("list"), &CliCommands::list},
        {QStringLiteral("show"), &CliCommands::show},
        {QStringLiteral("search"), &CliCommands::search},
        {QStringLiteral("stats"), &CliCommands::stats},
        {QStringLiteral("check"), &CliCommands::check},
        {QStringLiteral("annotate"), &CliCommands::annotate},
        {QStringLiteral("companies"), &CliCommands::companies},
        {QStringLiteral("partnerships"), &CliCommands::partnerships},
        {QStringLiteral("reclean"), &CliCommands::reclean},
        {QStringLiteral("restore"), &CliCommands::restore},
        {QStringLiteral("export"), &CliCommands::exportArticles},
        {QStringLiteral("delete"), &CliCommands::deleteArticles},
        {QStringLiteral("subscribe"), &CliCommands::subscribe},
        {QStringLiteral("subscriptions"), &CliCommands::subscriptions},
        {QStringLiteral("unsubscribe"), &CliCommands::unsubscribe},
        {QStringLiteral("fetch"), &CliCommands::fetch},
    };
    return table;
}

const char* const helpText = R"(
Commands:
  import PATH... [--map SPEC]
                   import articles from files and folders (recursively); --map says which
                   dataset column is which: title=2,text=3 or text=body,date=published
  list [--language CODE] [--since DAY] [--until DAY]
                   id, reading status, source and title of every article, in the order they
                   were added; with --json also the date published and the language. The
                   filters keep those in a language and dated (published, else added) between
                   the days, both included
  show ID          the clean article with its companies, partnerships and note
                   (with --json: text, paragraphs, removed pieces, mentions, partnerships, notes)
  search QUERY     full-text search, best matches first, with a snippet
  stats            how many articles, companies, mentions, partnerships and notes
  check            check that the database is sound
  companies        every company with its aliases and how often it is mentioned
  partnerships     partnerships across all articles, by pair and kind
                   (--company NAME: only those of that company)
  annotate ID --company NAME --quote TEXT
                   mark the first unmarked whole-word TEXT in article ID as a mention of NAME
                   (a company found by name or alias; a new name creates the company)
  annotate ID --company NAME --start N --end M
                   mark the text from offset N to M (UTF-16, in the "text" of show --json)
  annotate ID|all --company NAME --all [--quote TEXT]
                   mark every unmarked occurrence of the company's names and aliases, in
                   article ID or in all articles (a --quote must be one of those names)
  annotate ID --partnership A B [--kind K] [--status S] [--evidence TEXT]
                   record that companies A and B partner (default kind "partnership", status
                   "announced"); the evidence is the sentence with TEXT, or else the first
                   sentence naming both (--evidence "": none)
  annotate ID --note TEXT
                   set the article's note (an empty TEXT deletes it)
  reclean [ID...]  clean articles (all without IDs) again from their raw text with the
                   current cleaner and re-anchor their annotations; prints per article
                   "kept N, moved N, review N" (review: could not be placed, see show) or
                   "unchanged", and a total
  restore ID INDEX put the removed piece at INDEX of show --json's "removed" back into the
                   text, re-anchoring the annotations

  delete ID... [--force]
                   delete articles with their mentions, partnerships, notes and history
                   (companies stay); one that holds annotations is only deleted with --force.
                   All or nothing: a bad ID or a refusal deletes none. Files exported before
                   (export --format json) still hold what was deleted until exported again.

  export --format md|json|csv|brat|w3c|html --out PATH [--wiki-links] [ID...]
                   export articles (all without IDs) with their annotations: Markdown notes,
                   JSON (folio-cli import reads it back), CSV tables, brat standoff, W3C Web
                   Annotation, an HTML report. Nothing is left half-written on failure.
                   json and w3c given a folder write folio-export.json(ld) inside it.
                   --wiki-links (md): company names as [[Company]] links, for Obsidian.

Feed subscriptions, the only part of Folio that uses the network (none until you add one):
  subscribe URL    subscribe to an RSS or Atom feed at an http(s) URL (fetches nothing yet)
  subscriptions    every subscription with its last fetch and error (--json)
  unsubscribe ID|URL
                   remove a subscription; the articles it brought stay
  fetch [ID|URL]... [--timeout SECONDS]
                   fetch every enabled subscription, or the named ones, and import new and
                   changed items as a saved feed's; prints per feed "fetched URL: N new,
                   M updated" or "failed URL: reason" (a failed feed keeps its articles);
                   exit status 1 when one failed. --timeout: give up on a server that sends
                   nothing for that long (default 30)

Exit status: 0 success, 1 something failed, 2 usage error.
)";

} // namespace

CliApplication::CliApplication()
    : m_out(stdout)
    , m_err(stderr) {
    m_out.setEncoding(QStringConverter::Utf8);
    m_err.setEncoding(QStringConverter::Utf8);
}

int CliApplication::usageError(const QString& message) {
    m_err << "folio-cli: " << message << "\nTry 'folio-cli --help'.\n";
    m_err.flush();
    return UsageError;
}

int CliApplication::run(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Folio on the command line: import, read and search news articles."));
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QStringLiteral("Use the database at PATH (default: %1).").arg(Database::defaultPath()),
        QStringLiteral("PATH"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QStringLiteral("Print data as JSON."));
    parser.addOption(dbOption);
    parser.addOption(jsonOption);
    const AnnotateOptionSet annotateOptions(parser);
    const ListOptionSet listOptions(parser);
    const QCommandLineOption formatOption(
        QStringLiteral("format"), QStringLiteral("export: md, json, csv, brat, w3c or html."),
        QStringLiteral("FORMAT"));
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       QStringLiteral("export: the file or folder to write."),
                                       QStringLiteral("PATH"));
    const QCommandLineOption wikiLinksOption(
        QStringLiteral("wiki-links"),
        QStringLiteral("export --format md: company names as [[Company]] links."));
    const QCommandLineOption forceOption(
        QStringLiteral("force"),
        QStringLiteral("delete: also delete articles that hold annotations."));
    const QCommandLineOption mapOption(
        QStringLiteral("map"),
        QStringLiteral("import: which dataset column is which, e.g. title=2,text=3 or "
                       "text=body,date=published."),
        QStringLiteral("SPEC"));
    const QCommandLineOption timeoutOption(
        QStringLiteral("timeout"),
        QStringLiteral("fetch: give up on a server silent for SECONDS (default 30)."),
        QStringLiteral("SECONDS"));
    parser.addOptions(
        {formatOption, outOption, wikiLinksOption, forceOption, mapOption, timeoutOption});
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("What to do (below)."),
                                 QStringLiteral("COMMAND [ARGS...]"));

    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(helpOption)) {
        m_out << parser.helpText() << helpText;
        return Success;
    }
    if (parser.isSet(versionOption)) {
        m_out << "folio-cli " << QCoreApplication::applicationVersion() << '\n';
        return Success;
    }

    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usageError(QStringLiteral("no command given"));
    const QString name = positional.takeFirst();
    const auto command = commands().find(name);
    if (command == commands().end())
        return usageError(QStringLiteral("unknown command '%1'").arg(name));

    if (const QString unread = annotateOptions.notReadBy(parser, name); !unread.isEmpty())
        return usageError(QStringLiteral("%1 does not apply to '%2'").arg(unread, name));
    if (name != QLatin1String("export") && (parser.isSet(formatOption) || parser.isSet(outOption)))
        return usageError(QStringLiteral("--format and --out apply to 'export' only"));
    if (name != QLatin1String("export") && parser.isSet(wikiLinksOption))
        return usageError(QStringLiteral("--wiki-links applies to 'export' only"));
    if (name != QLatin1String("delete") && parser.isSet(forceOption))
        return usageError(QStringLiteral("--force applies to 'delete' only"));
    if (name != QLatin1String("list") && listOptions.anySet(parser))
        return usageError(QStringLiteral("--language, --since and --until apply to 'list' only"));
    const auto listFilter = listOptions.filter(parser);
    if (!listFilter)
        return usageError(listFilter.errorMessage());
    if (name != QLatin1String("import") && parser.isSet(mapOption))
        return usageError(QStringLiteral("--map applies to 'import' only"));

    int fetchTimeout = 0;
    if (parser.isSet(timeoutOption)) {
        if (name != QLatin1String("fetch"))
            return usageError(QStringLiteral("--timeout applies to 'fetch' only"));
        bool ok = false;
        fetchTimeout = parser.value(timeoutOption).toInt(&ok);
        if (!ok || fetchTimeout <= 0 || fetchTimeout > 3600)
            return usageError(QStringLiteral("--timeout takes seconds, from 1 to 3600"));
    }

    const QString path = parser.isSet(dbOption) ? parser.value(dbOption) : Database::defaultPath();
    auto database = Database::open(path);
    if (!database) {
        m_err << "folio-cli: " << database.errorMessage() << '\n';
        return Failure;
    }
    CliContext context{**database,
                       positional,
                       parser.isSet(jsonOption),
                       m_out,
                       m_err,
                       annotateOptions.values(parser),
                       parser.value(formatOption),
                       parser.value(outOption),
                       parser.isSet(wikiLinksOption),
                       parser.isSet(forceOption),
                       parser.isSet(mapOption) ? std::optional(parser.value(mapOption))
                                               : std::nullopt,
                       *listFilter,
                       fetchTimeout};
    const int status = command->second(context);
    m_out.flush();
    m_err.flush();
    return status;
}
