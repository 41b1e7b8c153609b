#include "subscribe/opmlsubscriptions.h"

#include "subscribe/subscriptionstore.h"

#include <QSet>

using namespace Qt::StringLiterals;

QString OpmlSubscriptions::Outcome::summary(const QString& path) const {
    const qsizetype count = added.size();
    return u"%1: subscribed to %2 %3 (%4 already subscribed); fetch them with `folio-cli fetch` "
           "or File ▸ Fetch Feeds Now (F5)"_s.arg(path)
               .arg(count)
               .arg(count == 1 ? u"feed"_s : u"feeds"_s)
               .arg(alreadySubscribed.size());
}

Result<OpmlSubscriptions::Outcome> OpmlSubscriptions::subscribe(const QList<OpmlFeed>& feeds,
                                                                SubscriptionStore& store) {
    auto existing = store.all();
    if (!existing)
        return existing.error();
    QSet<QString> before;
    for (const Subscription& subscription : std::as_const(*existing))
        before.insert(subscription.url);

    Outcome outcome;
    // The reader lists each URL once as written; two spellings of one URL are one feed.
    QSet<QString> addedNow;
    for (const OpmlFeed& feed : feeds) {
        auto url = SubscriptionStore::feedUrl(feed.url);
        if (!url) {
            outcome.refused.append(url.errorMessage());
            continue;
        }
        const QString normal = url->toString(QUrl::FullyEncoded);
        if (addedNow.contains(normal))
            continue;
        if (before.contains(normal)) {
            outcome.alreadySubscribed.append(normal);
            continue;
        }
        auto added = store.add(normal, feed.title);
        if (!added)
            return added.error();
        addedNow.insert(normal);
        outcome.added.append(*added);
    }
    return outcome;
}
