#pragma once

#include <QDateTime>
#include <QString>

// A dataset's date as people and programs write it: ISO 8601 (with or without time and offset,
// "+0200" as well as "+02:00"), RFC 2822 ("Mon, 04 Mar 2024 10:00:00 +0100"), German
// "04.03.2024 10:00", "2024/03/04", Unix seconds or milliseconds. A time without an offset is
// taken as UTC: the file does not say, and the same file must give the same dates everywhere.
// Invalid when none of these fit (ambiguous "03/04/2024" among them).
class DatasetDate final {
public:
    static QDateTime parse(const QString& text);
};
