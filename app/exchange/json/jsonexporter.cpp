#include "exchange/json/jsonexporter.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QJsonObject companyObject(const Company& company) {
    return {{u"name"_s, company.name},
            {u"color"_s, company.color},
            {u"aliases"_s, QJsonArray::fromStringList(company.aliases)}};
}

QJsonObject mentionObject(const Mention& m) {
    QJsonObject object = JsonExporter::anchorObject(m.anchor);
    object.insert(u"company"_s, m.companyName);
    object.insert(u"note"_s, m.note);
    object.insert(u"author"_s, m.author);
    object.insert(u"created_at"_s, ExportText::timestamp(m.createdAt));
    return object;
}

QJsonObject partnershipObject(const Partnership& p) {
    const bool hasEvidence = p.evidence.end > p.evidence.start;
    return {{u"a"_s, p.nameA},
            {u"b"_s, p.nameB},
            {u"kind"_s, p.kind},
            {u"status"_s, p.status},
            {u"evidence"_s, hasEvidence ? QJsonValue(JsonExporter::anchorObject(p.evidence))
                                        : QJsonValue(QJsonValue::Null)},
            {u"note"_s, p.note},
            {u"author"_s, p.author},
            {u"created_at"_s, ExportText::timestamp(p.createdAt)}};
}

QJsonObject articleObject(const ExportedArticle& exported) {
    const Article& a = exported.article;
    QJsonArray removed;
    for (const RemovedPiece& piece : a.clean.removed)
        removed.append(QJsonObject{
            {u"text"_s, piece.text}, {u"reason"_s, piece.reason}, {u"position"_s, piece.position}});
    QJsonArray mentions;
    for (const Mention& m : exported.mentions)
        mentions.append(mentionObject(m));
    QJsonArray partnerships;
    for (const Partnership& p : exported.partnerships)
        partnerships.append(partnershipObject(p));
    return {{u"content_hash"_s, a.contentHash},
            {u"title"_s, a.title},
            {u"source"_s, a.source},
            {u"language"_s, a.language},
            {u"byline"_s, a.byline},
            {u"published_at"_s, a.publishedAt.isValid()
                                    ? QJsonValue(ExportText::timestamp(a.publishedAt))
                                    : QJsonValue()},
            {u"url"_s, a.url},
            {u"guid"_s, a.guid},
            {u"tags"_s, QJsonArray::fromStringList(a.tags)},
            {u"original_path"_s, a.originalPath},
            {u"encoding"_s, a.encoding},
            {u"raw_text"_s, a.rawText},
            {u"clean_text"_s, a.clean.text()},
            {u"cleaner_version"_s, a.cleanerVersion},
            {u"imported_at"_s, ExportText::timestamp(a.importedAt)},
            {u"status"_s, readingStatusName(a.status)},
            {u"reading_position"_s, a.readingPosition},
            {u"removed"_s, removed},
            {u"note"_s, exported.articleNote},
            {u"mentions"_s, mentions},
            {u"partnerships"_s, partnerships}};
}

} // namespace

QJsonObject JsonExporter::anchorObject(const TextAnchor& anchor) {
    return {{u"start"_s, anchor.start},      {u"end"_s, anchor.end},
            {u"quote"_s, anchor.quote},      {u"prefix"_s, anchor.prefix},
            {u"suffix"_s, anchor.suffix},    {u"text_hash"_s, anchor.textHash},
            {u"anchored"_s, anchor.anchored}};
}

QJsonObject JsonExporter::toObject(const QList<ExportedArticle>& articles, const Options& options) {
    QList<const ExportedArticle*> ordered;
    for (const ExportedArticle& article : articles)
        ordered.append(&article);
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const ExportedArticle* x, const ExportedArticle* y) {
                         return x->article.contentHash < y->article.contentHash;
                     });
    QJsonArray articleArray;
    for (const ExportedArticle* article : std::as_const(ordered))
        articleArray.append(articleObject(*article));

    QList<Company> all = options.extraCompanies;
    for (const ExportedArticle& article : articles)
        all += article.companies;
    QJsonArray companies;
    for (const Company& company : ExportText::uniqueCompanies(all))
        companies.append(companyObject(company));

    QJsonObject root{{u"format"_s, formatName()},
                     {u"version"_s, version},
                     {u"companies"_s, companies},
                     {u"articles"_s, articleArray}};
    if (options.includeExportedAt)
        root.insert(u"exported_at"_s, ExportText::timestamp(options.exportedAt));
    return root;
}

QByteArray JsonExporter::toJson(const QList<ExportedArticle>& articles, const Options& options) {
    return QJsonDocument(toObject(articles, options)).toJson(QJsonDocument::Indented);
}
