#pragma once

#include <QDateTime>
#include <QString>

// The dates feeds write, as they really write them: RFC 822/2822 (RSS's pubDate) with numeric
// or named zones ("GMT", "EST", "CEST", "IST"), with or without seconds, day name or comma, and
// with German day and month names ("Di, 05 Mär 2024"); ISO 8601 / RFC 3339 (Atom, dc:date),
// with or without seconds, fractions, zone or time. A date without a zone is taken as UTC.
namespace FeedDate {
// An invalid QDateTime when `text` is not a date this understands.
QDateTime parse(const QString& text);
} // namespace FeedDate
