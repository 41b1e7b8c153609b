#include "import/dataset/columnchoice.h"

#include "import/dataset/datasetdate.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// Enough rows to see what a column holds, few enough to cost nothing on 100,000 rows.
constexpr int contentSampleRows = 200;

struct ColumnLooks {
    double averageLength = 0;
    int distinct = 0;
    int filled = 0;
    int dates = 0;
    int urls = 0;
    int numbers = 0;
};

bool looksLikeUrl(const QString& value) {
    return value.startsWith(u"http://"_s) || value.startsWith(u"https://"_s) ||
           value.startsWith(u"www."_s);
}

QList<ColumnLooks> look(const QList<DatasetRecord>& rows, int columnCount) {
    QList<ColumnLooks> columns(columnCount);
    QList<QSet<QString>> values(columnCount);
    const int sample = std::min<int>(contentSampleRows, int(rows.size()));
    for (int r = 0; r < sample; ++r) {
        const QStringList& fields = rows[r].fields;
        for (int c = 0; c < columnCount && c < fields.size(); ++c) {
            const QString value = fields[c].trimmed();
            if (value.isEmpty())
                continue;
            ColumnLooks& looks = columns[c];
            ++looks.filled;
            looks.averageLength += double(value.size());
            values[c].insert(value);
            if (looksLikeUrl(value))
                ++looks.urls;
            else if (DatasetDate::parse(value).isValid())
                ++looks.dates;
            bool number = false;
            value.toDouble(&number);
            looks.numbers += number ? 1 : 0;
        }
    }
    for (int c = 0; c < columnCount; ++c) {
        if (columns[c].filled > 0)
            columns[c].averageLength /= columns[c].filled;
        columns[c].distinct = int(values[c].size());
    }
    return columns;
}

} // namespace

QString ColumnChoice::describe() const {
    QStringList parts;
    for (int f = 0; f < datasetFieldCount; ++f) {
        if (m_columns[f] >= 0)
            parts.append(ColumnMapping::fieldName(static_cast<DatasetField>(f)) + u'=' +
                         QString::number(m_columns[f] + 1));
    }
    return parts.join(u", "_s) + u" ("_s + m_how + u')';
}

ColumnMapping ColumnChoice::asMapping() const {
    ColumnMapping mapping;
    for (int f = 0; f < datasetFieldCount; ++f) {
        if (m_columns[f] >= 0)
            mapping.entries.append({static_cast<DatasetField>(f), ColumnRef{m_columns[f] + 1, {}}});
    }
    return mapping;
}

ColumnChoice ColumnChoice::fromHeader(const QStringList& header) {
    ColumnChoice choice;
    choice.m_how = u"by header"_s;
    for (int c = 0; c < header.size(); ++c) {
        const std::optional<DatasetField> field = ColumnMapping::fieldForName(header[c]);
        if (field && !choice.has(*field))
            choice.set(*field, c);
    }
    // A nested source object gives "source.name" and "source.id": the name reads better.
    for (int c = 0; c < header.size(); ++c) {
        if (header[c].compare(u"source.name"_s, Qt::CaseInsensitive) == 0)
            choice.set(DatasetField::Source, c);
    }
    return choice;
}

ColumnChoice ColumnChoice::fromContent(const QList<DatasetRecord>& rows, int columnCount) {
    ColumnChoice choice;
    choice.m_how = u"by content"_s;
    const QList<ColumnLooks> columns = look(rows, columnCount);
    int text = -1;
    // Text is words: a column of URLs, dates or numbers is never it, however long.
    for (int c = 0; c < columnCount; ++c) {
        const ColumnLooks& looks = columns[c];
        const bool words =
            looks.filled > 0 && (looks.urls + looks.dates + looks.numbers) * 2 < looks.filled;
        if (words && (text < 0 || looks.averageLength > columns[text].averageLength))
            text = c;
    }
    choice.set(DatasetField::Text, text);
    for (int c = 0; c < columnCount; ++c) {
        const ColumnLooks& looks = columns[c];
        if (c == text || looks.filled == 0)
            continue;
        const auto most = [&](int count) { return count * 10 >= looks.filled * 8; };
        if (most(looks.urls) && !choice.has(DatasetField::Url)) {
            choice.set(DatasetField::Url, c);
        } else if (most(looks.dates) && !choice.has(DatasetField::Date)) {
            choice.set(DatasetField::Date, c);
        } else if (most(looks.numbers)) {
            continue; // an id or a count: nothing an article shows
        } else if (looks.averageLength <= 40 && !choice.has(DatasetField::Tags) &&
                   looks.distinct * 10 < looks.filled * 9 &&
                   (looks.distinct <= 30 || looks.distinct * 5 <= looks.filled)) {
            // A label repeats; a title does not. A few rows are few distinct values whatever
            // the column: without a repeat, short lines are titles, not labels.
            choice.set(DatasetField::Tags, c);
        } else if (text >= 0 && looks.averageLength >= 15 && looks.averageLength <= 200 &&
                   columns[text].averageLength >= 3 * looks.averageLength &&
                   looks.distinct * 10 >= looks.filled * 9 && !choice.has(DatasetField::Title)) {
            choice.set(DatasetField::Title, c);
        }
    }
    return choice;
}

Result<ColumnChoice> ColumnChoice::fromMapping(const ColumnMapping& mapping,
                                               const QStringList& header, int columnCount,
                                               const QString& name) {
    ColumnChoice choice;
    choice.m_how = u"as mapped"_s;
    for (const auto& [field, ref] : mapping.entries) {
        int column = -1;
        if (ref.number > 0) {
            if (ref.number > columnCount)
                return Error{u"%1: --map %2=%3, but the file has %4 columns"_s.arg(name)
                                 .arg(ColumnMapping::fieldName(field))
                                 .arg(ref.number)
                                 .arg(columnCount)};
            column = ref.number - 1;
        } else {
            for (int c = 0; c < header.size() && column < 0; ++c) {
                if (header[c].compare(ref.name, Qt::CaseInsensitive) == 0)
                    column = c;
            }
            if (column < 0)
                return Error{u"%1: --map %2=%3, but no column is named “%3” (columns: %4)"_s.arg(
                    name, ColumnMapping::fieldName(field), ref.name,
                    header.isEmpty() ? u"none named, the file has no header"_s
                                     : header.join(u", "_s))};
        }
        choice.set(field, column);
    }
    return choice;
}

Result<ColumnChoice> ColumnChoice::choose(const DatasetTable& table, const ColumnMapping& mapping,
                                          const QString& name) {
    if (!mapping.isEmpty())
        return ColumnChoice::fromMapping(mapping, table.header, table.columnCount, name);
    ColumnChoice choice = table.header.isEmpty()
                              ? ColumnChoice::fromContent(table.rows, table.columnCount)
                              : ColumnChoice::fromHeader(table.header);
    if (!choice.has(DatasetField::Text) && !choice.has(DatasetField::Description)) {
        // Names that say nothing ("col1", "Nachricht"): the longest column is still the text.
        const ColumnChoice byContent = ColumnChoice::fromContent(table.rows, table.columnCount);
        if (byContent.has(DatasetField::Text))
            choice.set(DatasetField::Text, byContent.column(DatasetField::Text));
    }
    if (!choice.has(DatasetField::Text) && !choice.has(DatasetField::Description))
        return Error{u"%1: no column holds the articles' text (columns: %2); say which with "
                     "--map text=N"_s.arg(name, table.header.isEmpty()
                                                    ? QString::number(table.columnCount)
                                                    : table.header.join(u", "_s))};
    return choice;
}
