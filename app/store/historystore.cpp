#include "store/historystore.h"

#include "annotate/annotation.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {

struct EventName {
    HistoryEvent event;
    const char16_t* name;
};

constexpr EventName eventNames[] = {
    {HistoryEvent::Created, u"created"},
    {HistoryEvent::CompanyChanged, u"company_changed"},
    {HistoryEvent::Moved, u"moved"},
    {HistoryEvent::Reanchored, u"reanchored"},
    {HistoryEvent::SetToReview, u"set_to_review"},
    {HistoryEvent::Reattached, u"reattached"},
    {HistoryEvent::Deleted, u"deleted"},
    {HistoryEvent::Restored, u"restored"},
};

QJsonObject anchorDetail(const TextAnchor& anchor) {
    return {{u"start"_s, anchor.start},
            {u"end"_s, anchor.end},
            {u"quote"_s, anchor.quote},
            {u"anchored"_s, anchor.anchored}};
}

QJsonObject merged(QJsonObject detail, const QJsonObject& extra) {
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
        detail.insert(it.key(), it.value());
    return detail;
}

QVariant idOrNull(qint64 id) {
    return id > 0 ? QVariant(id) : QVariant();
}

} // namespace

Result<void> HistoryStore::record(const HistoryEntry& entry) {
    const QDateTime at = entry.at.isValid() ? entry.at : QDateTime::currentDateTimeUtc();
    QSqlQuery query(m_db.connection());
    query.prepare(u"INSERT INTO annotation_history (article_id, mention_id, partnership_id, event,"
                  " detail, author, at) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(entry.articleId);
    query.addBindValue(idOrNull(entry.mentionId));
    query.addBindValue(idOrNull(entry.partnershipId));
    query.addBindValue(eventName(entry.event));
    query.addBindValue(
        QString::fromUtf8(QJsonDocument(entry.detail).toJson(QJsonDocument::Compact)));
    query.addBindValue(entry.author.isNull() ? u""_s : entry.author);
    query.addBindValue(at.toUTC().toString(Qt::ISODateWithMs));
    if (!query.exec())
        return m_db.errorFrom(query, u"recording the history of an annotation"_s);
    return {};
}

Result<void> HistoryStore::recordMention(HistoryEvent event, const Mention& mention,
                                         const QString& author, const QJsonObject& extra) {
    HistoryEntry entry;
    entry.articleId = mention.articleId;
    entry.mentionId = mention.id;
    entry.event = event;
    entry.detail = merged(detailOf(mention), extra);
    entry.author = author;
    return record(entry);
}

Result<void> HistoryStore::recordPartnership(HistoryEvent event, const Partnership& partnership,
                                             const QString& author, const QJsonObject& extra) {
    HistoryEntry entry;
    entry.articleId = partnership.articleId;
    entry.partnershipId = partnership.id;
    entry.event = event;
    entry.detail = merged(detailOf(partnership), extra);
    entry.author = author;
    return record(entry);
}

Result<QList<HistoryEntry>> HistoryStore::mentionHistory(qint64 mentionId) const {
    return entries(u"mention_id = ?"_s, mentionId);
}

Result<QList<HistoryEntry>> HistoryStore::partnershipHistory(qint64 partnershipId) const {
    return entries(u"partnership_id = ?"_s, partnershipId);
}

Result<QList<HistoryEntry>> HistoryStore::articleHistory(qint64 articleId) const {
    return entries(u"article_id = ?"_s, articleId);
}

Result<QList<HistoryEntry>> HistoryStore::entries(const QString& where, qint64 id) const {
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT id, article_id, mention_id, partnership_id, event, detail, author, at"
                  " FROM annotation_history WHERE "_s +
                  where + u" ORDER BY id"_s);
    query.addBindValue(id);
    if (!query.exec())
        return m_db.errorFrom(query, u"reading the history of an annotation"_s);
    QList<HistoryEntry> list;
    while (query.next()) {
        HistoryEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.articleId = query.value(1).toLongLong();
        entry.mentionId = query.value(2).toLongLong();
        entry.partnershipId = query.value(3).toLongLong();
        entry.event = eventFromName(query.value(4).toString()).value_or(HistoryEvent::Created);
        entry.detail = QJsonDocument::fromJson(query.value(5).toString().toUtf8()).object();
        entry.author = query.value(6).toString();
        entry.at = QDateTime::fromString(query.value(7).toString(), Qt::ISODateWithMs);
        list.append(entry);
    }
    return list;
}

QString HistoryStore::eventName(HistoryEvent event) {
    for (const EventName& known : eventNames) {
        if (known.event == event)
            return QString::fromUtf16(known.name);
    }
    return {};
}

QString HistoryStore::eventLabel(HistoryEvent event) {
    switch (event) {
    case HistoryEvent::Created:
        return QCoreApplication::translate("HistoryStore", "created");
    case HistoryEvent::CompanyChanged:
        return QCoreApplication::translate("HistoryStore", "company changed");
    case HistoryEvent::Moved:
        return QCoreApplication::translate("HistoryStore", "moved");
    case HistoryEvent::Reanchored:
        return QCoreApplication::translate("HistoryStore", "re-anchored");
    case HistoryEvent::SetToReview:
        return QCoreApplication::translate("HistoryStore", "set to review");
    case HistoryEvent::Reattached:
        return QCoreApplication::translate("HistoryStore", "re-attached");
    case HistoryEvent::Deleted:
        return QCoreApplication::translate("HistoryStore", "deleted");
    case HistoryEvent::Restored:
        return QCoreApplication::translate("HistoryStore", "restored");
    }
    return eventName(event);
}

std::optional<HistoryEvent> HistoryStore::eventFromName(const QString& name) {
    for (const EventName& known : eventNames) {
        if (name == QStringView(known.name))
            return known.event;
    }
    return std::nullopt;
}

QJsonObject HistoryStore::detailOf(const Mention& mention) {
    QJsonObject detail = anchorDetail(mention.anchor);
    detail.insert(u"company_id"_s, mention.companyId);
    detail.insert(u"company"_s, mention.companyName);
    return detail;
}

QJsonObject HistoryStore::detailOf(const Partnership& partnership) {
    QJsonObject detail = anchorDetail(partnership.evidence);
    detail.insert(u"a_id"_s, partnership.companyA);
    detail.insert(u"b_id"_s, partnership.companyB);
    detail.insert(u"a"_s, partnership.nameA);
    detail.insert(u"b"_s, partnership.nameB);
    detail.insert(u"kind"_s, partnership.kind);
    detail.insert(u"status"_s, partnership.status);
    return detail;
}
