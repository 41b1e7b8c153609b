#include "companycommands.h"

#include "statelines.h"

#include "store/rowstate.h"

#include <QCoreApplication>

namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("CompanyCommands", text);
}
} // namespace

RenameCompanyCommand::RenameCompanyCommand(AnnotationContext* context, const Company& company,
                                           const QString& newName)
    : StoreCommand(context, 0, tr("Rename %1 to %2").arg(company.name, newName))
    , m_before(company)
    , m_newName(newName) {}

Result<void> RenameCompanyCommand::apply() {
    return CompanyStore(database()).renameCompany(m_before.id, m_newName);
}

Result<void> RenameCompanyCommand::revert() {
    CompanyStore store(database());
    // Renaming back would keep the new name as an alias; the alias list is restored as it was.
    if (auto renamed = store.renameCompany(m_before.id, m_before.name); !renamed)
        return renamed;
    return store.setAliases(m_before.id, m_before.aliases);
}

SetAliasesCommand::SetAliasesCommand(AnnotationContext* context, const Company& company,
                                     const QStringList& aliases)
    : StoreCommand(context, 0, tr("Edit the names of %1").arg(company.name))
    , m_companyId(company.id)
    , m_oldAliases(company.aliases)
    , m_newAliases(aliases) {}

Result<void> SetAliasesCommand::apply() {
    return CompanyStore(database()).setAliases(m_companyId, m_newAliases);
}

Result<void> SetAliasesCommand::revert() {
    return CompanyStore(database()).setAliases(m_companyId, m_oldAliases);
}

MergeCompaniesCommand::MergeCompaniesCommand(AnnotationContext* context, const Company& keep,
                                             const Company& remove)
    : StoreCommand(context, 0, tr("Merge %1 into %2").arg(remove.name, keep.name))
    , m_keepId(keep.id)
    , m_removeId(remove.id) {}

Result<void> MergeCompaniesCommand::apply() {
    auto merged = CompanyStore(database()).mergeCompanies(m_keepId, m_removeId);
    if (!merged)
        return merged.error();
    m_merge = *merged;
    return {};
}

Result<void> MergeCompaniesCommand::revert() {
    return CompanyStore(database()).undoMerge(m_merge);
}

Result<QStringList> RenameCompanyCommand::ownedState() const {
    StateLines lines;
    lines.add(RowState(database()).company(m_before.id));
    return lines.result();
}

Result<QStringList> SetAliasesCommand::ownedState() const {
    StateLines lines;
    lines.add(RowState(database()).company(m_companyId));
    return lines.result();
}

Result<QStringList> MergeCompaniesCommand::ownedState() const {
    const RowState rows(database());
    StateLines lines;
    lines.add(rows.company(m_keepId));
    lines.add(rows.company(m_removeId));
    return lines.result();
}
