#pragma once

#include <QChar>
#include <QString>
#include <QStringView>

// How a delimited text file is written: the field delimiter, the quote character and whether the
// first record is a header. Sniffed from a sample when nobody says.
struct CsvDialect {
    QChar delimiter = u',';
    QChar quote = u'"';
    bool hasHeader = true;

    // "';' delimiter, ' quotes, header": for the import report.
    QString describe() const;

    // The dialect that reads `sample` (the start of the file) most consistently: the delimiter
    // and quote that give the same number of fields in most records, preferring `preferred`
    // (from the extension: '\t' for .tsv) on a tie; then whether the first record is a header.
    static CsvDialect sniff(QStringView sample, QChar preferred = u',');

    // Whether `fields`, the first record, names columns rather than holding data, judged against
    // the records after it (which a header's short names stand out from).
    static bool looksLikeHeader(const QStringList& first, const QList<QStringList>& following);
};
