#include "import/dataset/datasetpreview.h"

#include "import/dataset/rowarticle.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace {

// As many rows as ColumnChoice::fromContent looks at, so the preview's choice is the import's.
constexpr int sampleRows = 200;

QString kindName(LoadedDataset::Kind kind, QChar delimiter) {
    switch (kind) {
    case LoadedDataset::Kind::Delimited:
        return delimiter == u'\t' ? u"TSV"_s : u"CSV"_s;
    case LoadedDataset::Kind::Json:
        return u"JSON"_s;
    case LoadedDataset::Kind::JsonLines:
        return u"JSON Lines"_s;
    }
    return {};
}

} // namespace

Result<DatasetPreview> DatasetPreview::of(const QByteArray& bytes, const QString& path,
                                          bool startOnly) {
    DatasetLoader::Options options;
    options.maxRows = sampleRows;
    options.startOnly = startOnly;
    Result<LoadedDataset> loaded = DatasetLoader::load(bytes, path, options);
    if (!loaded)
        return loaded.error();
    if (loaded->table.rows.isEmpty())
        return Error{path + u": holds no rows"_s};
    DatasetPreview preview;
    preview.m_loaded = std::move(loaded).value();
    preview.m_path = path;
    if (Result<ColumnChoice> choice = ColumnChoice::choose(preview.m_loaded.table, {}, path))
        preview.m_automatic = *choice;
    return preview;
}

Result<DatasetPreview> DatasetPreview::ofFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{u"%1: cannot be read (%2)"_s.arg(path, file.errorString())};
    const bool startOnly = file.size() > startBytes;
    const QByteArray bytes = file.read(startBytes);
    if (file.error() != QFileDevice::NoError)
        return Error{u"%1: cannot be read (%2)"_s.arg(path, file.errorString())};
    return of(bytes, path, startOnly);
}

QList<QStringList> DatasetPreview::rows() const {
    QList<QStringList> rows;
    for (const DatasetRecord& record : m_loaded.table.rows) {
        if (rows.size() == shownRows)
            break;
        rows.append(record.fields);
    }
    return rows;
}

QString DatasetPreview::describeFormat() const {
    const QString kind = kindName(m_loaded.kind, m_loaded.dialect.delimiter);
    if (m_loaded.kind != LoadedDataset::Kind::Delimited)
        return u"%1 (%2)"_s.arg(kind, m_loaded.encoding);
    return u"%1: %2 (%3)"_s.arg(kind, m_loaded.dialect.describe(), m_loaded.encoding);
}

QString DatasetPreview::shapeKey() const {
    const QString kind = kindName(m_loaded.kind, m_loaded.dialect.delimiter);
    const QString delimiter = m_loaded.kind == LoadedDataset::Kind::Delimited
                                  ? QString(m_loaded.dialect.delimiter)
                                  : QString();
    const QString names = header().isEmpty() ? u"no header"_s : header().join(u'\x1f');
    return u"%1|%2|%3|%4"_s.arg(kind, delimiter).arg(columnCount()).arg(names);
}

std::optional<ImportedArticle> DatasetPreview::firstArticle(const ColumnChoice& columns) const {
    int looked = 0;
    for (const DatasetRecord& record : m_loaded.table.rows) {
        if (looked++ == shownRows)
            break;
        RowArticle::Made made = RowArticle::make(record, columns, m_path, 0);
        if (made.article)
            return made.article;
    }
    return std::nullopt;
}
