#pragma once

#include "util/result.h"

#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>

class Database;

// What a stored row looks like now, as one line a person can read ("mention 12 “Leica” of
// company 3 in article 1" or "mention 12: none"). Undo commands record the lines of the rows
// they own after each step and compare them before the next one, inside the same transaction:
// when another program changed or deleted one of them in between, the undo is refused instead
// of being applied to something it no longer describes. Offsets are left out on purpose: the
// window's own text changes move annotations and put them back on undo, and that is no
// conflict; a different row with a reused id is caught by its creation time.
class RowState final {
public:
    explicit RowState(Database& database)
        : m_db(database) {}

    Result<QString> mention(qint64 id) const;
    Result<QString> partnership(qint64 id) const;
    Result<QString> company(qint64 id) const;            // name and aliases
    Result<QString> articleText(qint64 articleId) const; // clean text and removed pieces
    // The note on an article (mentionId and partnershipId 0), a mention or a partnership.
    Result<QString> note(qint64 articleId, qint64 mentionId, qint64 partnershipId) const;

    // Everything the window shows of one article, condensed: its text (by its revision), and the
    // mentions, partnerships, notes and company names on it. Equal lines mean nothing to re-read;
    // one aggregate query is far cheaper than re-reading 5,000 mentions on every outside change.
    // None when the article is gone.
    Result<std::optional<QString>> articleAnnotations(qint64 articleId) const;

    // The first line of `before` that `now` no longer has, for the message; empty when equal.
    static QString firstDifference(const QStringList& before, const QStringList& now);

private:
    // Binds `id`, then `moreValues`; "what id: none" when there is no row.
    Result<QString> line(const QString& what, qint64 id, const QString& sql,
                         const QVariantList& moreValues = {}) const;
    static QString noneLine(const QString& what, qint64 id);
    QString joined(QStringView expression, QStringView separator) const; // the dialect's

    Database& m_db;
};
