#include "subscribe/subscriptionupdate.h"

#include "import/articleimporter.h"
#include "store/articlestore.h"
#include "store/database.h"
#include "subscribe/subscriptionstore.h"

using namespace Qt::StringLiterals;

namespace {

// Messages name the URL first ("http://…: connection refused"); the subscription, which is
// listed by its URL, keeps only the reason.
QString reasonOnly(const QString& message, const QString& url) {
    const QString prefix = url + u": "_s;
    return message.startsWith(prefix) ? message.sliced(prefix.size()) : message;
}

FeedUpdate failed(FeedUpdate update, const QString& message, Database& database) {
    update.error = reasonOnly(message, update.subscription.url);
    update.subscription.lastError = update.error;
    if (auto recorded = SubscriptionStore(database).recordFetch(update.subscription); !recorded)
        update.error += u" (and it could not be recorded: "_s + recorded.errorMessage() + u")"_s;
    return update;
}

} // namespace

QString FeedUpdate::line() const {
    if (!ok())
        return u"failed %1: %2"_s.arg(subscription.url, error);
    return u"fetched %1: %2 new, %3 updated"_s.arg(subscription.url).arg(added).arg(updated);
}

namespace SubscriptionUpdate {

FeedUpdate apply(Database& database, const Subscription& subscription, const FetchResult& fetched,
                 const QDateTime& at) {
    FeedUpdate update;
    update.subscription = subscription;
    if (fetched.cancelled) {
        update.cancelled = true;
        update.error = u"cancelled"_s;
        return update;
    }
    Subscription& s = update.subscription;
    s.lastFetchedAt = at;
    s.lastStatus = fetched.status;
    s.lastNew = 0;
    s.lastUpdated = 0;
    if (!fetched.ok())
        return failed(std::move(update), fetched.error, database);

    if (!fetched.notModified && fetched.body.isEmpty())
        return failed(std::move(update),
                      u"the server answered HTTP %1 with nothing; not a feed"_s.arg(fetched.status),
                      database);
    if (!fetched.notModified) {
        update.items = ArticleImporter(database).importFeed(fetched.body, s.url);
        const ImportItem* firstFailure = nullptr;
        qint64 someArticle = 0;
        for (const ImportItem& item : std::as_const(update.items)) {
            if (item.outcome == ImportItem::Outcome::Imported)
                ++(item.updated ? update.updated : update.added);
            if (item.outcome == ImportItem::Outcome::Failed && !firstFailure)
                firstFailure = &item;
            if (item.articleId > 0 && someArticle == 0)
                someArticle = item.articleId;
        }
        // Not a feed, or no item of it could be stored: the subscription says why.
        if (firstFailure && someArticle == 0)
            return failed(std::move(update), firstFailure->message, database);
        if (someArticle > 0 && s.title.isEmpty()) {
            if (auto article = ArticleStore(database).article(someArticle))
                s.title = article->source;
        }
    }
    s.lastError.clear();
    s.lastSuccessAt = at;
    s.lastNew = update.added;
    s.lastUpdated = update.updated;
    // A 304 need not repeat the validators; the ones it answered stay valid.
    if (!fetched.etag.isEmpty() || !fetched.notModified)
        s.etag = fetched.etag;
    if (!fetched.lastModified.isEmpty() || !fetched.notModified)
        s.lastModified = fetched.lastModified;
    if (auto recorded = SubscriptionStore(database).recordFetch(s); !recorded)
        update.error = recorded.errorMessage();
    return update;
}

} // namespace SubscriptionUpdate
