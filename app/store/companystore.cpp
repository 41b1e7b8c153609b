#include "store/companystore.h"

#include "annotate/companycolors.h"
#include "annotate/companynames.h"
#include "store/annotationrows.h"
#include "store/database.h"
#include "store/historystore.h"
#include "store/sqldialect.h"
#include "store/sqlvalue.h"

#include <QSet>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace AnnotationRows;

namespace {

using SqlValue::text;

// The company that has `name` as its name or an alias (0: none). SQLite's NOCASE folds ASCII
// only, so names with other letters ("Ölwerke") are compared by Qt as well.
Result<qint64> ownerOf(Database& db, const QString& typed) {
    // Aliases are stored in their alias form: "@leica_camera" is found as "leica_camera".
    const QString name = CompanyNames::aliasForm(typed);
    QSqlQuery query(db.connection());
    if (!exec(query,
              u"SELECT id, 0 FROM company WHERE name = ?"
              " UNION ALL SELECT company_id, 1 FROM company_alias WHERE alias = ?"
              " ORDER BY 2 LIMIT 1"_s,
              {name, name}))
        return db.errorFrom(query, u"looking up a company"_s);
    if (query.next())
        return query.value(0).toLongLong();
    const bool ascii =
        std::all_of(name.cbegin(), name.cend(), [](QChar c) { return c.unicode() < 0x80; });
    if (ascii)
        return qint64(0);
    if (!exec(query, u"SELECT id, name, 0 FROM company"
                     " UNION ALL SELECT company_id, alias, 1 FROM company_alias ORDER BY 3"_s))
        return db.errorFrom(query, u"looking up a company"_s);
    while (query.next()) {
        if (query.value(1).toString().compare(name, Qt::CaseInsensitive) == 0)
            return query.value(0).toLongLong();
    }
    return qint64(0);
}

Result<void> writeAliases(Database& db, qint64 companyId, const QStringList& aliases) {
    auto cleared = run(db, u"DELETE FROM company_alias WHERE company_id = ?"_s, {companyId},
                       u"saving aliases"_s);
    for (auto alias = aliases.cbegin(); cleared && alias != aliases.cend(); ++alias)
        cleared = run(db, u"INSERT INTO company_alias (company_id, alias) VALUES (?, ?)"_s,
                      {companyId, text(*alias)}, u"saving aliases"_s);
    return cleared;
}

Result<void> insertCompany(Database& db, const Company& company, const QDateTime& createdAt) {
    QSqlQuery query(db.connection());
    if (!exec(query,
              u"INSERT INTO company (id, name, color, created_at) VALUES (?, ?, ?, ?)"_s +
                  db.dialect().returningId(),
              {company.id ? QVariant(company.id) : QVariant(), text(company.name),
               text(company.color), timestamp(createdAt)}))
        return db.errorFrom(query, u"storing the company “%1”"_s.arg(company.name));
    const qint64 id = company.id ? company.id : db.dialect().newRowId(query);
    return writeAliases(db, id, company.aliases);
}

Error nameTaken(Database& db, const QString& name, qint64 owner) {
    auto other = readCompany(db, owner);
    if (other && other->name.compare(name, Qt::CaseInsensitive) != 0)
        return Error{u"There is already a company called “%1” (another name of “%2”)."_s.arg(
            name, other->name)};
    return Error{u"There is already a company called “%1”."_s.arg(name)};
}

// History of a merge: every mention and partnership that moved to the kept company.
Result<void> recordMerge(Database& db, HistoryStore& history, const CompanyMerge& merge,
                         const QString& author) {
    const QSet<qint64> mentionIds(merge.movedMentions.cbegin(), merge.movedMentions.cend());
    QSet<qint64> partnershipIds(merge.movedPartnershipsA.cbegin(), merge.movedPartnershipsA.cend());
    partnershipIds.unite(
        QSet<qint64>(merge.movedPartnershipsB.cbegin(), merge.movedPartnershipsB.cend()));
    const qint64 keepId = merge.kept.id;
    if (!mentionIds.isEmpty()) {
        auto mentions = readMentions(db, u"m.company_id = ?"_s, {keepId});
        if (!mentions)
            return mentions.error();
        for (const Mention& m : *mentions) {
            if (!mentionIds.contains(m.id))
                continue;
            if (auto recorded = history.recordMention(HistoryEvent::CompanyChanged, m, author);
                !recorded)
                return recorded;
        }
    }
    if (!partnershipIds.isEmpty()) {
        auto partnerships =
            readPartnerships(db, u"p.company_a = ? OR p.company_b = ?"_s, {keepId, keepId});
        if (!partnerships)
            return partnerships.error();
        for (const Partnership& p : *partnerships) {
            if (!partnershipIds.contains(p.id))
                continue;
            if (auto recorded = history.recordPartnership(HistoryEvent::CompanyChanged, p, author);
                !recorded)
                return recorded;
        }
    }
    return {};
}

} // namespace

CompanyStore::CompanyStore(Database& database)
    : m_db(database)
    , m_author(Annotation::defaultAuthor()) {}

Result<QList<Company>> CompanyStore::companies() const {
    return readCompanies(m_db);
}

Result<Company> CompanyStore::company(qint64 id) const {
    return readCompany(m_db, id);
}

Result<std::optional<Company>> CompanyStore::findCompany(const QString& nameOrAlias) const {
    const QString name = nameOrAlias.trimmed();
    if (name.isEmpty())
        return std::optional<Company>();
    auto owner = ownerOf(m_db, name);
    if (!owner)
        return owner.error();
    if (*owner == 0)
        return std::optional<Company>();
    auto found = readCompany(m_db, *owner);
    if (!found)
        return found.error();
    return std::optional<Company>(*found);
}

Result<Company> CompanyStore::createCompany(const QString& name) {
    Company created;
    created.name = name.trimmed();
    if (created.name.isEmpty())
        return Error{u"The name is empty."_s};
    auto stored = m_db.transaction([&]() -> Result<void> {
        auto owner = ownerOf(m_db, created.name);
        if (!owner)
            return owner.error();
        if (*owner)
            return nameTaken(m_db, created.name, *owner);
        QSqlQuery query(m_db.connection());
        if (!exec(query, u"SELECT COUNT(*) FROM company"_s) || !query.next())
            return m_db.errorFrom(query, u"counting companies"_s);
        created.color = CompanyColors::forIndex(query.value(0).toInt());
        if (!exec(query,
                  u"INSERT INTO company (name, color, created_at) VALUES (?, ?, ?)"_s +
                      m_db.dialect().returningId(),
                  {created.name, created.color, timestamp()}))
            return m_db.errorFrom(query, u"storing the company “%1”"_s.arg(created.name));
        created.id = m_db.dialect().newRowId(query);
        return {};
    });
    if (!stored)
        return stored.error();
    return created;
}

Result<Company> CompanyStore::ensureCompany(const QString& nameOrAlias, bool* created) {
    Company company;
    bool made = false;
    auto ensured = m_db.transaction([&]() -> Result<void> {
        auto found = findCompany(nameOrAlias);
        if (!found)
            return found.error();
        if (found->has_value()) {
            company = **found;
            return {};
        }
        auto stored = createCompany(nameOrAlias);
        if (!stored)
            return stored.error();
        company = *stored;
        made = true;
        return {};
    });
    if (!ensured)
        return ensured.error();
    if (created)
        *created = made;
    return company;
}

Result<Company> CompanyStore::restoreCompany(const Company& company) {
    if (company.name.trimmed().isEmpty())
        return Error{u"The name is empty."_s};
    auto stored = m_db.transaction([&]() -> Result<void> {
        auto owner = ownerOf(m_db, company.name);
        if (!owner)
            return owner.error();
        if (*owner)
            return nameTaken(m_db, company.name, *owner);
        return insertCompany(m_db, company, QDateTime());
    });
    if (!stored)
        return stored.error();
    return readCompany(m_db, company.id);
}

Result<void> CompanyStore::deleteCompany(qint64 id) {
    return m_db.transaction([&]() -> Result<void> {
        auto company = readCompany(m_db, id);
        if (!company)
            return company.error();
        QSqlQuery query(m_db.connection());
        if (!exec(query,
                  u"SELECT (SELECT COUNT(*) FROM mention WHERE company_id = ?),"
                  " (SELECT COUNT(*) FROM partnership WHERE company_a = ? OR company_b = ?)"_s,
                  {id, id, id}) ||
            !query.next())
            return m_db.errorFrom(query, u"deleting the company “%1”"_s.arg(company->name));
        const int mentions = query.value(0).toInt();
        const int partnerships = query.value(1).toInt();
        if (mentions || partnerships)
            return Error{u"“%1” still has %2 mention(s) and %3 partnership(s); remove them or "
                         "merge it into another company first."_s.arg(company->name)
                             .arg(mentions)
                             .arg(partnerships)};
        return run(m_db, u"DELETE FROM company WHERE id = ?"_s, {id},
                   u"deleting the company “%1”"_s.arg(company->name));
    });
}

Result<void> CompanyStore::renameCompany(qint64 id, const QString& newName) {
    const QString name = newName.trimmed();
    if (name.isEmpty())
        return Error{u"The name is empty."_s};
    return m_db.transaction([&]() -> Result<void> {
        auto company = readCompany(m_db, id);
        if (!company)
            return company.error();
        auto owner = ownerOf(m_db, name);
        if (!owner)
            return owner.error();
        if (*owner && *owner != id)
            return nameTaken(m_db, name, *owner);
        if (company->name == name)
            return {};
        if (auto renamed = run(m_db, u"UPDATE company SET name = ? WHERE id = ?"_s, {name, id},
                               u"renaming “%1”"_s.arg(company->name));
            !renamed)
            return renamed;
        // The old name becomes an alias; the new one, if it was an alias, no longer is.
        return writeAliases(m_db, id,
                            cleanAliases(company->aliases + QStringList{company->name}, name));
    });
}

Result<void> CompanyStore::setAliases(qint64 id, const QStringList& aliases) {
    return m_db.transaction([&]() -> Result<void> {
        auto company = readCompany(m_db, id);
        if (!company)
            return company.error();
        const QStringList clean = cleanAliases(aliases, company->name);
        for (const QString& alias : clean) {
            auto owner = ownerOf(m_db, alias);
            if (!owner)
                return owner.error();
            if (*owner && *owner != id) {
                auto other = readCompany(m_db, *owner);
                return Error{u"“%1” already names another company, “%2”."_s.arg(
                    alias, other ? other->name : QString::number(*owner))};
            }
        }
        return writeAliases(m_db, id, clean);
    });
}

Result<CompanyMerge> CompanyStore::mergeCompanies(qint64 keepId, qint64 removeId) {
    if (keepId == removeId)
        return Error{u"A company cannot be merged into itself."_s};
    CompanyMerge merge;
    auto merged = m_db.transaction([&]() -> Result<void> {
        auto kept = readCompany(m_db, keepId);
        if (!kept)
            return kept.error();
        auto removed = readCompany(m_db, removeId);
        if (!removed)
            return removed.error();
        merge.kept = *kept;
        merge.removed = *removed;
        QSqlQuery query(m_db.connection());
        if (!exec(query, u"SELECT created_at FROM company WHERE id = ?"_s, {removeId}) ||
            !query.next())
            return m_db.errorFrom(query, u"merging companies"_s);
        merge.removedCreatedAt = dateFrom(query.value(0));

        auto dropped = readPartnerships(
            m_db,
            u"(p.company_a = ? AND p.company_b = ?) OR (p.company_a = ? AND p.company_b = ?)"_s,
            {keepId, removeId, removeId, keepId});
        if (!dropped)
            return dropped.error();
        merge.droppedPartnerships = *dropped;
        HistoryStore history(m_db);
        for (const Partnership& p : merge.droppedPartnerships) {
            if (!exec(query, u"DELETE FROM partnership WHERE id = ?"_s, {p.id}))
                return m_db.errorFrom(query, u"merging companies"_s);
            if (auto recorded = history.recordPartnership(HistoryEvent::Deleted, p, m_author);
                !recorded)
                return recorded;
        }

        // What moves, then the move itself.
        const struct {
            QList<qint64>* moved;
            QString select;
            QString update;
        } moves[] = {
            {&merge.movedMentions, u"SELECT id FROM mention WHERE company_id = ? ORDER BY id"_s,
             u"UPDATE mention SET company_id = ? WHERE company_id = ?"_s},
            {&merge.movedPartnershipsA,
             u"SELECT id FROM partnership WHERE company_a = ? ORDER BY id"_s,
             u"UPDATE partnership SET company_a = ? WHERE company_a = ?"_s},
            {&merge.movedPartnershipsB,
             u"SELECT id FROM partnership WHERE company_b = ? ORDER BY id"_s,
             u"UPDATE partnership SET company_b = ? WHERE company_b = ?"_s},
        };
        for (const auto& move : moves) {
            auto found = ids(m_db, move.select, {removeId}, u"merging companies"_s);
            if (!found)
                return found.error();
            *move.moved = *found;
            if (!exec(query, move.update, {keepId, removeId}))
                return m_db.errorFrom(query, u"merging companies"_s);
        }

        if (!exec(query, u"DELETE FROM company WHERE id = ?"_s, {removeId}))
            return m_db.errorFrom(query, u"merging companies"_s);
        if (auto recorded = recordMerge(m_db, history, merge, m_author); !recorded)
            return recorded;
        return writeAliases(
            m_db, keepId,
            cleanAliases(kept->aliases + QStringList{removed->name} + removed->aliases,
                         kept->name));
    });
    if (!merged)
        return merged.error();
    return merge;
}

Result<void> CompanyStore::undoMerge(const CompanyMerge& merge) {
    const qint64 keepId = merge.kept.id;
    const qint64 removeId = merge.removed.id;
    return m_db.transaction([&]() -> Result<void> {
        if (auto kept = readCompany(m_db, keepId); !kept)
            return kept.error();
        if (auto removed = readCompany(m_db, removeId); removed)
            return Error{u"Cannot undo the merge: company %1 exists again."_s.arg(removeId)};
        if (auto restored = writeAliases(m_db, keepId, merge.kept.aliases); !restored)
            return restored;
        if (auto created = insertCompany(m_db, merge.removed, merge.removedCreatedAt); !created)
            return created;

        QSqlQuery query(m_db.connection());
        const struct {
            const QList<qint64>* moved;
            QString update;
        } moves[] = {
            {&merge.movedMentions, u"UPDATE mention SET company_id = ? WHERE id = ?"_s},
            {&merge.movedPartnershipsA, u"UPDATE partnership SET company_a = ? WHERE id = ?"_s},
            {&merge.movedPartnershipsB, u"UPDATE partnership SET company_b = ? WHERE id = ?"_s},
        };
        for (const auto& move : moves) {
            for (qint64 id : *move.moved) {
                if (!exec(query, move.update, {removeId, id}))
                    return m_db.errorFrom(query, u"undoing the merge"_s);
            }
        }
        for (const Partnership& p : merge.droppedPartnerships) {
            auto inserted = insertPartnership(m_db, p);
            if (!inserted)
                return inserted.error();
            if (auto noted = writeNote(m_db, p.articleId, 0, p.id, p.note); !noted)
                return noted;
        }
        return {};
    });
}
