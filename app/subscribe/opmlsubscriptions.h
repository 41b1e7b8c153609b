#pragma once

#include "import/feed/opmlreader.h"
#include "subscribe/subscription.h"
#include "util/result.h"

#include <QList>
#include <QString>
#include <QStringList>

class SubscriptionStore;

// Subscribes to the feeds an OPML list names (what another feed reader exports), each with its
// outline's title. Nothing is fetched: the network stays untouched until the user fetches.
class OpmlSubscriptions final {
public:
    struct Outcome {
        QList<Subscription> added;     // in the order of the list
        QStringList alreadySubscribed; // the URLs, as stored
        QStringList refused;           // per URL Folio does not fetch: the URL and why

        // "feeds.opml: subscribed to 2 feeds (1 already subscribed); fetch them with …"
        QString summary(const QString& path) const;
    };

    // A URL already subscribed to is counted, not an error; a URL that is not http(s) is
    // refused and the rest go on. Fails only when the database does: the feeds before stay.
    static Result<Outcome> subscribe(const QList<OpmlFeed>& feeds, SubscriptionStore& store);
};
