#include "clicommands.h"

#include "articlejson.h"
#include "cliapplication.h"
#include "import/articleimporter.h"
#include "store/articlestore.h"
#include "store/database.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

void printJson(QTextStream& out, const QJsonValue& value) {
    const QJsonDocument document =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
}

int fail(CliContext& context, const QString& message) {
    context.err << "folio-cli: " << message << '\n';
    return CliApplication::Failure;
}

int usage(CliContext& context, const QString& message) {
    context.err << "folio-cli: " << message << "\nTry 'folio-cli --help'.\n";
    return CliApplication::UsageError;
}

// The one positional ID most commands take; 0 after a usage error has been printed.
qint64 takeId(CliContext& context, const QString& command) {
    if (context.args.size() != 1) {
        usage(context, QStringLiteral("%1 takes one article ID").arg(command));
        return 0;
    }
    bool ok = false;
    const qint64 id = context.args.first().toLongLong(&ok);
    if (!ok || id <= 0) {
        usage(context, QStringLiteral("'%1' is not an article ID (a positive number)")
                           .arg(context.args.first()));
        return 0;
    }
    return id;
}

QString itemLine(const ImportItem& item) {
    // Reader errors already start with the path; store errors start with the database path.
    const QString message = item.message.startsWith(item.path)
                                ? item.message
                                : item.path + QStringLiteral(": ") + item.message;
    switch (item.outcome) {
    case ImportItem::Outcome::Failed:
        return QStringLiteral("failed     ") + message;
    case ImportItem::Outcome::Skipped:
        return QStringLiteral("skipped    ") + message;
    case ImportItem::Outcome::Duplicate:
        return QStringLiteral("duplicate  ") + message;
    case ImportItem::Outcome::Imported:
        break;
    }
    return {};
}

} // namespace

namespace CliCommands {

int importPaths(CliContext& context) {
    if (context.args.isEmpty())
        return usage(context, QStringLiteral("import needs at least one file or folder"));
    const ImportReport report = ArticleImporter(context.database).run(context.args);
    if (context.json) {
        printJson(context.out, ArticleJson::fromReport(report));
    } else {
        for (const ImportItem& item : report.items()) {
            if (item.outcome != ImportItem::Outcome::Imported)
                context.out << itemLine(item) << '\n';
        }
        context.out << report.summary() << '\n';
    }
    return report.hasFailures() ? CliApplication::Failure : CliApplication::Success;
}

int list(CliContext& context) {
    if (!context.args.isEmpty())
        return usage(context, QStringLiteral("list takes no arguments"));
    auto summaries = ArticleStore(context.database).summaries();
    if (!summaries)
        return fail(context, summaries.errorMessage());
    if (context.json) {
        QJsonArray array;
        for (const ArticleSummary& summary : *summaries)
            array.append(ArticleJson::fromSummary(summary));
        printJson(context.out, array);
        return CliApplication::Success;
    }
    for (const ArticleSummary& summary : *summaries) {
        context.out << QStringLiteral("%1\t%2\t%3\t%4\n")
                           .arg(summary.id)
                           .arg(readingStatusName(summary.status),
                                summary.source.isEmpty() ? QStringLiteral("-") : summary.source,
                                summary.title);
    }
    return CliApplication::Success;
}

int show(CliContext& context) {
    const qint64 id = takeId(context, QStringLiteral("show"));
    if (id == 0)
        return CliApplication::UsageError;
    auto article = ArticleStore(context.database).article(id);
    if (!article)
        return fail(context, article.errorMessage());
    if (context.json) {
        printJson(context.out, ArticleJson::fromArticle(*article));
        return CliApplication::Success;
    }
    const CleanArticle& clean = article->clean;
    context.out << "# " << clean.title << "\n";
    context.out << QStringLiteral("id %1 · source %2 · %3\n\n")
                       .arg(article->id)
                       .arg(clean.source.isEmpty() ? QStringLiteral("(none)") : clean.source,
                            readingStatusName(article->status));
    for (const QString& paragraph : clean.paragraphs)
        context.out << paragraph << "\n\n";
    if (!clean.removed.isEmpty()) {
        context.out << "Removed by cleaning:\n";
        for (int i = 0; i < clean.removed.size(); ++i)
            context.out << QStringLiteral("  [%1] “%2” (%3)\n")
                               .arg(i)
                               .arg(clean.removed.at(i).text, clean.removed.at(i).reason);
    }
    return CliApplication::Success;
}

int search(CliContext& context) {
    if (context.args.isEmpty())
        return usage(context, QStringLiteral("search needs a query"));
    auto hits = ArticleStore(context.database).search(context.args.join(QLatin1Char(' ')));
    if (!hits)
        return fail(context, hits.errorMessage());
    if (context.json) {
        QJsonArray array;
        for (const SearchHit& hit : *hits)
            array.append(ArticleJson::fromHit(hit));
        printJson(context.out, array);
        return CliApplication::Success;
    }
    if (hits->isEmpty())
        context.out << "No article matches.\n";
    for (const SearchHit& hit : *hits)
        context.out << QStringLiteral("%1\t%2\n\t%3\n").arg(hit.id).arg(hit.title, hit.snippet);
    return CliApplication::Success;
}

int stats(CliContext& context) {
    auto stats = ArticleStore(context.database).stats();
    if (!stats)
        return fail(context, stats.errorMessage());
    if (context.json) {
        QJsonObject sources;
        for (const auto& [source, count] : stats->sources)
            sources.insert(source.isEmpty() ? QStringLiteral("(none)") : source, count);
        printJson(context.out, QJsonObject{{QStringLiteral("articles"), stats->articles},
                                           {QStringLiteral("unread"), stats->unread},
                                           {QStringLiteral("companies"), stats->companies},
                                           {QStringLiteral("mentions"), stats->mentions},
                                           {QStringLiteral("partnerships"), stats->partnerships},
                                           {QStringLiteral("notes"), stats->notes},
                                           {QStringLiteral("sources"), sources}});
        return CliApplication::Success;
    }
    context.out << QStringLiteral("articles      %1 (%2 unread)\ncompanies     %3\nmentions      "
                                  "%4\npartnerships  %5\nnotes         %6\n")
                       .arg(stats->articles)
                       .arg(stats->unread)
                       .arg(stats->companies)
                       .arg(stats->mentions)
                       .arg(stats->partnerships)
                       .arg(stats->notes);
    for (const auto& [source, count] : stats->sources)
        context.out << QStringLiteral("  %1  %2\n")
                           .arg(count, 6)
                           .arg(source.isEmpty() ? QStringLiteral("(no source)") : source);
    return CliApplication::Success;
}

int check(CliContext& context) {
    auto problems = context.database.integrityProblems();
    if (!problems)
        return fail(context, problems.errorMessage());
    const bool sound = problems->isEmpty();
    if (context.json) {
        printJson(context.out,
                  QJsonObject{{QStringLiteral("database"), context.database.path()},
                              {QStringLiteral("sound"), sound},
                              {QStringLiteral("schema_version"), context.database.schemaVersion()},
                              {QStringLiteral("problems"), QJsonArray::fromStringList(*problems)}});
    } else if (sound) {
        context.out << QStringLiteral("%1: the database is sound (schema version %2).\n")
                           .arg(context.database.path())
                           .arg(context.database.schemaVersion());
    } else {
        context.out
            << QStringLiteral("%1: the database has problems:\n").arg(context.database.path());
        for (const QString& problem : *problems)
            context.out << "  " << problem << '\n';
    }
    return sound ? CliApplication::Success : CliApplication::Failure;
}

} // namespace CliCommands
