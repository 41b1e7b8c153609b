#pragma once

#include "subscribe/subscription.h"
#include "util/result.h"

#include <QList>
#include <QUrl>

class Database;

// The feeds the user subscribed to, in the database's subscription table (schema version 8).
// Adding one touches no network; FeedFetcher and SubscriptionUpdate do that, on demand.
class SubscriptionStore final {
public:
    explicit SubscriptionStore(Database& database)
        : m_db(database) {}

    // The URL a user typed, when it is one Folio fetches: http or https with a host.
    static Result<QUrl> feedUrl(const QString& text);

    // Refuses a URL that is not http(s) and one already subscribed to. `title` (an OPML
    // outline's) stands until a fetch names the feed; empty, the first fetch gives it.
    Result<Subscription> add(const QString& url, const QString& title = QString());
    // Oldest first, as the user added them.
    Result<QList<Subscription>> all() const;
    Result<QList<Subscription>> enabled() const;
    // By id ("3") or by URL, as `folio-cli unsubscribe` and `fetch` take them.
    Result<Subscription> find(const QString& idOrUrl) const;
    Result<Subscription> byId(qint64 id) const;
    // Only the subscription goes: the articles it brought stay.
    Result<void> remove(qint64 id);
    Result<void> setEnabled(qint64 id, bool enabled);
    // Writes the title, the last fetch's fields and the validators of `subscription`.
    Result<void> recordFetch(const Subscription& subscription);

private:
    Result<QList<Subscription>> select(const QString& where, const QVariantList& values) const;

    Database& m_db;
};
