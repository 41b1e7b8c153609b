#include "store/sqlite/sqlitedialect.h"

#include "store/sqlite/sqliteschema.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

QString SqliteDialect::connectOptions() const {
    return QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs);
}

QStringList SqliteDialect::connectionSetup() const {
    // journal_mode comes first: it is the first statement that writes, so it is where a file
    // that cannot be written shows itself. WAL lets readers read while one program writes.
    return {QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("PRAGMA foreign_keys=ON"),
            QStringLiteral("PRAGMA synchronous=NORMAL")};
}

bool SqliteDialect::isBusy(const QSqlError& error) const {
    // SQLite's result codes, as the Qt driver reports them in nativeErrorCode().
    const int code = error.nativeErrorCode().toInt() & 0xff;
    return code == 5 /* SQLITE_BUSY */ || code == 6 /* SQLITE_LOCKED */;
}

bool SqliteDialect::isNotADatabase(const QSqlError& error) {
    return (error.nativeErrorCode().toInt() & 0xff) == 26 /* SQLITE_NOTADB */ ||
           error.databaseText().contains(QLatin1String("not a database"));
}

QList<QStringList> SqliteDialect::schemaSteps() const {
    return SqliteSchema::steps();
}

QString SqliteDialect::writeSchemaVersion(int version) const {
    // PRAGMA takes no bound values; the version is our own integer.
    return QStringLiteral("PRAGMA user_version = %1").arg(version);
}

QStringList SqliteDialect::beforeUpgrade() const {
    // Rebuilding a table must not cascade deletes; SQLite ignores this inside a transaction, so
    // it is switched before the upgrade's transaction, and references are checked before commit.
    return {QStringLiteral("PRAGMA foreign_keys=OFF")};
}

QStringList SqliteDialect::afterUpgrade() const {
    return {QStringLiteral("PRAGMA foreign_keys=ON")};
}

QString SqliteDialect::articleMatch() const {
    return QStringLiteral("a.id IN (SELECT rowid FROM article_fts WHERE article_fts MATCH ?)");
}

QString SqliteDialect::rankedSearch() const {
    // Title matches weigh more than body matches.
    return QStringLiteral(
        "SELECT a.id, a.title, a.source,"
        " snippet(article_fts, 1, '[', ']', '…', 12), bm25(article_fts, 10.0, 1.0) AS rank"
        " FROM article_fts JOIN article a ON a.id = article_fts.rowid"
        " WHERE article_fts MATCH ? ORDER BY rank LIMIT ?");
}

QString SqliteDialect::caseInsensitive(const QString& expression) const {
    return expression + QStringLiteral(" COLLATE NOCASE");
}

QString SqliteDialect::joined(const QString& expression, const QString& separator) const {
    return QStringLiteral("group_concat(%1, %2)").arg(expression, separator);
}

qint64 SqliteDialect::newRowId(QSqlQuery& insert) const {
    return insert.lastInsertId().toLongLong();
}
