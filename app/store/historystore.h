#pragma once

#include "util/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

class Database;
struct Mention;
struct Partnership;

// What happened to an annotation (schema v2, table annotation_history).
enum class HistoryEvent {
    Created,
    CompanyChanged,
    Moved,       // re-anchored elsewhere (found by quote or close match), or moved by hand
    Reanchored,  // kept: its text is unchanged, its offsets shifted with the text around it
    SetToReview, // re-anchoring found no trustworthy place; anchored = false
    Reattached,  // the user attached a needs-review annotation to a new span
    Deleted,
    Restored, // put back under its old id: an undone removal or a redone creation (schema v5)
};

struct HistoryEntry {
    qint64 id = 0;
    qint64 articleId = 0;
    qint64 mentionId = 0;     // 0: about a partnership
    qint64 partnershipId = 0; // 0: about a mention
    HistoryEvent event = HistoryEvent::Created;
    // The state after the event: start, end, quote, anchored, company (mentions) or a, b, kind,
    // status (partnerships), and for text changes "change" (what changed the text).
    QJsonObject detail;
    QString author;
    QDateTime at; // UTC
};

// The history of mentions and partnership evidence. record() writes one row and opens no
// transaction, so it joins the caller's: an annotation change and its history commit together.
// Rows outlive the annotation (a deleted mention keeps its history) but not its article.
class HistoryStore final {
public:
    explicit HistoryStore(Database& database)
        : m_db(database) {}

    Result<void> record(const HistoryEntry& entry);
    // Shorthands that fill article, id and detail from the annotation; `extra` adds to detail.
    Result<void> recordMention(HistoryEvent event, const Mention& mention, const QString& author,
                               const QJsonObject& extra = {});
    Result<void> recordPartnership(HistoryEvent event, const Partnership& partnership,
                                   const QString& author, const QJsonObject& extra = {});

    // Oldest first.
    Result<QList<HistoryEntry>> mentionHistory(qint64 mentionId) const;
    Result<QList<HistoryEntry>> partnershipHistory(qint64 partnershipId) const;
    Result<QList<HistoryEntry>> articleHistory(qint64 articleId) const;

    static QString eventName(HistoryEvent event); // "created", "company_changed", …
    // The event as the window shows it: "created", "company changed", … (translated).
    static QString eventLabel(HistoryEvent event);
    static std::optional<HistoryEvent> eventFromName(const QString& name);
    static QJsonObject detailOf(const Mention& mention);
    static QJsonObject detailOf(const Partnership& partnership);

private:
    Result<QList<HistoryEntry>> entries(const QString& where, qint64 id) const;

    Database& m_db;
};
