#pragma once

#include "annotate/annotation.h"
#include "util/result.h"

#include <QList>

class Database;

// One record of a pair's partnership, with the article that states it, for the Partnerships
// view's evidence list.
struct PartnershipEvidence {
    qint64 partnershipId = 0;
    qint64 articleId = 0;
    QString articleTitle;
    QDateTime articleDate; // when the article was imported: Folio knows no publication date
    QString status;
    TextAnchor evidence; // may be empty: a record without a stated sentence
    QDateTime recordedAt;
};

// What the whole corpus holds, counted: per company, and per pair of companies and kind of
// partnership. Reads only.
class CorpusStatistics final {
public:
    explicit CorpusStatistics(Database& database)
        : m_db(database) {}

    Result<QList<CompanyStats>> companyStats() const;
    Result<QList<qint64>> articlesOfCompany(qint64 companyId) const;
    // Across the corpus, grouped by pair and kind; companyId != 0 keeps pairs with that company.
    Result<QList<PartnershipSummary>> partnershipSummaries(qint64 companyId = 0) const;
    // Every record of the pair (in either order) and kind, newest first: the first is the one
    // activating a summary opens.
    Result<QList<PartnershipEvidence>> partnershipEvidence(qint64 companyA, qint64 companyB,
                                                           const QString& kind) const;

private:
    Database& m_db;
};
