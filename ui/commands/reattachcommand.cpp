#include "reattachcommand.h"

#include "statelines.h"

#include "store/anchorreview.h"
#include "store/rowstate.h"

#include <QCoreApplication>

ReattachCommand::ReattachCommand(AnnotationContext* context, const Mention& mention,
                                 const TextAnchor& anchor)
    : StoreCommand(context, mention.articleId,
                   QCoreApplication::translate("ReattachCommand", "Re-attach “%1”")
                       .arg(mention.anchor.quote))
    , m_mentionId(mention.id)
    , m_before(mention.anchor)
    , m_requested(anchor) {}

ReattachCommand::ReattachCommand(AnnotationContext* context, const Partnership& partnership,
                                 const TextAnchor& anchor)
    : StoreCommand(
          context, partnership.articleId,
          QCoreApplication::translate("ReattachCommand", "Re-attach the evidence of %1 – %2")
              .arg(partnership.nameA, partnership.nameB))
    , m_partnershipId(partnership.id)
    , m_before(partnership.evidence)
    , m_requested(anchor) {}

Result<void> ReattachCommand::apply() {
    AnchorReview review(database());
    if (m_after)
        return review.putBack(m_mentionId, m_partnershipId, *m_after);
    if (m_mentionId > 0) {
        auto done = review.reattachMention(m_mentionId, m_requested);
        if (!done)
            return done.error();
        m_after = done->anchor;
    } else {
        auto done = review.reattachPartnershipEvidence(m_partnershipId, m_requested);
        if (!done)
            return done.error();
        m_after = done->evidence;
    }
    m_after->anchored = true;
    return {};
}

Result<void> ReattachCommand::revert() {
    return AnchorReview(database()).putBack(m_mentionId, m_partnershipId, m_before);
}

Result<QStringList> ReattachCommand::ownedState() const {
    const RowState rows(database());
    StateLines lines;
    lines.add(m_mentionId > 0 ? rows.mention(m_mentionId) : rows.partnership(m_partnershipId));
    return lines.result();
}
