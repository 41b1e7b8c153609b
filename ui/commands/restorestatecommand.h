#pragma once

#include "annotate/annotation.h"
#include "storecommand.h"

#include <QJsonObject>

// Puts a mention or a partnership back into a state from its history: its place in the text
// (when the text there still reads the same), its company, or kind and status. Undo returns to
// the state before.
class RestoreStateCommand : public StoreCommand {
public:
    RestoreStateCommand(AnnotationContext* context, const Mention& current,
                        const QJsonObject& state);
    RestoreStateCommand(AnnotationContext* context, const Partnership& current,
                        const QJsonObject& state);

protected:
    Result<void> apply() override;
    Result<void> revert() override;
    Result<QStringList> ownedState() const override;

private:
    Result<void> write(const QJsonObject& state);

    qint64 m_mentionId = 0;
    qint64 m_partnershipId = 0;
    QJsonObject m_before;
    QJsonObject m_state;
};
