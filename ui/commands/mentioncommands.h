#pragma once

#include "annotate/annotation.h"
#include "store/occurrencemarker.h"
#include "storecommand.h"

#include <optional>

// Adds mentions (one, or all occurrences at once). Undo removes them, and the company too when
// this command created it; redo puts back the very same rows (same ids). A thousand at a time
// are written in one batch each way, so undo and redo of marking everything stay quick.
class AddMentionsCommand : public StoreCommand {
public:
    // `companyName` is found by name or alias, or created; `anchors` are spans of one article.
    AddMentionsCommand(AnnotationContext* context, qint64 articleId, const QString& companyName,
                       const QList<TextAnchor>& anchors);
    // Stores the occurrences OccurrenceMarker::find() found (in one article or in all).
    AddMentionsCommand(AnnotationContext* context, const FoundOccurrences& found);

    const QList<Mention>& mentions() const { return m_mentions; }

protected:
    Result<void> apply() override;
    Result<void> revert() override;
    Result<QStringList> ownedState() const override;

private:
    QString m_companyName;
    QList<TextAnchor> m_anchors;
    std::optional<FoundOccurrences> m_found;
    bool m_done = false;
    std::optional<Company> m_createdCompany;
    QList<Mention> m_mentions;
};

class RemoveMentionCommand : public StoreCommand {
public:
    RemoveMentionCommand(AnnotationContext* context, const Mention& mention);

protected:
    Result<void> apply() override;
    Result<void> revert() override;
    Result<QStringList> ownedState() const override;

private:
    Mention m_mention;
};
