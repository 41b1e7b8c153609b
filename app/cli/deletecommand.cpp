#include "clicommands.h"

#include "cliapplication.h"
#include "store/articledeletion.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

using CliOutput::fail;
using CliOutput::plural;
using CliOutput::usage;

// "2 mentions, 1 partnership and 3 notes": only the kinds it has.
QString annotationsOf(const ArticleContents& article) {
    QStringList parts;
    if (article.mentions > 0)
        parts << plural(article.mentions, u"mention"_s, u"mentions"_s);
    if (article.partnerships > 0)
        parts << plural(article.partnerships, u"partnership"_s, u"partnerships"_s);
    if (article.notes > 0)
        parts << plural(article.notes, u"note"_s, u"notes"_s);
    if (parts.isEmpty())
        return u"no annotations"_s;
    const QString last = parts.takeLast();
    return parts.isEmpty() ? last : parts.join(u", "_s) + u" and "_s + last;
}

QString articleName(const ArticleContents& article) {
    return u"article %1 “%2”"_s.arg(article.id).arg(article.title);
}

// Without --force an annotated article is kept, and so is every other one named with it.
Result<void> refuseAnnotated(const QList<ArticleContents>& articles) {
    QStringList refused;
    for (const ArticleContents& article : articles) {
        if (article.annotations() > 0)
            refused << u"%1 holds %2"_s.arg(articleName(article), annotationsOf(article));
    }
    if (refused.isEmpty())
        return {};
    return Error{refused.join(u"\nfolio-cli: "_s) +
                 u"\nfolio-cli: add --force to delete %1 with %2; nothing was deleted."_s.arg(
                     refused.size() == 1 ? u"it"_s : u"them"_s,
                     refused.size() == 1 ? u"its annotations"_s : u"their annotations"_s)};
}

} // namespace

namespace CliCommands {

int deleteArticles(CliContext& context) {
    if (context.args.isEmpty())
        return usage(context, u"delete needs at least one article ID"_s);
    QList<qint64> ids;
    for (const QString& arg : std::as_const(context.args)) {
        const qint64 id = CliOutput::parseId(arg);
        if (id == 0)
            return usage(context, u"'%1' is not an article ID (a positive number)"_s.arg(arg));
        ids.append(id);
    }
    auto deleted = ArticleDeletion(context.database)
                       .remove(ids, context.force ? ArticleDeletion::Check()
                                                  : ArticleDeletion::Check(&refuseAnnotated));
    if (!deleted)
        return fail(context, deleted.errorMessage());
    if (context.json) {
        QJsonArray array;
        for (const DeletedArticle& article : deleted->articles) {
            const ArticleContents& contents = article.contents;
            array.append(QJsonObject{{u"id"_s, contents.id},
                                     {u"title"_s, contents.title},
                                     {u"mentions"_s, contents.mentions},
                                     {u"partnerships"_s, contents.partnerships},
                                     {u"notes"_s, contents.notes}});
        }
        CliOutput::printJson(context.out, array);
        return CliApplication::Success;
    }
    for (const DeletedArticle& article : deleted->articles) {
        context.out << u"deleted %1 (%2)\n"_s.arg(articleName(article.contents),
                                                  annotationsOf(article.contents));
    }
    context.out << u"Deleted %1.\n"_s.arg(
        plural(deleted->articles.size(), u"article"_s, u"articles"_s));
    return CliApplication::Success;
}

} // namespace CliCommands
