#include "store/anchorreview.h"

#include "annotate/annotation.h"
#include "annotate/textspan.h"
#include "store/database.h"
#include "store/historystore.h"
#include "store/mentionstore.h"
#include "store/partnershipstore.h"
#include "store/sqlvalue.h"

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

using SqlValue::text;

// The ids of the articles that have something to review in `table`, or just `articleId`.
Result<QList<qint64>> articlesToReview(Database& db, const QString& table, qint64 articleId) {
    if (articleId > 0)
        return QList<qint64>{articleId};
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT DISTINCT article_id FROM "_s + table +
                    u" WHERE anchored = 0 ORDER BY article_id"_s))
        return db.errorFrom(query, u"finding annotations to review"_s);
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

Result<QString> articleText(Database& db, qint64 articleId) {
    QSqlQuery query(db.connection());
    query.prepare(u"SELECT clean_text FROM article WHERE id = ?"_s);
    query.addBindValue(articleId);
    if (!query.exec())
        return db.errorFrom(query, u"reading article %1"_s.arg(articleId));
    if (!query.next())
        return Error{u"There is no article with id %1."_s.arg(articleId)};
    return query.value(0).toString();
}

// The anchor for the span `wanted` gives, on the article's current text.
Result<TextAnchor> freshAnchor(const QString& text, const TextAnchor& wanted, bool oneParagraph) {
    if (wanted.end <= wanted.start)
        return Error{u"Select at least one character of text."_s};
    if (wanted.start < 0 || wanted.end > text.size())
        return Error{u"The span %1–%2 is outside the article's text (it has %3 characters)."_s
                         .arg(wanted.start)
                         .arg(wanted.end)
                         .arg(text.size())};
    const QStringView span = QStringView(text).mid(wanted.start, wanted.length());
    if (!wanted.quote.isEmpty() && span != wanted.quote)
        return Error{u"The quote does not match the article's text at that place."_s};
    if (oneParagraph && span.contains(u'\n'))
        return Error{u"A mention must lie within one paragraph; the selection spans two."_s};
    return TextSpan::anchorFor(text, wanted.start, wanted.end);
}

Result<qint64> articleOf(Database& db, const QString& table, qint64 id, const QString& what) {
    QSqlQuery query(db.connection());
    query.prepare(u"SELECT article_id FROM "_s + table + u" WHERE id = ?"_s);
    query.addBindValue(id);
    if (!query.exec())
        return db.errorFrom(query, u"reading a %1"_s.arg(what));
    if (!query.next())
        return Error{u"There is no %1 with id %2."_s.arg(what).arg(id)};
    return query.value(0).toLongLong();
}

bool setAnchor(QSqlQuery& query, const QString& table, const QStringList& columns, qint64 id,
               const TextAnchor& anchor, bool anchored = true) {
    QStringList assignments;
    for (const QString& column : columns)
        assignments.append(column + u" = ?"_s);
    query.prepare(u"UPDATE "_s + table + u" SET "_s + assignments.join(u", "_s) +
                  u", anchored = ? WHERE id = ?"_s);
    for (const QVariant& value :
         {QVariant(anchor.start), QVariant(anchor.end), text(anchor.quote), text(anchor.prefix),
          text(anchor.suffix), text(anchor.textHash), QVariant(int(anchored)), QVariant(id)})
        query.addBindValue(value);
    return query.exec();
}

} // namespace

AnchorReview::AnchorReview(Database& database)
    : m_db(database)
    , m_author(Annotation::defaultAuthor()) {}

Result<QList<Mention>> AnchorReview::mentionsToReview(qint64 articleId) const {
    auto articles = articlesToReview(m_db, u"mention"_s, articleId);
    if (!articles)
        return articles.error();
    const MentionStore store(m_db);
    QList<Mention> list;
    for (qint64 id : *articles) {
        auto mentions = store.mentions(id);
        if (!mentions)
            return mentions.error();
        std::copy_if(mentions->cbegin(), mentions->cend(), std::back_inserter(list),
                     [](const Mention& mention) { return !mention.anchor.anchored; });
    }
    return list;
}

Result<QList<Partnership>> AnchorReview::partnershipsToReview(qint64 articleId) const {
    auto articles = articlesToReview(m_db, u"partnership"_s, articleId);
    if (!articles)
        return articles.error();
    const PartnershipStore store(m_db);
    QList<Partnership> list;
    for (qint64 id : *articles) {
        auto partnerships = store.partnerships(id);
        if (!partnerships)
            return partnerships.error();
        std::copy_if(partnerships->cbegin(), partnerships->cend(), std::back_inserter(list),
                     [](const Partnership& p) { return !p.evidence.anchored; });
    }
    return list;
}

Result<Mention> AnchorReview::reattachMention(qint64 mentionId, const TextAnchor& anchor) {
    Mention result;
    auto saved = m_db.transaction([&]() -> Result<void> {
        auto articleId = articleOf(m_db, u"mention"_s, mentionId, u"mention"_s);
        if (!articleId)
            return articleId.error();
        auto current = articleText(m_db, *articleId);
        if (!current)
            return current.error();
        auto fresh = freshAnchor(*current, anchor, true);
        if (!fresh)
            return fresh.error();
        auto mentions = MentionStore(m_db).mentions(*articleId);
        if (!mentions)
            return mentions.error();
        const auto found = std::find_if(mentions->cbegin(), mentions->cend(),
                                        [&](const Mention& m) { return m.id == mentionId; });
        if (found == mentions->cend())
            return Error{u"There is no mention with id %1."_s.arg(mentionId)};
        result = *found;
        const bool wasAnchored = result.anchor.anchored;
        QSqlQuery query(m_db.connection());
        if (!setAnchor(
                query, u"mention"_s,
                {u"start"_s, u"\"end\""_s, u"quote"_s, u"prefix"_s, u"suffix"_s, u"text_hash"_s},
                mentionId, *fresh))
            return m_db.errorFrom(query, u"re-attaching a mention"_s);
        result.anchor = *fresh;
        return HistoryStore(m_db).recordMention(
            wasAnchored ? HistoryEvent::Moved : HistoryEvent::Reattached, result, m_author);
    });
    if (!saved)
        return saved.error();
    return result;
}

Result<Partnership> AnchorReview::reattachPartnershipEvidence(qint64 partnershipId,
                                                              const TextAnchor& anchor) {
    Partnership result;
    auto saved = m_db.transaction([&]() -> Result<void> {
        auto partnership = PartnershipStore(m_db).partnership(partnershipId);
        if (!partnership)
            return partnership.error();
        result = *partnership;
        auto current = articleText(m_db, result.articleId);
        if (!current)
            return current.error();
        auto fresh = freshAnchor(*current, anchor, false);
        if (!fresh)
            return fresh.error();
        const bool wasAnchored = result.evidence.anchored;
        QSqlQuery query(m_db.connection());
        if (!setAnchor(query, u"partnership"_s,
                       {u"evidence_start"_s, u"evidence_end"_s, u"evidence"_s, u"prefix"_s,
                        u"suffix"_s, u"text_hash"_s},
                       partnershipId, *fresh))
            return m_db.errorFrom(query, u"re-attaching a partnership's evidence"_s);
        result.evidence = *fresh;
        return HistoryStore(m_db).recordPartnership(
            wasAnchored ? HistoryEvent::Moved : HistoryEvent::Reattached, result, m_author);
    });
    if (!saved)
        return saved.error();
    return result;
}

Result<void> AnchorReview::putBack(qint64 mentionId, qint64 partnershipId,
                                   const TextAnchor& anchor) {
    return m_db.transaction([&]() -> Result<void> {
        QSqlQuery query(m_db.connection());
        const HistoryEvent event =
            anchor.anchored ? HistoryEvent::Moved : HistoryEvent::SetToReview;
        if (mentionId > 0) {
            if (!setAnchor(query, u"mention"_s,
                           {u"start"_s, u"\"end\""_s, u"quote"_s, u"prefix"_s, u"suffix"_s,
                            u"text_hash"_s},
                           mentionId, anchor, anchor.anchored))
                return m_db.errorFrom(query, u"putting a mention back"_s);
            auto articleId = articleOf(m_db, u"mention"_s, mentionId, u"mention"_s);
            if (!articleId)
                return articleId.error();
            auto mentions = MentionStore(m_db).mentions(*articleId);
            if (!mentions)
                return mentions.error();
            for (const Mention& mention : *mentions) {
                if (mention.id == mentionId)
                    return HistoryStore(m_db).recordMention(event, mention, m_author);
            }
            return Error{u"There is no mention with id %1."_s.arg(mentionId)};
        }
        if (!setAnchor(query, u"partnership"_s,
                       {u"evidence_start"_s, u"evidence_end"_s, u"evidence"_s, u"prefix"_s,
                        u"suffix"_s, u"text_hash"_s},
                       partnershipId, anchor, anchor.anchored))
            return m_db.errorFrom(query, u"putting a partnership's evidence back"_s);
        auto partnership = PartnershipStore(m_db).partnership(partnershipId);
        if (!partnership)
            return partnership.error();
        return HistoryStore(m_db).recordPartnership(event, *partnership, m_author);
    });
}
