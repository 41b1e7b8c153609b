#pragma once

#include "import/dataset/columnmapping.h"
#include "import/dataset/datasettable.h"
#include "util/result.h"

#include <QString>
#include <QStringList>

#include <array>

// Which column of a dataset holds which article field (0-based; -1: none), and how that was
// decided, for the import report ("columns by header: title=1, text=2").
class ColumnChoice final {
public:
    int column(DatasetField field) const { return m_columns[static_cast<int>(field)]; }
    bool has(DatasetField field) const { return column(field) >= 0; }
    void set(DatasetField field, int column) { m_columns[static_cast<int>(field)] = column; }
    QString describe() const; // "title=1, text=2, tags=3 (by header)"
    // The same columns as a hand-set mapping, by number: what the mapping dialog starts from.
    ColumnMapping asMapping() const;

    // What an import uses: the mapping when one is given, else by header, by content where the
    // header names no text; an Error (naming `name`) when no column is the text.
    static Result<ColumnChoice> choose(const DatasetTable& table, const ColumnMapping& mapping,
                                       const QString& name);
    // By the header's names; the first column with a field's name wins.
    static ColumnChoice fromHeader(const QStringList& header);
    // Without names, by what the first rows hold: the longest column is the text, a short one
    // with few distinct values the tags (a label), others by their looks (dates, URLs).
    static ColumnChoice fromContent(const QList<DatasetRecord>& rows, int columnCount);
    // Exactly as the user said; an Error (naming `name`) for a column that is not there.
    static Result<ColumnChoice> fromMapping(const ColumnMapping& mapping, const QStringList& header,
                                            int columnCount, const QString& name);

private:
    std::array<int, datasetFieldCount> m_columns{-1, -1, -1, -1, -1, -1, -1, -1, -1, -1};
    QString m_how;
};
