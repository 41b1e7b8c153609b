#pragma once

#include "annotate/annotation.h"
#include "util/result.h"

#include <QList>
#include <QStringList>

#include <optional>

class Database;

// What a merge changed, so that undo can take it back exactly.
struct CompanyMerge {
    Company kept;    // as it was before the merge
    Company removed; // the company merged away, with its id, colour and aliases
    QList<qint64> movedMentions;
    QList<qint64> movedPartnershipsA; // partnerships whose company_a was `removed`
    QList<qint64> movedPartnershipsB;
    QList<Partnership> droppedPartnerships; // between the two companies: would be self-pairs
    QDateTime removedCreatedAt;             // so that undo re-creates the row exactly
};

// Companies and their aliases. Every write is one transaction; every error is a message a user
// can act on. restoreCompany puts a deleted company back with the same id and undoMerge takes a
// merge back, which is what undo needs.
class CompanyStore final {
public:
    explicit CompanyStore(Database& database);

    Result<QList<Company>> companies() const; // by name, with aliases
    Result<Company> company(qint64 id) const;
    Result<std::optional<Company>> findCompany(const QString& nameOrAlias) const; // no case
    Result<Company> createCompany(const QString& name); // error if the name is taken
    // Finds, or creates (setting *created), in one write transaction: two programs ensuring
    // the same new name at once get the same company, and each knows whether it made it.
    Result<Company> ensureCompany(const QString& nameOrAlias, bool* created = nullptr);
    Result<Company> restoreCompany(const Company& company); // same id, colour, aliases
    Result<void> deleteCompany(qint64 id);                  // only when nothing refers to it
    // The old name stays as an alias so articles that use it still find the company.
    Result<void> renameCompany(qint64 id, const QString& newName);
    Result<void> setAliases(qint64 id, const QStringList& aliases);
    Result<CompanyMerge> mergeCompanies(qint64 keepId, qint64 removeId);
    Result<void> undoMerge(const CompanyMerge& merge);

    void setAuthor(const QString& author) { m_author = author; } // of the merge's history

private:
    Database& m_db;
    QString m_author;
};
