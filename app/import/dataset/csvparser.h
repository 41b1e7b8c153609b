#pragma once

#include "import/dataset/csvdialect.h"
#include "import/dataset/datasettable.h"

#include <QStringView>

// RFC 4180 records: fields split on the delimiter, a field that starts with the quote character
// runs to the closing quote (a doubled quote inside is one quote; delimiters and line breaks
// inside are content). Lenient where real files are: a quote in the middle of an unquoted field
// is an ordinary character, and text after a closing quote is kept. A quote left open at the end
// of the file loses only its own record: reading resumes on the line after the one it opened.
class CsvParser final {
public:
    // A record longer than this is damage (a stray quote swallowing the file), not an article.
    static constexpr qsizetype defaultRecordLimit = 20 * 1024 * 1024;

    // `name` names the file in problems. With `dialect.hasHeader`, the first record becomes the
    // header. At most `maxRecords` records are read (sniffing reads a few), -1 for all.
    static DatasetTable parse(QStringView text, const CsvDialect& dialect, const QString& name,
                              int maxRecords = -1, qsizetype recordLimit = defaultRecordLimit);
};
