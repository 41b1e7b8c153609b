#include "reanchorcommands.h"

#include "cliapplication.h"
#include "store/articlestore.h"
#include "store/articletexteditor.h"
#include "store/database.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

using CliOutput::fail;
using CliOutput::printJson;
using CliOutput::usage;

QString countsLine(const ReanchorReport& report) {
    return u"kept %1, moved %2, review %3"_s.arg(report.kept).arg(report.moved).arg(report.review);
}

QJsonObject countsJson(const ReanchorReport& report) {
    return {{u"id"_s, report.articleId},  {u"unchanged"_s, report.unchanged},
            {u"kept"_s, report.kept},     {u"moved"_s, report.moved},
            {u"review"_s, report.review}, {u"total"_s, report.total()}};
}

// The article IDs given, or every article's when none are. On a bad ID or a failed look-up
// the message is printed and `status` is set.
QList<qint64> articleIds(CliContext& context, int& status) {
    QList<qint64> ids;
    for (const QString& arg : context.args) {
        const qint64 id = CliOutput::parseId(arg);
        if (id == 0) {
            status = usage(context, u"'%1' is not an article ID (a positive number)"_s.arg(arg));
            return {};
        }
        ids.append(id);
    }
    if (!ids.isEmpty())
        return ids;
    auto summaries = ArticleStore(context.database).summaries();
    if (!summaries) {
        status = fail(context, summaries.errorMessage());
        return {};
    }
    for (const ArticleSummary& summary : *summaries)
        ids.append(summary.id);
    return ids;
}

} // namespace

namespace CliCommands {

int reclean(CliContext& context) {
    int status = CliApplication::Success;
    const QList<qint64> ids = articleIds(context, status);
    if (status != CliApplication::Success)
        return status;
    ArticleTextEditor editor(context.database);
    ReanchorReport sum;
    int articles = 0;
    int unchanged = 0;
    int failed = 0;
    QJsonArray reports;
    QJsonArray failures;
    for (qint64 id : ids) {
        auto report = editor.reclean(id);
        if (!report) {
            ++failed;
            if (context.json)
                failures.append(QJsonObject{{u"id"_s, id}, {u"message"_s, report.errorMessage()}});
            else
                fail(context, report.errorMessage());
            continue;
        }
        ++articles;
        unchanged += report->unchanged ? 1 : 0;
        sum.kept += report->kept;
        sum.moved += report->moved;
        sum.review += report->review;
        if (context.json)
            reports.append(countsJson(*report));
        else if (report->unchanged)
            context.out << u"article %1: unchanged\n"_s.arg(id);
        else
            context.out << u"article %1: %2\n"_s.arg(QString::number(id), countsLine(*report));
    }
    if (context.json) {
        printJson(context.out,
                  QJsonObject{{u"articles"_s, reports},
                              {u"failed"_s, failures},
                              {u"total"_s, QJsonObject{{u"articles"_s, articles},
                                                       {u"unchanged"_s, unchanged},
                                                       {u"failed"_s, failed},
                                                       {u"kept"_s, sum.kept},
                                                       {u"moved"_s, sum.moved},
                                                       {u"review"_s, sum.review},
                                                       {u"annotations"_s, sum.total()}}}});
    } else {
        context.out << u"total: %1 (%2 unchanged): %3 (%4)\n"_s.arg(
            CliOutput::plural(articles, u"article"_s, u"articles"_s), QString::number(unchanged),
            countsLine(sum), CliOutput::plural(sum.total(), u"annotation"_s, u"annotations"_s));
        if (failed > 0)
            context.out << u"%1 failed\n"_s.arg(
                CliOutput::plural(failed, u"article"_s, u"articles"_s));
    }
    return failed > 0 ? CliApplication::Failure : CliApplication::Success;
}

int restore(CliContext& context) {
    if (context.args.size() != 2)
        return usage(context, u"restore takes an article ID and the INDEX of a removed piece"_s);
    const qint64 id = CliOutput::parseId(context.args.at(0));
    if (id == 0)
        return usage(context,
                     u"'%1' is not an article ID (a positive number)"_s.arg(context.args.at(0)));
    bool ok = false;
    const int index = context.args.at(1).toInt(&ok);
    if (!ok || index < 0)
        return usage(context, u"'%1' is not the index of a removed piece (0, 1, …)"_s.arg(
                                  context.args.at(1)));
    auto article = ArticleStore(context.database).article(id);
    if (!article)
        return fail(context, article.errorMessage());
    const QString piece =
        index < article->clean.removed.size() ? article->clean.removed.at(index).text : QString();
    auto report = ArticleTextEditor(context.database).restoreRemovedPiece(id, index);
    if (!report)
        return fail(context, report.errorMessage());
    if (context.json) {
        QJsonObject object = countsJson(*report);
        object.insert(u"restored"_s, piece);
        printJson(context.out, object);
    } else {
        context.out << u"article %1: restored “%2”; %3\n"_s.arg(QString::number(id), piece,
                                                                countsLine(*report));
    }
    return CliApplication::Success;
}

} // namespace CliCommands
