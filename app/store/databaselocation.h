#pragma once

#include "util/result.h"

#include <QString>

// What a user may give as `--db`: the path of an SQLite file, or a `file:` URL of one. Anything
// else that carries a scheme (`postgresql://…`, `http://…`) is refused before a single file or
// folder is made, so a typo or a server Folio does not serve never turns into a stray
// `postgresql:` folder holding a new, empty database.
namespace DatabaseLocation {

// The local file path that `location` names, or an error that says what Folio accepts.
Result<QString> localPath(const QString& location);

// Whether `path` (which need not exist yet) is the database at `databasePath` or one of SQLite's
// files beside it (-wal, -shm, -journal), by name or through a link. Reading such a file outside
// SQLite drops this process's locks on it; writing over it destroys the database.
bool isDatabaseFile(const QString& path, const QString& databasePath);

} // namespace DatabaseLocation
