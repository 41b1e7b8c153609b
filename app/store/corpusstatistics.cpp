#include "store/corpusstatistics.h"

#include "store/annotationrows.h"
#include "store/database.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;
using namespace AnnotationRows;

Result<QList<CompanyStats>> CorpusStatistics::companyStats() const {
    auto companies = readCompanies(m_db);
    if (!companies)
        return companies.error();
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!exec(query,
              u"SELECT c.id, COALESCE(m.n, 0), COALESCE(a.n, 0), COALESCE(p.n, 0) FROM company c"
              " LEFT JOIN (SELECT company_id AS id, COUNT(*) AS n FROM mention"
              "  GROUP BY company_id) m ON m.id = c.id"
              " LEFT JOIN (SELECT id, COUNT(DISTINCT article_id) AS n FROM ("
              "  SELECT company_id AS id, article_id FROM mention"
              "  UNION SELECT company_a, article_id FROM partnership"
              "  UNION SELECT company_b, article_id FROM partnership) GROUP BY id) a"
              "  ON a.id = c.id"
              " LEFT JOIN (SELECT id, COUNT(*) AS n FROM (SELECT company_a AS id FROM partnership"
              "  UNION ALL SELECT company_b FROM partnership) GROUP BY id) p ON p.id = c.id"_s))
        return m_db.errorFrom(query, u"counting what companies have"_s);
    QHash<qint64, std::tuple<int, int, int>> counts;
    while (query.next())
        counts.insert(query.value(0).toLongLong(),
                      {query.value(1).toInt(), query.value(2).toInt(), query.value(3).toInt()});
    QList<CompanyStats> stats;
    for (const Company& company : *companies) {
        const auto [mentions, articles, partnerships] = counts.value(company.id);
        stats.append({company, mentions, articles, partnerships});
    }
    return stats;
}

Result<QList<qint64>> CorpusStatistics::articlesOfCompany(qint64 companyId) const {
    return ids(m_db,
               u"SELECT article_id FROM mention WHERE company_id = ? UNION SELECT article_id"
               " FROM partnership WHERE company_a = ? OR company_b = ? ORDER BY 1"_s,
               {companyId, companyId, companyId}, u"listing the articles of a company"_s);
}

Result<QList<PartnershipSummary>> CorpusStatistics::partnershipSummaries(qint64 companyId) const {
    auto companies = readCompanies(m_db);
    if (!companies)
        return companies.error();
    QHash<qint64, QString> names;
    for (const Company& company : *companies)
        names.insert(company.id, company.name);

    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    const QString where = companyId ? u" WHERE company_a = ? OR company_b = ?"_s : QString();
    if (!exec(query,
              u"SELECT id, article_id, company_a, company_b, kind, status, created_at"
              " FROM partnership"_s +
                  where + u" ORDER BY created_at, id"_s,
              companyId ? QVariantList{companyId, companyId} : QVariantList{}))
        return m_db.errorFrom(query, u"summing up partnerships"_s);
    // Oldest first, so the last record seen of a group is its latest.
    using Group = std::tuple<qint64, qint64, QString>; // lower id, higher id, kind
    QMap<Group, PartnershipSummary> groups;
    QMap<Group, QSet<qint64>> articlesOfGroup;
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        const qint64 a = query.value(2).toLongLong();
        const qint64 b = query.value(3).toLongLong();
        const QString kind = query.value(4).toString();
        const QDateTime createdAt = dateFrom(query.value(6));
        const Group group{std::min(a, b), std::max(a, b), kind};
        PartnershipSummary& summary = groups[group];
        if (summary.partnershipIds.isEmpty()) {
            summary.companyA = std::min(a, b);
            summary.companyB = std::max(a, b);
            summary.nameA = names.value(summary.companyA);
            summary.nameB = names.value(summary.companyB);
            summary.kind = kind;
            summary.firstSeen = createdAt;
        }
        summary.partnershipIds.append(id);
        summary.status = query.value(5).toString();
        summary.lastSeen = createdAt;
        QSet<qint64>& articles = articlesOfGroup[group];
        articles.insert(query.value(1).toLongLong());
        summary.articleCount = int(articles.size());
    }
    QList<PartnershipSummary> summaries = groups.values();
    std::stable_sort(summaries.begin(), summaries.end(),
                     [](const PartnershipSummary& x, const PartnershipSummary& y) {
                         if (x.articleCount != y.articleCount)
                             return x.articleCount > y.articleCount;
                         if (int c = x.nameA.compare(y.nameA, Qt::CaseInsensitive))
                             return c < 0;
                         if (int c = x.nameB.compare(y.nameB, Qt::CaseInsensitive))
                             return c < 0;
                         return x.kind < y.kind;
                     });
    return summaries;
}

Result<QList<PartnershipEvidence>>
CorpusStatistics::partnershipEvidence(qint64 companyA, qint64 companyB, const QString& kind) const {
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!exec(query,
              u"SELECT p.id, p.article_id, a.title, a.imported_at, p.status, p.evidence_start,"
              " p.evidence_end, p.evidence, p.anchored, p.created_at"
              " FROM partnership p JOIN article a ON a.id = p.article_id"
              " WHERE ((p.company_a = ? AND p.company_b = ?) OR (p.company_a = ? AND p.company_b = "
              "?))"
              " AND p.kind = ? ORDER BY p.created_at DESC, p.id DESC"_s,
              {companyA, companyB, companyB, companyA, kind}))
        return m_db.errorFrom(query, u"reading the evidence of a partnership"_s);
    QList<PartnershipEvidence> rows;
    while (query.next()) {
        PartnershipEvidence row;
        row.partnershipId = query.value(0).toLongLong();
        row.articleId = query.value(1).toLongLong();
        row.articleTitle = query.value(2).toString();
        row.articleDate = dateFrom(query.value(3));
        row.status = query.value(4).toString();
        row.evidence.start = query.value(5).toInt();
        row.evidence.end = query.value(6).toInt();
        row.evidence.quote = query.value(7).toString();
        row.evidence.anchored = query.value(8).toBool();
        row.recordedAt = dateFrom(query.value(9));
        rows.append(row);
    }
    return rows;
}
