#pragma once

#include "annotate/annotation.h"
#include "util/result.h"

#include <QList>
#include <QString>

class Database;

// Annotations that re-anchoring could not place (anchored = false: "needs review") and putting
// them back by hand. Each write is one transaction with its history entry.
class AnchorReview final {
public:
    explicit AnchorReview(Database& database);
    void setAuthor(const QString& author) { m_author = author; }

    // Waiting for review, of one article or (articleId == 0) of all, by article then text order.
    // Their anchor is as it was before the change: quote, context and offsets in the old text.
    Result<QList<Mention>> mentionsToReview(qint64 articleId = 0) const;
    Result<QList<Partnership>> partnershipsToReview(qint64 articleId = 0) const;

    // Attaches the mention to [anchor.start, anchor.end) of its article's current clean text
    // (a quote, if given, must match it; prefix, suffix and hash are taken fresh) and marks it
    // anchored. Errors: outside the text, empty, across a paragraph break, quote mismatch.
    // History: "reattached" (or "moved" for a mention that was anchored).
    Result<Mention> reattachMention(qint64 mentionId, const TextAnchor& anchor);
    // The same for a partnership's evidence (which may span paragraphs).
    Result<Partnership> reattachPartnershipEvidence(qint64 partnershipId, const TextAnchor& anchor);

    // Writes `anchor` back exactly as given, anchored flag included (undo of a re-attach): a
    // mention (mentionId > 0) or a partnership's evidence. History: "moved" or "set_to_review".
    Result<void> putBack(qint64 mentionId, qint64 partnershipId, const TextAnchor& anchor);

private:
    Database& m_db;
    QString m_author;
};
