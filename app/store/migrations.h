#pragma once

#include "util/result.h"

class Database;

// The schema's history, one step per version (PRAGMA user_version). A released step is never
// edited: a change to the schema is a new step at the end.
namespace Migrations {
int latestVersion();
Result<void> migrate(Database& database);
} // namespace Migrations
