#pragma once

#include "annotate/annotation.h"
#include "store/companystore.h"
#include "util/result.h"

#include <QList>
#include <QStringList>

#include <optional>

class Database;

// Companies, mentions, partnerships and notes. Every write is one transaction; every error is
// a message a user can act on. Deleting returns what was deleted and restore* puts it back with
// the same id, which is what undo needs.
class AnnotationStore final {
public:
    explicit AnnotationStore(Database& database);

    // --- companies
    Result<QList<Company>> companies() const; // by name, with aliases
    Result<Company> company(qint64 id) const;
    Result<std::optional<Company>> findCompany(const QString& nameOrAlias) const; // no case
    Result<Company> createCompany(const QString& name); // error if the name is taken
    // Finds, or creates (setting *created), in one write transaction: two programs ensuring
    // the same new name at once get the same company, and each knows whether it made it.
    Result<Company> ensureCompany(const QString& nameOrAlias, bool* created = nullptr);
    Result<Company> restoreCompany(const Company& company); // same id, colour, aliases
    Result<void> deleteCompany(qint64 id);                  // only when nothing refers to it
    // The old name stays as an alias so articles that use it still find the company.
    Result<void> renameCompany(qint64 id, const QString& newName);
    Result<void> setAliases(qint64 id, const QStringList& aliases);
    Result<CompanyMerge> mergeCompanies(qint64 keepId, qint64 removeId);
    Result<void> undoMerge(const CompanyMerge& merge);
    Result<QList<CompanyStats>> companyStats() const;
    Result<QList<qint64>> articlesOfCompany(qint64 companyId) const;

    // --- mentions
    // Checks the anchor against the article's clean text (inside it, quote matches, not empty).
    Result<Mention> addMention(qint64 articleId, qint64 companyId, const TextAnchor& anchor);
    Result<Mention> restoreMention(const Mention& mention);  // with its id and note
    Result<Mention> removeMention(qint64 id);                // the removed mention, with its note
    Result<QList<Mention>> mentions(qint64 articleId) const; // in text order
    Result<void> setMentionCompany(qint64 mentionId, qint64 companyId);
    // Marks every whole-word occurrence of the company's name and aliases that no mention
    // covers yet; in one article, or (articleId == 0) in all articles. Returns what it added.
    Result<QList<Mention>> markAllOccurrences(qint64 companyId, qint64 articleId);

    // --- partnerships
    // Errors: the same company twice; a company or article that does not exist; an evidence
    // span that does not match the text.
    Result<Partnership> addPartnership(const Partnership& partnership);
    Result<Partnership> restorePartnership(const Partnership& partnership);
    Result<Partnership> removePartnership(qint64 id);
    Result<void> updatePartnership(qint64 id, const QString& kind, const QString& status);
    Result<Partnership> partnership(qint64 id) const;
    Result<QList<Partnership>> partnerships(qint64 articleId) const;
    // Across the corpus, grouped by pair and kind; companyId != 0 keeps pairs with that company.
    Result<QList<PartnershipSummary>> partnershipSummaries(qint64 companyId = 0) const;
    Result<QStringList> partnershipKinds() const;
    Result<void> setPartnershipKinds(const QStringList& kinds); // the editable list

    // --- notes (an empty body deletes the note)
    Result<QString> articleNote(qint64 articleId) const;
    Result<void> setArticleNote(qint64 articleId, const QString& body);
    Result<void> setMentionNote(qint64 mentionId, const QString& body);
    Result<void> setPartnershipNote(qint64 partnershipId, const QString& body);
    Result<QList<Note>> notes(qint64 articleId) const;

    void setAuthor(const QString& author) { m_author = author; }

private:
    Database& m_db;
    QString m_author;
};
