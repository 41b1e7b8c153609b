#include "import/feed/feeddate.h"

#include <QHash>
#include <QRegularExpression>
#include <QTimeZone>

#include <optional>

using namespace Qt::StringLiterals;

namespace {

// Month names and abbreviations, English and German, lower case and without a trailing dot.
int monthNumber(const QString& word) {
    static const QHash<QString, int> months = [] {
        QHash<QString, int> hash;
        const char* names[][6] = {
            {"jan", "january", "januar", "jän", "jänner", ""},
            {"feb", "february", "februar", "", "", ""},
            {"mar", "march", "märz", "mär", "mrz", "maerz"},
            {"apr", "april", "", "", "", ""},
            {"may", "mai", "", "", "", ""},
            {"jun", "june", "juni", "", "", ""},
            {"jul", "july", "juli", "", "", ""},
            {"aug", "august", "", "", "", ""},
            {"sep", "sept", "september", "", "", ""},
            {"oct", "october", "okt", "oktober", "", ""},
            {"nov", "november", "", "", "", ""},
            {"dec", "december", "dez", "dezember", "", ""},
        };
        for (int m = 0; m < 12; ++m) {
            for (const char* name : names[m]) {
                if (*name)
                    hash.insert(QString::fromUtf8(name), m + 1);
            }
        }
        return hash;
    }();
    return months.value(word, 0);
}

// Offsets in minutes of the zone names feeds use. RFC 822's own (UT, GMT, EST…), Europe's and
// German ones (MEZ, MESZ), and the Asian ones news sites send; "IST" is India here, because
// Indian feeds are where it turns up (Irish and Israeli sites write numeric offsets).
std::optional<int> zoneOffset(const QString& zone) {
    static const QHash<QString, int> zones = {
        {u"ut"_s, 0},     {u"utc"_s, 0},    {u"gmt"_s, 0},    {u"z"_s, 0},       {u"wet"_s, 0},
        {u"west"_s, 60},  {u"bst"_s, 60},   {u"cet"_s, 60},   {u"met"_s, 60},    {u"mez"_s, 60},
        {u"cest"_s, 120}, {u"mest"_s, 120}, {u"mesz"_s, 120}, {u"eet"_s, 120},   {u"eest"_s, 180},
        {u"msk"_s, 180},  {u"ist"_s, 330},  {u"pkt"_s, 300},  {u"ict"_s, 420},   {u"wib"_s, 420},
        {u"hkt"_s, 480},  {u"sgt"_s, 480},  {u"awst"_s, 480}, {u"jst"_s, 540},   {u"kst"_s, 540},
        {u"acst"_s, 570}, {u"aest"_s, 600}, {u"aedt"_s, 660}, {u"nzst"_s, 720},  {u"nzdt"_s, 780},
        {u"est"_s, -300}, {u"edt"_s, -240}, {u"cst"_s, -360}, {u"cdt"_s, -300},  {u"mst"_s, -420},
        {u"mdt"_s, -360}, {u"pst"_s, -480}, {u"pdt"_s, -420}, {u"akst"_s, -540}, {u"akdt"_s, -480},
        {u"hst"_s, -600}, {u"ast"_s, -240}, {u"adt"_s, -180}, {u"nst"_s, -210},
    };
    const auto it = zones.constFind(zone);
    if (it != zones.cend())
        return *it;
    return std::nullopt;
}

// "+0200", "-05:00", "+02", "GMT+2" → minutes; nullopt if `token` is not a zone.
std::optional<int> parseZone(QString token) {
    token = token.toLower();
    if (token.startsWith(u'(') && token.endsWith(u')'))
        token = token.sliced(1, token.size() - 2);
    if (auto named = zoneOffset(token))
        return named;
    for (const QString& prefix : {u"gmt"_s, u"utc"_s, u"ut"_s}) {
        if (token.startsWith(prefix) && token.size() > prefix.size()) {
            token = token.sliced(prefix.size());
            break;
        }
    }
    static const QRegularExpression numeric(u"^([+-])(\\d{1,2}):?(\\d{2})?$"_s);
    const QRegularExpressionMatch match = numeric.match(token);
    if (!match.hasMatch())
        return std::nullopt;
    const int hours = match.captured(2).toInt();
    const int minutes = match.captured(3).toInt();
    if (hours > 14 || minutes > 59)
        return std::nullopt;
    const int offset = hours * 60 + minutes;
    return match.captured(1) == u"-" ? -offset : offset;
}

QDateTime make(QDate date, QTime time, int offsetMinutes) {
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, QTimeZone(offsetMinutes * 60)).toUTC();
}

// RFC 3339 and the looser ISO 8601 forms: "2024-03-05", "2024-03-05T14:30Z",
// "2024-03-05 14:30:00.123+01:00", "20240305T143000+0100".
QDateTime parseIso(const QString& text) {
    static const QRegularExpression iso(
        u"^(\\d{4})-?(\\d{2})-?(\\d{2})"
        "(?:[Tt ](\\d{2}):?(\\d{2})(?::?(\\d{2})(?:[.,](\\d+))?)?\\s*(Z|z|[+-]\\d{2}(?::?\\d{2})?)?)?$"_s);
    const QRegularExpressionMatch m = iso.match(text);
    if (!m.hasMatch())
        return {};
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const int ms =
        m.captured(7).isEmpty() ? 0 : m.captured(7).left(3).leftJustified(3, u'0').toInt();
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt(), ms);
    const QString zone = m.captured(8);
    const std::optional<int> offset = zone.isEmpty() ? 0 : parseZone(zone);
    return make(date, time, offset.value_or(0));
}

// RFC 822 and what feeds make of it: tokens in (almost) any order, day names ignored.
QDateTime parseRfc822(const QString& text) {
    static const QRegularExpression separators(u"[\\s,]+"_s);
    static const QRegularExpression clock(u"^(\\d{1,2})[:.](\\d{2})(?:[:.](\\d{2}))?$"_s);
    int day = 0, month = 0, year = 0;
    QTime time(0, 0);
    int offset = 0;
    bool pm = false, am = false;
    // "05-Mar-2024", the day-month-year of some feed generators, is split like "05 Mar 2024".
    static const QRegularExpression dashed(u"(\\d)-(\\p{L}+)\\.?-(\\d)"_s);
    const QString spaced = QString(text).replace(dashed, u"\\1 \\2 \\3"_s);
    for (QString token : spaced.split(separators, Qt::SkipEmptyParts)) {
        token = token.toLower();
        if (token.endsWith(u'.') && token.size() > 1)
            token.chop(1); // "Mär." "05."
        if (const QRegularExpressionMatch m = clock.match(token); m.hasMatch()) {
            time = QTime(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        } else if (const int number = monthNumber(token); number > 0) {
            month = number;
        } else if (token == u"am" || token == u"pm") {
            (token == u"pm" ? pm : am) = true;
        } else if (token.front().isDigit() && token.size() <= 4 && token.toInt() > 0) {
            const int value = token.toInt();
            if (token.size() == 4 || (day != 0 && year == 0 && value > 31))
                year = value;
            else if (day == 0 && value <= 31)
                day = value;
            else if (year == 0)
                year = value;
        } else if (auto zone = parseZone(token)) {
            offset = *zone;
        }
        // Anything else is a day name ("Tue", "Dienstag", "Di") or noise.
    }
    if (year > 0 && year < 100)
        year += year < 50 ? 2000 : 1900; // RFC 2822 §4.3
    if (time.isValid() && (pm || am) && time.hour() <= 12)
        time = QTime(time.hour() % 12 + (pm ? 12 : 0), time.minute(), time.second());
    if (day == 0 || month == 0 || year == 0)
        return {};
    return make(QDate(year, month, day), time, offset);
}

} // namespace

QDateTime FeedDate::parse(const QString& input) {
    const QString text = input.simplified();
    if (text.isEmpty() || text.size() > 100)
        return {};
    if (QDateTime iso = parseIso(text); iso.isValid())
        return iso;
    return parseRfc822(text);
}
