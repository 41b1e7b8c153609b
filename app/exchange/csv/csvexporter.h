#pragma once

#include "exchange/exportedarticle.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// Two tables for spreadsheets, RFC 4180: CRLF line ends, fields with a comma, quote, CR or LF
// in double quotes with inner quotes doubled, UTF-8 with a byte order mark (so spreadsheets
// read umlauts). A cell that a spreadsheet would run as a formula (starting with = + - @, tab
// or CR) gets a leading ' so it stays text. Offsets (start, end) count Unicode code points.
// The columns are fixed, in this order, and named by the header row; new ones are added at the
// end so that sheets and scripts reading by position keep working. article_id is the article's
// ID in the database (`folio-cli show ID`): titles repeat, the ID does not.
class CsvExporter final {
public:
    // company_a, company_b, kind, status, article_title, source, evidence, note, article_id
    static QByteArray partnerships(const QList<ExportedArticle>& articles);
    // company, quote, start, end, article_title, source, note, article_id
    static QByteArray mentions(const QList<ExportedArticle>& articles);

    static QString field(const QString& value);    // neutralised and quoted as needed
    static QString row(const QStringList& values); // fields joined, with the CRLF
};
