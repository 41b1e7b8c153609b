#pragma once

#include "store/sqldialect.h"

// SQLite, the default: one file, WAL so that readers never wait for the writer, FTS5 for search.
class SqliteDialect final : public SqlDialect {
public:
    // How long a connection waits for another program's write before it gives up.
    static constexpr int busyTimeoutMs = 30000;

    QString name() const override { return QStringLiteral("SQLite"); }
    QString qtDriver() const override { return QStringLiteral("QSQLITE"); }
    QString connectOptions() const override;
    QString probe() const override { return QStringLiteral("SELECT count(*) FROM sqlite_master"); }
    QStringList connectionSetup() const override;
    QString beginWrite() const override { return QStringLiteral("BEGIN IMMEDIATE"); }
    QString changeCounter() const override { return QStringLiteral("PRAGMA data_version"); }
    bool isBusy(const QSqlError& error) const override;
    // The file is not a database at all (SQLite says so before writing anything).
    static bool isNotADatabase(const QSqlError& error);

    QList<QStringList> schemaSteps() const override;
    QString readSchemaVersion() const override { return QStringLiteral("PRAGMA user_version"); }
    QString writeSchemaVersion(int version) const override;
    QStringList beforeUpgrade() const override;
    QStringList afterUpgrade() const override;
    QString brokenReferences() const override { return QStringLiteral("PRAGMA foreign_key_check"); }

    QString integrityCheck() const override { return QStringLiteral("PRAGMA integrity_check"); }
    QString articleMatch() const override;
    QString rankedSearch() const override;
    QString rankedArticles() const override;
    QString relevance() const override;
    QString articleSnippet() const override;
    QString caseInsensitive(const QString& expression) const override;
    QString joined(const QString& expression, const QString& separator) const override;
    QString returningId() const override { return QString(); }
    qint64 newRowId(QSqlQuery& insert) const override;
};
