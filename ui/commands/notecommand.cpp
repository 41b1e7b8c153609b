#include "notecommand.h"

#include "statelines.h"

#include "store/notestore.h"
#include "store/rowstate.h"

#include <QCoreApplication>

SetNoteCommand::SetNoteCommand(AnnotationContext* context, qint64 articleId, Target target,
                               qint64 targetId, const QString& oldBody, const QString& newBody)
    : StoreCommand(context, articleId, QCoreApplication::translate("SetNoteCommand", "Edit note"))
    , m_target(target)
    , m_targetId(targetId)
    , m_oldBody(oldBody)
    , m_newBody(newBody) {}

bool SetNoteCommand::mergeWith(const QUndoCommand* other) {
    const auto* next = static_cast<const SetNoteCommand*>(other);
    if (next->m_target != m_target || next->m_targetId != m_targetId)
        return false;
    m_newBody = next->m_newBody;
    takeRecordedStateOf(*next);
    return true;
}

Result<void> SetNoteCommand::apply() {
    return write(m_newBody);
}

Result<void> SetNoteCommand::revert() {
    return write(m_oldBody);
}

Result<void> SetNoteCommand::write(const QString& body) {
    NoteStore store(database());
    switch (m_target) {
    case Target::Article:
        return store.setArticleNote(m_targetId, body);
    case Target::Mention:
        return store.setMentionNote(m_targetId, body);
    case Target::Partnership:
        return store.setPartnershipNote(m_targetId, body);
    }
    return {};
}

Result<QStringList> SetNoteCommand::ownedState() const {
    StateLines lines;
    lines.add(RowState(database())
                  .note(articleId(), m_target == Target::Mention ? m_targetId : 0,
                        m_target == Target::Partnership ? m_targetId : 0));
    return lines.result();
}
