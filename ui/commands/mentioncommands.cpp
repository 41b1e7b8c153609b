#include "mentioncommands.h"

#include "statelines.h"

#include "store/companystore.h"
#include "store/mentionstore.h"
#include "store/rowstate.h"

#include <QCoreApplication>
#include <QLocale>

namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("MentionCommands", text);
}
} // namespace

AddMentionsCommand::AddMentionsCommand(AnnotationContext* context, qint64 articleId,
                                       const QString& companyName, const QList<TextAnchor>& anchors)
    : StoreCommand(context, articleId,
                   anchors.size() == 1
                       ? tr("Mark “%1” as %2").arg(anchors.first().quote, companyName)
                       : tr("Mark %1 mentions of %2").arg(anchors.size()).arg(companyName))
    , m_companyName(companyName)
    , m_anchors(anchors) {}

AddMentionsCommand::AddMentionsCommand(AnnotationContext* context, const FoundOccurrences& found)
    : StoreCommand(
          context, found.articleId,
          (found.articleId > 0
               ? (found.mentions.size() == 1 ? tr("Mark %1 occurrence of %2")
                                             : tr("Mark %1 occurrences of %2"))
               : (found.mentions.size() == 1 ? tr("Mark %1 occurrence of %2 in all articles")
                                             : tr("Mark %1 occurrences of %2 in all articles")))
              .arg(QLocale().toString(found.mentions.size()), found.company.name))
    , m_companyName(found.company.name)
    , m_found(found) {}

Result<void> AddMentionsCommand::apply() {
    CompanyStore companies(database());
    MentionStore mentions(database());
    if (m_done) {
        // Redo after undo: the same rows again, so later commands that name them still work.
        if (m_createdCompany) {
            if (auto restored = companies.restoreCompany(*m_createdCompany); !restored)
                return restored.error();
        }
        if (auto restored = mentions.restoreMentions(m_mentions); !restored)
            return restored.error();
        return {};
    }
    m_done = true;
    if (m_found) {
        auto added = OccurrenceMarker(database()).store(*m_found);
        if (!added)
            return added.error();
        m_mentions = *added;
        m_found.reset(); // the found texts are not needed again
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
    QList<qint64> ids;
    for (auto it = m_mentions.crbegin(); it != m_mentions.crend(); ++it)
        ids.append(it->id);
    if (auto removed = mentions.removeMentions(ids); !removed)
        return removed.error();
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
