#include "import/dataset/datasetdate.h"

using namespace Qt::StringLiterals;

namespace {

QDateTime asUtcIfNaive(QDateTime value) {
    if (value.isValid() && value.timeSpec() == Qt::LocalTime)
        value.setTimeSpec(Qt::UTC);
    return value;
}

// "2024-03-04T10:00:00+0200": Qt wants the colon in the offset.
QString withOffsetColon(const QString& text) {
    const qsizetype n = text.size();
    const auto digit = [&](qsizetype i) { return text[i].isDigit(); };
    QString out = text;
    if (n > 16 && (text[n - 5] == u'+' || text[n - 5] == u'-') && digit(n - 4) && digit(n - 3) &&
        digit(n - 2) && digit(n - 1) && text.contains(u'T'))
        out.insert(n - 2, u':');
    return out;
}

} // namespace

QDateTime DatasetDate::parse(const QString& input) {
    const QString text = input.trimmed();
    if (text.size() < 8 || text.size() > 64 || !text.front().isLetterOrNumber())
        return {};

    if (text.front().isDigit()) {
        bool number = false;
        const qlonglong epoch = text.toLongLong(&number);
        if (number) {
            // 10 digits: seconds since 1970 (2001–2286); 13: milliseconds. Anything else is
            // more likely an id than a date.
            if (text.size() == 10)
                return QDateTime::fromSecsSinceEpoch(epoch, Qt::UTC);
            if (text.size() == 13)
                return QDateTime::fromMSecsSinceEpoch(epoch, Qt::UTC);
            return {};
        }
        QString iso = withOffsetColon(text);
        if (iso.size() >= 19 && iso[10] == u' ')
            iso[10] = u'T'; // "2024-03-04 10:00:00", as SQL dumps write it
        QDateTime value = QDateTime::fromString(iso, Qt::ISODateWithMs);
        if (value.isValid())
            return asUtcIfNaive(value);
        static const QString formats[] = {
            u"dd.MM.yyyy HH:mm:ss"_s, u"dd.MM.yyyy HH:mm"_s, u"dd.MM.yyyy"_s, u"d.M.yyyy"_s,
            u"yyyy/MM/dd HH:mm:ss"_s, u"yyyy/MM/dd"_s,
        };
        for (const QString& format : formats) {
            value = QDateTime::fromString(text, format);
            if (value.isValid())
                return asUtcIfNaive(value);
        }
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (date.isValid())
            return QDateTime(date, QTime(0, 0), Qt::UTC);
    }
    return asUtcIfNaive(QDateTime::fromString(text, Qt::RFC2822Date));
}
