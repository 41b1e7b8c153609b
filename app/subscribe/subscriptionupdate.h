#pragma once

#include "import/importreport.h"
#include "subscribe/feedfetcher.h"
#include "subscribe/subscription.h"

#include <QDateTime>
#include <QList>

class Database;

// What fetching one subscription did: the subscription as recorded afterwards, what the import
// did with each item, and the counts folio-cli and the window show.
struct FeedUpdate {
    Subscription subscription;
    QList<ImportItem> items; // empty when the fetch failed
    int added = 0;
    int updated = 0;
    QString error; // the reason, without the URL; empty: it worked
    bool cancelled = false;

    bool ok() const { return error.isEmpty(); }
    // "fetched URL: 2 new, 1 updated" or "failed URL: connection refused"
    QString line() const;
};

// Stores what a download gave: a feed's items go through the importer as a saved feed's do (new
// items added, changed ones updated and re-anchored, the rest recognised by their guid), and
// the subscription records the time, the counts and the validators. A download that failed, or
// gave something that is not a feed, records its error and changes no article. A cancelled one
// records nothing. Runs on the thread that owns `database`.
namespace SubscriptionUpdate {
FeedUpdate apply(Database& database, const Subscription& subscription, const FetchResult& fetched,
                 const QDateTime& at = QDateTime::currentDateTimeUtc());
} // namespace SubscriptionUpdate
