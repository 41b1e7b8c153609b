#include "articlejson.h"

#include "annotate/annotation.h"
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
    case ImportItem::Outcome::Subscribed:
        return QStringLiteral("subscribed");
    }
    return {};
}

// 0 means "none" in the structs; JSON says null.
QJsonValue idOrNull(qint64 id) {
    return id > 0 ? QJsonValue(id) : QJsonValue(QJsonValue::Null);
}

template <typename T, typename F> QJsonArray arrayOf(const QList<T>& items, F&& toJson) {
    QJsonArray array;
    for (const T& item : items)
        array.append(toJson(item));
    return array;
}

QJsonArray idArray(const QList<qint64>& ids) {
    QJsonArray array;
    for (qint64 id : ids)
        array.append(id);
    return array;
}

} // namespace

namespace ArticleJson {

QJsonObject fromArticle(const Article& article, const QList<Mention>& mentions,
                        const QList<Partnership>& partnerships, const QList<Note>& notes) {
    QJsonArray removed;
    for (const RemovedPiece& piece : article.clean.removed)
        removed.append(QJsonObject{{QStringLiteral("text"), piece.text},
                                   {QStringLiteral("reason"), piece.reason},
                                   {QStringLiteral("position"), piece.position}});
    return {
        {QStringLiteral("id"), article.id},
        {QStringLiteral("title"), article.clean.title},
        {QStringLiteral("source"), article.clean.source},
        {QStringLiteral("byline"), article.byline},
        {QStringLiteral("published_at"), article.publishedAt.isValid()
                                             ? QJsonValue(article.publishedAt.toString(Qt::ISODate))
                                             : QJsonValue()},
        {QStringLiteral("language"), article.language},
        {QStringLiteral("url"), article.url},
        {QStringLiteral("guid"), article.guid},
        {QStringLiteral("tags"), QJsonArray::fromStringList(article.tags)},
        {QStringLiteral("status"), readingStatusName(article.status)},
        {QStringLiteral("text"), article.clean.text()},
        {QStringLiteral("paragraphs"), QJsonArray::fromStringList(article.clean.paragraphs)},
        {QStringLiteral("removed"), removed},
        {QStringLiteral("mentions"), arrayOf(mentions, &fromMention)},
        {QStringLiteral("partnerships"), arrayOf(partnerships, &fromPartnership)},
        {QStringLiteral("notes"), arrayOf(notes, &fromNote)},
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
            {QStringLiteral("published_at"),
             summary.publishedAt.isValid() ? QJsonValue(summary.publishedAt.toString(Qt::ISODate))
                                           : QJsonValue()},
            {QStringLiteral("language"), summary.language},
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

QJsonObject fromMention(const Mention& mention) {
    return {{QStringLiteral("id"), mention.id},
            {QStringLiteral("article_id"), mention.articleId},
            {QStringLiteral("start"), mention.anchor.start},
            {QStringLiteral("end"), mention.anchor.end},
            {QStringLiteral("quote"), mention.anchor.quote},
            {QStringLiteral("prefix"), mention.anchor.prefix},
            {QStringLiteral("suffix"), mention.anchor.suffix},
            {QStringLiteral("company"), mention.companyName},
            {QStringLiteral("company_id"), mention.companyId},
            {QStringLiteral("anchored"), mention.anchor.anchored},
            {QStringLiteral("note"), mention.note}};
}

QJsonObject fromPartnership(const Partnership& partnership) {
    const TextAnchor& evidence = partnership.evidence;
    return {{QStringLiteral("id"), partnership.id},
            {QStringLiteral("article_id"), partnership.articleId},
            {QStringLiteral("a"), partnership.nameA},
            {QStringLiteral("b"), partnership.nameB},
            {QStringLiteral("a_id"), partnership.companyA},
            {QStringLiteral("b_id"), partnership.companyB},
            {QStringLiteral("kind"), partnership.kind},
            {QStringLiteral("status"), partnership.status},
            {QStringLiteral("evidence"), evidence.quote},
            {QStringLiteral("evidence_start"), evidence.start},
            {QStringLiteral("evidence_end"), evidence.end},
            {QStringLiteral("anchored"), evidence.anchored},
            {QStringLiteral("note"), partnership.note}};
}

QJsonObject fromNote(const Note& note) {
    return {{QStringLiteral("id"), note.id},
            {QStringLiteral("body"), note.body},
            {QStringLiteral("mention_id"), idOrNull(note.mentionId)},
            {QStringLiteral("partnership_id"), idOrNull(note.partnershipId)}};
}

QJsonObject fromCompanyStats(const CompanyStats& stats) {
    return {{QStringLiteral("id"), stats.company.id},
            {QStringLiteral("name"), stats.company.name},
            {QStringLiteral("color"), stats.company.color},
            {QStringLiteral("aliases"), QJsonArray::fromStringList(stats.company.aliases)},
            {QStringLiteral("mentions"), stats.mentionCount},
            {QStringLiteral("articles"), stats.articleCount},
            {QStringLiteral("partnerships"), stats.partnershipCount}};
}

QJsonObject fromPartnershipSummary(const PartnershipSummary& summary) {
    return {{QStringLiteral("a"), summary.nameA},
            {QStringLiteral("b"), summary.nameB},
            {QStringLiteral("a_id"), summary.companyA},
            {QStringLiteral("b_id"), summary.companyB},
            {QStringLiteral("kind"), summary.kind},
            {QStringLiteral("status"), summary.status},
            {QStringLiteral("articles"), summary.articleCount},
            {QStringLiteral("first_seen"), summary.firstSeen.toString(Qt::ISODate)},
            {QStringLiteral("last_seen"), summary.lastSeen.toString(Qt::ISODate)},
            {QStringLiteral("partnership_ids"), idArray(summary.partnershipIds)}};
}

} // namespace ArticleJson
