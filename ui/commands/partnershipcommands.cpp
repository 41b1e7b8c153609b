#include "partnershipcommands.h"

#include "statelines.h"

#include "store/partnershipstore.h"
#include "store/rowstate.h"

#include <QCoreApplication>

namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("PartnershipCommands", text);
}
} // namespace

AddPartnershipCommand::AddPartnershipCommand(AnnotationContext* context,
                                             const Partnership& partnership)
    : StoreCommand(context, partnership.articleId,
                   tr("Record %1 – %2").arg(partnership.nameA, partnership.nameB))
    , m_partnership(partnership) {}

Result<void> AddPartnershipCommand::apply() {
    PartnershipStore store(database());
    auto stored =
        m_done ? store.restorePartnership(m_partnership) : store.addPartnership(m_partnership);
    if (!stored)
        return stored.error();
    m_partnership = *stored;
    m_done = true;
    return {};
}

Result<void> AddPartnershipCommand::revert() {
    auto removed = PartnershipStore(database()).removePartnership(m_partnership.id);
    if (!removed)
        return removed.error();
    m_partnership = *removed;
    return {};
}

RemovePartnershipCommand::RemovePartnershipCommand(AnnotationContext* context,
                                                   const Partnership& partnership)
    : StoreCommand(context, partnership.articleId,
                   tr("Remove %1 – %2").arg(partnership.nameA, partnership.nameB))
    , m_partnership(partnership) {}

Result<void> RemovePartnershipCommand::apply() {
    auto removed = PartnershipStore(database()).removePartnership(m_partnership.id);
    if (!removed)
        return removed.error();
    m_partnership = *removed;
    return {};
}

Result<void> RemovePartnershipCommand::revert() {
    auto restored = PartnershipStore(database()).restorePartnership(m_partnership);
    if (!restored)
        return restored.error();
    return {};
}

Result<QStringList> AddPartnershipCommand::ownedState() const {
    StateLines lines;
    lines.add(RowState(database()).partnership(m_partnership.id));
    return lines.result();
}

Result<QStringList> RemovePartnershipCommand::ownedState() const {
    const RowState rows(database());
    StateLines lines;
    lines.add(rows.partnership(m_partnership.id));
    lines.add(rows.articleText(m_partnership.articleId));
    return lines.result();
}
