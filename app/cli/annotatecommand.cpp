#include "clicommands.h"

#include "annotate/annotation.h"
#include "annotate/textspan.h"
#include "article/article.h"
#include "articlejson.h"
#include "cliapplication.h"
#include "store/articlestore.h"
#include "store/companystore.h"
#include "store/mentionstore.h"
#include "store/notestore.h"
#include "store/partnershipstore.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace {

using CliOutput::fail;
using CliOutput::plural;
using CliOutput::printJson;
using CliOutput::usage;

// Finds or creates companies, remembering which it created so that a command that fails after
// creating one can take it away again: a failed command stores nothing.
class CompanyResolver final {
public:
    explicit CompanyResolver(CompanyStore& store)
        : m_store(store) {}

    Result<Company> ensure(const QString& nameOrAlias) {
        bool created = false;
        auto company = m_store.ensureCompany(nameOrAlias, &created);
        if (company && created)
            m_created.append(company->id);
        return company;
    }

    void rollback() {
        for (auto it = m_created.crbegin(); it != m_created.crend(); ++it)
            (void)m_store.deleteCompany(*it); // nothing refers to it yet
        m_created.clear();
    }

private:
    CompanyStore& m_store;
    QList<qint64> m_created;
};

QStringList namesOf(const Company& company) {
    return QStringList{company.name} + company.aliases;
}

QList<TextSpan::Span> occurrencesOfNames(const QString& text, const Company& company) {
    QList<TextSpan::Span> found;
    for (const QString& name : namesOf(company))
        found += TextSpan::occurrences(text, name);
    std::sort(found.begin(), found.end(),
              [](const TextSpan::Span& a, const TextSpan::Span& b) { return a.start < b.start; });
    return found;
}

// The first sentence that names both companies (by name or alias).
std::optional<TextSpan::Span> sentenceNaming(const QString& text, const Company& a,
                                             const Company& b) {
    const QList<TextSpan::Span> spansB = occurrencesOfNames(text, b);
    for (const TextSpan::Span& spanA : occurrencesOfNames(text, a)) {
        const TextSpan::Span sentence = TextSpan::sentenceAt(text, spanA.start);
        const bool namesB = std::any_of(spansB.begin(), spansB.end(), [&](const auto& spanB) {
            return spanB.start >= sentence.start && spanB.end <= sentence.end;
        });
        if (namesB)
            return sentence;
    }
    return std::nullopt;
}

bool isMarked(const QList<Mention>& mentions, const TextSpan::Span& span) {
    return std::any_of(mentions.begin(), mentions.end(), [&](const Mention& mention) {
        return mention.anchor.anchored && mention.anchor.start < span.end &&
               span.start < mention.anchor.end;
    });
}

QString noSuchText(qint64 articleId, const QString& text) {
    return QStringLiteral("Article %1 has no “%2” in its text.")
        .arg(QString::number(articleId), text);
}

// --- annotate ID --company NAME --quote TEXT | --start N --end M

int addMention(CliContext& context, qint64 articleId, const QString& companyName,
               const QString& text, int start, int end) {
    CompanyStore store(context.database);
    CompanyResolver companies(store);
    auto company = companies.ensure(companyName);
    if (!company)
        return fail(context, company.errorMessage());
    TextAnchor anchor = TextSpan::anchorFor(text, start, end);
    anchor.start = start; // as given, not clamped: the store judges the span
    anchor.end = end;
    auto added = MentionStore(context.database).addMention(articleId, company->id, anchor);
    if (!added) {
        companies.rollback();
        return fail(context, added.errorMessage());
    }
    Mention mention = *added;
    if (mention.companyName.isEmpty())
        mention.companyName = company->name;
    if (context.json) {
        printJson(context.out, ArticleJson::fromMention(mention));
    } else {
        context.out << QStringLiteral("Marked %1 at %2–%3 (“%4”) in article %5.\n")
                           .arg(mention.companyName, QString::number(mention.anchor.start),
                                QString::number(mention.anchor.end), mention.anchor.quote,
                                QString::number(articleId));
    }
    return CliApplication::Success;
}

int markQuote(CliContext& context, qint64 articleId, const QString& companyName) {
    const QString quote = *context.options.quote;
    auto article = ArticleStore(context.database).article(articleId);
    if (!article)
        return fail(context, article.errorMessage());
    const QString text = article->clean.text();
    const QList<TextSpan::Span> found = TextSpan::occurrences(text, quote);
    if (found.isEmpty())
        return fail(context, noSuchText(articleId, quote));
    auto existing = MentionStore(context.database).mentions(articleId);
    if (!existing)
        return fail(context, existing.errorMessage());
    const auto unmarked = std::find_if(
        found.begin(), found.end(), [&](const auto& span) { return !isMarked(*existing, span); });
    if (unmarked == found.end())
        return fail(context, QStringLiteral("Every “%1” in article %2 is already marked (%3).")
                                 .arg(quote, QString::number(articleId),
                                      plural(found.size(), QStringLiteral("occurrence"),
                                             QStringLiteral("occurrences"))));
    return addMention(context, articleId, companyName, text, unmarked->start, unmarked->end);
}

int markSpan(CliContext& context, qint64 articleId, const QString& companyName, int start,
             int end) {
    auto article = ArticleStore(context.database).article(articleId);
    if (!article)
        return fail(context, article.errorMessage());
    return addMention(context, articleId, companyName, article->clean.text(), start, end);
}

// --- annotate ID|all --company NAME --all

int markAll(CliContext& context, qint64 articleId, const QString& companyName) {
    if (articleId > 0) {
        auto article = ArticleStore(context.database).article(articleId);
        if (!article)
            return fail(context, article.errorMessage());
    }
    CompanyStore store(context.database);
    CompanyResolver companies(store);
    auto company = companies.ensure(companyName);
    if (!company)
        return fail(context, company.errorMessage());
    const std::optional<QString>& quote = context.options.quote;
    if (quote && !namesOf(*company).contains(quote->trimmed(), Qt::CaseInsensitive)) {
        companies.rollback();
        return fail(context,
                    QStringLiteral("--all marks the names of %1 (%2), and “%3” is not "
                                   "one of them; use --quote without --all.")
                        .arg(company->name, namesOf(*company).join(QStringLiteral(", ")), *quote));
    }
    auto marked = MentionStore(context.database).markAllOccurrences(company->id, articleId);
    if (!marked) {
        companies.rollback();
        return fail(context, marked.errorMessage());
    }
    QSet<qint64> articles;
    QJsonArray array;
    for (Mention mention : *marked) {
        if (mention.companyName.isEmpty())
            mention.companyName = company->name;
        articles.insert(mention.articleId);
        array.append(ArticleJson::fromMention(mention));
    }
    if (context.json) {
        printJson(context.out, array);
        return CliApplication::Success;
    }
    const QString where = articleId > 0       ? QStringLiteral("article %1").arg(articleId)
                          : marked->isEmpty() ? QStringLiteral("any article")
                                              : plural(articles.size(), QStringLiteral("article"),
                                                       QStringLiteral("articles"));
    context.out << QStringLiteral("Marked %1 of %2 in %3.\n")
                       .arg(plural(marked->size(), QStringLiteral("occurrence"),
                                   QStringLiteral("occurrences")),
                            company->name, where);
    return CliApplication::Success;
}

int markMention(CliContext& context) {
    const AnnotateOptions& options = context.options;
    const QString company = options.company->trimmed();
    if (company.isEmpty())
        return usage(context, QStringLiteral("--company needs a company name"));
    if (!options.quote && !options.all && !options.start && !options.end)
        return usage(context, QStringLiteral("annotate --company needs --quote TEXT, --all or "
                                             "--start N --end M"));
    if ((options.quote || options.all) && (options.start || options.end))
        return usage(context, QStringLiteral("--start/--end do not go with --quote or --all"));
    if (options.start.has_value() != options.end.has_value())
        return usage(context, options.start ? QStringLiteral("--start needs --end")
                                            : QStringLiteral("--end needs --start"));
    if (options.quote && options.quote->trimmed().isEmpty())
        return usage(context, QStringLiteral("--quote needs some text"));
    if (context.args.size() != 1)
        return usage(context, QStringLiteral("annotate --company takes one article ID (or 'all' "
                                             "with --all)"));

    const QString& idText = context.args.first();
    if (options.all && idText == QLatin1String("all"))
        return markAll(context, 0, company);
    const qint64 id = CliOutput::parseId(idText);
    if (id == 0)
        return usage(context, QStringLiteral("'%1' is not an article ID (a positive number, or "
                                             "'all' with --all)")
                                  .arg(idText));
    if (options.all)
        return markAll(context, id, company);
    if (options.quote)
        return markQuote(context, id, company);

    bool startOk = false;
    bool endOk = false;
    const int start = options.start->trimmed().toInt(&startOk);
    const int end = options.end->trimmed().toInt(&endOk);
    if (!startOk || !endOk)
        return usage(context, QStringLiteral("'%1' is not an offset (a whole number)")
                                  .arg(startOk ? *options.end : *options.start));
    return markSpan(context, id, company, start, end);
}

// --- annotate ID --partnership A B [--kind K] [--status S] [--evidence TEXT]

void printPartnership(CliContext& context, const Partnership& partnership) {
    if (context.json) {
        printJson(context.out, ArticleJson::fromPartnership(partnership));
        return;
    }
    context.out << QStringLiteral("Recorded %1 – %2 (%3, %4) in article %5.\n")
                       .arg(partnership.nameA, partnership.nameB, partnership.kind,
                            partnership.status, QString::number(partnership.articleId));
    if (partnership.evidence.quote.isEmpty())
        context.out << "No evidence: no sentence names both companies.\n";
    else
        context.out << QStringLiteral("Evidence: “%1”\n").arg(partnership.evidence.quote);
}

int recordPartnership(CliContext& context) {
    const AnnotateOptions& options = context.options;
    if (context.args.size() != 3)
        return usage(context, QStringLiteral("annotate --partnership takes an article ID and two "
                                             "company names: ID A B"));
    const qint64 id = CliOutput::parseId(context.args.at(0));
    if (id == 0)
        return usage(context, QStringLiteral("'%1' is not an article ID (a positive number)")
                                  .arg(context.args.at(0)));
    const QString nameA = context.args.at(1).trimmed();
    const QString nameB = context.args.at(2).trimmed();
    if (nameA.isEmpty() || nameB.isEmpty())
        return usage(context, QStringLiteral("--partnership needs two company names"));
    const QString kind = options.kind ? options.kind->trimmed() : QStringLiteral("partnership");
    if (kind.isEmpty())
        return usage(context, QStringLiteral("--kind needs a kind, e.g. partnership"));
    const QString status = options.status ? options.status->trimmed() : QStringLiteral("announced");
    const QStringList statuses = Annotation::partnershipStatuses();
    if (!statuses.contains(status))
        return usage(context, QStringLiteral("'%1' is not a status (%2)")
                                  .arg(status, statuses.join(QStringLiteral(", "))));

    auto article = ArticleStore(context.database).article(id);
    if (!article)
        return fail(context, article.errorMessage());
    const QString text = article->clean.text();
    std::optional<TextSpan::Span> evidence;
    const bool evidenceGiven = options.evidence && !options.evidence->isEmpty();
    if (evidenceGiven) {
        const qsizetype at = text.indexOf(*options.evidence, 0, Qt::CaseInsensitive);
        if (at < 0)
            return fail(context, noSuchText(id, *options.evidence));
        evidence = TextSpan::sentenceAt(text, int(at));
    }

    CompanyStore store(context.database);
    CompanyResolver companies(store);
    auto a = companies.ensure(nameA);
    if (!a)
        return fail(context, a.errorMessage());
    auto b = companies.ensure(nameB);
    if (!b) {
        companies.rollback();
        return fail(context, b.errorMessage());
    }
    if (!options.evidence)
        evidence = sentenceNaming(text, *a, *b);

    Partnership partnership;
    partnership.articleId = id;
    partnership.companyA = a->id;
    partnership.companyB = b->id;
    partnership.kind = kind;
    partnership.status = status;
    if (evidence && evidence->length() > 0)
        partnership.evidence = TextSpan::anchorFor(text, evidence->start, evidence->end);
    auto recorded = PartnershipStore(context.database).addPartnership(partnership);
    if (!recorded) {
        companies.rollback();
        return fail(context, recorded.errorMessage());
    }
    Partnership result = *recorded;
    if (result.nameA.isEmpty())
        result.nameA = a->name;
    if (result.nameB.isEmpty())
        result.nameB = b->name;
    printPartnership(context, result);
    return CliApplication::Success;
}

// --- annotate ID --note TEXT

int setNote(CliContext& context) {
    if (context.args.size() != 1)
        return usage(context, QStringLiteral("annotate --note takes one article ID"));
    const qint64 id = CliOutput::parseId(context.args.first());
    if (id == 0)
        return usage(context, QStringLiteral("'%1' is not an article ID (a positive number)")
                                  .arg(context.args.first()));
    auto article = ArticleStore(context.database).article(id);
    if (!article)
        return fail(context, article.errorMessage());
    const QString body = context.options.note->trimmed();
    if (auto saved = NoteStore(context.database).setArticleNote(id, body); !saved)
        return fail(context, saved.errorMessage());
    if (context.json) {
        printJson(context.out,
                  QJsonObject{{QStringLiteral("id"), id},
                              {QStringLiteral("note"),
                               body.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(body)}});
    } else if (body.isEmpty()) {
        context.out << QStringLiteral("Deleted the note on article %1.\n").arg(id);
    } else {
        context.out << QStringLiteral("Saved the note on article %1.\n").arg(id);
    }
    return CliApplication::Success;
}

} // namespace

namespace CliCommands {

int annotate(CliContext& context) {
    const AnnotateOptions& options = context.options;
    if (!options.company && (options.quote || options.all || options.start || options.end))
        return usage(context, QStringLiteral("--quote, --all, --start and --end go with "
                                             "--company NAME"));
    if (!options.partnership && (options.kind || options.status || options.evidence))
        return usage(context, QStringLiteral("--kind, --status and --evidence go with "
                                             "--partnership A B"));
    const int modes =
        int(options.company.has_value()) + int(options.partnership) + int(options.note.has_value());
    if (modes == 0)
        return usage(context, QStringLiteral("annotate needs --company NAME, --partnership A B or "
                                             "--note TEXT"));
    if (modes > 1)
        return usage(context, QStringLiteral("annotate takes one of --company, --partnership and "
                                             "--note"));
    if (options.note)
        return setNote(context);
    if (options.partnership)
        return recordPartnership(context);
    return markMention(context);
}

} // namespace CliCommands
