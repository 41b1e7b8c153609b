#include "store/notestore.h"

#include "store/annotationrows.h"
#include "store/database.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;
using namespace AnnotationRows;

Result<QString> NoteStore::articleNote(qint64 articleId) const {
    QSqlQuery query(m_db.connection());
    if (!exec(query,
              u"SELECT body FROM note WHERE article_id = ? AND mention_id IS NULL"
              " AND partnership_id IS NULL ORDER BY id LIMIT 1"_s,
              {articleId}))
        return m_db.errorFrom(query, u"reading the article's note"_s);
    return query.next() ? query.value(0).toString() : QString();
}

Result<void> NoteStore::setArticleNote(qint64 articleId, const QString& body) {
    return m_db.transaction([&]() -> Result<void> {
        if (auto articleText_ = articleText(m_db, articleId); !articleText_)
            return articleText_.error();
        return writeNote(m_db, articleId, 0, 0, body);
    });
}

Result<void> NoteStore::setMentionNote(qint64 mentionId, const QString& body) {
    return m_db.transaction([&]() -> Result<void> {
        auto mention = readMention(m_db, mentionId);
        if (!mention)
            return mention.error();
        return writeNote(m_db, mention->articleId, mentionId, 0, body);
    });
}

Result<void> NoteStore::setPartnershipNote(qint64 partnershipId, const QString& body) {
    return m_db.transaction([&]() -> Result<void> {
        auto partnership = readPartnership(m_db, partnershipId);
        if (!partnership)
            return partnership.error();
        return writeNote(m_db, partnership->articleId, 0, partnershipId, body);
    });
}

Result<QList<Note>> NoteStore::notes(qint64 articleId) const {
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
