#pragma once

#include "util/result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

#include <memory>

class QSqlQuery;

// One open connection to a Folio database. A connection belongs to the thread that opened it,
// so every thread (the UI, an import worker) opens its own Database on the same file; SQLite's
// WAL mode lets them read while one writes.
class Database final {
public:
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Opens (creating if needed) the database at `path` and brings its schema up to date.
    // Refuses, without touching it, a file that is not SQLite.
    static Result<std::unique_ptr<Database>> open(const QString& path);

    // QStandardPaths::AppDataLocation/folio.sqlite
    static QString defaultPath();

    QSqlDatabase connection() const { return QSqlDatabase::database(m_connectionName, false); }
    QString path() const { return m_path; }
    int schemaVersion() const;

    // Runs SQLite's integrity check (plus a foreign key check); the result lists the problems
    // found, empty when the database is sound.
    Result<QStringList> integrityProblems() const;

    // Runs `work` inside one transaction: commits when it succeeds, rolls back when it fails.
    Result<void> transaction(const std::function<Result<void>()>& work);

    // Turns a failed query into a Folio error that says what we were doing.
    Error errorFrom(const QSqlQuery& query, const QString& doing) const;

private:
    Database(QString path, QString connectionName);

    QString m_path;
    QString m_connectionName;
};
