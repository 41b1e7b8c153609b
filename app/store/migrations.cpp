#include "store/migrations.h"

#include "store/database.h"
#include "store/sqldialect.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace Migrations {

int latestVersion() {
    return 8;
}

namespace {

Result<void> checkNotNewer(Database& database, int current) {
    if (current < 0)
        return Error{QStringLiteral("%1: cannot read the schema version").arg(database.path())};
    if (current > latestVersion())
        return Error{QStringLiteral("%1: was written by a newer Folio (schema %2; this Folio knows "
                                    "up to %3); update Folio to open it")
                         .arg(database.path())
                         .arg(current)
                         .arg(latestVersion())};
    return {};
}

Result<void> applyStep(Database& database, int version) {
    const QList<QStringList> steps = database.dialect().schemaSteps();
    if (steps.size() != latestVersion())
        return Error{QStringLiteral("%1: the %2 schema has %3 versions, Folio needs %4")
                         .arg(database.path(), database.dialect().name())
                         .arg(steps.size())
                         .arg(latestVersion())};
    QSqlQuery query(database.connection());
    for (const QString& statement : steps.at(version - 1)) {
        if (!query.exec(statement))
            return database.errorFrom(
                query, QStringLiteral("upgrading the schema to version %1").arg(version));
    }
    if (!query.exec(database.dialect().writeSchemaVersion(version)))
        return database.errorFrom(query, QStringLiteral("recording the schema version"));
    return {};
}

} // namespace

Result<void> migrate(Database& database) {
    // Up to date, the common case: no write lock, so opening never waits for another writer.
    const int seen = database.schemaVersion();
    if (auto usable = checkNotNewer(database, seen); !usable || seen == latestVersion())
        return usable;
    // Otherwise the version is read again under the write lock: two programs opening a new
    // database at once must not both create version 1. Rebuilding a table must not cascade
    // deletes, so references are switched off around the upgrade and checked before it commits.
    const SqlDialect& dialect = database.dialect();
    QSqlQuery pragma(database.connection());
    for (const QString& statement : dialect.beforeUpgrade()) {
        if (!pragma.exec(statement))
            return database.errorFrom(pragma, QStringLiteral("preparing the schema upgrade"));
    }
    auto upgraded = database.transaction([&]() -> Result<void> {
        const int current = database.schemaVersion();
        if (auto usable = checkNotNewer(database, current); !usable)
            return usable;
        for (int version = current + 1; version <= latestVersion(); ++version) {
            if (auto applied = database.transaction([&] { return applyStep(database, version); });
                !applied)
                return applied;
        }
        QSqlQuery check(database.connection());
        if (!check.exec(dialect.brokenReferences()))
            return database.errorFrom(check, QStringLiteral("checking the upgraded schema"));
        if (check.next())
            return Error{QStringLiteral("%1: the schema upgrade would leave rows of %2 pointing "
                                        "to nothing; nothing was changed")
                             .arg(database.path(), check.value(0).toString())};
        return {};
    });
    for (const QString& statement : dialect.afterUpgrade()) {
        if (!pragma.exec(statement) && upgraded)
            return database.errorFrom(pragma, QStringLiteral("finishing the schema upgrade"));
    }
    return upgraded;
}

} // namespace Migrations
