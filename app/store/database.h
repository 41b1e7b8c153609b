#pragma once

#include "util/result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

#include <memory>

class QSqlQuery;
class SqlDialect;

// One open connection to a Folio database. A connection belongs to the thread that opened it,
// so every thread (the UI, an import worker) opens its own Database on the same file; SQLite's
// WAL mode lets them read while one writes.
class Database final {
public:
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Opens (creating if needed) the database at `location` (a path or a file: URL) and brings
    // its schema up to date. Refuses, without touching it, a file that is not SQLite, and a
    // location with a scheme Folio does not serve (creating nothing).
    static Result<std::unique_ptr<Database>> open(const QString& location);

    // QStandardPaths::AppDataLocation/folio.sqlite
    static QString defaultPath();

    QSqlDatabase connection() const { return QSqlDatabase::database(m_connectionName, false); }
    // The SQL that differs between database systems (see sqldialect.h).
    const SqlDialect& dialect() const { return *m_dialect; }
    QString path() const { return m_path; }
    int schemaVersion() const;

    // Runs SQLite's integrity check (plus a foreign key check); the result lists the problems
    // found, empty when the database is sound.
    Result<QStringList> integrityProblems() const;

    // Runs `work` inside one write transaction: commits when it succeeds, rolls back when it
    // fails. The write lock is taken at the start (BEGIN IMMEDIATE), so writers from other
    // programs queue behind each other for up to busyTimeoutMs instead of failing with
    // "database is locked" when one of them read first. Called inside another transaction it
    // runs as a savepoint of it: a failure undoes only its own part, and nothing is committed
    // until the outermost transaction is.
    Result<void> transaction(const std::function<Result<void>()>& work);
    bool inTransaction() const { return m_depth > 0; }

    // A number that changes whenever another connection (another program, or another thread of
    // this one) has committed a change since it was last read; SQLite's PRAGMA data_version.
    Result<qint64> dataVersion() const;

    // Turns a failed query into a Folio error that says what we were doing.
    Error errorFrom(const QSqlQuery& query, const QString& doing) const;

private:
    Database(QString path, QString connectionName, std::unique_ptr<SqlDialect> dialect);

    Result<void> begin();
    Result<void> setUpConnection();

    QString m_path;
    QString m_connectionName;
    std::unique_ptr<SqlDialect> m_dialect;
    int m_depth = 0; // transactions open on this connection, the outermost included
};
