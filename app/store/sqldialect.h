#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QSqlError;
class QSqlQuery;

// Everything in Folio's SQL that differs between database systems, in one place: a second
// backend (PostgreSQL for a team) is a new subclass beside SqliteDialect, not edits across every
// store. The stores write the rest in the SQL both share (bound values, COALESCE, ||, joins).
class SqlDialect {
public:
    virtual ~SqlDialect() = default;

    virtual QString name() const = 0;           // for messages: "SQLite"
    virtual QString qtDriver() const = 0;       // the Qt Sql driver: "QSQLITE"
    virtual QString connectOptions() const = 0; // Qt's connect options (the busy timeout)

    // A read that fails when the location holds no database of this kind (it must not write).
    virtual QString probe() const = 0;
    // Statements run on every new connection, after it opened (journal mode, foreign keys…).
    virtual QStringList connectionSetup() const = 0;
    // How a write transaction begins so that writers queue instead of failing part-way.
    virtual QString beginWrite() const = 0;
    // A query of one integer that changes whenever another connection committed.
    virtual QString changeCounter() const = 0;
    // Whether an error means "another program holds the lock" (so waiting and retrying helps).
    virtual bool isBusy(const QSqlError& error) const = 0;

    // The schema: the statements of each version (version 1 first), how the stored version is
    // read and written, and what runs around an upgrade (before its transaction and after).
    virtual QList<QStringList> schemaSteps() const = 0;
    virtual QString readSchemaVersion() const = 0;
    virtual QString writeSchemaVersion(int version) const = 0;
    virtual QStringList beforeUpgrade() const = 0;
    virtual QStringList afterUpgrade() const = 0;
    // A query that returns a row for each broken reference after an upgrade (none: sound).
    virtual QString brokenReferences() const = 0;

    // The database's own consistency check: a row per problem, or one row "ok".
    virtual QString integrityCheck() const = 0;

    // Full-text search over articles. articleMatch() is a condition on `a` (the article table)
    // with one bound value, the query; rankedSearch() selects id, title, source, snippet (hits
    // in [ ]) and rank (lower is better) for two bound values, the query and a limit.
    virtual QString articleMatch() const = 0;
    virtual QString rankedSearch() const = 0;
    // The list's relevance order. rankedArticles() is a FROM and WHERE over the matching articles,
    // `a` among them, with one bound value, the query (more conditions follow it with AND);
    // relevance() is the score of each of them there, lower is better, title hits weighing more
    // than body hits.
    virtual QString rankedArticles() const = 0;
    virtual QString relevance() const = 0;
    // An expression on `a` with one bound value, the query: a passage of a's text around the
    // query's hits, each between SearchSnippet::hitOpen and hitClose.
    virtual QString articleSnippet() const = 0;

    // An expression ordered and compared without regard to case.
    virtual QString caseInsensitive(const QString& expression) const = 0;
    // The values of `expression` over a group, joined by `separator` (a SQL string literal).
    virtual QString joined(const QString& expression, const QString& separator) const = 0;
    // What to append to an INSERT so that newRowId() can give the new row's id.
    virtual QString returningId() const = 0;
    virtual qint64 newRowId(QSqlQuery& insert) const = 0;
};
