#include "subscribe/subscriptionfetchjob.h"

#include "store/database.h"

#include <QtConcurrent/QtConcurrentRun>

SubscriptionFetchJob::SubscriptionFetchJob(QString databasePath, QList<Subscription> subscriptions,
                                           FeedFetcher::Limits limits, QObject* parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
    , m_subscriptions(std::move(subscriptions))
    , m_fetcher(new FeedFetcher(limits, this)) {
    connect(m_fetcher, &FeedFetcher::finished, this, &SubscriptionFetchJob::onFetched);
    connect(&m_store, &QFutureWatcher<FeedUpdate>::finished, this, &SubscriptionFetchJob::onStored);
}

SubscriptionFetchJob::~SubscriptionFetchJob() {
    cancelAndWait();
}

void SubscriptionFetchJob::start() {
    fetchNext();
}

void SubscriptionFetchJob::cancel() {
    m_cancelled = true;
    m_fetcher->cancel(); // finished() follows, with the fetch marked cancelled
}

void SubscriptionFetchJob::cancelAndWait() {
    m_cancelled = true;
    m_fetcher->disconnect(this);
    m_fetcher->cancel();
    m_store.waitForFinished();
}

void SubscriptionFetchJob::fetchNext() {
    if (m_cancelled || m_next >= m_subscriptions.size()) {
        if (!m_finished) {
            m_finished = true;
            m_report.setCancelled(m_cancelled && m_next < m_subscriptions.size());
            emit progress(m_next, int(m_subscriptions.size()), QString());
            emit finished(m_report, m_failed);
        }
        return;
    }
    const Subscription& s = m_subscriptions.at(m_next);
    emit progress(m_next, int(m_subscriptions.size()), s.url);
    m_fetcher->fetch(s.url, s.etag, s.lastModified);
}

void SubscriptionFetchJob::onFetched(const FetchResult& fetched) {
    const Subscription subscription = m_subscriptions.at(m_next);
    if (fetched.cancelled) {
        fetchNext(); // cancelled: finishes without storing
        return;
    }
    // The worker opens its own connection: a QSqlDatabase belongs to the thread that made it.
    m_store.setFuture(QtConcurrent::run([path = m_databasePath, subscription, fetched] {
        auto database = Database::open(path);
        if (!database) {
            FeedUpdate update;
            update.subscription = subscription;
            update.error = database.errorMessage();
            return update;
        }
        return SubscriptionUpdate::apply(**database, subscription, fetched);
    }));
}

void SubscriptionFetchJob::onStored() {
    const FeedUpdate update = m_store.result();
    ++m_next;
    if (!update.ok())
        ++m_failed;
    for (const ImportItem& item : update.items)
        m_report.add(item);
    if (!update.ok())
        m_report.add({update.subscription.url, ImportItem::Outcome::Failed, update.line()});
    emit feedDone(update);
    fetchNext();
}
