#pragma once

#include "annotate/annotation.h"
#include "util/result.h"

#include <QList>

class Database;

// Mentions of companies in articles. Every write is one transaction; every error is a message a
// user can act on. removeMention returns what it removed and restoreMention puts it back with
// the same id, which is what undo needs.
class MentionStore final {
public:
    explicit MentionStore(Database& database);

    // Checks the anchor against the article's clean text (inside it, quote matches, not empty).
    Result<Mention> addMention(qint64 articleId, qint64 companyId, const TextAnchor& anchor);
    Result<Mention> restoreMention(const Mention& mention); // with its id and note
    Result<Mention> removeMention(qint64 id);               // the removed mention, with its note
    // Many at once, in one transaction, each article and company read once: the undo and redo
    // of marking a thousand occurrences. All or nothing.
    Result<QList<Mention>> restoreMentions(const QList<Mention>& mentions);
    Result<QList<Mention>> removeMentions(const QList<qint64>& ids);
    Result<QList<Mention>> mentions(qint64 articleId) const; // in text order
    Result<void> setMentionCompany(qint64 mentionId, qint64 companyId);
    // Marks every whole-word occurrence of the company's name and aliases that no mention
    // covers yet; in one article, or (articleId == 0) in all articles. Returns what it added.
    Result<QList<Mention>> markAllOccurrences(qint64 companyId, qint64 articleId);

    void setAuthor(const QString& author) { m_author = author; }

private:
    Database& m_db;
    QString m_author;
};
