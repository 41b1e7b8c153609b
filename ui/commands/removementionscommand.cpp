#include "removementionscommand.h"

#include "statelines.h"

#include "store/mentionstore.h"
#include "store/rowstate.h"

RemoveMentionsCommand::RemoveMentionsCommand(AnnotationContext* context, const QString& text,
                                             const QList<Mention>& mentions)
    : StoreCommand(context, mentions.isEmpty() ? 0 : mentions.first().articleId, text)
    , m_mentions(mentions) {}

Result<void> RemoveMentionsCommand::apply() {
    MentionStore store(database());
    for (Mention& mention : m_mentions) {
        auto removed = store.removeMention(mention.id);
        if (!removed)
            return removed.error(); // the step's transaction rolls back the ones before
        mention = *removed;         // with its note, to put back on undo
    }
    return {};
}

Result<void> RemoveMentionsCommand::revert() {
    MentionStore store(database());
    for (const Mention& mention : std::as_const(m_mentions)) {
        if (auto restored = store.restoreMention(mention); !restored)
            return restored.error();
    }
    return {};
}

Result<QStringList> RemoveMentionsCommand::ownedState() const {
    // Putting them back needs the text they were marked in.
    const RowState rows(database());
    StateLines lines;
    for (const Mention& mention : m_mentions)
        lines.add(rows.mention(mention.id));
    if (!m_mentions.isEmpty())
        lines.add(rows.articleText(m_mentions.first().articleId));
    return lines.result();
}
