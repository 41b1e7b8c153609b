#include "annotate/companymatcher.h"

#include "annotate/companynames.h"

#include <algorithm>

namespace {

// Near-duplicates by their loose keys: equal, one the other plus words ("Leica" and "Leica
// Camera"), or a typo or plural ending apart when long enough for that to mean something.
bool nearlyEqual(const QString& a, const QString& b) {
    if (a.isEmpty() || b.isEmpty())
        return false;
    if (a == b)
        return true;
    const QString& shorter = a.size() < b.size() ? a : b;
    const QString& longer = a.size() < b.size() ? b : a;
    if (shorter.size() >= 3 && longer.startsWith(shorter + u' '))
        return true;
    return shorter.size() >= 4 && CompanyNames::editDistance(a, b, 1) <= 1;
}

} // namespace

CompanyMatcher::CompanyMatcher(QList<Company> companies)
    : m_companies(std::move(companies)) {}

std::optional<CompanyMatch> CompanyMatcher::bestMatch(const Company& company,
                                                      const QString& text) const {
    const QString key = CompanyNames::key(text);
    const QString loose = CompanyNames::looseKey(text);
    std::optional<CompanyMatch> best;
    auto offer = [&](const QString& name, CompanyMatch::Kind kind) {
        if (!best || int(kind) < int(best->kind))
            best = CompanyMatch{company, name, kind};
    };
    for (const QString& name : QStringList{company.name} + company.aliases) {
        if (CompanyNames::key(name) == key)
            offer(name, CompanyMatch::Kind::Same);
        else if (nearlyEqual(CompanyNames::looseKey(name), loose))
            offer(name, CompanyMatch::Kind::NearDuplicate);
        else if (!key.isEmpty() && CompanyNames::key(name).contains(key))
            offer(name, CompanyMatch::Kind::Contains);
    }
    return best;
}

QList<CompanyMatch> CompanyMatcher::matches(const QString& text, int limit) const {
    QList<CompanyMatch> found;
    for (const Company& company : m_companies) {
        if (auto match = bestMatch(company, text))
            found.append(*match);
    }
    const QString key = CompanyNames::key(text);
    // Within a kind: names that start with the text, then shorter names, then by name.
    std::stable_sort(found.begin(), found.end(), [&](const CompanyMatch& a, const CompanyMatch& b) {
        if (a.kind != b.kind)
            return int(a.kind) < int(b.kind);
        const bool aStarts = CompanyNames::key(a.matchedName).startsWith(key);
        const bool bStarts = CompanyNames::key(b.matchedName).startsWith(key);
        if (aStarts != bStarts)
            return aStarts;
        if (a.company.name.size() != b.company.name.size())
            return a.company.name.size() < b.company.name.size();
        return a.company.name.compare(b.company.name, Qt::CaseInsensitive) < 0;
    });
    if (found.size() > limit)
        found.resize(limit);
    return found;
}

std::optional<Company> CompanyMatcher::same(const QString& text) const {
    for (const Company& company : m_companies) {
        if (knowsForm(company, text))
            return company;
    }
    return std::nullopt;
}

bool CompanyMatcher::knowsForm(const Company& company, const QString& surface) {
    const QString key = CompanyNames::key(surface);
    return std::any_of(company.aliases.cbegin(), company.aliases.cend(),
                       [&](const QString& alias) { return CompanyNames::key(alias) == key; }) ||
           CompanyNames::key(company.name) == key;
}
