#pragma once

#include "annotate/annotation.h"
#include "storecommand.h"

#include <optional>

// Says that a mention names another company ("Leica" in the text means Leica Camera AG, not
// Leica Microsystems). The mention keeps its place, note and history; the change is recorded in
// its history. `companyName` is found by name or alias, or created; undo puts the old company
// back and removes a company this command created.
class ChangeMentionCompanyCommand : public StoreCommand {
public:
    ChangeMentionCompanyCommand(AnnotationContext* context, const Mention& mention,
                                const QString& companyName);

protected:
    Result<void> apply() override;
    Result<void> revert() override;
    Result<QStringList> ownedState() const override;

private:
    Mention m_mention; // as it was: its company is the one undo puts back
    QString m_companyName;
    qint64 m_newCompanyId = 0;
    std::optional<Company> m_createdCompany;
};
