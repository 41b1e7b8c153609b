#include "import/dataset/csvdialect.h"

#include "import/dataset/columnmapping.h"
#include "import/dataset/csvparser.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// Enough records to see a pattern; a header and a few dozen rows.
constexpr int sniffRecords = 60;
// A header names columns in a word or two.
constexpr qsizetype headerCellMaxChars = 40;

struct Consistency {
    int fields = 1;     // the most common number of fields
    double share = 0.0; // of records that have it
};

Consistency consistency(const DatasetTable& table) {
    QList<DatasetRecord> rows = table.rows;
    // The sample may end in the middle of a record.
    if (rows.size() > 2)
        rows.removeLast();
    QHash<int, int> counts;
    for (const DatasetRecord& row : std::as_const(rows))
        ++counts[int(row.fields.size())];
    Consistency best;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > best.share || (it.value() == best.share && it.key() > best.fields)) {
            best.fields = it.key();
            best.share = it.value();
        }
    }
    if (!rows.isEmpty())
        best.share /= double(rows.size());
    return best;
}

QString quoteName(QChar c) {
    return c == u'\t' ? u"tab"_s : u"'"_s + c + u"'"_s;
}

bool isNumeric(const QString& value) {
    bool ok = false;
    value.toDouble(&ok);
    return ok;
}

} // namespace

QString CsvDialect::describe() const {
    return quoteName(delimiter) + u" delimiter, "_s + quote + u" quotes, "_s +
           (hasHeader ? u"header"_s : u"no header"_s);
}

CsvDialect CsvDialect::sniff(QStringView sample, QChar preferred) {
    QList<QChar> delimiters{preferred};
    for (const QChar c : {QChar(u','), QChar(u';'), QChar(u'\t'), QChar(u'|')}) {
        if (!delimiters.contains(c))
            delimiters.append(c);
    }
    CsvDialect best{preferred, u'"', false};
    Consistency bestConsistency;
    DatasetTable bestTable;
    for (const QChar delimiter : std::as_const(delimiters)) {
        CsvDialect dialect{delimiter, u'"', false};
        DatasetTable table = CsvParser::parse(sample, dialect, QString(), sniffRecords);
        // A field that starts with an apostrophe is rare in text, so many of them mean that '
        // is the quote character (`Sport;'Der FC Bayern …'`).
        int apostrophes = 0;
        for (const DatasetRecord& row : std::as_const(table.rows)) {
            apostrophes += std::any_of(row.fields.cbegin(), row.fields.cend(),
                                       [](const QString& f) { return f.startsWith(u'\''); });
        }
        if (apostrophes * 2 > table.rows.size()) {
            dialect.quote = u'\'';
            table = CsvParser::parse(sample, dialect, QString(), sniffRecords);
        }
        const Consistency c = consistency(table);
        if (c.fields < 2)
            continue;
        // Strictly better only: on a tie the earlier (the extension's) delimiter stays.
        if (bestConsistency.fields < 2 || c.share > bestConsistency.share + 1e-9) {
            best = dialect;
            bestConsistency = c;
            bestTable = std::move(table);
        }
    }
    if (bestConsistency.fields < 2) // one column: every line is a field
        bestTable = CsvParser::parse(sample, best, QString(), sniffRecords);
    if (!bestTable.rows.isEmpty()) {
        QList<QStringList> following;
        for (qsizetype r = 1; r < bestTable.rows.size(); ++r)
            following.append(bestTable.rows[r].fields);
        best.hasHeader = looksLikeHeader(bestTable.rows.first().fields, following);
    }
    return best;
}

bool CsvDialect::looksLikeHeader(const QStringList& first, const QList<QStringList>& following) {
    int named = 0;
    int empty = 0;
    for (const QString& cell : first) {
        const QString value = cell.trimmed();
        if (value.isEmpty()) {
            ++empty; // pandas writes an empty name over its index column
            continue;
        }
        if (value.size() > headerCellMaxChars || isNumeric(value))
            return false;
        if (ColumnMapping::fieldForName(value))
            ++named;
    }
    if (empty > 1 || empty == first.size())
        return false;
    if (named > 0)
        return true;
    // Unknown names: a header if its cells stand out from what the rows below hold, much
    // shorter than the column's values or words over numbers.
    if (following.isEmpty())
        return false;
    for (int c = 0; c < first.size(); ++c) {
        qsizetype total = 0;
        int numbers = 0;
        int filled = 0;
        for (const QStringList& row : following) {
            if (c >= row.size() || row[c].trimmed().isEmpty())
                continue;
            ++filled;
            total += row[c].size();
            numbers += isNumeric(row[c]) ? 1 : 0;
        }
        if (filled == 0 || first[c].trimmed().isEmpty())
            continue;
        const double average = double(total) / filled;
        if (average >= 3.0 * double(first[c].size()) + 20.0 || numbers == filled)
            return true;
    }
    return false;
}
