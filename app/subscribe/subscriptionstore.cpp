#include "subscribe/subscriptionstore.h"

#include "store/annotationrows.h"
#include "store/database.h"
#include "store/sqlvalue.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {

const QLatin1StringView columns{
    "id, url, title, enabled, added_at, last_fetched_at, last_success_at, last_status,"
    " last_error, last_new, last_updated, etag, last_modified"};

using AnnotationRows::dateFrom;
using AnnotationRows::exec;
using SqlValue::text;

QVariant timestamp(const QDateTime& when) {
    return when.isValid() ? QVariant(when.toUTC().toString(Qt::ISODateWithMs)) : QVariant();
}

Subscription fromRow(const QSqlQuery& query) {
    Subscription s;
    s.id = query.value(0).toLongLong();
    s.url = query.value(1).toString();
    s.title = query.value(2).toString();
    s.enabled = query.value(3).toInt() != 0;
    s.addedAt = dateFrom(query.value(4));
    s.lastFetchedAt = dateFrom(query.value(5));
    s.lastSuccessAt = dateFrom(query.value(6));
    s.lastStatus = query.value(7).toInt();
    s.lastError = query.value(8).toString();
    s.lastNew = query.value(9).toInt();
    s.lastUpdated = query.value(10).toInt();
    s.etag = query.value(11).toString();
    s.lastModified = query.value(12).toString();
    return s;
}

} // namespace

Result<QUrl> SubscriptionStore::feedUrl(const QString& text) {
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Error{u"no feed URL given"_s};
    const QUrl url(trimmed, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid())
        return Error{u"%1: is not a URL (%2)"_s.arg(trimmed, url.errorString())};
    if (scheme != u"http" && scheme != u"https")
        return Error{u"%1: Folio fetches feeds over http and https only"_s.arg(trimmed)};
    if (url.host().isEmpty())
        return Error{u"%1: the URL names no host"_s.arg(trimmed)};
    return url;
}

Result<Subscription> SubscriptionStore::add(const QString& urlText, const QString& title) {
    auto url = feedUrl(urlText);
    if (!url)
        return url.error();
    const QString normal = url->toString(QUrl::FullyEncoded);
    if (auto existing = select(u"WHERE url = ?"_s, {normal}); !existing)
        return existing.error();
    else if (!existing->isEmpty())
        return Error{
            u"%1: already subscribed (subscription %2)"_s.arg(normal).arg(existing->first().id)};
    qint64 id = 0;
    auto added = m_db.transaction([&]() -> Result<void> {
        QSqlQuery query(m_db.connection());
        if (!exec(query, u"INSERT INTO subscription (url, title, added_at) VALUES (?, ?, ?)"_s,
                  {normal, text(title.simplified()), timestamp(QDateTime::currentDateTimeUtc())}))
            return m_db.errorFrom(query, u"adding the subscription to %1"_s.arg(normal));
        id = query.lastInsertId().toLongLong();
        return {};
    });
    if (!added)
        return added.error();
    return byId(id);
}

Result<QList<Subscription>> SubscriptionStore::select(const QString& where,
                                                      const QVariantList& values) const {
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!exec(query, u"SELECT "_s + columns + u" FROM subscription "_s + where + u" ORDER BY id"_s,
              values))
        return m_db.errorFrom(query, u"reading the subscriptions"_s);
    QList<Subscription> found;
    while (query.next())
        found.append(fromRow(query));
    return found;
}

Result<QList<Subscription>> SubscriptionStore::all() const {
    return select(QString(), {});
}

Result<QList<Subscription>> SubscriptionStore::enabled() const {
    return select(u"WHERE enabled = 1"_s, {});
}

Result<Subscription> SubscriptionStore::byId(qint64 id) const {
    auto found = select(u"WHERE id = ?"_s, {id});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error{u"there is no subscription with id %1"_s.arg(id)};
    return found->first();
}

Result<Subscription> SubscriptionStore::find(const QString& idOrUrl) const {
    bool isNumber = false;
    const qint64 id = idOrUrl.toLongLong(&isNumber);
    if (isNumber && id > 0)
        return byId(id);
    auto url = feedUrl(idOrUrl);
    if (!url)
        return Error{u"'%1' is neither a subscription id nor a feed URL"_s.arg(idOrUrl)};
    const QString normal = url->toString(QUrl::FullyEncoded);
    auto found = select(u"WHERE url = ?"_s, {normal});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error{u"%1: not subscribed"_s.arg(normal)};
    return found->first();
}

Result<void> SubscriptionStore::remove(qint64 id) {
    return m_db.transaction([&]() -> Result<void> {
        QSqlQuery query(m_db.connection());
        if (!exec(query, u"DELETE FROM subscription WHERE id = ?"_s, {id}))
            return m_db.errorFrom(query, u"removing subscription %1"_s.arg(id));
        if (query.numRowsAffected() == 0)
            return Error{u"there is no subscription with id %1"_s.arg(id)};
        return {};
    });
}

Result<void> SubscriptionStore::setEnabled(qint64 id, bool enabled) {
    return m_db.transaction([&]() -> Result<void> {
        QSqlQuery query(m_db.connection());
        if (!exec(query, u"UPDATE subscription SET enabled = ? WHERE id = ?"_s,
                  {enabled ? 1 : 0, id}))
            return m_db.errorFrom(query, u"changing subscription %1"_s.arg(id));
        if (query.numRowsAffected() == 0)
            return Error{u"there is no subscription with id %1"_s.arg(id)};
        return {};
    });
}

Result<void> SubscriptionStore::recordFetch(const Subscription& s) {
    return m_db.transaction([&]() -> Result<void> {
        QSqlQuery query(m_db.connection());
        if (!exec(query,
                  u"UPDATE subscription SET title = ?, last_fetched_at = ?, last_success_at = ?,"
                  " last_status = ?, last_error = ?, last_new = ?, last_updated = ?, etag = ?,"
                  " last_modified = ? WHERE id = ?"_s,
                  {text(s.title), timestamp(s.lastFetchedAt), timestamp(s.lastSuccessAt),
                   s.lastStatus, text(s.lastError), s.lastNew, s.lastUpdated, text(s.etag),
                   text(s.lastModified), s.id}))
            return m_db.errorFrom(query, u"recording the fetch of %1"_s.arg(s.url));
        // Removed while it was being fetched (the window and folio-cli share the database): the
        // articles it brought are stored, and there is nothing left to record the fetch on.
        return {};
    });
}
