#include "store/mentionstore.h"

#include "annotate/textspan.h"
#include "store/annotationrows.h"
#include "store/database.h"
#include "store/historystore.h"
#include "store/occurrencemarker.h"
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
    auto restored = restoreMentions({mention});
    if (!restored)
        return restored.error();
    return readMention(m_db, restored->first().id); // with its company's name and colour
}

Result<QList<Mention>> MentionStore::restoreMentions(const QList<Mention>& mentions) {
    QList<Mention> restored;
    auto stored = m_db.transaction([&]() -> Result<void> {
        // Each article and company checked once: redo of a thousand marks is one article.
        QSet<qint64> articlesSeen, companiesSeen;
        HistoryStore history(m_db);
        for (const Mention& mention : mentions) {
            if (!articlesSeen.contains(mention.articleId)) {
                if (auto articleText_ = articleText(m_db, mention.articleId); !articleText_)
                    return articleText_.error();
                articlesSeen.insert(mention.articleId);
            }
            if (!companiesSeen.contains(mention.companyId)) {
                if (auto company = readCompany(m_db, mention.companyId); !company)
                    return company.error();
                companiesSeen.insert(mention.companyId);
            }
            if (mention.anchor.end <= mention.anchor.start)
                return Error{u"A mention needs at least one character of text."_s};
            Mention row = mention;
            if (row.author.isEmpty())
                row.author = m_author;
            auto inserted = insertMention(m_db, row);
            if (!inserted)
                return inserted.error();
            row.id = *inserted;
            if (auto noted = writeNote(m_db, mention.articleId, row.id, 0, mention.note); !noted)
                return noted;
            // Its history goes on: "created, deleted, restored", never ending in "deleted".
            if (auto recorded = history.recordMention(HistoryEvent::Restored, row, m_author);
                !recorded)
                return recorded;
            restored.append(row);
        }
        return {};
    });
    if (!stored)
        return stored.error();
    return restored;
}

Result<Mention> MentionStore::removeMention(qint64 id) {
    auto removed = removeMentions({id});
    if (!removed)
        return removed.error();
    return removed->first();
}

Result<QList<Mention>> MentionStore::removeMentions(const QList<qint64>& ids) {
    QList<Mention> removed;
    auto deleted = m_db.transaction([&]() -> Result<void> {
        HistoryStore history(m_db);
        for (qint64 id : ids) {
            auto mention = readMention(m_db, id);
            if (!mention)
                return mention.error();
            if (auto deleted_ =
                    run(m_db, u"DELETE FROM mention WHERE id = ?"_s, {id}, u"removing a mention"_s);
                !deleted_)
                return deleted_;
            if (auto recorded = history.recordMention(HistoryEvent::Deleted, *mention, m_author);
                !recorded)
                return recorded;
            removed.append(*mention);
        }
        return {};
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
    OccurrenceMarker marker(m_db);
    marker.setAuthor(m_author);
    auto found = marker.find(companyId, articleId);
    if (!found)
        return found.error();
    return marker.store(*found);
}
