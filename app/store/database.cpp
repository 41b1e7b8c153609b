#include "store/database.h"

#include "store/databaselocation.h"
#include "store/migrations.h"
#include "store/sqlite/sqlitedialect.h"

#include <QAtomicInteger>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QVariant>

namespace {

QAtomicInteger<quint64> connectionCounter;

// Only stat()s the path: opening the file with anything but SQLite would, on closing, drop every
// POSIX lock this process holds on it, and another program would then delete the WAL under the
// connections that still use it (SQLite's "How To Corrupt An SQLite Database File", 2.2).
Result<void> checkPathUsable(const QString& path) {
    const QFileInfo info(path);
    if (info.isDir())
        return Error{QStringLiteral("%1: is a folder; give the path of a database file").arg(path)};
    if (info.exists()) {
        if (!info.isReadable())
            return Error{QStringLiteral("%1: cannot be read (permission denied)").arg(path)};
        return {};
    }
    const QString folder = info.absolutePath();
    if (!QDir().mkpath(folder))
        return Error{QStringLiteral("%1: cannot create the folder %2 for the database")
                         .arg(path, QDir::toNativeSeparators(folder))};
    if (!QFileInfo(folder).isWritable())
        return Error{QStringLiteral("%1: the folder %2 is not writable")
                         .arg(path, QDir::toNativeSeparators(folder))};
    return {};
}

// Runs a statement that takes a lock the busy timeout does not always cover (switching to WAL
// while another program creates the same new file), retrying for a while.
bool execRetryingWhenBusy(QSqlQuery& query, const QString& statement, const SqlDialect& dialect) {
    QDeadlineTimer deadline(SqliteDialect::busyTimeoutMs);
    while (!query.exec(statement)) {
        if (!dialect.isBusy(query.lastError()) || deadline.hasExpired())
            return false;
        QThread::msleep(20);
    }
    return true;
}

} // namespace

Database::Database(QString path, QString connectionName, std::unique_ptr<SqlDialect> dialect)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_dialect(std::move(dialect)) {}

Database::~Database() {
    {
        QSqlDatabase db = connection();
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const QString& location) {
    auto local = DatabaseLocation::localPath(location);
    if (!local)
        return local.error();
    const QString path = *local;
    if (auto usable = checkPathUsable(path); !usable)
        return usable.error();

    const QString name = QStringLiteral("folio-%1").arg(connectionCounter.fetchAndAddRelaxed(1));
    // Only SQLite is served so far; DatabaseLocation refused every other scheme above.
    std::unique_ptr<Database> database(new Database(path, name, std::make_unique<SqliteDialect>()));
    QSqlDatabase db = QSqlDatabase::addDatabase(database->dialect().qtDriver(), name);
    db.setDatabaseName(path);
    db.setConnectOptions(database->dialect().connectOptions());
    if (!db.open())
        return Error{
            QStringLiteral("%1: cannot open the database (%2)").arg(path, db.lastError().text())};
    if (auto ready = database->setUpConnection(); !ready)
        return ready.error();
    if (auto migrated = Migrations::migrate(*database); !migrated)
        return migrated.error();
    return database;
}

Result<void> Database::setUpConnection() {
    QSqlQuery query(connection());
    // Reading the header first: SQLite refuses a file that is not a database without writing to
    // it, so such a file is left byte for byte as it was.
    if (!query.exec(m_dialect->probe())) {
        if (SqliteDialect::isNotADatabase(query.lastError()))
            return Error{QStringLiteral("%1: is not a Folio database (not an SQLite file); "
                                        "it was left untouched")
                             .arg(m_path)};
        return Error{QStringLiteral("%1: cannot use the database (%2)")
                         .arg(m_path, query.lastError().databaseText())};
    }
    query.finish();
    for (const QString& statement : m_dialect->connectionSetup()) {
        if (!execRetryingWhenBusy(query, statement, *m_dialect))
            return Error{QStringLiteral("%1: cannot use the database (%2)")
                             .arg(m_path, query.lastError().databaseText())};
        query.finish();
    }
    return {};
}

QString Database::defaultPath() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/folio.sqlite");
}

int Database::schemaVersion() const {
    QSqlQuery query(connection());
    if (query.exec(m_dialect->readSchemaVersion()) && query.next())
        return query.value(0).toInt();
    return -1;
}

Result<QStringList> Database::integrityProblems() const {
    QSqlQuery query(connection());
    QStringList problems;
    if (!query.exec(m_dialect->integrityCheck()))
        return errorFrom(query, QStringLiteral("checking integrity"));
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    if (!query.exec(m_dialect->brokenReferences()))
        return errorFrom(query, QStringLiteral("checking foreign keys"));
    while (query.next()) {
        problems << QStringLiteral("row %1 of table %2 points to a missing row of %3")
                        .arg(query.value(1).toString(), query.value(0).toString(),
                             query.value(2).toString());
    }
    return problems;
}

Result<void> Database::transaction(const std::function<Result<void>()>& work) {
    QSqlQuery query(connection());
    if (m_depth > 0) {
        const QString savepoint = QStringLiteral("folio_%1").arg(m_depth);
        if (!query.exec(QStringLiteral("SAVEPOINT ") + savepoint))
            return errorFrom(query, QStringLiteral("starting a step of a change"));
        ++m_depth;
        Result<void> result = work();
        --m_depth;
        if (!result) {
            (void)query.exec(QStringLiteral("ROLLBACK TO ") + savepoint);
            (void)query.exec(QStringLiteral("RELEASE ") + savepoint);
            return result;
        }
        if (!query.exec(QStringLiteral("RELEASE ") + savepoint))
            return errorFrom(query, QStringLiteral("finishing a step of a change"));
        return {};
    }
    if (auto begun = begin(); !begun)
        return begun;
    ++m_depth;
    Result<void> result = work();
    --m_depth;
    if (!result) {
        (void)query.exec(QStringLiteral("ROLLBACK"));
        return result;
    }
    if (!query.exec(QStringLiteral("COMMIT"))) {
        const QString why = query.lastError().databaseText();
        (void)query.exec(QStringLiteral("ROLLBACK"));
        return Error{QStringLiteral("%1: cannot save the change (%2)").arg(m_path, why)};
    }
    return {};
}

Result<void> Database::begin() {
    QSqlQuery query(connection());
    if (query.exec(m_dialect->beginWrite()))
        return {};
    if (m_dialect->isBusy(query.lastError()))
        return Error{QStringLiteral("%1: another program kept the database busy for %2 s; "
                                    "nothing was changed, try again")
                         .arg(m_path)
                         .arg(SqliteDialect::busyTimeoutMs / 1000)};
    return Error{QStringLiteral("%1: cannot start a transaction (%2)")
                     .arg(m_path, query.lastError().databaseText())};
}

Result<qint64> Database::dataVersion() const {
    QSqlQuery query(connection());
    if (!query.exec(m_dialect->changeCounter()) || !query.next())
        return errorFrom(query, QStringLiteral("looking for changes by other programs"));
    return query.value(0).toLongLong();
}

Error Database::errorFrom(const QSqlQuery& query, const QString& doing) const {
    const QSqlError error = query.lastError();
    QString why = error.databaseText();
    if (why.isEmpty())
        why = error.text();
    return Error{QStringLiteral("%1: database error while %2: %3").arg(m_path, doing, why)};
}
