#include "subscribe/subscription.h"

using namespace Qt::StringLiterals;

QString Subscription::lastResult() const {
    if (!lastFetchedAt.isValid())
        return u"never fetched"_s;
    if (!lastError.isEmpty())
        return u"failed: "_s + lastError;
    return u"%1 new, %2 updated"_s.arg(lastNew).arg(lastUpdated);
}
