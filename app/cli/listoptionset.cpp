#include "listoptionset.h"

#include <QCommandLineParser>
#include <QDate>
#include <QTimeZone>

namespace {

// A day as people write it, taken in UTC so that a script gets the same list wherever it runs.
Result<QDateTime> dayStart(const QString& option, const QString& value, int addDays) {
    const QDate day = QDate::fromString(value, Qt::ISODate);
    if (!day.isValid())
        return Error{
            QStringLiteral("--%1 %2: not a date; write it as YYYY-MM-DD").arg(option, value)};
    return day.addDays(addDays).startOfDay(QTimeZone::utc());
}

} // namespace

ListOptionSet::ListOptionSet(QCommandLineParser& parser)
    : m_language(QStringLiteral("language"),
                 QStringLiteral("list: only articles in this language (an ISO code such as de; "
                                "\"\" for those of unknown language)."),
                 QStringLiteral("CODE"))
    , m_since(QStringLiteral("since"),
              QStringLiteral("list: only articles dated on or after this day (YYYY-MM-DD)."),
              QStringLiteral("DAY"))
    , m_until(QStringLiteral("until"),
              QStringLiteral("list: only articles dated on or before this day (YYYY-MM-DD)."),
              QStringLiteral("DAY")) {
    parser.addOptions({m_language, m_since, m_until});
}

bool ListOptionSet::anySet(const QCommandLineParser& parser) const {
    return parser.isSet(m_language) || parser.isSet(m_since) || parser.isSet(m_until);
}

Result<ArticleFilter> ListOptionSet::filter(const QCommandLineParser& parser) const {
    ArticleFilter filter;
    if (parser.isSet(m_language))
        filter.language = parser.value(m_language).trimmed().toLower();
    if (parser.isSet(m_since)) {
        auto from = dayStart(m_since.names().first(), parser.value(m_since), 0);
        if (!from)
            return Error{from.errorMessage()};
        filter.datedFrom = *from;
    }
    if (parser.isSet(m_until)) {
        auto until = dayStart(m_until.names().first(), parser.value(m_until), 1);
        if (!until)
            return Error{until.errorMessage()};
        filter.datedUntil = *until;
    }
    return filter;
}
