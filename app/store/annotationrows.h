#pragma once

#include "annotate/annotation.h"
#include "util/result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

class Database;
class QSqlQuery;

// What the annotation stores (CompanyStore, MentionStore, PartnershipStore, NoteStore,
// CorpusStatistics) share: small SQL helpers, the row readers, and the writes that more than one
// of them makes. Internal to app/store. Nothing here opens a transaction: a write joins the
// caller's.
namespace AnnotationRows {

// --- small SQL helpers

// Prepares `sql`, binds `values` in order and runs it.
bool exec(QSqlQuery& query, const QString& sql, const QVariantList& values = {});

// Runs one statement whose rows nobody needs.
Result<void> run(Database& db, const QString& sql, const QVariantList& values,
                 const QString& doing);

// The first column of what a query returns, as ids.
Result<QList<qint64>> ids(Database& db, const QString& sql, const QVariantList& values,
                          const QString& doing);

QString timestamp(const QDateTime& when = QDateTime::currentDateTimeUtc());
QDateTime dateFrom(const QVariant& value);

Error noSuchArticle(qint64 id);
Error noSuchCompany(qint64 id);
Error noSuchMention(qint64 id);
Error noSuchPartnership(qint64 id);

// --- rows

Result<QString> articleText(Database& db, qint64 articleId);

// All companies (onlyId == 0) or one, by name, each with its aliases in alphabetical order.
Result<QList<Company>> readCompanies(Database& db, qint64 onlyId = 0);
Result<Company> readCompany(Database& db, qint64 id);

Result<QList<Mention>> readMentions(Database& db, const QString& where, const QVariantList& values);
Result<Mention> readMention(Database& db, qint64 id);

Result<QList<Partnership>> readPartnerships(Database& db, const QString& where,
                                            const QVariantList& values);
Result<Partnership> readPartnership(Database& db, qint64 id);
bool hasEvidence(const TextAnchor& evidence);
// Inserts with its id when it has one (restoring), else with a new id; returns the id.
Result<qint64> insertMention(Database& db, const Mention& m);
Result<qint64> insertPartnership(Database& db, const Partnership& p);

// Saves, replaces or (empty body) deletes the note of an article, mention or partnership.
Result<void> writeNote(Database& db, qint64 articleId, qint64 mentionId, qint64 partnershipId,
                       const QString& body);

// --- checks

// Trimmed, without empties, without `except`, each name once (case-insensitively), in order.
QStringList cleanNames(const QStringList& names, const QString& except);
// A company's names: in their alias form (CompanyNames::aliasForm), without empties, without
// `except`, each key once, in order: "@leica_camera" and "Leica_Camera" are one alias.
QStringList cleanAliases(const QStringList& names, const QString& except);

// Checks `anchor` against the article's text and fills in missing context and hash.
Result<TextAnchor> checkedAnchor(const QString& articleText, const TextAnchor& anchor,
                                 const QString& what);

} // namespace AnnotationRows
