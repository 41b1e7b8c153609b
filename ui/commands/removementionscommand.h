#pragma once

#include "annotate/annotation.h"
#include "storecommand.h"

// Removes several mentions of one article at once ("Remove all mentions of Leica in this
// article"): one transaction and one repaint however many there are, where a macro of single
// removals would re-read the article after each. Undo puts them all back with their ids and
// notes.
class RemoveMentionsCommand : public StoreCommand {
public:
    RemoveMentionsCommand(AnnotationContext* context, const QString& text,
                          const QList<Mention>& mentions);

protected:
    Result<void> apply() override;
    Result<void> revert() override;
    Result<QStringList> ownedState() const override;

private:
    QList<Mention> m_mentions;
};
