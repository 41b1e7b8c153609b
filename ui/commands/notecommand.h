#pragma once

#include "storecommand.h"

// Sets the note of an article, a mention or a partnership. Typing in a note merges into one
// command, so one undo takes back one editing session rather than one key.
class SetNoteCommand : public StoreCommand {
public:
    enum class Target { Article, Mention, Partnership };

    SetNoteCommand(AnnotationContext* context, qint64 articleId, Target target, qint64 targetId,
                   const QString& oldBody, const QString& newBody);

    int id() const override { return 0x4e6f7465; } // 'Note'
    bool mergeWith(const QUndoCommand* other) override;

protected:
    Result<void> apply() override;
    Result<void> revert() override;
    Result<QStringList> ownedState() const override;

private:
    Result<void> write(const QString& body);

    Target m_target;
    qint64 m_targetId;
    QString m_oldBody;
    QString m_newBody;
};
