#include "clicommands.h"

#include "articlejson.h"
#include "cliapplication.h"
#include "import/articleimporter.h"
#include "store/articlequery.h"
#include "store/articlestore.h"
#include "store/companystore.h"
#include "store/corpusstatistics.h"
#include "store/database.h"
#include "store/mentionstore.h"
#include "store/notestore.h"
#include "store/partnershipstore.h"

#include <QJsonArray>

#include <limits>
#include <QJsonDocument>

#include <algorithm>

namespace CliOutput {

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

qint64 parseId(const QString& text) {
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    return ok && id > 0 ? id : 0;
}

QString plural(qint64 count, const QString& one, const QString& many) {
    return QStringLiteral("%1 %2").arg(count).arg(count == 1 ? one : many);
}

} // namespace CliOutput

namespace {

using CliOutput::fail;
using CliOutput::plural;
using CliOutput::printJson;
using CliOutput::usage;

// The one positional ID most commands take; 0 after a usage error has been printed.
qint64 takeId(CliContext& context, const QString& command) {
    if (context.args.size() != 1) {
        usage(context, QStringLiteral("%1 takes one article ID").arg(command));
        return 0;
    }
    const qint64 id = CliOutput::parseId(context.args.first());
    if (id == 0)
        usage(context, QStringLiteral("'%1' is not an article ID (a positive number)")
                           .arg(context.args.first()));
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
        return QStringLiteral("imported   ") + message;
    case ImportItem::Outcome::Subscribed:
        return QStringLiteral("subscribed ") + message;
    }
    return {};
}

// "Companies:", "Partnerships:" and "Note:" after the paragraphs of plain `show`; only the
// sections that have something to say.
void printAnnotations(QTextStream& out, const QList<Mention>& mentions,
                      const QList<Partnership>& partnerships, const QString& note) {
    struct CompanyCount {
        qint64 id = 0;
        QString name;
        int mentions = 0;
        int unanchored = 0;
    };
    QList<CompanyCount> counts; // in order of first mention
    for (const Mention& mention : mentions) {
        auto it = std::find_if(counts.begin(), counts.end(), [&](const CompanyCount& count) {
            return count.id == mention.companyId;
        });
        if (it == counts.end()) {
            CompanyCount count;
            count.id = mention.companyId;
            count.name = mention.companyName;
            counts.append(count);
            it = counts.end() - 1;
        }
        ++it->mentions;
        if (!mention.anchor.anchored)
            ++it->unanchored;
    }
    if (!counts.isEmpty()) {
        out << "Companies:\n";
        for (const CompanyCount& count : counts) {
            const QString review = count.unanchored > 0
                                       ? QStringLiteral(", %1 to review").arg(count.unanchored)
                                       : QString();
            out << QStringLiteral("  %1 (%2%3)\n")
                       .arg(count.name, QString::number(count.mentions), review);
        }
        out << '\n';
    }
    if (!partnerships.isEmpty()) {
        out << "Partnerships:\n";
        for (const Partnership& partnership : partnerships) {
            out << QStringLiteral("  %1 – %2 (%3, %4)")
                       .arg(partnership.nameA, partnership.nameB, partnership.kind,
                            partnership.status);
            if (!partnership.evidence.quote.isEmpty())
                out << QStringLiteral(" “%1”").arg(partnership.evidence.quote);
            if (!partnership.evidence.anchored)
                out << " (to review)";
            out << '\n';
        }
        out << '\n';
    }
    if (!note.isEmpty())
        out << "Note:\n  " << note << "\n\n";
}

} // namespace

namespace CliCommands {

int importPaths(CliContext& context) {
    if (context.args.isEmpty())
        return usage(context, QStringLiteral("import needs at least one file or folder"));
    ArticleImporter importer(context.database);
    if (context.datasetMap) {
        auto mapping = ColumnMapping::parse(*context.datasetMap);
        if (!mapping)
            return usage(context, QStringLiteral("--map: ") + mapping.errorMessage());
        ImportReport found;
        const QStringList files = ArticleImporter::collectFiles(context.args, found);
        if (std::none_of(files.begin(), files.end(), &ArticleImporter::isDatasetFile))
            return usage(context, QStringLiteral("--map says which dataset column is which, but "
                                                 "none of the files is a dataset (CSV, TSV, "
                                                 "JSON or JSON Lines)"));
        importer.setOptions({.datasetMapping = *mapping, .mappingByFile = {}});
    }
    const ImportReport report = importer.run(context.args);
    if (context.json) {
        printJson(context.out, ArticleJson::fromReport(report));
    } else {
        for (const ImportItem& item : report.items()) {
            // An imported article is worth a line only when there is something to say: which
            // reader took the file, or that an edited file updated its article.
            if (item.outcome != ImportItem::Outcome::Imported || !item.message.isEmpty())
                context.out << itemLine(item) << '\n';
        }
        context.out << report.summary() << '\n';
    }
    return report.hasFailures() ? CliApplication::Failure : CliApplication::Success;
}

int list(CliContext& context) {
    if (!context.args.isEmpty())
        return usage(context, QStringLiteral("list takes no arguments"));
    // Every row at once: a script reads the whole list (100,000 rows are some 10 MB).
    const ArticleQuery query(context.database);
    auto summaries = query.page(context.listFilter, ArticleSort::Added, Qt::AscendingOrder, 0,
                                std::numeric_limits<int>::max());
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
    auto mentions = MentionStore(context.database).mentions(id);
    if (!mentions)
        return fail(context, mentions.errorMessage());
    auto partnerships = PartnershipStore(context.database).partnerships(id);
    if (!partnerships)
        return fail(context, partnerships.errorMessage());
    if (context.json) {
        auto notes = NoteStore(context.database).notes(id);
        if (!notes)
            return fail(context, notes.errorMessage());
        printJson(context.out,
                  ArticleJson::fromArticle(*article, *mentions, *partnerships, *notes));
        return CliApplication::Success;
    }
    auto note = NoteStore(context.database).articleNote(id);
    if (!note)
        return fail(context, note.errorMessage());
    const CleanArticle& clean = article->clean;
    context.out << "# " << clean.title << "\n";
    context.out << QStringLiteral("id %1 · source %2 · %3\n\n")
                       .arg(article->id)
                       .arg(clean.source.isEmpty() ? QStringLiteral("(none)") : clean.source,
                            readingStatusName(article->status));
    for (const QString& paragraph : clean.paragraphs)
        context.out << paragraph << "\n\n";
    printAnnotations(context.out, *mentions, *partnerships, *note);
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

int companies(CliContext& context) {
    if (!context.args.isEmpty())
        return usage(context, QStringLiteral("companies takes no arguments"));
    auto stats = CorpusStatistics(context.database).companyStats();
    if (!stats)
        return fail(context, stats.errorMessage());
    if (context.json) {
        QJsonArray array;
        for (const CompanyStats& company : *stats)
            array.append(ArticleJson::fromCompanyStats(company));
        printJson(context.out, array);
        return CliApplication::Success;
    }
    if (stats->isEmpty())
        context.out << "No companies yet.\n";
    for (const CompanyStats& company : *stats) {
        context.out << QStringLiteral("%1\t%2\t%3, %4, %5")
                           .arg(company.company.id)
                           .arg(company.company.name,
                                plural(company.mentionCount, QStringLiteral("mention"),
                                       QStringLiteral("mentions")),
                                plural(company.articleCount, QStringLiteral("article"),
                                       QStringLiteral("articles")),
                                plural(company.partnershipCount, QStringLiteral("partnership"),
                                       QStringLiteral("partnerships")));
        if (!company.company.aliases.isEmpty())
            context.out << "\talso " << company.company.aliases.join(QStringLiteral(", "));
        context.out << '\n';
    }
    return CliApplication::Success;
}

int partnerships(CliContext& context) {
    if (!context.args.isEmpty())
        return usage(context, QStringLiteral("partnerships takes no arguments (but --company)"));
    qint64 companyId = 0;
    if (context.options.company) {
        auto company =
            CompanyStore(context.database).findCompany(context.options.company->trimmed());
        if (!company)
            return fail(context, company.errorMessage());
        if (!company->has_value())
            return fail(context,
                        QStringLiteral("There is no company “%1”.").arg(*context.options.company));
        companyId = (*company)->id;
    }
    auto summaries = CorpusStatistics(context.database).partnershipSummaries(companyId);
    if (!summaries)
        return fail(context, summaries.errorMessage());
    if (context.json) {
        QJsonArray array;
        for (const PartnershipSummary& summary : *summaries)
            array.append(ArticleJson::fromPartnershipSummary(summary));
        printJson(context.out, array);
        return CliApplication::Success;
    }
    if (summaries->isEmpty())
        context.out << "No partnerships recorded.\n";
    for (const PartnershipSummary& summary : *summaries) {
        const QString first = summary.firstSeen.date().toString(Qt::ISODate);
        const QString last = summary.lastSeen.date().toString(Qt::ISODate);
        context.out << QStringLiteral("%1 – %2\t%3, %4\t%5\t%6\n")
                           .arg(summary.nameA, summary.nameB, summary.kind, summary.status,
                                plural(summary.articleCount, QStringLiteral("article"),
                                       QStringLiteral("articles")),
                                first == last ? first
                                              : QString(first + QStringLiteral(" – ") + last));
    }
    return CliApplication::Success;
}

} // namespace CliCommands
