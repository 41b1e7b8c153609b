#include "mentioncommands.h"

#include "statelines.h"

#include "store/companystore.h"
#include "store/mentionstore.h"
#include "store/rowstate.h"

#include <QCoreApplication>

namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("MentionCommands", text);
}
} // namespace

AddMentionsCommand::AddMentionsCommand(AnnotationContext* context, qint64 articleId,
                                       const QString& text)
    : StoreCommand(context, articleId, text) {}

AddMentionsCommand::AddMentionsCommand(AnnotationContext* context, qint64 articleId,
                                       const QString& companyName, const QList<TextAnchor>& anchors)
    : StoreCommand(context, articleId,
                   anchors.size() == 1
                       ? tr("Mark “%1” as %2").arg(anchors.first().quote, companyName)
                       : tr("Mark %1 mentions of %2").arg(anchors.size()).arg(companyName))
    , m_companyName(companyName)
    , m_anchors(anchors) {}

AddMentionsCommand* AddMentionsCommand::markAll(AnnotationContext* context, qint64 articleId,
                                                qint64 companyId, const QString& companyName) {
    auto* command = new AddMentionsCommand(
        context, articleId,
        articleId > 0 ? tr("Mark all occurrences of %1").arg(companyName)
                      : tr("Mark all occurrences of %1 in all articles").arg(companyName));
    command->m_companyName = companyName;
    command->m_markAllCompany = companyId;
    return command;
}

Result<void> AddMentionsCommand::apply() {
    CompanyStore companies(database());
    MentionStore mentions(database());
    if (m_done) {
        // Redo after undo: the same rows again, so later commands that name them still work.
        if (m_createdCompany) {
            if (auto restored = companies.restoreCompany(*m_createdCompany); !restored)
                return restored.error();
        }
        for (const Mention& mention : std::as_const(m_mentions)) {
            if (auto restored = mentions.restoreMention(mention); !restored)
                return restored.error();
        }
        return {};
    }
    m_done = true;
    if (m_markAllCompany > 0) {
        auto added = mentions.markAllOccurrences(m_markAllCompany, articleId());
        if (!added)
            return added.error();
        m_mentions = *added;
        return {};
    }
    auto existing = companies.findCompany(m_companyName);
    if (!existing)
        return existing.error();
    auto company = existing->has_value() ? Result<Company>(**existing)
                                         : companies.createCompany(m_companyName);
    if (!company)
        return company.error();
    if (!existing->has_value())
        m_createdCompany = *company;
    for (const TextAnchor& anchor : std::as_const(m_anchors)) {
        auto mention = mentions.addMention(articleId(), company->id, anchor);
        if (!mention) {
            // All or nothing: a half-applied command would not undo cleanly.
            static_cast<void>(revert());
            return mention.error();
        }
        m_mentions.append(*mention);
    }
    return {};
}

Result<void> AddMentionsCommand::revert() {
    CompanyStore companies(database());
    MentionStore mentions(database());
    for (auto it = m_mentions.crbegin(); it != m_mentions.crend(); ++it) {
        if (auto removed = mentions.removeMention(it->id); !removed)
            return removed.error();
    }
    if (m_createdCompany) {
        if (auto removed = companies.deleteCompany(m_createdCompany->id); !removed)
            return removed.error();
    }
    return {};
}

RemoveMentionCommand::RemoveMentionCommand(AnnotationContext* context, const Mention& mention)
    : StoreCommand(context, mention.articleId,
                   tr("Remove the mention “%1”").arg(mention.anchor.quote))
    , m_mention(mention) {}

Result<void> RemoveMentionCommand::apply() {
    auto removed = MentionStore(database()).removeMention(m_mention.id);
    if (!removed)
        return removed.error();
    m_mention = *removed; // with its note, to put back on undo
    return {};
}

Result<void> RemoveMentionCommand::revert() {
    auto restored = MentionStore(database()).restoreMention(m_mention);
    if (!restored)
        return restored.error();
    return {};
}

Result<QStringList> AddMentionsCommand::ownedState() const {
    const RowState rows(database());
    StateLines lines;
    for (const Mention& mention : m_mentions)
        lines.add(rows.mention(mention.id));
    if (m_createdCompany)
        lines.add(rows.company(m_createdCompany->id));
    return lines.result();
}

Result<QStringList> RemoveMentionCommand::ownedState() const {
    // Putting it back needs the text it was marked in.
    const RowState rows(database());
    StateLines lines;
    lines.add(rows.mention(m_mention.id));
    lines.add(rows.articleText(m_mention.articleId));
    return lines.result();
}
