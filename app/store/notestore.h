#pragma once

#include "annotate/annotation.h"
#include "util/result.h"

#include <QList>
#include <QString>

class Database;

// Notes on an article, a mention or a partnership; an empty body deletes the note. Every write
// is one transaction; every error is a message a user can act on.
class NoteStore final {
public:
    explicit NoteStore(Database& database)
        : m_db(database) {}

    Result<QString> articleNote(qint64 articleId) const;
    Result<void> setArticleNote(qint64 articleId, const QString& body);
    Result<void> setMentionNote(qint64 mentionId, const QString& body);
    Result<void> setPartnershipNote(qint64 partnershipId, const QString& body);
    Result<QList<Note>> notes(qint64 articleId) const;

private:
    Database& m_db;
};
