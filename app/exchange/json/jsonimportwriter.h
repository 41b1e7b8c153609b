#pragma once

#include "exchange/exportedarticle.h"
#include "exchange/json/jsonimporter.h"
#include "store/sqlvalue.h"

#include <QDateTime>
#include <QHash>
#include <QSqlQuery>
#include <QVariant>

class Database;

// Stores what JsonImporter read: one transaction per article (with the companies it needs),
// merging into what the database already has. Internal to the JSON import.
class JsonImportWriter final {
public:
    JsonImportWriter(Database& database, const QList<Company>& listed, JsonImportCounts& counts);

    Result<void> storeArticle(const ExportedArticle& exported);
    // The listed companies that no article needed, in one transaction.
    Result<void> storeListedCompanies();

private:
    // The database's company for `name` (a name or alias), created if needed; inside the
    // caller's transaction. `created` counts what was created.
    Result<qint64> companyFor(const QString& name, int& created);
    Result<qint64> insertArticle(const Article& article);
    Result<void> storeAnnotations(const ExportedArticle& exported, qint64 articleId,
                                  const QString& cleanText, JsonImportCounts& counts);
    Result<QString> kindFor(const QString& kind); // as the kind list spells it; added if new
    Result<void> insertNote(qint64 articleId, qint64 mentionId, qint64 partnershipId,
                            const QString& body);
    Result<void> mergeArticleNote(qint64 articleId, const QString& note);

    Database& m_db;
    QList<Company> m_listed;
    QHash<QString, qsizetype> m_listedByName; // case-folded name or alias -> index in m_listed
    JsonImportCounts& m_counts;
};

// Small SQL helpers of the JSON import.
namespace ImportSql {

// Prepares `sql`, binds `values` in order and runs it.
inline bool exec(QSqlQuery& query, const QString& sql, const QVariantList& values = {}) {
    if (!query.prepare(sql))
        return false;
    for (const QVariant& value : values)
        query.addBindValue(value);
    return query.exec();
}

using SqlValue::text;

// The store's timestamp spelling; an invalid time means now.
inline QString timestamp(const QDateTime& when) {
    return (when.isValid() ? when : QDateTime::currentDateTimeUtc())
        .toUTC()
        .toString(Qt::ISODateWithMs);
}

} // namespace ImportSql
