#pragma once

#include "annotate/annotation.h"
#include "storecommand.h"

#include <optional>

// Attaches a mention or a partnership's evidence to a new span (most often one that waited for
// review after a text change). Undo puts the old anchor back exactly, review flag included.
class ReattachCommand : public StoreCommand {
public:
    ReattachCommand(AnnotationContext* context, const Mention& mention, const TextAnchor& anchor);
    ReattachCommand(AnnotationContext* context, const Partnership& partnership,
                    const TextAnchor& anchor);

protected:
    Result<void> apply() override;
    Result<void> revert() override;
    Result<QStringList> ownedState() const override;

private:
    qint64 m_mentionId = 0;
    qint64 m_partnershipId = 0;
    TextAnchor m_before;
    TextAnchor m_requested;
    std::optional<TextAnchor> m_after; // as stored by the first redo (fresh context and hash)
};
