#pragma once

#include <QJsonObject>
#include <QList>

struct Article;
struct ArticleSummary;
struct SearchHit;
class ImportReport;
struct Mention;
struct Partnership;
struct Note;
struct CompanyStats;
struct PartnershipSummary;

// JSON shapes of folio-cli's --json output. Keys are snake_case and stable: scripts rely on them.
namespace ArticleJson {
QJsonObject fromArticle(const Article& article, const QList<Mention>& mentions = {},
                        const QList<Partnership>& partnerships = {}, const QList<Note>& notes = {});
QJsonObject fromSummary(const ArticleSummary& summary);
QJsonObject fromHit(const SearchHit& hit);
QJsonObject fromReport(const ImportReport& report);

// Annotations, as in show --json and annotate --json.
QJsonObject fromMention(const Mention& mention);
QJsonObject fromPartnership(const Partnership& partnership);
QJsonObject fromNote(const Note& note);
QJsonObject fromCompanyStats(const CompanyStats& stats);
QJsonObject fromPartnershipSummary(const PartnershipSummary& summary);
} // namespace ArticleJson
