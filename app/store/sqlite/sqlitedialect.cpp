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

namespace {
// bm25 with a weight per column of article_fts (title, clean_text): a word in the title says
// more about what an article is about than the same word once in its body.
const QLatin1StringView bm25{"bm25(article_fts, 10.0, 1.0)"};
} // namespace

QString SqliteDialect::rankedSearch() const {
    return QStringLiteral("SELECT a.id, a.title, a.source,"
                          " snippet(article_fts, 1, '[', ']', '…', 12), ") +
           bm25 +
           QStringLiteral(" AS rank FROM article_fts JOIN article a ON a.id = article_fts.rowid"
                          " WHERE article_fts MATCH ? ORDER BY rank LIMIT ?");
}

QString SqliteDialect::rankedArticles() const {
    return QStringLiteral(
        "article_fts JOIN article a ON a.id = article_fts.rowid WHERE article_fts MATCH ?");
}

QString SqliteDialect::relevance() const {
    return bm25;
}

QString SqliteDialect::articleSnippet() const {
    // From the body (column 1): the title is on the row already. char(2) and char(3) are
    // SearchSnippet's marks. The rowid condition makes FTS5 look at this one article only, so
    // the snippet costs a page's rows, not every match's.
    return QStringLiteral("(SELECT snippet(article_fts, 1, char(2), char(3), '…', 16)"
                          " FROM article_fts WHERE article_fts MATCH ? AND rowid = a.id)");
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
