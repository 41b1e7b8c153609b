#include "import/dataset/csvparser.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

enum class Failure { None, Unterminated, TooLong };

struct Scan {
    QStringList fields;
    qsizetype end = 0; // just after the record's line break
    int lineBreaks = 0;
    Failure failure = Failure::None;
};

bool isLineBreak(QChar c) {
    return c == u'\n' || c == u'\r';
}

// Reads one record from `pos`. Unquoted fields are cut out whole (the common case, and fast);
// quoted ones are put together between their doubled quotes.
Scan scanRecord(QStringView text, qsizetype pos, const CsvDialect& dialect, qsizetype limit) {
    Scan scan;
    const qsizetype n = text.size();
    const QChar delimiter = dialect.delimiter;
    const QChar quote = dialect.quote;
    qsizetype i = pos;
    for (;;) {
        // At the start of a field. Blanks before an opening quote ("a, 'b'") belong to no one.
        qsizetype j = i;
        while (j < n && (text[j] == u' ' || text[j] == u'\t') && text[j] != delimiter)
            ++j;
        QString field;
        if (j < n && text[j] == quote) {
            i = j + 1;
            bool closed = false;
            while (i < n) {
                const qsizetype next = text.indexOf(quote, i);
                if (next < 0)
                    break;
                if (next - pos > limit) {
                    scan.failure = Failure::TooLong;
                    return scan;
                }
                field += text.sliced(i, next - i);
                if (next + 1 < n && text[next + 1] == quote) {
                    field += quote;
                    i = next + 2;
                    continue;
                }
                i = next + 1;
                closed = true;
                break;
            }
            if (!closed) {
                scan.failure = n - pos > limit ? Failure::TooLong : Failure::Unterminated;
                return scan;
            }
            // Line breaks inside the quotes are content; "\r\n" there becomes one '\n'.
            scan.lineBreaks +=
                int(field.count(u'\n') + field.count(u'\r')) - int(field.count(u"\r\n"_s));
            field.replace(u"\r\n"_s, u"\n"_s);
            field.replace(u'\r', u'\n');
        }
        // The unquoted rest of the field (all of it when it was not quoted).
        qsizetype k = i;
        while (k < n && text[k] != delimiter && !isLineBreak(text[k]))
            ++k;
        if (field.isEmpty())
            field = text.sliced(i, k - i).toString();
        else if (k > i)
            field += text.sliced(i, k - i);
        scan.fields.append(std::move(field));
        if (k >= n) {
            scan.end = n;
            return scan;
        }
        if (text[k] == delimiter) {
            i = k + 1;
            continue;
        }
        scan.end = k + ((text[k] == u'\r' && k + 1 < n && text[k + 1] == u'\n') ? 2 : 1);
        ++scan.lineBreaks;
        return scan;
    }
}

bool isBlank(const QStringList& fields) {
    return fields.size() == 1 && fields.first().trimmed().isEmpty();
}

QString withoutLineBreak(QStringView raw) {
    while (!raw.isEmpty() && isLineBreak(raw.back()))
        raw.chop(1);
    return raw.toString();
}

} // namespace

DatasetTable CsvParser::parse(QStringView text, const CsvDialect& dialect, const QString& name,
                              int maxRecords, qsizetype recordLimit) {
    DatasetTable table;
    bool headerPending = dialect.hasHeader;
    qsizetype pos = 0;
    int line = 1;
    int number = 0;
    while (pos < text.size() && (maxRecords < 0 || table.rows.size() < maxRecords)) {
        Scan scan = scanRecord(text, pos, dialect, recordLimit);
        if (scan.failure != Failure::None) {
            // Give up on this record only: go on from the next line, where the rest of the file
            // most likely reads as it should.
            const qsizetype nextLine = text.indexOf(u'\n', pos);
            const QString where =
                headerPending ? u"%1, header (line %2)"_s.arg(name).arg(line)
                              : u"%1, row %2 (line %3)"_s.arg(name).arg(number + 1).arg(line);
            table.problems.append(
                where +
                (scan.failure == Failure::Unterminated
                     ? u": a quote (%1) is opened and never closed; the row is skipped"_s.arg(
                           dialect.quote)
                     : u": a quoted field runs on for more than %1 MB (a stray quote?); "
                       "the row is skipped"_s.arg(recordLimit / (1024 * 1024))));
            if (!headerPending)
                ++number;
            headerPending = false;
            if (nextLine < 0)
                break;
            pos = nextLine + 1;
            ++line;
            continue;
        }
        const int startLine = line;
        line += scan.lineBreaks;
        const QStringView raw = text.sliced(pos, scan.end - pos);
        pos = scan.end;
        if (isBlank(scan.fields))
            continue;
        table.columnCount = std::max(table.columnCount, int(scan.fields.size()));
        if (headerPending) {
            headerPending = false;
            for (const QString& cell : std::as_const(scan.fields))
                table.header.append(cell.trimmed());
            continue;
        }
        DatasetRecord record;
        record.fields = std::move(scan.fields);
        record.number = ++number;
        record.line = startLine;
        record.raw = withoutLineBreak(raw);
        table.rows.append(std::move(record));
    }
    return table;
}
