#include "subscriptioncommands.h"

#include "cliapplication.h"
#include "store/database.h"
#include "subscribe/feedfetcher.h"
#include "subscribe/subscriptionstore.h"
#include "subscribe/subscriptionupdate.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

using CliOutput::fail;
using CliOutput::printJson;
using CliOutput::usage;

QJsonValue timeJson(const QDateTime& when) {
    return when.isValid() ? QJsonValue(when.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

QJsonObject subscriptionJson(const Subscription& s) {
    return {{u"id"_s, s.id},
            {u"url"_s, s.url},
            {u"title"_s, s.title},
            {u"enabled"_s, s.enabled},
            {u"added"_s, timeJson(s.addedAt)},
            {u"lastFetched"_s, timeJson(s.lastFetchedAt)},
            {u"lastSuccess"_s, timeJson(s.lastSuccessAt)},
            {u"lastStatus"_s, s.lastStatus},
            {u"lastError"_s, s.lastError},
            {u"lastNew"_s, s.lastNew},
            {u"lastUpdated"_s, s.lastUpdated}};
}

QJsonObject updateJson(const FeedUpdate& update) {
    return {{u"id"_s, update.subscription.id},
            {u"url"_s, update.subscription.url},
            {u"ok"_s, update.ok()},
            {u"new"_s, update.added},
            {u"updated"_s, update.updated},
            {u"status"_s, update.subscription.lastStatus},
            {u"error"_s, update.error}};
}

// The subscriptions named by id or URL, or every enabled one when none are named. On a name
// that matches none, the message is printed and `status` set.
QList<Subscription> chosen(CliContext& context, int& status) {
    SubscriptionStore store(context.database);
    if (context.args.isEmpty()) {
        auto enabled = store.enabled();
        if (!enabled)
            status = fail(context, enabled.errorMessage());
        return enabled ? *enabled : QList<Subscription>();
    }
    QList<Subscription> found;
    for (const QString& arg : std::as_const(context.args)) {
        auto subscription = store.find(arg);
        if (!subscription) {
            status = fail(context, subscription.errorMessage());
            return {};
        }
        found.append(*subscription);
    }
    return found;
}

} // namespace

namespace CliCommands {

int subscribe(CliContext& context) {
    if (context.args.size() != 1)
        return usage(context, u"subscribe takes one feed URL (http or https)"_s);
    auto added = SubscriptionStore(context.database).add(context.args.first());
    if (!added)
        return fail(context, added.errorMessage());
    if (context.json)
        printJson(context.out, subscriptionJson(*added));
    else
        context.out << u"subscription %1: %2 (fetch it with: folio-cli fetch %1)\n"_s.arg(
            QString::number(added->id), added->url);
    return CliApplication::Success;
}

int subscriptions(CliContext& context) {
    if (!context.args.isEmpty())
        return usage(context, u"subscriptions takes no arguments"_s);
    auto all = SubscriptionStore(context.database).all();
    if (!all)
        return fail(context, all.errorMessage());
    if (context.json) {
        QJsonArray array;
        for (const Subscription& s : std::as_const(*all))
            array.append(subscriptionJson(s));
        printJson(context.out, array);
        return CliApplication::Success;
    }
    if (all->isEmpty())
        context.out << "no subscriptions (Folio uses the network only for them; add one with "
                       "folio-cli subscribe URL)\n";
    for (const Subscription& s : std::as_const(*all)) {
        const QString when = s.lastFetchedAt.isValid()
                                 ? s.lastFetchedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s)
                                 : QString();
        context.out << u"%1\t%2\t%3%4\t%5%6\n"_s.arg(
            QString::number(s.id), s.url, s.title, s.enabled ? QString() : u" (off)"_s, when,
            (when.isEmpty() ? QString() : u" "_s) + s.lastResult());
    }
    return CliApplication::Success;
}

int unsubscribe(CliContext& context) {
    if (context.args.size() != 1)
        return usage(context, u"unsubscribe takes one subscription id or feed URL"_s);
    SubscriptionStore store(context.database);
    auto subscription = store.find(context.args.first());
    if (!subscription)
        return fail(context, subscription.errorMessage());
    if (auto removed = store.remove(subscription->id); !removed)
        return fail(context, removed.errorMessage());
    context.out << u"unsubscribed from %1; the articles it brought stay\n"_s.arg(subscription->url);
    return CliApplication::Success;
}

int fetch(CliContext& context) {
    int status = CliApplication::Success;
    const QList<Subscription> subscriptions = chosen(context, status);
    if (status != CliApplication::Success)
        return status;
    if (subscriptions.isEmpty() && !context.json) {
        context.out << "no subscriptions to fetch (add one with folio-cli subscribe URL)\n";
        return CliApplication::Success;
    }
    FeedFetcher::Limits limits;
    if (context.fetchTimeoutSeconds > 0)
        limits.timeoutMs = context.fetchTimeoutSeconds * 1000;
    FeedFetcher fetcher(limits);
    int failed = 0;
    QJsonArray updates;
    for (const Subscription& subscription : subscriptions) {
        const FetchResult fetched =
            fetcher.fetchAndWait(subscription.url, subscription.etag, subscription.lastModified);
        const FeedUpdate update =
            SubscriptionUpdate::apply(context.database, subscription, fetched);
        failed += update.ok() ? 0 : 1;
        if (context.json) {
            updates.append(updateJson(update));
        } else {
            context.out << update.line() << '\n';
            context.out.flush(); // a line as each feed is done, not all at the end
        }
    }
    if (context.json)
        printJson(context.out, updates);
    return failed > 0 ? CliApplication::Failure : CliApplication::Success;
}

} // namespace CliCommands
