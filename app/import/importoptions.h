#pragma once

#include "import/dataset/columnmapping.h"

#include <QHash>
#include <QString>

// How an import reads what the files do not say themselves: which dataset column is which.
struct ImportOptions {
    // For every dataset file (folio-cli import --map); empty: chosen by header or content.
    ColumnMapping datasetMapping;
    // For one file, by the path as given (the window's mapping dialog); wins over the above.
    QHash<QString, ColumnMapping> mappingByFile;

    ColumnMapping mappingFor(const QString& path) const {
        return mappingByFile.value(path, datasetMapping);
    }
};
