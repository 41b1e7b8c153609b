#pragma once

#include "store/companystore.h"
#include "storecommand.h"

class RenameCompanyCommand : public StoreCommand {
public:
    RenameCompanyCommand(AnnotationContext* context, const Company& company,
                         const QString& newName);

protected:
    Result<void> apply() override;
    Result<void> revert() override;
    Result<QStringList> ownedState() const override;

private:
    Company m_before; // name and aliases before the rename
    QString m_newName;
};

class SetAliasesCommand : public StoreCommand {
public:
    SetAliasesCommand(AnnotationContext* context, const Company& company,
                      const QStringList& aliases);

protected:
    Result<void> apply() override;
    Result<void> revert() override;
    Result<QStringList> ownedState() const override;

private:
    qint64 m_companyId;
    QStringList m_oldAliases;
    QStringList m_newAliases;
};

// Merges one company into another: all its mentions and partnerships follow, its names become
// aliases. Undo restores both companies exactly as they were.
class MergeCompaniesCommand : public StoreCommand {
public:
    MergeCompaniesCommand(AnnotationContext* context, const Company& keep, const Company& remove);

protected:
    Result<void> apply() override;
    Result<void> revert() override;
    Result<QStringList> ownedState() const override;

private:
    qint64 m_keepId;
    qint64 m_removeId;
    CompanyMerge m_merge;
};
