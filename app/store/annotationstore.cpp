#include "store/annotationstore.h"

#include "annotate/annotation.h"
#include "annotate/companycolors.h"
#include "annotate/textspan.h"
#include "store/database.h"
#include "store/historystore.h"
#include "store/sqlvalue.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace {

// --- small SQL helpers

// Prepares `sql`, binds `values` in order and runs it.
bool exec(QSqlQuery& query, const QString& sql, const QVariantList& values = {}) {
    if (!query.prepare(sql))
        return false;
    for (const QVariant& value : values)
        query.addBindValue(value);
    return query.exec();
}

// Runs one statement whose rows nobody needs.
Result<void> run(Database& db, const QString& sql, const QVariantList& values,
                 const QString& doing) {
    QSqlQuery query(db.connection());
    if (!exec(query, sql, values))
        return db.errorFrom(query, doing);
    return {};
}

using SqlValue::text;

QString timestamp(const QDateTime& when = QDateTime::currentDateTimeUtc()) {
    return (when.isValid() ? when : QDateTime::currentDateTimeUtc())
        .toUTC()
        .toString(Qt::ISODateWithMs);
}

QDateTime dateFrom(const QVariant& value) {
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

Error noSuchArticle(qint64 id) {
    return Error{u"There is no article with id %1."_s.arg(id)};
}
Error noSuchCompany(qint64 id) {
    return Error{u"There is no company with id %1."_s.arg(id)};
}
Error noSuchMention(qint64 id) {
    return Error{u"There is no mention with id %1."_s.arg(id)};
}
Error noSuchPartnership(qint64 id) {
    return Error{u"There is no partnership with id %1."_s.arg(id)};
}

Result<QString> articleText(Database& db, qint64 articleId) {
    QSqlQuery query(db.connection());
    if (!exec(query, u"SELECT clean_text FROM article WHERE id = ?"_s, {articleId}))
        return db.errorFrom(query, u"reading article %1"_s.arg(articleId));
    if (!query.next())
        return noSuchArticle(articleId);
    return query.value(0).toString();
}

// --- companies

// All companies (onlyId == 0) or one, by name, each with its aliases in alphabetical order.
Result<QList<Company>> readCompanies(Database& db, qint64 onlyId = 0) {
    const QString where = onlyId ? u" WHERE id = ?"_s : QString();
    const QVariantList values = onlyId ? QVariantList{onlyId} : QVariantList{};
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    if (!exec(query, u"SELECT id, name, color FROM company"_s + where + u" ORDER BY name, id"_s,
              values))
        return db.errorFrom(query, u"reading companies"_s);
    QList<Company> companies;
    QHash<qint64, qsizetype> index;
    while (query.next()) {
        index.insert(query.value(0).toLongLong(), companies.size());
        companies.append({query.value(0).toLongLong(),
                          query.value(1).toString(),
                          query.value(2).toString(),
                          {}});
    }
    const QString aliasWhere = onlyId ? u" WHERE company_id = ?"_s : QString();
    if (!exec(query,
              u"SELECT company_id, alias FROM company_alias"_s + aliasWhere +
                  u" ORDER BY alias, id"_s,
              values))
        return db.errorFrom(query, u"reading company aliases"_s);
    while (query.next()) {
        const auto at = index.constFind(query.value(0).toLongLong());
        if (at != index.constEnd())
            companies[*at].aliases.append(query.value(1).toString());
    }
    return companies;
}

Result<Company> readCompany(Database& db, qint64 id) {
    auto companies = readCompanies(db, id);
    if (!companies)
        return companies.error();
    if (companies->isEmpty())
        return noSuchCompany(id);
    return companies->first();
}

// The company that has `name` as its name or an alias (0: none). SQLite's NOCASE folds ASCII
// only, so names with other letters ("Ölwerke") are compared by Qt as well.
Result<qint64> ownerOf(Database& db, const QString& name) {
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

// Trimmed, without empties, without `except`, each name once (case-insensitively), in order.
QStringList cleanNames(const QStringList& names, const QString& except) {
    QStringList clean;
    for (const QString& name : names) {
        const QString trimmed = name.trimmed();
        if (trimmed.isEmpty() || trimmed.compare(except, Qt::CaseInsensitive) == 0 ||
            clean.contains(trimmed, Qt::CaseInsensitive))
            continue;
        clean.append(trimmed);
    }
    return clean;
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
    if (!exec(query, u"INSERT INTO company (id, name, color, created_at) VALUES (?, ?, ?, ?)"_s,
              {company.id ? QVariant(company.id) : QVariant(), text(company.name),
               text(company.color), timestamp(createdAt)}))
        return db.errorFrom(query, u"storing the company “%1”"_s.arg(company.name));
    const qint64 id = company.id ? company.id : query.lastInsertId().toLongLong();
    return writeAliases(db, id, company.aliases);
}

Error nameTaken(Database& db, const QString& name, qint64 owner) {
    auto other = readCompany(db, owner);
    if (other && other->name.compare(name, Qt::CaseInsensitive) != 0)
        return Error{u"There is already a company called “%1” (another name of “%2”)."_s.arg(
            name, other->name)};
    return Error{u"There is already a company called “%1”."_s.arg(name)};
}

// --- anchors, mentions, partnerships, notes

// Checks `anchor` against the article's text and fills in missing context and hash.
Result<TextAnchor> checkedAnchor(const QString& articleText, const TextAnchor& anchor,
                                 const QString& what) {
    if (anchor.end <= anchor.start)
        return Error{u"%1 needs at least one character of text."_s.arg(what)};
    if (anchor.start < 0 || anchor.end > articleText.size())
        return Error{u"The span %1–%2 is outside the article's text (it has %3 characters)."_s
                         .arg(anchor.start)
                         .arg(anchor.end)
                         .arg(articleText.size())};
    if (QStringView(articleText).mid(anchor.start, anchor.length()) != anchor.quote)
        return Error{u"The quote does not match the article's text at that place."_s};
    TextAnchor checked = anchor;
    const TextAnchor computed = TextSpan::anchorFor(articleText, anchor.start, anchor.end);
    if (checked.prefix.isEmpty())
        checked.prefix = computed.prefix;
    if (checked.suffix.isEmpty())
        checked.suffix = computed.suffix;
    if (checked.textHash.isEmpty())
        checked.textHash = computed.textHash;
    return checked;
}

Result<QList<Mention>> readMentions(Database& db, const QString& where,
                                    const QVariantList& values) {
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    if (!exec(query,
              u"SELECT m.id, m.article_id, m.company_id, c.name, c.color, m.start, m.\"end\","
              " m.quote, m.prefix, m.suffix, m.text_hash, m.anchored, m.author, m.created_at,"
              " (SELECT body FROM note n WHERE n.mention_id = m.id ORDER BY n.id LIMIT 1)"
              " FROM mention m JOIN company c ON c.id = m.company_id WHERE "_s +
                  where + u" ORDER BY m.start, m.id"_s,
              values))
        return db.errorFrom(query, u"reading mentions"_s);
    QList<Mention> mentions;
    while (query.next()) {
        Mention m;
        m.id = query.value(0).toLongLong();
        m.articleId = query.value(1).toLongLong();
        m.companyId = query.value(2).toLongLong();
        m.companyName = query.value(3).toString();
        m.companyColor = query.value(4).toString();
        m.anchor = {query.value(5).toInt(),    query.value(6).toInt(),
                    query.value(7).toString(), query.value(8).toString(),
                    query.value(9).toString(), query.value(10).toString(),
                    query.value(11).toBool()};
        m.author = query.value(12).toString();
        m.createdAt = dateFrom(query.value(13));
        m.note = query.value(14).toString();
        mentions.append(m);
    }
    return mentions;
}

Result<Mention> readMention(Database& db, qint64 id) {
    auto found = readMentions(db, u"m.id = ?"_s, {id});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return noSuchMention(id);
    return found->first();
}

// Inserts with mention.id when it is set (restoring), else with a new id; returns the id.
Result<qint64> insertMention(Database& db, const Mention& m) {
    QSqlQuery query(db.connection());
    if (!exec(query,
              u"INSERT INTO mention (id, article_id, company_id, start, \"end\", quote, prefix,"
              " suffix, text_hash, anchored, author, created_at)"
              " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
              {m.id ? QVariant(m.id) : QVariant(), m.articleId, m.companyId, m.anchor.start,
               m.anchor.end, text(m.anchor.quote), text(m.anchor.prefix), text(m.anchor.suffix),
               text(m.anchor.textHash), int(m.anchor.anchored), text(m.author),
               timestamp(m.createdAt)}))
        return db.errorFrom(query, u"storing a mention"_s);
    return m.id ? m.id : query.lastInsertId().toLongLong();
}

Result<QList<Partnership>> readPartnerships(Database& db, const QString& where,
                                            const QVariantList& values) {
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    if (!exec(query,
              u"SELECT p.id, p.article_id, p.company_a, p.company_b, ca.name, cb.name, p.kind,"
              " p.status, p.evidence_start, p.evidence_end, p.evidence, p.prefix, p.suffix,"
              " p.text_hash, p.anchored, p.author, p.created_at,"
              " (SELECT body FROM note n WHERE n.partnership_id = p.id ORDER BY n.id LIMIT 1)"
              " FROM partnership p JOIN company ca ON ca.id = p.company_a"
              " JOIN company cb ON cb.id = p.company_b WHERE "_s +
                  where + u" ORDER BY p.evidence_start, p.id"_s,
              values))
        return db.errorFrom(query, u"reading partnerships"_s);
    QList<Partnership> partnerships;
    while (query.next()) {
        Partnership p;
        p.id = query.value(0).toLongLong();
        p.articleId = query.value(1).toLongLong();
        p.companyA = query.value(2).toLongLong();
        p.companyB = query.value(3).toLongLong();
        p.nameA = query.value(4).toString();
        p.nameB = query.value(5).toString();
        p.kind = query.value(6).toString();
        p.status = query.value(7).toString();
        p.evidence = {query.value(8).toInt(),     query.value(9).toInt(),
                      query.value(10).toString(), query.value(11).toString(),
                      query.value(12).toString(), query.value(13).toString(),
                      query.value(14).toBool()};
        p.author = query.value(15).toString();
        p.createdAt = dateFrom(query.value(16));
        p.note = query.value(17).toString();
        partnerships.append(p);
    }
    return partnerships;
}

Result<Partnership> readPartnership(Database& db, qint64 id) {
    auto found = readPartnerships(db, u"p.id = ?"_s, {id});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return noSuchPartnership(id);
    return found->first();
}

bool hasEvidence(const TextAnchor& evidence) {
    return evidence.end > evidence.start;
}

Result<qint64> insertPartnership(Database& db, const Partnership& p) {
    const bool evidence = hasEvidence(p.evidence);
    QSqlQuery query(db.connection());
    if (!exec(query,
              u"INSERT INTO partnership (id, article_id, company_a, company_b, kind, status,"
              " evidence_start, evidence_end, evidence, prefix, suffix, text_hash, anchored,"
              " author, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
              {p.id ? QVariant(p.id) : QVariant(), p.articleId, p.companyA, p.companyB,
               text(p.kind), text(p.status), evidence ? QVariant(p.evidence.start) : QVariant(),
               evidence ? QVariant(p.evidence.end) : QVariant(),
               text(evidence ? p.evidence.quote : QString()),
               text(evidence ? p.evidence.prefix : QString()),
               text(evidence ? p.evidence.suffix : QString()),
               text(evidence ? p.evidence.textHash : QString()), int(p.evidence.anchored),
               text(p.author), timestamp(p.createdAt)}))
        return db.errorFrom(query, u"storing a partnership"_s);
    return p.id ? p.id : query.lastInsertId().toLongLong();
}

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

// Saves, replaces or (empty body) deletes the note of an article, mention or partnership.
Result<void> writeNote(Database& db, qint64 articleId, qint64 mentionId, qint64 partnershipId,
                       const QString& body) {
    const QString target = mentionId       ? u"mention_id = ? AND partnership_id IS NULL"_s
                           : partnershipId ? u"mention_id IS NULL AND partnership_id = ?"_s
                                           : u"mention_id IS NULL AND partnership_id IS NULL"_s;
    QVariantList values{articleId};
    if (mentionId || partnershipId)
        values.append(mentionId ? mentionId : partnershipId);
    QSqlQuery query(db.connection());
    if (body.trimmed().isEmpty())
        return run(db, u"DELETE FROM note WHERE article_id = ? AND "_s + target, values,
                   u"deleting a note"_s);
    if (!exec(query, u"SELECT id FROM note WHERE article_id = ? AND "_s + target + u" LIMIT 1"_s,
              values))
        return db.errorFrom(query, u"saving a note"_s);
    const QString now = timestamp();
    if (query.next())
        return run(db, u"UPDATE note SET body = ?, updated_at = ? WHERE id = ?"_s,
                   {body, now, query.value(0)}, u"saving a note"_s);
    return run(db,
               u"INSERT INTO note (article_id, mention_id, partnership_id, body, created_at,"
               " updated_at) VALUES (?, ?, ?, ?, ?, ?)"_s,
               {articleId, mentionId ? QVariant(mentionId) : QVariant(),
                partnershipId ? QVariant(partnershipId) : QVariant(), body, now, now},
               u"saving a note"_s);
}

// The first column of what a query returns, as ids.
Result<QList<qint64>> ids(Database& db, const QString& sql, const QVariantList& values,
                          const QString& doing) {
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    if (!exec(query, sql, values))
        return db.errorFrom(query, doing);
    QList<qint64> list;
    while (query.next())
        list.append(query.value(0).toLongLong());
    return list;
}

// The articles that may contain any of `names`, by id. FTS5 narrows them down with a query like
// `"Leica" OR "Leica Camera AG"`; a name without letters or digits it cannot find, and a name it
// cannot parse it rejects: then every article is a candidate.
Result<QList<qint64>> articlesNaming(Database& db, const QStringList& names) {
    const QString all = u"SELECT id FROM article ORDER BY id"_s;
    QStringList phrases;
    for (QString name : names) {
        if (std::none_of(name.cbegin(), name.cend(), [](QChar c) { return c.isLetterOrNumber(); }))
            return ids(db, all, {}, u"finding articles"_s);
        phrases.append(QLatin1Char('"') + name.replace(u'"', u"\"\""_s) + QLatin1Char('"'));
    }
    auto matching =
        ids(db, u"SELECT rowid FROM article_fts WHERE article_fts MATCH ? ORDER BY rowid"_s,
            {phrases.join(u" OR "_s)}, u"finding articles"_s);
    return matching ? matching : ids(db, all, {}, u"finding articles"_s);
}

// Whole-word occurrences of `names` (tried in that order) that overlap nothing in `taken`
// nor each other, in text order.
QList<TextSpan::Span> freeOccurrences(const QString& text, const QStringList& names,
                                      QList<TextSpan::Span> taken) {
    QList<TextSpan::Span> found;
    for (const QString& name : names) {
        for (const TextSpan::Span& span : TextSpan::occurrences(text, name)) {
            const bool overlaps =
                std::any_of(taken.cbegin(), taken.cend(), [&](const TextSpan::Span& t) {
                    return span.start < t.end && t.start < span.end;
                });
            if (overlaps)
                continue;
            taken.append(span);
            found.append(span);
        }
    }
    std::sort(found.begin(), found.end(),
              [](const TextSpan::Span& a, const TextSpan::Span& b) { return a.start < b.start; });
    return found;
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

AnnotationStore::AnnotationStore(Database& database)
    : m_db(database)
    , m_author(Annotation::defaultAuthor()) {}

// --- companies

Result<QList<Company>> AnnotationStore::companies() const {
    return readCompanies(m_db);
}

Result<Company> AnnotationStore::company(qint64 id) const {
    return readCompany(m_db, id);
}

Result<std::optional<Company>> AnnotationStore::findCompany(const QString& nameOrAlias) const {
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

Result<Company> AnnotationStore::createCompany(const QString& name) {
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
        if (!exec(query, u"INSERT INTO company (name, color, created_at) VALUES (?, ?, ?)"_s,
                  {created.name, created.color, timestamp()}))
            return m_db.errorFrom(query, u"storing the company “%1”"_s.arg(created.name));
        created.id = query.lastInsertId().toLongLong();
        return {};
    });
    if (!stored)
        return stored.error();
    return created;
}

Result<Company> AnnotationStore::ensureCompany(const QString& nameOrAlias, bool* created) {
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

Result<Company> AnnotationStore::restoreCompany(const Company& company) {
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

Result<void> AnnotationStore::deleteCompany(qint64 id) {
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

Result<void> AnnotationStore::renameCompany(qint64 id, const QString& newName) {
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
                            cleanNames(company->aliases + QStringList{company->name}, name));
    });
}

Result<void> AnnotationStore::setAliases(qint64 id, const QStringList& aliases) {
    return m_db.transaction([&]() -> Result<void> {
        auto company = readCompany(m_db, id);
        if (!company)
            return company.error();
        const QStringList clean = cleanNames(aliases, company->name);
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

Result<CompanyMerge> AnnotationStore::mergeCompanies(qint64 keepId, qint64 removeId) {
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
            cleanNames(kept->aliases + QStringList{removed->name} + removed->aliases, kept->name));
    });
    if (!merged)
        return merged.error();
    return merge;
}

Result<void> AnnotationStore::undoMerge(const CompanyMerge& merge) {
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

Result<QList<CompanyStats>> AnnotationStore::companyStats() const {
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

Result<QList<qint64>> AnnotationStore::articlesOfCompany(qint64 companyId) const {
    return ids(m_db,
               u"SELECT article_id FROM mention WHERE company_id = ? UNION SELECT article_id"
               " FROM partnership WHERE company_a = ? OR company_b = ? ORDER BY 1"_s,
               {companyId, companyId, companyId}, u"listing the articles of a company"_s);
}

// --- mentions

Result<Mention> AnnotationStore::addMention(qint64 articleId, qint64 companyId,
                                            const TextAnchor& anchor) {
    Mention mention;
    auto stored = m_db.transaction([&]() -> Result<void> {
        auto articleText_ = articleText(m_db, articleId);
        if (!articleText_)
            return articleText_.error();
        auto company = readCompany(m_db, companyId);
        if (!company)
            return company.error();
        auto checked = checkedAnchor(*articleText_, anchor, u"A mention"_s);
        if (!checked)
            return checked.error();
        mention.articleId = articleId;
        mention.companyId = companyId;
        mention.companyName = company->name;
        mention.companyColor = company->color;
        mention.anchor = *checked;
        mention.author = m_author;
        mention.createdAt = QDateTime::fromString(timestamp(), Qt::ISODateWithMs);
        auto id = insertMention(m_db, mention);
        if (!id)
            return id.error();
        mention.id = *id;
        return HistoryStore(m_db).recordMention(HistoryEvent::Created, mention, m_author);
    });
    if (!stored)
        return stored.error();
    return mention;
}

Result<Mention> AnnotationStore::restoreMention(const Mention& mention) {
    qint64 id = 0;
    auto stored = m_db.transaction([&]() -> Result<void> {
        if (auto articleText_ = articleText(m_db, mention.articleId); !articleText_)
            return articleText_.error();
        if (auto company = readCompany(m_db, mention.companyId); !company)
            return company.error();
        if (mention.anchor.end <= mention.anchor.start)
            return Error{u"A mention needs at least one character of text."_s};
        Mention restored = mention;
        if (restored.author.isEmpty())
            restored.author = m_author;
        auto inserted = insertMention(m_db, restored);
        if (!inserted)
            return inserted.error();
        id = *inserted;
        return writeNote(m_db, mention.articleId, id, 0, mention.note);
    });
    if (!stored)
        return stored.error();
    return readMention(m_db, id);
}

Result<Mention> AnnotationStore::removeMention(qint64 id) {
    Mention removed;
    auto deleted = m_db.transaction([&]() -> Result<void> {
        auto mention = readMention(m_db, id);
        if (!mention)
            return mention.error();
        removed = *mention;
        if (auto deleted_ =
                run(m_db, u"DELETE FROM mention WHERE id = ?"_s, {id}, u"removing a mention"_s);
            !deleted_)
            return deleted_;
        return HistoryStore(m_db).recordMention(HistoryEvent::Deleted, removed, m_author);
    });
    if (!deleted)
        return deleted.error();
    return removed;
}

Result<QList<Mention>> AnnotationStore::mentions(qint64 articleId) const {
    return readMentions(m_db, u"m.article_id = ?"_s, {articleId});
}

Result<void> AnnotationStore::setMentionCompany(qint64 mentionId, qint64 companyId) {
    return m_db.transaction([&]() -> Result<void> {
        if (auto company = readCompany(m_db, companyId); !company)
            return company.error();
        QSqlQuery query(m_db.connection());
        if (!exec(query, u"UPDATE mention SET company_id = ? WHERE id = ?"_s,
                  {companyId, mentionId}))
            return m_db.errorFrom(query, u"changing the company of a mention"_s);
        if (query.numRowsAffected() == 0)
            return noSuchMention(mentionId);
        auto changed = readMention(m_db, mentionId);
        if (!changed)
            return changed.error();
        return HistoryStore(m_db).recordMention(HistoryEvent::CompanyChanged, *changed, m_author);
    });
}

Result<QList<Mention>> AnnotationStore::markAllOccurrences(qint64 companyId, qint64 articleId) {
    QList<Mention> added;
    auto stored = m_db.transaction([&]() -> Result<void> {
        auto company = readCompany(m_db, companyId);
        if (!company)
            return company.error();
        // Longer names first, so "Leica Camera AG" wins over the "Leica" inside it.
        QStringList names = cleanNames(QStringList{company->name} + company->aliases, {});
        std::stable_sort(names.begin(), names.end(),
                         [](const QString& a, const QString& b) { return a.size() > b.size(); });

        QList<qint64> candidates{articleId};
        if (!articleId) {
            auto naming = articlesNaming(m_db, names);
            if (!naming)
                return naming.error();
            candidates = *naming;
        }

        const QDateTime now = QDateTime::fromString(timestamp(), Qt::ISODateWithMs);
        for (qint64 candidate : candidates) {
            auto articleText_ = articleText(m_db, candidate);
            if (!articleText_)
                return articleText_.error();
            auto existing = readMentions(m_db, u"m.article_id = ?"_s, {candidate});
            if (!existing)
                return existing.error();
            QList<TextSpan::Span> taken;
            for (const Mention& m : *existing)
                taken.append({m.anchor.start, m.anchor.end});
            for (const TextSpan::Span& span : freeOccurrences(*articleText_, names, taken)) {
                Mention m;
                m.articleId = candidate;
                m.companyId = companyId;
                m.companyName = company->name;
                m.companyColor = company->color;
                m.anchor = TextSpan::anchorFor(*articleText_, span.start, span.end);
                m.author = m_author;
                m.createdAt = now;
                auto id = insertMention(m_db, m);
                if (!id)
                    return id.error();
                m.id = *id;
                added.append(m);
            }
        }
        return {};
    });
    if (!stored)
        return stored.error();
    return added;
}

// --- partnerships

Result<Partnership> AnnotationStore::addPartnership(const Partnership& partnership) {
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

Result<Partnership> AnnotationStore::restorePartnership(const Partnership& partnership) {
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
        return writeNote(m_db, partnership.articleId, 0, id, partnership.note);
    });
    if (!stored)
        return stored.error();
    return readPartnership(m_db, id);
}

Result<Partnership> AnnotationStore::removePartnership(qint64 id) {
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

Result<void> AnnotationStore::updatePartnership(qint64 id, const QString& kind,
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

Result<Partnership> AnnotationStore::partnership(qint64 id) const {
    return readPartnership(m_db, id);
}

Result<QList<Partnership>> AnnotationStore::partnerships(qint64 articleId) const {
    return readPartnerships(m_db, u"p.article_id = ?"_s, {articleId});
}

Result<QList<PartnershipSummary>> AnnotationStore::partnershipSummaries(qint64 companyId) const {
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

Result<QStringList> AnnotationStore::partnershipKinds() const {
    QSqlQuery query(m_db.connection());
    if (!exec(query, u"SELECT name FROM partnership_kind ORDER BY ordinal, name"_s))
        return m_db.errorFrom(query, u"reading partnership kinds"_s);
    QStringList kinds;
    while (query.next())
        kinds.append(query.value(0).toString());
    return kinds;
}

Result<void> AnnotationStore::setPartnershipKinds(const QStringList& kinds) {
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

// --- notes

Result<QString> AnnotationStore::articleNote(qint64 articleId) const {
    QSqlQuery query(m_db.connection());
    if (!exec(query,
              u"SELECT body FROM note WHERE article_id = ? AND mention_id IS NULL"
              " AND partnership_id IS NULL ORDER BY id LIMIT 1"_s,
              {articleId}))
        return m_db.errorFrom(query, u"reading the article's note"_s);
    return query.next() ? query.value(0).toString() : QString();
}

Result<void> AnnotationStore::setArticleNote(qint64 articleId, const QString& body) {
    return m_db.transaction([&]() -> Result<void> {
        if (auto articleText_ = articleText(m_db, articleId); !articleText_)
            return articleText_.error();
        return writeNote(m_db, articleId, 0, 0, body);
    });
}

Result<void> AnnotationStore::setMentionNote(qint64 mentionId, const QString& body) {
    return m_db.transaction([&]() -> Result<void> {
        auto mention = readMention(m_db, mentionId);
        if (!mention)
            return mention.error();
        return writeNote(m_db, mention->articleId, mentionId, 0, body);
    });
}

Result<void> AnnotationStore::setPartnershipNote(qint64 partnershipId, const QString& body) {
    return m_db.transaction([&]() -> Result<void> {
        auto partnership = readPartnership(m_db, partnershipId);
        if (!partnership)
            return partnership.error();
        return writeNote(m_db, partnership->articleId, 0, partnershipId, body);
    });
}

Result<QList<Note>> AnnotationStore::notes(qint64 articleId) const {
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!exec(query,
              u"SELECT id, article_id, mention_id, partnership_id, body, updated_at FROM note"
              " WHERE article_id = ? ORDER BY id"_s,
              {articleId}))
        return m_db.errorFrom(query, u"reading notes"_s);
    QList<Note> notes;
    while (query.next())
        notes.append({query.value(0).toLongLong(), query.value(1).toLongLong(),
                      query.value(2).toLongLong(), query.value(3).toLongLong(),
                      query.value(4).toString(), dateFrom(query.value(5))});
    return notes;
}
