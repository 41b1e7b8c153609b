#pragma once

#include <QList>
#include <QStringList>

// The statements of each schema version for SQLite, version 1 first.
namespace SqliteSchema {
QList<QStringList> steps();
} // namespace SqliteSchema
