#pragma once

#include "annotate/annotation.h"
#include "util/result.h"

#include <QList>
#include <QStringList>

class Database;

// Partnerships between two companies that an article tells of, and the editable list of their
// kinds. Every write is one transaction; every error is a message a user can act on.
// removePartnership returns what it removed and restorePartnership puts it back with the same
// id, which is what undo needs.
class PartnershipStore final {
public:
    explicit PartnershipStore(Database& database);

    // Errors: the same company twice; a company or article that does not exist; an evidence
    // span that does not match the text.
    Result<Partnership> addPartnership(const Partnership& partnership);
    Result<Partnership> restorePartnership(const Partnership& partnership);
    Result<Partnership> removePartnership(qint64 id);
    Result<void> updatePartnership(qint64 id, const QString& kind, const QString& status);
    Result<Partnership> partnership(qint64 id) const;
    Result<QList<Partnership>> partnerships(qint64 articleId) const;
    Result<QStringList> partnershipKinds() const;
    Result<void> setPartnershipKinds(const QStringList& kinds); // the editable list

    void setAuthor(const QString& author) { m_author = author; }

private:
    Database& m_db;
    QString m_author;
};
