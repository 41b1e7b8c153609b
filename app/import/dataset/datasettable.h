#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// One record of a dataset as the parser found it, before any column means anything.
struct DatasetRecord {
    QStringList fields;
    QList<QStringList> lists; // per field: the items when the source gave a list (JSON arrays)
    int number = 0;           // 1-based row (CSV, header not counted) or item (JSON) number
    int line = 0;             // 1-based line where it starts in the file
    QString raw;              // the record exactly as it stood in the file
};

// What a CSV or JSON parser made of a file: its column names (empty when it has no header) and
// records; the records it could not read are named in `problems` and left out.
struct DatasetTable {
    QStringList header;
    QList<DatasetRecord> rows;
    QStringList problems;
    int columnCount = 0; // the most fields any record has
};
