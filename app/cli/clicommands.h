#pragma once

#include <QStringList>
#include <QTextStream>

class Database;

// The commands of folio-cli, each a function of the database, its arguments and the output
// streams; each returns the process exit status.
struct CliContext {
    Database& database;
    QStringList args; // after the command name
    bool json = false;
    QTextStream& out;
    QTextStream& err;
};

namespace CliCommands {
int importPaths(CliContext& context);
int list(CliContext& context);
int show(CliContext& context);
int search(CliContext& context);
int stats(CliContext& context);
int check(CliContext& context);
} // namespace CliCommands
