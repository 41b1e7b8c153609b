#pragma once

#include "article/cleanarticle.h"
#include "storecommand.h"

#include <functional>

struct ReanchorReport;

// A change of an article's clean text (restore or remove a piece, split or join paragraphs,
// re-clean), with its annotations re-anchored. The first redo runs the change itself; undo and
// later redos put back the paragraphs and removed pieces as they were, re-anchoring again.
class TextChangeCommand : public StoreCommand {
public:
    using Change = std::function<Result<ReanchorReport>(Database&)>;

    TextChangeCommand(AnnotationContext* context, qint64 articleId, const QString& text,
                      Change change);

    // What re-anchoring did the last time this command ran (kept, moved, review).
    QString reportText() const { return m_report; }

protected:
    Result<void> apply() override;
    Result<void> revert() override;
    Result<QStringList> ownedState() const override;

private:
    Result<void> writeState(const CleanArticle& state, const QString& change);

    Change m_change;
    bool m_done = false;
    CleanArticle m_before;
    CleanArticle m_after;
    QString m_report;
};
