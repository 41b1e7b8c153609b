#include "article/article.h"

QString readingStatusName(ReadingStatus status) {
    switch (status) {
    case ReadingStatus::New:
        return QStringLiteral("new");
    case ReadingStatus::Reading:
        return QStringLiteral("reading");
    case ReadingStatus::Done:
        return QStringLiteral("done");
    }
    return QStringLiteral("new");
}
