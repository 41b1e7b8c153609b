#pragma once

#include "article/article.h"
#include "store/annotationreanchoring.h"
#include "util/result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class Database;

// Changes an article's clean text and re-anchors every mention and partnership evidence on it
// (Reanchorer), each change one transaction: the text, the removed pieces, the annotations and
// their history (HistoryStore: "reanchored", "moved", "set_to_review") commit together or not
// at all. Paragraph indexes count CleanArticle::paragraphs; offsets are UTF-16 in the clean text.
class ArticleTextEditor final {
public:
    explicit ArticleTextEditor(Database& database);
    void setAuthor(const QString& author) { m_author = author; }

    // Puts the removed piece at `index` (of the article's removed list) back where it stood.
    Result<ReanchorReport> restoreRemovedPiece(qint64 articleId, int index);
    // Takes paragraph `index` out of the text. It becomes a removed piece with the reason
    // "removed by hand", at the end of the removed list, that restoreRemovedPiece puts back.
    Result<ReanchorReport> removeParagraph(qint64 articleId, int index);
    // Splits the paragraph holding `offset` there: the spaces around it go, a '\n' comes in.
    // Errors: an offset outside the text, or at a paragraph's start or end (nothing to split).
    Result<ReanchorReport> splitParagraph(qint64 articleId, int offset);
    // Joins paragraph `index` with the next one, separated by one space.
    Result<ReanchorReport> joinParagraphs(qint64 articleId, int index);
    // Cleans the raw text again with the current ArticleCleaner: title, source, paragraphs and
    // removed pieces as it makes them now (hand edits of the text give way to them). Unchanged,
    // and nothing written, when the article's cleaner_version is ArticleCleaner::version and the
    // clean text would stay the same.
    Result<ReanchorReport> reclean(qint64 articleId);
    // The article's file was imported again, edited: `fresh` (as the importer makes it) brings
    // the new raw text, content hash, encoding, title, source and clean text. Error when another
    // article already has that content.
    Result<ReanchorReport> replaceRaw(qint64 articleId, const Article& fresh);
    // Any other edit: new paragraphs and removed pieces; `change` says what it was (history).
    Result<ReanchorReport> replaceParagraphs(qint64 articleId, const QStringList& paragraphs,
                                             const QList<RemovedPiece>& removed,
                                             const QString& change);

private:
    // The article as it should be after the change, or nullopt when nothing changes.
    using Edit = std::function<Result<std::optional<Article>>(const Article&)>;
    Result<ReanchorReport> apply(qint64 articleId, const QString& change, const Edit& edit);

    Database& m_db;
    QString m_author;
};
