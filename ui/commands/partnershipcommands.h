#pragma once

#include "annotate/annotation.h"
#include "storecommand.h"

class AddPartnershipCommand : public StoreCommand {
public:
    AddPartnershipCommand(AnnotationContext* context, const Partnership& partnership);
    const Partnership& partnership() const { return m_partnership; }

protected:
    Result<void> apply() override;
    Result<void> revert() override;
    Result<QStringList> ownedState() const override;

private:
    Partnership m_partnership;
    bool m_done = false;
};

class RemovePartnershipCommand : public StoreCommand {
public:
    RemovePartnershipCommand(AnnotationContext* context, const Partnership& partnership);

protected:
    Result<void> apply() override;
    Result<void> revert() override;
    Result<QStringList> ownedState() const override;

private:
    Partnership m_partnership;
};
