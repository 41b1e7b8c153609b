#pragma once

#include "annotate/annotation.h"
#include "storecommand.h"

#include <optional>

// Adds mentions (one, or all occurrences at once). Undo removes them, and the company too when
// this command created it; redo puts back the very same rows (same ids).
class AddMentionsCommand : public StoreCommand {
public:
    // `companyName` is found by name or alias, or created; `anchors` are spans of one article.
    AddMentionsCommand(AnnotationContext* context, qint64 articleId, const QString& companyName,
                       const QList<TextAnchor>& anchors);
    // Marks every unmarked occurrence of the company's names; articleId 0: in all articles.
    static AddMentionsCommand* markAll(AnnotationContext* context, qint64 articleId,
                                       qint64 companyId, const QString& companyName);

    const QList<Mention>& mentions() const { return m_mentions; }

protected:
    Result<void> apply() override;
    Result<void> revert() override;
    Result<QStringList> ownedState() const override;

private:
    AddMentionsCommand(AnnotationContext* context, qint64 articleId, const QString& text);

    QString m_companyName;
    QList<TextAnchor> m_anchors;
    qint64 m_markAllCompany = 0;
    bool m_done = false;
    std::optional<Company> m_createdCompany;
    QList<Mention> m_mentions;
};

class RemoveMentionCommand : public StoreCommand {
public:
    RemoveMentionCommand(AnnotationContext* context, const Mention& mention);

protected:
    Result<void> apply() override;
    Result<void> revert() override;
    Result<QStringList> ownedState() const override;

private:
    Mention m_mention;
};
