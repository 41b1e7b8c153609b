#include "changementioncompanycommand.h"

#include "statelines.h"

#include "store/companystore.h"
#include "store/mentionstore.h"
#include "store/rowstate.h"

#include <QCoreApplication>

namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("ChangeMentionCompanyCommand", text);
}
} // namespace

ChangeMentionCompanyCommand::ChangeMentionCompanyCommand(AnnotationContext* context,
                                                         const Mention& mention,
                                                         const QString& companyName)
    : StoreCommand(context, mention.articleId,
                   tr("Change “%1” from %2 to %3")
                       .arg(mention.anchor.quote, mention.companyName, companyName))
    , m_mention(mention)
    , m_companyName(companyName) {}

Result<void> ChangeMentionCompanyCommand::apply() {
    CompanyStore companies(database());
    if (m_createdCompany) {
        // Redo after undo: the same company again, so later commands that name it still work.
        if (auto restored = companies.restoreCompany(*m_createdCompany); !restored)
            return restored.error();
    } else if (m_newCompanyId == 0) {
        auto existing = companies.findCompany(m_companyName);
        if (!existing)
            return existing.error();
        if (existing->has_value()) {
            m_newCompanyId = (*existing)->id;
        } else {
            auto created = companies.createCompany(m_companyName);
            if (!created)
                return created.error();
            m_createdCompany = *created;
            m_newCompanyId = created->id;
        }
    }
    return MentionStore(database()).setMentionCompany(m_mention.id, m_newCompanyId);
}

Result<void> ChangeMentionCompanyCommand::revert() {
    if (auto back = MentionStore(database()).setMentionCompany(m_mention.id, m_mention.companyId);
        !back)
        return back;
    if (m_createdCompany) {
        if (auto removed = CompanyStore(database()).deleteCompany(m_createdCompany->id); !removed)
            return removed;
    }
    return {};
}

Result<QStringList> ChangeMentionCompanyCommand::ownedState() const {
    const RowState rows(database());
    StateLines lines;
    lines.add(rows.mention(m_mention.id)); // names its company: a change elsewhere shows
    if (m_createdCompany)
        lines.add(rows.company(m_createdCompany->id));
    return lines.result();
}
