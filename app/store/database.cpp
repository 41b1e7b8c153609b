#include "store/database.h"

#include "store/migrations.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

namespace {

QAtomicInteger<quint64> connectionCounter;

bool looksLikeSqlite(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = file.read(16);
    return header.isEmpty() || header == QByteArray("SQLite format 3\0", 16);
}

Result<void> checkPathUsable(const QString& path) {
    const QFileInfo info(path);
    if (info.isDir())
        return Error{QStringLiteral("%1: is a folder; give the path of a database file").arg(path)};
    if (info.exists()) {
        if (!info.isReadable())
            return Error{QStringLiteral("%1: cannot be read (permission denied)").arg(path)};
        if (!looksLikeSqlite(path))
            return Error{QStringLiteral("%1: is not a Folio database (not an SQLite file); "
                                        "it was left untouched")
                             .arg(path)};
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

} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName)) {}

Database::~Database() {
    {
        QSqlDatabase db = connection();
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const QString& path) {
    if (auto usable = checkPathUsable(path); !usable)
        return usable.error();

    const QString name = QStringLiteral("folio-%1").arg(connectionCounter.fetchAndAddRelaxed(1));
    std::unique_ptr<Database> database(new Database(path, name));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return Error{
            QStringLiteral("%1: cannot open the database (%2)").arg(path, db.lastError().text())};

    QSqlQuery query(db);
    // journal_mode is the first statement that touches the file, so it is where a file that is
    // unwritable or damaged shows itself.
    if (!query.exec(QStringLiteral("PRAGMA journal_mode=WAL")))
        return Error{QStringLiteral("%1: cannot use the database (%2)")
                         .arg(path, query.lastError().databaseText())};
    for (const char* pragma : {"PRAGMA foreign_keys=ON", "PRAGMA synchronous=NORMAL"}) {
        if (!query.exec(QString::fromLatin1(pragma)))
            return database->errorFrom(query, QStringLiteral("setting up the connection"));
    }
    if (auto migrated = Migrations::migrate(*database); !migrated)
        return migrated.error();
    return database;
}

QString Database::defaultPath() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/folio.sqlite");
}

int Database::schemaVersion() const {
    QSqlQuery query(connection());
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    return -1;
}

Result<QStringList> Database::integrityProblems() const {
    QSqlQuery query(connection());
    QStringList problems;
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
        return errorFrom(query, QStringLiteral("checking integrity"));
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    if (!query.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return errorFrom(query, QStringLiteral("checking foreign keys"));
    while (query.next()) {
        problems << QStringLiteral("row %1 of table %2 points to a missing row of %3")
                        .arg(query.value(1).toString(), query.value(0).toString(),
                             query.value(2).toString());
    }
    return problems;
}

Result<void> Database::transaction(const std::function<Result<void>()>& work) {
    QSqlDatabase db = connection();
    if (!db.transaction())
        return Error{QStringLiteral("%1: cannot start a transaction (%2)")
                         .arg(m_path, db.lastError().text())};
    Result<void> result = work();
    if (!result) {
        db.rollback();
        return result;
    }
    if (!db.commit()) {
        const QString why = db.lastError().text();
        db.rollback();
        return Error{QStringLiteral("%1: cannot save the change (%2)").arg(m_path, why)};
    }
    return {};
}

Error Database::errorFrom(const QSqlQuery& query, const QString& doing) const {
    const QSqlError error = query.lastError();
    QString why = error.databaseText();
    if (why.isEmpty())
        why = error.text();
    return Error{QStringLiteral("%1: database error while %2: %3").arg(m_path, doing, why)};
}
