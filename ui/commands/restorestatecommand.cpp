#include "restorestatecommand.h"

#include "statelines.h"

#include "store/anchorreview.h"
#include "store/articlestore.h"
#include "store/historystore.h"
#include "store/mentionstore.h"
#include "store/partnershipstore.h"
#include "store/rowstate.h"

#include <QCoreApplication>

namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("RestoreStateCommand", text);
}

// The anchor a history state names, checked against the article's text as it is now.
Result<TextAnchor> anchorIn(Database& db, qint64 articleId, const QJsonObject& state) {
    auto article = ArticleStore(db).article(articleId);
    if (!article)
        return article.error();
    TextAnchor anchor;
    anchor.start = state.value(QStringLiteral("start")).toInt();
    anchor.end = state.value(QStringLiteral("end")).toInt();
    anchor.quote = state.value(QStringLiteral("quote")).toString();
    if (article->clean.text().mid(anchor.start, anchor.length()) != anchor.quote)
        return Error{tr("That earlier place no longer reads “%1”: the text has changed since; "
                        "select the text and re-attach instead.")
                         .arg(anchor.quote)};
    return anchor;
}
} // namespace

RestoreStateCommand::RestoreStateCommand(AnnotationContext* context, const Mention& current,
                                         const QJsonObject& state)
    : StoreCommand(context, current.articleId, tr("Restore an earlier state of a mention"))
    , m_mentionId(current.id)
    , m_before(HistoryStore::detailOf(current))
    , m_state(state) {}

RestoreStateCommand::RestoreStateCommand(AnnotationContext* context, const Partnership& current,
                                         const QJsonObject& state)
    : StoreCommand(context, current.articleId, tr("Restore an earlier state of a partnership"))
    , m_partnershipId(current.id)
    , m_before(HistoryStore::detailOf(current))
    , m_state(state) {}

Result<void> RestoreStateCommand::apply() {
    return write(m_state);
}

Result<void> RestoreStateCommand::revert() {
    return write(m_before);
}

Result<void> RestoreStateCommand::write(const QJsonObject& state) {
    const bool placed =
        state.value(QStringLiteral("anchored")).toBool(true) &&
        state.value(QStringLiteral("end")).toInt() > state.value(QStringLiteral("start")).toInt();
    if (m_mentionId > 0) {
        const qint64 company = state.value(QStringLiteral("company_id")).toInteger();
        if (company > 0) {
            if (auto changed = MentionStore(database()).setMentionCompany(m_mentionId, company);
                !changed)
                return changed;
        }
        if (!placed)
            return {};
        auto anchor = anchorIn(database(), articleId(), state);
        if (!anchor)
            return anchor.error();
        auto done = AnchorReview(database()).reattachMention(m_mentionId, *anchor);
        return done ? Result<void>() : Result<void>(done.error());
    }
    if (auto updated =
            PartnershipStore(database())
                .updatePartnership(m_partnershipId, state.value(QStringLiteral("kind")).toString(),
                                   state.value(QStringLiteral("status")).toString());
        !updated)
        return updated;
    if (!placed)
        return {};
    auto anchor = anchorIn(database(), articleId(), state);
    if (!anchor)
        return anchor.error();
    auto done = AnchorReview(database()).reattachPartnershipEvidence(m_partnershipId, *anchor);
    return done ? Result<void>() : Result<void>(done.error());
}

Result<QStringList> RestoreStateCommand::ownedState() const {
    const RowState rows(database());
    StateLines lines;
    lines.add(m_mentionId > 0 ? rows.mention(m_mentionId) : rows.partnership(m_partnershipId));
    return lines.result();
}
