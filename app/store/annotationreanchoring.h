#pragma once

#include "util/result.h"

#include <QString>

class Database;

// What one change of an article's clean text did to its annotations (mentions and partnership
// evidence; partnerships without evidence are not counted). kept + moved + review == total.
struct ReanchorReport {
    qint64 articleId = 0;
    bool unchanged = false; // nothing was written: the text already was what it would become
    int kept = 0;           // unchanged or shifted with the text around it
    int moved = 0;          // found elsewhere by quote and context, or by a close match
    int review = 0;         // no trustworthy place: kept as they were with anchored = false
    int total() const { return kept + moved + review; }
};

namespace AnnotationReanchoring {

// Re-anchors the mentions and partnership evidence of article `articleId`, made on `oldText`,
// onto `newText` (already stored or about to be), and writes what changed with its history
// ("reanchored", "moved", "set_to_review"; `change` says what changed the text). Opens no
// transaction: it runs inside the caller's, which also stores the new text.
Result<ReanchorReport> reanchorArticle(Database& database, qint64 articleId, const QString& oldText,
                                       const QString& newText, const QString& change,
                                       const QString& author);

// The report of an article whose text did not change: anchored annotations count as kept,
// those waiting for review as review.
Result<ReanchorReport> unchangedReport(Database& database, qint64 articleId);

} // namespace AnnotationReanchoring
