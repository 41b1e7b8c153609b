#include "store/annotationreanchoring.h"

#include "annotate/annotation.h"
#include "annotate/reanchorer.h"
#include "store/database.h"
#include "store/historystore.h"
#include "store/mentionstore.h"
#include "store/partnershipstore.h"
#include "store/sqlvalue.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <optional>

using namespace Qt::StringLiterals;

namespace {

bool hasEvidence(const Partnership& partnership) {
    return partnership.evidence.end > partnership.evidence.start;
}

using SqlValue::text;

// The history event of a re-anchoring, or nullopt when there is nothing worth telling.
std::optional<HistoryEvent> eventFor(const TextAnchor& before, const ReanchoredAnchor& after) {
    switch (after.outcome) {
    case ReanchorOutcome::Kept:
        if (before.start == after.anchor.start && before.end == after.anchor.end)
            return std::nullopt;
        return HistoryEvent::Reanchored;
    case ReanchorOutcome::Moved:
        return HistoryEvent::Moved;
    case ReanchorOutcome::Review:
        return before.anchored ? std::optional(HistoryEvent::SetToReview) : std::nullopt;
    }
    return std::nullopt;
}

// Writes re-anchored annotations and their history, with two statements prepared once.
class Writer final {
public:
    Writer(Database& db, const QString& change, const QString& author)
        : m_db(db)
        , m_history(db)
        , m_mentions(db.connection())
        , m_partnerships(db.connection())
        , m_change(change)
        , m_author(author) {}

    bool prepare() {
        return m_mentions.prepare(u"UPDATE mention SET start = ?, \"end\" = ?, quote = ?,"
                                  " prefix = ?, suffix = ?, text_hash = ?, anchored = ?"
                                  " WHERE id = ?"_s) &&
               m_partnerships.prepare(
                   u"UPDATE partnership SET evidence_start = ?, evidence_end = ?, evidence = ?,"
                   " prefix = ?, suffix = ?, text_hash = ?, anchored = ? WHERE id = ?"_s);
    }
    Error prepareError() const {
        return m_db.errorFrom(m_mentions.lastError().isValid() ? m_mentions : m_partnerships,
                              u"re-anchoring annotations"_s);
    }

    Result<void> mention(Mention mention, const ReanchoredAnchor& after) {
        const TextAnchor before = mention.anchor;
        if (before == after.anchor)
            return {};
        if (!update(m_mentions, mention.id, after.anchor))
            return m_db.errorFrom(m_mentions, u"re-anchoring a mention"_s);
        const auto event = eventFor(before, after);
        if (!event)
            return {};
        mention.anchor = after.anchor;
        return m_history.recordMention(*event, mention, m_author, extra(before));
    }

    Result<void> partnership(Partnership partnership, const ReanchoredAnchor& after) {
        const TextAnchor before = partnership.evidence;
        if (before == after.anchor)
            return {};
        if (!update(m_partnerships, partnership.id, after.anchor))
            return m_db.errorFrom(m_partnerships, u"re-anchoring a partnership's evidence"_s);
        const auto event = eventFor(before, after);
        if (!event)
            return {};
        partnership.evidence = after.anchor;
        return m_history.recordPartnership(*event, partnership, m_author, extra(before));
    }

private:
    static bool update(QSqlQuery& query, qint64 id, const TextAnchor& anchor) {
        const QVariant values[] = {anchor.start,         anchor.end,
                                   text(anchor.quote),   text(anchor.prefix),
                                   text(anchor.suffix),  text(anchor.textHash),
                                   int(anchor.anchored), id};
        for (int i = 0; i < int(std::size(values)); ++i)
            query.bindValue(i, values[i]);
        return query.exec();
    }

    QJsonObject extra(const TextAnchor& before) const {
        return {{u"change"_s, m_change},
                {u"previous"_s, QJsonObject{{u"start"_s, before.start},
                                            {u"end"_s, before.end},
                                            {u"quote"_s, before.quote},
                                            {u"anchored"_s, before.anchored}}}};
    }

    Database& m_db;
    HistoryStore m_history;
    QSqlQuery m_mentions;
    QSqlQuery m_partnerships;
    QString m_change;
    QString m_author;
};

} // namespace

namespace AnnotationReanchoring {

Result<ReanchorReport> reanchorArticle(Database& database, qint64 articleId, const QString& oldText,
                                       const QString& newText, const QString& change,
                                       const QString& author) {
    auto mentions = MentionStore(database).mentions(articleId);
    if (!mentions)
        return mentions.error();
    auto partnerships = PartnershipStore(database).partnerships(articleId);
    if (!partnerships)
        return partnerships.error();

    QList<TextAnchor> mentionAnchors;
    mentionAnchors.reserve(mentions->size());
    for (const Mention& mention : *mentions)
        mentionAnchors.append(mention.anchor);
    QList<Partnership> evidenced;
    QList<TextAnchor> evidenceAnchors;
    for (const Partnership& partnership : *partnerships) {
        if (!hasEvidence(partnership))
            continue;
        evidenced.append(partnership);
        evidenceAnchors.append(partnership.evidence);
    }

    // A mention stays inside one paragraph; evidence may gain a break (a split inside it).
    Reanchorer::Options evidenceOptions;
    evidenceOptions.mayGainParagraphBreak = true;
    const ReanchorResult forMentions = Reanchorer().reanchor(oldText, newText, mentionAnchors);
    const ReanchorResult forEvidence =
        Reanchorer(evidenceOptions).reanchor(oldText, newText, evidenceAnchors);

    Writer writer(database, change, author);
    if (!writer.prepare())
        return writer.prepareError();
    for (int i = 0; i < mentions->size(); ++i) {
        if (auto written = writer.mention(mentions->at(i), forMentions.anchors.at(i)); !written)
            return written.error();
    }
    for (int i = 0; i < evidenced.size(); ++i) {
        if (auto written = writer.partnership(evidenced.at(i), forEvidence.anchors.at(i)); !written)
            return written.error();
    }

    ReanchorReport report;
    report.articleId = articleId;
    report.kept = forMentions.kept + forEvidence.kept;
    report.moved = forMentions.moved + forEvidence.moved;
    report.review = forMentions.review + forEvidence.review;
    return report;
}

Result<ReanchorReport> unchangedReport(Database& database, qint64 articleId) {
    QSqlQuery query(database.connection());
    query.prepare(u"SELECT (SELECT COUNT(*) FROM mention WHERE article_id = ? AND anchored <> 0)"
                  " + (SELECT COUNT(*) FROM partnership WHERE article_id = ? AND anchored <> 0"
                  "    AND evidence_end > evidence_start),"
                  " (SELECT COUNT(*) FROM mention WHERE article_id = ? AND anchored = 0)"
                  " + (SELECT COUNT(*) FROM partnership WHERE article_id = ? AND anchored = 0"
                  "    AND evidence_end > evidence_start)"_s);
    for (int i = 0; i < 4; ++i)
        query.addBindValue(articleId);
    if (!query.exec() || !query.next())
        return database.errorFrom(query, u"counting annotations"_s);
    ReanchorReport report;
    report.articleId = articleId;
    report.unchanged = true;
    report.kept = query.value(0).toInt();
    report.review = query.value(1).toInt();
    return report;
}

} // namespace AnnotationReanchoring
