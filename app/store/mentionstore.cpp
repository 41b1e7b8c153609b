#include "store/mentionstore.h"

#include "annotate/textspan.h"
#include "store/annotationrows.h"
#include "store/database.h"
#include "store/historystore.h"
#include "store/sqldialect.h"
#include "store/sqlvalue.h"

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace AnnotationRows;

namespace {

using SqlValue::text;

// Inserts with mention.id when it is set (restoring), else with a new id; returns the id.
Result<qint64> insertMention(Database& db, const Mention& m) {
    QSqlQuery query(db.connection());
    if (!exec(query,
              u"INSERT INTO mention (id, article_id, company_id, start, \"end\", quote, prefix,"
              " suffix, text_hash, anchored, author, created_at)"
              " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s +
                  db.dialect().returningId(),
              {m.id ? QVariant(m.id) : QVariant(), m.articleId, m.companyId, m.anchor.start,
               m.anchor.end, text(m.anchor.quote), text(m.anchor.prefix), text(m.anchor.suffix),
               text(m.anchor.textHash), int(m.anchor.anchored), text(m.author),
               timestamp(m.createdAt)}))
        return db.errorFrom(query, u"storing a mention"_s);
    return m.id ? m.id : db.dialect().newRowId(query);
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
    auto matching = ids(db,
                        u"SELECT a.id FROM article a WHERE "_s + db.dialect().articleMatch() +
                            u" ORDER BY a.id"_s,
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

} // namespace

MentionStore::MentionStore(Database& database)
    : m_db(database)
    , m_author(Annotation::defaultAuthor()) {}

Result<Mention> MentionStore::addMention(qint64 articleId, qint64 companyId,
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

Result<Mention> MentionStore::restoreMention(const Mention& mention) {
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
        if (auto noted = writeNote(m_db, mention.articleId, id, 0, mention.note); !noted)
            return noted;
        // Its history goes on: "created, deleted, restored", never ending in "deleted".
        restored.id = id;
        return HistoryStore(m_db).recordMention(HistoryEvent::Restored, restored, m_author);
    });
    if (!stored)
        return stored.error();
    return readMention(m_db, id);
}

Result<Mention> MentionStore::removeMention(qint64 id) {
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

Result<QList<Mention>> MentionStore::mentions(qint64 articleId) const {
    return readMentions(m_db, u"m.article_id = ?"_s, {articleId});
}

Result<void> MentionStore::setMentionCompany(qint64 mentionId, qint64 companyId) {
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

Result<QList<Mention>> MentionStore::markAllOccurrences(qint64 companyId, qint64 articleId) {
    QList<Mention> added;
    auto stored = m_db.transaction([&]() -> Result<void> {
        auto company = readCompany(m_db, companyId);
        if (!company)
            return company.error();
        // Longer names first, so "Leica Camera AG" wins over the "Leica" inside it.
        QStringList names = cleanAliases(QStringList{company->name} + company->aliases, {});
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
