#pragma once

#include "annotate/annotation.h"
#include "util/result.h"

#include <QList>

class Database;

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

private:
    Database& m_db;
};
