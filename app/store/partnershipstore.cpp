#include "store/partnershipstore.h"

#include "store/annotationrows.h"
#include "store/database.h"
#include "store/historystore.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;
using namespace AnnotationRows;

namespace {

Result<void> checkStatus(const QString& status) {
    const QStringList statuses = Annotation::partnershipStatuses();
    if (statuses.contains(status))
        return {};
    return Error{
        u"“%1” is not a partnership status; use one of: %2."_s.arg(status, statuses.join(u", "_s))};
}

// The kind as the list spells it; a kind not yet in the list is added at its end.
Result<QString> checkedKind(Database& db, const QString& kind) {
    const QString trimmed = kind.trimmed();
    if (trimmed.isEmpty())
        return Error{u"A partnership needs a kind, for example “partnership” or “supply”."_s};
    QSqlQuery query(db.connection());
    if (!exec(query, u"SELECT name FROM partnership_kind"_s))
        return db.errorFrom(query, u"reading partnership kinds"_s);
    while (query.next()) {
        const QString known = query.value(0).toString();
        if (known.compare(trimmed, Qt::CaseInsensitive) == 0)
            return known;
    }
    if (!exec(query,
              u"INSERT INTO partnership_kind (name, ordinal)"
              " SELECT ?, COALESCE(MAX(ordinal), 0) + 1 FROM partnership_kind"_s,
              {trimmed}))
        return db.errorFrom(query, u"adding the partnership kind “%1”"_s.arg(trimmed));
    return trimmed;
}

// Checks everything about a partnership but its id; returns it with its kind as the list spells
// it and (checkEvidence) its evidence checked against the text and completed.
Result<Partnership> checkedPartnership(Database& db, const Partnership& p, bool checkEvidence) {
    if (p.companyA == p.companyB)
        return Error{u"A partnership needs two different companies."_s};
    auto articleText_ = articleText(db, p.articleId);
    if (!articleText_)
        return articleText_.error();
    for (qint64 id : {p.companyA, p.companyB}) {
        if (auto company = readCompany(db, id); !company)
            return company.error();
    }
    if (auto status = checkStatus(p.status); !status)
        return status.error();
    auto kind = checkedKind(db, p.kind);
    if (!kind)
        return kind.error();
    Partnership checked = p;
    checked.kind = *kind;
    if (!checkEvidence)
        return checked;
    if (hasEvidence(p.evidence)) {
        auto evidence = checkedAnchor(*articleText_, p.evidence, u"The evidence"_s);
        if (!evidence)
            return evidence.error();
        checked.evidence = *evidence;
    } else {
        checked.evidence = TextAnchor{};
    }
    return checked;
}

} // namespace

PartnershipStore::PartnershipStore(Database& database)
    : m_db(database)
    , m_author(Annotation::defaultAuthor()) {}

Result<Partnership> PartnershipStore::addPartnership(const Partnership& partnership) {
    if (partnership.companyA == partnership.companyB)
        return Error{u"A partnership needs two different companies."_s};
    qint64 id = 0;
    auto stored = m_db.transaction([&]() -> Result<void> {
        auto checked = checkedPartnership(m_db, partnership, true);
        if (!checked)
            return checked.error();
        checked->id = 0;
        checked->author = m_author;
        checked->createdAt = QDateTime();
        auto inserted = insertPartnership(m_db, *checked);
        if (!inserted)
            return inserted.error();
        id = *inserted;
        if (auto noted = writeNote(m_db, partnership.articleId, 0, id, partnership.note); !noted)
            return noted;
        auto created = readPartnership(m_db, id);
        if (!created)
            return created.error();
        return HistoryStore(m_db).recordPartnership(HistoryEvent::Created, *created, m_author);
    });
    if (!stored)
        return stored.error();
    return readPartnership(m_db, id);
}

Result<Partnership> PartnershipStore::restorePartnership(const Partnership& partnership) {
    if (partnership.companyA == partnership.companyB)
        return Error{u"A partnership needs two different companies."_s};
    qint64 id = 0;
    auto stored = m_db.transaction([&]() -> Result<void> {
        // As it was: the evidence is not checked again (it may await re-anchoring).
        auto restored = checkedPartnership(m_db, partnership, false);
        if (!restored)
            return restored.error();
        if (restored->author.isEmpty())
            restored->author = m_author;
        auto inserted = insertPartnership(m_db, *restored);
        if (!inserted)
            return inserted.error();
        id = *inserted;
        if (auto noted = writeNote(m_db, partnership.articleId, 0, id, partnership.note); !noted)
            return noted;
        // Its history goes on: "created, deleted, restored", never ending in "deleted".
        auto back = readPartnership(m_db, id);
        if (!back)
            return back.error();
        return HistoryStore(m_db).recordPartnership(HistoryEvent::Restored, *back, m_author);
    });
    if (!stored)
        return stored.error();
    return readPartnership(m_db, id);
}

Result<Partnership> PartnershipStore::removePartnership(qint64 id) {
    Partnership removed;
    auto deleted = m_db.transaction([&]() -> Result<void> {
        auto partnership = readPartnership(m_db, id);
        if (!partnership)
            return partnership.error();
        removed = *partnership;
        if (auto deleted_ = run(m_db, u"DELETE FROM partnership WHERE id = ?"_s, {id},
                                u"removing a partnership"_s);
            !deleted_)
            return deleted_;
        return HistoryStore(m_db).recordPartnership(HistoryEvent::Deleted, removed, m_author);
    });
    if (!deleted)
        return deleted.error();
    return removed;
}

Result<void> PartnershipStore::updatePartnership(qint64 id, const QString& kind,
                                                 const QString& status) {
    if (auto checked = checkStatus(status); !checked)
        return checked;
    return m_db.transaction([&]() -> Result<void> {
        if (auto existing = readPartnership(m_db, id); !existing)
            return existing.error();
        auto checkedKind_ = checkedKind(m_db, kind);
        if (!checkedKind_)
            return checkedKind_.error();
        return run(m_db, u"UPDATE partnership SET kind = ?, status = ? WHERE id = ?"_s,
                   {*checkedKind_, status, id}, u"changing a partnership"_s);
    });
}

Result<Partnership> PartnershipStore::partnership(qint64 id) const {
    return readPartnership(m_db, id);
}

Result<QList<Partnership>> PartnershipStore::partnerships(qint64 articleId) const {
    return readPartnerships(m_db, u"p.article_id = ?"_s, {articleId});
}

Result<QStringList> PartnershipStore::partnershipKinds() const {
    QSqlQuery query(m_db.connection());
    if (!exec(query, u"SELECT name FROM partnership_kind ORDER BY ordinal, name"_s))
        return m_db.errorFrom(query, u"reading partnership kinds"_s);
    QStringList kinds;
    while (query.next())
        kinds.append(query.value(0).toString());
    return kinds;
}

Result<void> PartnershipStore::setPartnershipKinds(const QStringList& kinds) {
    const QStringList clean = cleanNames(kinds, {});
    if (clean.isEmpty())
        return Error{u"The list of partnership kinds cannot be empty."_s};
    return m_db.transaction([&]() -> Result<void> {
        auto saved =
            run(m_db, u"DELETE FROM partnership_kind"_s, {}, u"saving partnership kinds"_s);
        for (int i = 0; saved && i < clean.size(); ++i)
            saved = run(m_db, u"INSERT INTO partnership_kind (name, ordinal) VALUES (?, ?)"_s,
                        {clean.at(i), i + 1}, u"saving partnership kinds"_s);
        return saved;
    });
}
