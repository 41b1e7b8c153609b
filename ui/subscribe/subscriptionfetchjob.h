#pragma once

#include "import/importreport.h"
#include "subscribe/feedfetcher.h"
#include "subscribe/subscription.h"
#include "subscribe/subscriptionupdate.h"

#include <QFutureWatcher>
#include <QList>
#include <QObject>

// Fetches subscriptions one after another without blocking the window: the download runs in
// Qt's asynchronous network stack on the UI thread's event loop, and storing what came (the
// importer's work, which can take a while for a big feed) runs on a worker thread with its own
// database connection, as an import does. Cancelling stops the download under way; a feed being
// stored finishes, and nothing after it starts.
class SubscriptionFetchJob final : public QObject {
    Q_OBJECT
public:
    SubscriptionFetchJob(QString databasePath, QList<Subscription> subscriptions,
                         FeedFetcher::Limits limits, QObject* parent = nullptr);
    ~SubscriptionFetchJob() override;

    void start();
    void cancel();
    bool isCancelled() const { return m_cancelled; }
    // Blocks until the feed being stored is stored (for shutdown); the download is abandoned.
    void cancelAndWait();

signals:
    void progress(int done, int total, const QString& url);
    void feedDone(const FeedUpdate& update);
    // Every item stored, as an import's report; `failed`: how many feeds failed.
    void finished(const ImportReport& report, int failed);

private:
    void fetchNext();
    void onFetched(const FetchResult& fetched);
    void onStored();

    QString m_databasePath;
    QList<Subscription> m_subscriptions;
    int m_next = 0;
    FeedFetcher* m_fetcher;
    QFutureWatcher<FeedUpdate> m_store;
    ImportReport m_report;
    int m_failed = 0;
    bool m_cancelled = false;
    bool m_finished = false;
};
