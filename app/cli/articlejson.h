#pragma once

#include <QJsonObject>

struct Article;
struct ArticleSummary;
struct SearchHit;
class ImportReport;

// JSON shapes of folio-cli's --json output. Keys are snake_case and stable: scripts rely on them.
namespace ArticleJson {
QJsonObject fromArticle(const Article& article);
QJsonObject fromSummary(const ArticleSummary& summary);
QJsonObject fromHit(const SearchHit& hit);
QJsonObject fromReport(const ImportReport& report);
} // namespace ArticleJson
