#pragma once

#include <QDateTime>
#include <QString>

// A feed the user subscribed to, and what its last fetch did. Subscriptions are the only thing
// in Folio that uses the network, and there are none until the user adds one.
struct Subscription {
    qint64 id = 0;
    QString url;   // http or https
    QString title; // the feed's source tag, once fetched; empty before
    bool enabled = true;
    QDateTime addedAt;
    QDateTime lastFetchedAt; // the last attempt, successful or not; invalid: never fetched
    QDateTime lastSuccessAt; // the last fetch that worked
    int lastStatus = 0;      // HTTP status of the last attempt; 0: no answer
    QString lastError;       // why the last attempt failed; empty: it worked (or none yet)
    int lastNew = 0;         // articles the last successful fetch added
    int lastUpdated = 0;     // articles it updated (an item whose content changed)
    QString etag;            // the server's validators, sent back for a conditional GET
    QString lastModified;

    // What a list shows of the last fetch: "never fetched", "failed: …", "2 new, 1 updated".
    QString lastResult() const;
};
