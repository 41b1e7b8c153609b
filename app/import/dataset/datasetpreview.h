#pragma once

#include "import/dataset/columnchoice.h"
#include "import/dataset/datasetloader.h"
#include "import/importedarticle.h"
#include "util/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// What the mapping dialog shows before a dataset is imported: how the file is written, its
// first rows, and the columns Folio would choose by itself, read exactly as the import reads
// them; and the first article a choice of columns would give. No widgets: tested in the core.
class DatasetPreview final {
public:
    static constexpr int shownRows = 20;
    // Of a file larger than this only the start is read: enough for any preview.
    static constexpr qint64 startBytes = 1024 * 1024;

    // `bytes`: the whole file, or with `startOnly` its first bytes. An Error naming `path` when
    // it is no dataset Folio reads (empty, broken JSON, Folio's own export).
    static Result<DatasetPreview> of(const QByteArray& bytes, const QString& path,
                                     bool startOnly = false);
    // The file at `path`, or its first startBytes when it is larger.
    static Result<DatasetPreview> ofFile(const QString& path);

    LoadedDataset::Kind kind() const { return m_loaded.kind; }
    const CsvDialect& dialect() const { return m_loaded.dialect; }
    const QStringList& header() const { return m_loaded.table.header; }
    int columnCount() const { return m_loaded.table.columnCount; }
    // The first shownRows rows, their fields as the parser split them.
    QList<QStringList> rows() const;
    // The columns the import takes when nobody says (no text column when none looks like one).
    const ColumnChoice& automatic() const { return m_automatic; }
    // "CSV: ';' delimiter, ' quotes, no header", "JSON Lines (UTF-8)".
    QString describeFormat() const;
    // What makes two files alike for a remembered mapping: the kind, delimiter, number of
    // columns and the header's names (or "no header"). Files of one export share it.
    QString shapeKey() const;
    // The article the first row with text gives with `columns`; none when no shown row has text.
    std::optional<ImportedArticle> firstArticle(const ColumnChoice& columns) const;

private:
    LoadedDataset m_loaded; // the rows the automatic choice looks at (more than are shown)
    ColumnChoice m_automatic;
    QString m_path;
};
