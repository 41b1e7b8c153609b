#include "store/articletexteditor.h"

#include "annotate/annotation.h"
#include "clean/articlecleaner.h"
#include "store/articlestore.h"
#include "store/database.h"
#include "store/sqlvalue.h"

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

using SqlValue::text;

bool isBlank(QChar c) {
    return c != u'\n' && c.isSpace();
}

// True when a cut at `i` would separate a character from its other half or its marks.
bool cutsCharacter(const QString& text, int i) {
    if (i <= 0 || i >= text.size())
        return false;
    return (text.at(i).isLowSurrogate() && text.at(i - 1).isHighSurrogate()) || text.at(i).isMark();
}

Result<void> exec(Database& db, QSqlQuery& query, const QString& doing) {
    if (!query.exec())
        return db.errorFrom(query, doing);
    return {};
}

// Stores the article's text columns and its removed pieces as `article` has them.
Result<void> writeArticle(Database& db, const Article& article) {
    QSqlQuery query(db.connection());
    query.prepare(u"UPDATE article SET title = ?, source = ?, raw_text = ?, content_hash = ?,"
                  " encoding = ?, clean_text = ?, cleaner_version = ? WHERE id = ?"_s);
    for (const QVariant& value :
         {text(article.clean.title), text(article.clean.source), text(article.rawText),
          text(article.contentHash), text(article.encoding), text(article.clean.text()),
          QVariant(article.cleanerVersion), QVariant(article.id)})
        query.addBindValue(value);
    if (auto saved = exec(db, query, u"storing the article's new text"_s); !saved)
        return saved;
    query.prepare(u"DELETE FROM removed_piece WHERE article_id = ?"_s);
    query.addBindValue(article.id);
    if (auto cleared = exec(db, query, u"storing the removed pieces"_s); !cleared)
        return cleared;
    query.prepare(u"INSERT INTO removed_piece (article_id, ordinal, position, text, reason)"
                  " VALUES (?, ?, ?, ?, ?)"_s);
    for (int i = 0; i < article.clean.removed.size(); ++i) {
        const RemovedPiece& piece = article.clean.removed.at(i);
        for (const QVariant& value : {QVariant(article.id), QVariant(i), QVariant(piece.position),
                                      text(piece.text), text(piece.reason)})
            query.addBindValue(value);
        if (auto stored = exec(db, query, u"storing the removed pieces"_s); !stored)
            return stored;
    }
    return {};
}

// Moves the removed pieces that stood at or after `from` by `by` paragraphs.
void shiftPieces(QList<RemovedPiece>& pieces, int from, int by) {
    for (RemovedPiece& piece : pieces) {
        if (piece.position >= from)
            piece.position += by;
    }
}

Error noParagraph(const Article& article, int index) {
    return Error{u"Article %1 has no paragraph number %2 (it has %3)."_s.arg(article.id)
                     .arg(index)
                     .arg(article.clean.paragraphs.size())};
}

} // namespace

ArticleTextEditor::ArticleTextEditor(Database& database)
    : m_db(database)
    , m_author(Annotation::defaultAuthor()) {}

Result<ReanchorReport> ArticleTextEditor::apply(qint64 articleId, const QString& change,
                                                const Edit& edit) {
    ReanchorReport report;
    auto saved = m_db.transaction([&]() -> Result<void> {
        auto before = ArticleStore(m_db).article(articleId);
        if (!before)
            return before.error();
        auto after = edit(*before);
        if (!after)
            return after.error();
        if (!after->has_value()) {
            auto unchanged = AnnotationReanchoring::unchangedReport(m_db, articleId);
            if (!unchanged)
                return unchanged.error();
            report = *unchanged;
            return {};
        }
        const Article& next = **after;
        if (auto written = writeArticle(m_db, next); !written)
            return written;
        auto reanchored = AnnotationReanchoring::reanchorArticle(
            m_db, articleId, before->clean.text(), next.clean.text(), change, m_author);
        if (!reanchored)
            return reanchored.error();
        report = *reanchored;
        return {};
    });
    if (!saved)
        return saved.error();
    return report;
}

Result<ReanchorReport> ArticleTextEditor::restoreRemovedPiece(qint64 articleId, int index) {
    return apply(articleId, u"restored removed piece %1"_s.arg(index),
                 [&](const Article& article) -> Result<std::optional<Article>> {
                     Article next = article;
                     CleanArticle& clean = next.clean;
                     if (index < 0 || index >= clean.removed.size())
                         return Error{u"Article %1 has no removed piece number %2 (it has %3)."_s
                                          .arg(articleId)
                                          .arg(index)
                                          .arg(clean.removed.size())};
                     const RemovedPiece piece = clean.removed.takeAt(index);
                     const int position =
                         std::clamp(piece.position, 0, int(clean.paragraphs.size()));
                     clean.paragraphs.insert(position, piece.text);
                     shiftPieces(clean.removed, position, 1);
                     return std::optional(next);
                 });
}

Result<ReanchorReport> ArticleTextEditor::removeParagraph(qint64 articleId, int index) {
    return apply(articleId, u"removed paragraph %1 by hand"_s.arg(index),
                 [&](const Article& article) -> Result<std::optional<Article>> {
                     Article next = article;
                     CleanArticle& clean = next.clean;
                     if (index < 0 || index >= clean.paragraphs.size())
                         return noParagraph(article, index);
                     const QString paragraph = clean.paragraphs.takeAt(index);
                     shiftPieces(clean.removed, index + 1, -1);
                     clean.removed.append({paragraph, u"removed by hand"_s, index});
                     return std::optional(next);
                 });
}

Result<ReanchorReport> ArticleTextEditor::splitParagraph(qint64 articleId, int offset) {
    return apply(
        articleId, u"split a paragraph at %1"_s.arg(offset),
        [&](const Article& article) -> Result<std::optional<Article>> {
            Article next = article;
            QStringList& paragraphs = next.clean.paragraphs;
            int start = 0;
            for (int i = 0; i < paragraphs.size(); ++i) {
                const QString& paragraph = paragraphs.at(i);
                const int end = start + int(paragraph.size());
                if (offset < start || offset > end) {
                    start = end + 1;
                    continue;
                }
                int at = offset - start;
                while (cutsCharacter(paragraph, at))
                    --at;
                int leftEnd = at;
                while (leftEnd > 0 && isBlank(paragraph.at(leftEnd - 1)))
                    --leftEnd;
                int rightStart = at;
                while (rightStart < paragraph.size() && isBlank(paragraph.at(rightStart)))
                    ++rightStart;
                if (leftEnd == 0 || rightStart == paragraph.size())
                    return Error{u"Nothing to split at offset %1: it is at the start or end of "
                                 "paragraph %2."_s.arg(offset)
                                     .arg(i)};
                const QString right = paragraph.mid(rightStart);
                paragraphs[i] = paragraph.left(leftEnd);
                paragraphs.insert(i + 1, right);
                shiftPieces(next.clean.removed, i + 1, 1);
                return std::optional(next);
            }
            return Error{
                u"Offset %1 is outside the text of article %2 (it has %3 characters)."_s.arg(offset)
                    .arg(articleId)
                    .arg(article.clean.text().size())};
        });
}

Result<ReanchorReport> ArticleTextEditor::joinParagraphs(qint64 articleId, int index) {
    return apply(articleId, u"joined paragraphs %1 and %2"_s.arg(index).arg(index + 1),
                 [&](const Article& article) -> Result<std::optional<Article>> {
                     Article next = article;
                     QStringList& paragraphs = next.clean.paragraphs;
                     if (index < 0 || index + 1 >= paragraphs.size())
                         return index >= 0 && index < paragraphs.size()
                                    ? Error{u"Paragraph %1 is the last one of article %2; there "
                                            "is nothing to join it with."_s.arg(index)
                                                .arg(articleId)}
                                    : noParagraph(article, index);
                     paragraphs[index] += u' ' + paragraphs.takeAt(index + 1);
                     shiftPieces(next.clean.removed, index + 2, -1);
                     return std::optional(next);
                 });
}

Result<ReanchorReport> ArticleTextEditor::reclean(qint64 articleId) {
    return apply(articleId, u"cleaned again (cleaner version %1)"_s.arg(ArticleCleaner::version),
                 [&](const Article& article) -> Result<std::optional<Article>> {
                     const CleanArticle fresh = ArticleCleaner::clean(article.rawText);
                     if (article.cleanerVersion == ArticleCleaner::version &&
                         fresh.text() == article.clean.text())
                         return std::optional<Article>();
                     Article next = article;
                     next.clean = fresh;
                     next.cleanerVersion = ArticleCleaner::version;
                     return std::optional(next);
                 });
}

Result<ReanchorReport> ArticleTextEditor::replaceRaw(qint64 articleId, const Article& fresh) {
    return apply(articleId, u"imported again"_s,
                 [&](const Article& article) -> Result<std::optional<Article>> {
                     QSqlQuery query(m_db.connection());
                     query.prepare(u"SELECT id FROM article WHERE content_hash = ? AND id <> ?"_s);
                     query.addBindValue(text(fresh.contentHash));
                     query.addBindValue(articleId);
                     if (!query.exec())
                         return m_db.errorFrom(query, u"looking for duplicates"_s);
                     if (query.next())
                         return Error{u"Article %1 already has this content."_s.arg(
                             query.value(0).toLongLong())};
                     Article next = article;
                     next.rawText = fresh.rawText;
                     next.contentHash = fresh.contentHash;
                     next.encoding = fresh.encoding;
                     next.clean = fresh.clean;
                     next.cleanerVersion = fresh.cleanerVersion;
                     return std::optional(next);
                 });
}

Result<ReanchorReport> ArticleTextEditor::replaceParagraphs(qint64 articleId,
                                                            const QStringList& paragraphs,
                                                            const QList<RemovedPiece>& removed,
                                                            const QString& change) {
    return apply(articleId, change, [&](const Article& article) -> Result<std::optional<Article>> {
        Article next = article;
        next.clean.paragraphs = paragraphs;
        next.clean.removed = removed;
        return std::optional(next);
    });
}
