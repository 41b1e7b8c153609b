#include "articlejson.h"

#include "article/article.h"
#include "import/importreport.h"
#include "store/articlestore.h"

#include <QJsonArray>

namespace {

QString outcomeName(ImportItem::Outcome outcome) {
    switch (outcome) {
    case ImportItem::Outcome::Imported:
        return QStringLiteral("imported");
    case ImportItem::Outcome::Duplicate:
        return QStringLiteral("duplicate");
    case ImportItem::Outcome::Skipped:
        return QStringLiteral("skipped");
    case ImportItem::Outcome::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

} // namespace

namespace ArticleJson {

QJsonObject fromArticle(const Article& article) {
    QJsonArray removed;
    for (const RemovedPiece& piece : article.clean.removed)
        removed.append(QJsonObject{{QStringLiteral("text"), piece.text},
                                   {QStringLiteral("reason"), piece.reason},
                                   {QStringLiteral("position"), piece.position}});
    return {
        {QStringLiteral("id"), article.id},
        {QStringLiteral("title"), article.clean.title},
        {QStringLiteral("source"), article.clean.source},
        {QStringLiteral("status"), readingStatusName(article.status)},
        {QStringLiteral("text"), article.clean.text()},
        {QStringLiteral("paragraphs"), QJsonArray::fromStringList(article.clean.paragraphs)},
        {QStringLiteral("removed"), removed},
        // Annotations arrive with the annotating feature; the keys are here from the start so
        // scripts can rely on them.
        {QStringLiteral("mentions"), QJsonArray()},
        {QStringLiteral("partnerships"), QJsonArray()},
        {QStringLiteral("notes"), QJsonArray()},
        {QStringLiteral("original_path"), article.originalPath},
        {QStringLiteral("encoding"), article.encoding},
        {QStringLiteral("content_hash"), article.contentHash},
        {QStringLiteral("cleaner_version"), article.cleanerVersion},
        {QStringLiteral("imported_at"), article.importedAt.toString(Qt::ISODate)},
    };
}

QJsonObject fromSummary(const ArticleSummary& summary) {
    return {{QStringLiteral("id"), summary.id},
            {QStringLiteral("title"), summary.title},
            {QStringLiteral("source"), summary.source},
            {QStringLiteral("status"), readingStatusName(summary.status)},
            {QStringLiteral("imported_at"), summary.importedAt.toString(Qt::ISODate)},
            {QStringLiteral("companies"), summary.companyCount},
            {QStringLiteral("partnerships"), summary.partnershipCount}};
}

QJsonObject fromHit(const SearchHit& hit) {
    return {{QStringLiteral("id"), hit.id},
            {QStringLiteral("title"), hit.title},
            {QStringLiteral("source"), hit.source},
            {QStringLiteral("snippet"), hit.snippet},
            {QStringLiteral("rank"), hit.rank}};
}

QJsonObject fromReport(const ImportReport& report) {
    QJsonArray items;
    for (const ImportItem& item : report.items()) {
        QJsonObject object{{QStringLiteral("path"), item.path},
                           {QStringLiteral("outcome"), outcomeName(item.outcome)}};
        if (!item.message.isEmpty())
            object.insert(QStringLiteral("message"), item.message);
        if (item.articleId > 0)
            object.insert(QStringLiteral("id"), item.articleId);
        items.append(object);
    }
    return {{QStringLiteral("imported"), report.count(ImportItem::Outcome::Imported)},
            {QStringLiteral("duplicates"), report.count(ImportItem::Outcome::Duplicate)},
            {QStringLiteral("skipped"), report.count(ImportItem::Outcome::Skipped)},
            {QStringLiteral("failed"), report.count(ImportItem::Outcome::Failed)},
            {QStringLiteral("cancelled"), report.cancelled()},
            {QStringLiteral("items"), items}};
}

} // namespace ArticleJson
