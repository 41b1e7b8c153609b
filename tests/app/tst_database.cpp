#include "annotate/companycolors.h"
#include "store/database.h"
#include "store/databasewatcher.h"
#include "store/migrations.h"
#include "testdata.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
// A database as version 7 left it.
bool undoVersionEight(QSqlQuery& query) {
    return query.exec(u"DROP TABLE subscription"_s);
}

// A database as version 6 left it.
bool undoVersionSeven(QSqlQuery& query) {
    return undoVersionEight(query) && query.exec(u"DROP INDEX article_dated"_s) &&
           query.exec(u"DROP INDEX article_language_dated"_s) &&
           query.exec(u"CREATE INDEX article_language ON article(language)"_s);
}

// A database as version 5 left it.
bool undoVersionSix(QSqlQuery& query) {
    if (!undoVersionSeven(query))
        return false;
    for (const QString& sql :
         {u"DROP INDEX article_guid"_s, u"DROP INDEX article_published"_s,
          u"DROP INDEX article_language"_s, u"ALTER TABLE article DROP COLUMN byline"_s,
          u"ALTER TABLE article DROP COLUMN url"_s, u"ALTER TABLE article DROP COLUMN guid"_s,
          u"ALTER TABLE article DROP COLUMN tags"_s}) {
        if (!query.exec(sql))
            return false;
    }
    return true;
}
} // namespace

class TestDatabase : public QObject {
    Q_OBJECT
private slots:
    void init();
    void newDatabaseHasLatestSchemaAndPragmas();
    void reopeningKeepsData();
    void refusesFileThatIsNotSqliteAndLeavesItUntouched();
    void refusesPathThatCannotBeWritten();
    void refusesFolder();
    void refusesSchemaFromNewerFolio();
    void upgradesVersionOneDatabaseKeepingData();
    void upgradeToFourKeepsRowsAndNeverReusesIds();
    void upgradeToFiveKeepsHistoryAndRecoloursCompanies();
    void upgradeToSixAddsSourceMetadataKeepingArticles();
    void upgradeToSevenIndexesTheListsDate();
    void upgradeToEightAddsSubscriptionsKeepingArticles();
    void transactionRollsBackWhenWorkFails();
    void nestedTransactionUndoesOnlyItsOwnPart();
    void writeTransactionTakesTheLockAtOnce();
    void secondConnectionKeepsTheWalOfTheFirst();
    void watcherSeesOtherConnectionsOnly();
    void integrityCheckFindsSoundDatabaseSound();
    void defaultPathIsInAppData();

private:
    QString dbPath() const { return m_dir->filePath(u"folio.sqlite"_s); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDatabase::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

static QVariant scalar(Database& db, const QString& sql) {
    QSqlQuery query(db.connection());
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

void TestDatabase::newDatabaseHasLatestSchemaAndPragmas() {
    auto db = Database::open(dbPath());
    QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
    QCOMPARE((*db)->schemaVersion(), Migrations::latestVersion());
    QCOMPARE(scalar(**db, u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
    QCOMPARE(scalar(**db, u"PRAGMA foreign_keys"_s).toInt(), 1);
    QVERIFY(scalar(**db, u"PRAGMA busy_timeout"_s).toInt() >= 1000);
    for (const char* table :
         {"article", "removed_piece", "company", "company_alias", "mention", "partnership",
          "partnership_kind", "note", "article_fts", "subscription"}) {
        QVERIFY2(scalar(**db, u"SELECT COUNT(*) FROM sqlite_master WHERE name = '"_s +
                                  QLatin1String(table) + u"'"_s)
                         .toInt() == 1,
                 table);
    }
}

void TestDatabase::reopeningKeepsData() {
    {
        auto db = Database::open(dbPath());
        QVERIFY(db.ok());
        QSqlQuery query((*db)->connection());
        QVERIFY(query.exec(u"INSERT INTO company (name, created_at) VALUES ('Leica', 'now')"_s));
    }
    auto db = Database::open(dbPath());
    QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
    QCOMPARE(scalar(**db, u"SELECT name FROM company"_s).toString(), u"Leica"_s);
    QCOMPARE((*db)->schemaVersion(), Migrations::latestVersion());
}

void TestDatabase::refusesFileThatIsNotSqliteAndLeavesItUntouched() {
    const QByteArray notes = "My notes, not a database.\nDo not overwrite me.\n";
    QVERIFY(TestData::writeBytes(dbPath(), notes));
    auto db = Database::open(dbPath());
    QVERIFY(!db.ok());
    QVERIFY2(db.errorMessage().contains(dbPath()), qPrintable(db.errorMessage()));
    QVERIFY2(db.errorMessage().contains(u"not a Folio database"_s), qPrintable(db.errorMessage()));
    QCOMPARE(TestData::readBytes(dbPath()), notes);
    QVERIFY(!QFile::exists(dbPath() + u"-wal"_s));
}

void TestDatabase::refusesPathThatCannotBeWritten() {
    // A regular file standing where the database's folder should be: no one, not even root,
    // can create the database there.
    const QString blocker = m_dir->filePath(u"blocker"_s);
    QVERIFY(TestData::writeBytes(blocker, "x"));
    const QString path = blocker + u"/sub/folio.sqlite"_s;
    auto db = Database::open(path);
    QVERIFY(!db.ok());
    QVERIFY2(db.errorMessage().startsWith(path), qPrintable(db.errorMessage()));
    QVERIFY2(db.errorMessage().contains(u"cannot create the folder"_s),
             qPrintable(db.errorMessage()));
    QCOMPARE(TestData::readBytes(blocker), QByteArray("x"));
}

void TestDatabase::refusesFolder() {
    auto db = Database::open(m_dir->path());
    QVERIFY(!db.ok());
    QVERIFY2(db.errorMessage().contains(u"is a folder"_s), qPrintable(db.errorMessage()));
}

void TestDatabase::refusesSchemaFromNewerFolio() {
    {
        auto db = Database::open(dbPath());
        QVERIFY(db.ok());
        QSqlQuery query((*db)->connection());
        QVERIFY(query.exec(u"PRAGMA user_version = 999"_s));
    }
    auto db = Database::open(dbPath());
    QVERIFY(!db.ok());
    QVERIFY2(db.errorMessage().contains(u"newer Folio"_s), qPrintable(db.errorMessage()));
}

void TestDatabase::upgradesVersionOneDatabaseKeepingData() {
    {
        // A database as version 1 left it: without the history table and the path index.
        auto db = Database::open(dbPath());
        QVERIFY(db.ok());
        QSqlQuery query((*db)->connection());
        QVERIFY(query.exec(u"DROP TABLE annotation_history"_s));
        QVERIFY(query.exec(u"DROP INDEX article_original_path"_s));
        QVERIFY(query.exec(u"DROP TRIGGER article_text_revision"_s));
        QVERIFY(query.exec(u"ALTER TABLE article DROP COLUMN text_revision"_s));
        QVERIFY(undoVersionSix(query));
        QVERIFY(query.exec(u"PRAGMA user_version = 1"_s));
        QVERIFY(query.exec(u"INSERT INTO company (name, created_at) VALUES ('Zeiss', 'then')"_s));
    }
    auto db = Database::open(dbPath());
    QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
    QCOMPARE((*db)->schemaVersion(), Migrations::latestVersion());
    QCOMPARE(scalar(**db, u"SELECT name FROM company"_s).toString(), u"Zeiss"_s);
    QCOMPARE(scalar(**db, u"SELECT COUNT(*) FROM sqlite_master WHERE name IN "
                          "('annotation_history', 'article_original_path')"_s)
                 .toInt(),
             2);
    QVERIFY((*db)->integrityProblems()->isEmpty());
}

void TestDatabase::upgradeToFourKeepsRowsAndNeverReusesIds() {
    {
        // Version 3's mention table: a plain INTEGER PRIMARY KEY, which SQLite reuses.
        auto db = Database::open(dbPath());
        QVERIFY(db.ok());
        QSqlQuery query((*db)->connection());
        for (const QString& sql :
             {u"PRAGMA foreign_keys = OFF"_s, u"DROP TRIGGER article_text_revision"_s,
              u"ALTER TABLE article DROP COLUMN text_revision"_s,
              u"CREATE TABLE mention_v3 (id INTEGER PRIMARY KEY, article_id INTEGER NOT NULL,"
              " company_id INTEGER NOT NULL, start INTEGER NOT NULL, \"end\" INTEGER NOT NULL,"
              " quote TEXT NOT NULL, prefix TEXT NOT NULL DEFAULT '', suffix TEXT NOT NULL"
              " DEFAULT '', text_hash TEXT NOT NULL, anchored INTEGER NOT NULL DEFAULT 1,"
              " author TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL)"_s,
              u"DROP TABLE mention"_s, u"ALTER TABLE mention_v3 RENAME TO mention"_s,
              u"INSERT INTO article (content_hash, title, raw_text, clean_text,"
              " cleaner_version, imported_at) VALUES ('h', 'T', 'Zeiss', 'Zeiss', 1, 'then')"_s,
              u"INSERT INTO company (name, created_at) VALUES ('Zeiss', 'then')"_s,
              u"INSERT INTO company_alias (company_id, alias) VALUES (1, 'Carl Zeiss')"_s,
              u"INSERT INTO mention (article_id, company_id, start, \"end\", quote, text_hash,"
              " created_at) VALUES (1, 1, 0, 5, 'Zeiss', 'x', 'then'), (1, 1, 0, 5, 'Zeiss',"
              " 'x', 'then')"_s,
              u"INSERT INTO note (article_id, mention_id, body, created_at, updated_at)"
              " VALUES (1, 2, 'on the second', 'then', 'then')"_s,
              u"PRAGMA user_version = 3"_s}) {
            if (sql.startsWith(u"PRAGMA user_version"_s))
                QVERIFY(undoVersionSix(query));
            QVERIFY2(query.exec(sql), qPrintable(sql + u": "_s + query.lastError().text()));
        }
    }
    auto db = Database::open(dbPath());
    QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
    QCOMPARE((*db)->schemaVersion(), Migrations::latestVersion());
    QCOMPARE(scalar(**db, u"SELECT COUNT(*) FROM mention"_s).toInt(), 2);
    QCOMPARE(scalar(**db, u"SELECT alias FROM company_alias WHERE company_id = 1"_s).toString(),
             u"Carl Zeiss"_s);
    QCOMPARE(scalar(**db, u"SELECT mention_id FROM note"_s).toInt(), 2);
    QCOMPARE(scalar(**db, u"PRAGMA foreign_keys"_s).toInt(), 1);
    QVERIFY((*db)->integrityProblems()->isEmpty());
    // The newest mention deleted, the next one gets a new id, not its.
    QSqlQuery query((*db)->connection());
    QVERIFY(query.exec(u"DELETE FROM mention WHERE id = 2"_s));
    QCOMPARE(scalar(**db, u"SELECT COUNT(*) FROM note"_s).toInt(), 0); // cascades again
    QVERIFY(query.exec(u"INSERT INTO mention (article_id, company_id, start, \"end\", quote,"
                       " text_hash, created_at) VALUES (1, 1, 0, 5, 'Zeiss', 'x', 'now')"_s));
    QCOMPARE(query.lastInsertId().toInt(), 3);
}

void TestDatabase::upgradeToFiveKeepsHistoryAndRecoloursCompanies() {
    {
        // Version 4's history: its CHECK knows no "restored".
        auto db = Database::open(dbPath());
        QVERIFY(db.ok());
        QSqlQuery query((*db)->connection());
        for (const QString& sql :
             {u"DROP TABLE annotation_history"_s,
              u"CREATE TABLE annotation_history (id INTEGER PRIMARY KEY, article_id INTEGER NOT"
              " NULL REFERENCES article(id) ON DELETE CASCADE, mention_id INTEGER, partnership_id"
              " INTEGER, event TEXT NOT NULL CHECK (event IN ('created', 'company_changed',"
              " 'moved', 'reanchored', 'set_to_review', 'reattached', 'deleted')), detail TEXT"
              " NOT NULL DEFAULT '{}', author TEXT NOT NULL DEFAULT '', at TEXT NOT NULL)"_s,
              u"INSERT INTO article (content_hash, title, raw_text, clean_text,"
              " cleaner_version, imported_at) VALUES ('h', 'T', 'Leica', 'Leica', 1, 'then')"_s,
              u"INSERT INTO company (name, color, created_at) VALUES ('Xiaomi', '#ffd54f',"
              " 'then'), ('Leica', '#81d4fa', 'then'), ('Zeiss', '#123456', 'then')"_s,
              u"INSERT INTO annotation_history (article_id, mention_id, event, at) VALUES"
              " (1, 7, 'created', 'then'), (1, 7, 'deleted', 'then')"_s,
              u"PRAGMA user_version = 4"_s}) {
            if (sql.startsWith(u"PRAGMA user_version"_s))
                QVERIFY(undoVersionSix(query));
            QVERIFY2(query.exec(sql), qPrintable(sql + u": "_s + query.lastError().text()));
        }
        QVERIFY(!query.exec(u"INSERT INTO annotation_history (article_id, mention_id, event, at)"
                            " VALUES (1, 7, 'restored', 'now')"_s));
    }
    auto db = Database::open(dbPath());
    QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
    QCOMPARE((*db)->schemaVersion(), Migrations::latestVersion());
    QCOMPARE(scalar(**db, u"SELECT group_concat(event) FROM annotation_history"_s).toString(),
             u"created,deleted"_s);
    QSqlQuery query((*db)->connection());
    QVERIFY2(query.exec(u"INSERT INTO annotation_history (article_id, mention_id, event, at)"
                        " VALUES (1, 7, 'restored', 'now')"_s),
             qPrintable(query.lastError().text()));
    // The colours of the old palette move to the new one, place for place; others stay.
    QCOMPARE(scalar(**db, u"SELECT color FROM company WHERE name = 'Xiaomi'"_s).toString(),
             CompanyColors::forIndex(0));
    QCOMPARE(scalar(**db, u"SELECT color FROM company WHERE name = 'Leica'"_s).toString(),
             CompanyColors::forIndex(1));
    QCOMPARE(scalar(**db, u"SELECT color FROM company WHERE name = 'Zeiss'"_s).toString(),
             u"#123456"_s);
    QCOMPARE(scalar(**db, u"SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND tbl_name"
                          " = 'annotation_history'"_s)
                 .toInt(),
             3);
    QVERIFY((*db)->integrityProblems()->isEmpty());
}

void TestDatabase::upgradeToSixAddsSourceMetadataKeepingArticles() {
    {
        auto db = Database::open(dbPath());
        QVERIFY(db.ok());
        QSqlQuery query((*db)->connection());
        QVERIFY(undoVersionSix(query));
        QVERIFY(query.exec(u"INSERT INTO article (content_hash, title, raw_text, clean_text,"
                           " cleaner_version, imported_at) VALUES ('h', 'T', 'Leica', 'Leica', 1,"
                           " 'then')"_s));
        QVERIFY(query.exec(u"PRAGMA user_version = 5"_s));
    }
    auto db = Database::open(dbPath());
    QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
    QCOMPARE((*db)->schemaVersion(), Migrations::latestVersion());
    QCOMPARE(scalar(**db, u"SELECT title || '|' || byline || '|' || url || '|' || guid || '|' ||"
                          " tags FROM article"_s)
                 .toString(),
             u"T||||"_s);
    QCOMPARE(scalar(**db, u"SELECT COUNT(*) FROM sqlite_master WHERE name IN ('article_guid',"
                          " 'article_published', 'article_language_dated')"_s)
                 .toInt(),
             3);
}

void TestDatabase::upgradeToSevenIndexesTheListsDate() {
    {
        auto db = Database::open(dbPath());
        QVERIFY(db.ok());
        QSqlQuery query((*db)->connection());
        QVERIFY(undoVersionSeven(query));
        QVERIFY(query.exec(u"INSERT INTO article (content_hash, title, raw_text, clean_text,"
                           " cleaner_version, imported_at) VALUES ('h', 'T', 'Leica', 'Leica', 1,"
                           " '2024-03-01T09:00:00.000Z')"_s));
        QVERIFY(query.exec(u"PRAGMA user_version = 6"_s));
    }
    auto db = Database::open(dbPath());
    QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
    QCOMPARE((*db)->schemaVersion(), Migrations::latestVersion());
    QCOMPARE(scalar(**db,
                    u"SELECT group_concat(name) FROM (SELECT name FROM sqlite_master WHERE"
                    " name LIKE 'article_language%' OR name = 'article_dated' ORDER BY name)"_s)
                 .toString(),
             u"article_dated,article_language_dated"_s);
    QCOMPARE(scalar(**db, u"SELECT title FROM article"_s).toString(), u"T"_s);
    QVERIFY((*db)->integrityProblems()->isEmpty());
}

void TestDatabase::upgradeToEightAddsSubscriptionsKeepingArticles() {
    {
        auto db = Database::open(dbPath());
        QVERIFY(db.ok());
        QSqlQuery query((*db)->connection());
        QVERIFY(undoVersionEight(query));
        QVERIFY(query.exec(u"INSERT INTO article (content_hash, title, raw_text, clean_text,"
                           " cleaner_version, imported_at, guid) VALUES ('h', 'T', 'Leica',"
                           " 'Leica', 1, 'then', 'item-1')"_s));
        QVERIFY(query.exec(u"PRAGMA user_version = 7"_s));
    }
    auto db = Database::open(dbPath());
    QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
    QCOMPARE((*db)->schemaVersion(), Migrations::latestVersion());
    QCOMPARE(scalar(**db, u"SELECT title || '|' || guid FROM article"_s).toString(), u"T|item-1"_s);
    QSqlQuery query((*db)->connection());
    QVERIFY2(query.exec(u"INSERT INTO subscription (url, added_at) VALUES"
                        " ('https://news.example.com/feed', 'now')"_s),
             qPrintable(query.lastError().text()));
    QCOMPARE(scalar(**db, u"SELECT enabled || '|' || last_error || '|' || last_new ||"
                          " '|' || etag FROM subscription"_s)
                 .toString(),
             u"1||0|"_s);
    // One subscription per URL.
    QVERIFY(!query.exec(u"INSERT INTO subscription (url, added_at) VALUES"
                        " ('https://news.example.com/feed', 'again')"_s));
    QVERIFY((*db)->integrityProblems()->isEmpty());
}

void TestDatabase::transactionRollsBackWhenWorkFails() {
    auto db = Database::open(dbPath());
    QVERIFY(db.ok());
    auto result = (*db)->transaction([&]() -> Result<void> {
        QSqlQuery query((*db)->connection());
        if (!query.exec(u"INSERT INTO company (name, created_at) VALUES ('Zeiss', 'now')"_s))
            return Error{u"insert failed"_s};
        return Error{u"something later went wrong"_s};
    });
    QVERIFY(!result.ok());
    QCOMPARE(result.errorMessage(), u"something later went wrong"_s);
    QCOMPARE(scalar(**db, u"SELECT COUNT(*) FROM company"_s).toInt(), 0);
}

void TestDatabase::nestedTransactionUndoesOnlyItsOwnPart() {
    auto db = Database::open(dbPath());
    QVERIFY(db.ok());
    Database& database = **db;
    const auto insert = [&](const QString& kind) -> Result<void> {
        QSqlQuery query(database.connection());
        query.prepare(u"INSERT INTO partnership_kind (name, ordinal) VALUES (?, 99)"_s);
        query.addBindValue(kind);
        if (!query.exec())
            return database.errorFrom(query, u"inserting"_s);
        return {};
    };
    const auto outer = database.transaction([&]() -> Result<void> {
        if (auto done = insert(u"outer"_s); !done)
            return done;
        const auto inner = database.transaction([&]() -> Result<void> {
            if (auto done = insert(u"inner"_s); !done)
                return done;
            return Error{u"the inner step fails"_s};
        });
        if (inner || !database.inTransaction())
            return Error{u"the inner step should have failed inside the outer one"_s};
        return {};
    });
    QVERIFY2(outer.ok(), qPrintable(outer.errorMessage()));
    QVERIFY(!database.inTransaction());
    QCOMPARE(
        scalar(database, u"SELECT COUNT(*) FROM partnership_kind WHERE name = 'outer'"_s).toInt(),
        1);
    QCOMPARE(
        scalar(database, u"SELECT COUNT(*) FROM partnership_kind WHERE name = 'inner'"_s).toInt(),
        0);
}

// A writer that first reads must not fail with "locked" when another commits meanwhile: the
// lock is taken when the transaction begins (BEGIN IMMEDIATE), so the second writer waits.
void TestDatabase::writeTransactionTakesTheLockAtOnce() {
    auto first = Database::open(dbPath());
    auto second = Database::open(dbPath());
    QVERIFY(first.ok() && second.ok());
    const auto holding = (*first)->transaction([&]() -> Result<void> {
        QSqlQuery query((*second)->connection());
        // The other connection cannot even begin while this one holds the write lock (asked
        // without waiting, or it would wait out the busy timeout).
        if (!query.exec(u"PRAGMA busy_timeout = 0"_s))
            return Error{u"cannot set the busy timeout"_s};
        if (query.exec(u"BEGIN IMMEDIATE"_s))
            return Error{u"a second writer began while the first held the lock"_s};
        return {};
    });
    QVERIFY2(holding.ok(), qPrintable(holding.errorMessage()));
}

// Opening a second connection in the same process (as the import and export jobs do) must not
// touch the file outside SQLite: closing such a descriptor drops the first connection's locks,
// and another program would then delete the WAL still in use.
void TestDatabase::secondConnectionKeepsTheWalOfTheFirst() {
    auto first = Database::open(dbPath());
    QVERIFY(first.ok());
    QVERIFY(scalar(**first, u"SELECT COUNT(*) FROM article"_s).isValid());
    {
        auto second = Database::open(dbPath());
        QVERIFY(second.ok());
    }
    QProcess cli;
    cli.start(TestData::cliPath(), {u"--db"_s, dbPath(), u"list"_s});
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitCode(), 0);
    QVERIFY2(QFile::exists(dbPath() + u"-wal"_s), "the WAL was deleted under an open connection");
    QVERIFY(QFile::exists(dbPath() + u"-shm"_s));
}

void TestDatabase::watcherSeesOtherConnectionsOnly() {
    auto mine = Database::open(dbPath());
    auto other = Database::open(dbPath());
    QVERIFY(mine.ok() && other.ok());
    DatabaseWatcher watcher(**mine);
    QSignalSpy changed(&watcher, &DatabaseWatcher::changedElsewhere);
    QVERIFY(!watcher.poll());
    QSqlQuery query((*mine)->connection());
    QVERIFY(query.exec(u"UPDATE partnership_kind SET ordinal = ordinal"_s));
    QVERIFY(!watcher.poll()); // its own write is no outside change
    QSqlQuery theirs((*other)->connection());
    QVERIFY(theirs.exec(u"UPDATE partnership_kind SET ordinal = ordinal + 1"_s));
    QVERIFY(watcher.poll());
    QCOMPARE(changed.size(), 1);
    QVERIFY(!watcher.poll());
    watcher.start(20);
    QVERIFY(theirs.exec(u"UPDATE partnership_kind SET ordinal = ordinal + 1"_s));
    QTRY_COMPARE(changed.size(), 2); // and by itself, on its timer
}

void TestDatabase::integrityCheckFindsSoundDatabaseSound() {
    auto db = Database::open(dbPath());
    QVERIFY(db.ok());
    auto problems = (*db)->integrityProblems();
    QVERIFY(problems.ok());
    QVERIFY(problems->isEmpty());

    // A mention pointing at an article that does not exist is what foreign_key_check reports.
    QSqlQuery query((*db)->connection());
    QVERIFY(query.exec(u"PRAGMA foreign_keys = OFF"_s));
    QVERIFY(query.exec(u"INSERT INTO company (id, name, created_at) VALUES (1, 'Leica', 'now')"_s));
    QVERIFY(query.exec(u"INSERT INTO mention (article_id, company_id, start, \"end\", quote, "
                       "text_hash, created_at) VALUES (42, 1, 0, 5, 'Leica', 'h', 'now')"_s));
    problems = (*db)->integrityProblems();
    QVERIFY(problems.ok());
    QCOMPARE(problems->size(), 1);
    QVERIFY(problems->first().contains(u"mention"_s));
}

void TestDatabase::defaultPathIsInAppData() {
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(Database::defaultPath().endsWith(u"/folio.sqlite"_s));
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
