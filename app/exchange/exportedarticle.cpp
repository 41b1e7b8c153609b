#include "exchange/exportedarticle.h"

#include "store/articlestore.h"
#include "store/companystore.h"
#include "store/database.h"
#include "store/mentionstore.h"
#include "store/notestore.h"
#include "store/partnershipstore.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// Case-insensitive first, so "acme" sorts next to "Acme", then exact, for a total order.
int compareNames(const QString& a, const QString& b) {
    if (const int c = a.compare(b, Qt::CaseInsensitive))
        return c;
    return a.compare(b);
}

bool mentionBefore(const Mention& x, const Mention& y) {
    if (x.anchor.start != y.anchor.start)
        return x.anchor.start < y.anchor.start;
    if (x.anchor.end != y.anchor.end)
        return x.anchor.end < y.anchor.end;
    if (const int c = compareNames(x.companyName, y.companyName))
        return c < 0;
    if (x.createdAt != y.createdAt)
        return x.createdAt < y.createdAt;
    if (const int c = x.author.compare(y.author))
        return c < 0;
    return x.note < y.note;
}

bool partnershipBefore(const Partnership& x, const Partnership& y) {
    if (x.evidence.start != y.evidence.start)
        return x.evidence.start < y.evidence.start;
    if (x.evidence.end != y.evidence.end)
        return x.evidence.end < y.evidence.end;
    for (const auto& [a, b] : {std::pair{&x.nameA, &y.nameA}, std::pair{&x.nameB, &y.nameB},
                               std::pair{&x.kind, &y.kind}, std::pair{&x.status, &y.status}}) {
        if (const int c = compareNames(*a, *b))
            return c < 0;
    }
    if (x.createdAt != y.createdAt)
        return x.createdAt < y.createdAt;
    if (const int c = x.author.compare(y.author))
        return c < 0;
    return x.note < y.note;
}

} // namespace

namespace ExportLoader {

Result<ExportedArticle> load(Database& database, qint64 id) {
    ExportedArticle exported;
    auto article = ArticleStore(database).article(id);
    if (!article)
        return article.error();
    exported.article = std::move(article).value();

    auto mentions = MentionStore(database).mentions(id);
    if (!mentions)
        return mentions.error();
    exported.mentions = std::move(mentions).value();
    std::stable_sort(exported.mentions.begin(), exported.mentions.end(), mentionBefore);

    auto partnerships = PartnershipStore(database).partnerships(id);
    if (!partnerships)
        return partnerships.error();
    exported.partnerships = std::move(partnerships).value();
    std::stable_sort(exported.partnerships.begin(), exported.partnerships.end(), partnershipBefore);

    auto note = NoteStore(database).articleNote(id);
    if (!note)
        return note.error();
    exported.articleNote = *note;
    auto notes = NoteStore(database).notes(id);
    if (!notes)
        return notes.error();
    exported.notes = *notes;

    QList<qint64> companyIds;
    for (const Mention& m : std::as_const(exported.mentions))
        companyIds.append(m.companyId);
    for (const Partnership& p : std::as_const(exported.partnerships))
        companyIds << p.companyA << p.companyB;
    std::sort(companyIds.begin(), companyIds.end());
    companyIds.erase(std::unique(companyIds.begin(), companyIds.end()), companyIds.end());
    for (qint64 companyId : std::as_const(companyIds)) {
        auto company = CompanyStore(database).company(companyId);
        if (!company)
            return company.error();
        exported.companies.append(*company);
    }
    ExportText::sortCompanies(exported.companies);
    return exported;
}

Result<QList<qint64>> allArticleIds(Database& database) {
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT id FROM article ORDER BY id"_s))
        return database.errorFrom(query, u"listing articles to export"_s);
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

} // namespace ExportLoader

namespace ExportText {

QString timestamp(const QDateTime& when) {
    return when.isValid() ? when.toUTC().toString(Qt::ISODateWithMs) : QString();
}

void sortCompanies(QList<Company>& companies) {
    for (Company& company : companies)
        std::sort(company.aliases.begin(), company.aliases.end(),
                  [](const QString& a, const QString& b) { return compareNames(a, b) < 0; });
    std::stable_sort(companies.begin(), companies.end(), [](const Company& a, const Company& b) {
        return compareNames(a.name, b.name) < 0;
    });
}

QList<Company> uniqueCompanies(const QList<Company>& companies) {
    QList<Company> unique;
    QSet<QString> seen;
    for (const Company& company : companies) {
        const QString key = company.name.toCaseFolded();
        if (!seen.contains(key)) {
            seen.insert(key);
            unique.append(company);
        }
    }
    sortCompanies(unique);
    return unique;
}

QList<Company> companiesOf(const QList<ExportedArticle>& articles) {
    QList<Company> all;
    for (const ExportedArticle& article : articles)
        all += article.companies;
    return uniqueCompanies(all);
}

QString safeColor(const QString& color, const QString& fallback) {
    static const QRegularExpression hex(u"^#[0-9a-fA-F]{6}$"_s);
    return hex.match(color).hasMatch() ? color.toLower() : fallback;
}

QString describe(const Partnership& partnership) {
    return u"%1 – %2 (%3, %4)"_s.arg(partnership.nameA, partnership.nameB, partnership.kind,
                                     partnership.status);
}

} // namespace ExportText
