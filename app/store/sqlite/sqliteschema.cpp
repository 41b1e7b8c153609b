#include "store/sqlite/sqliteschema.h"

#include <iterator>

// SQLite's DDL for every version of Folio's schema. A released step is never edited: a change to
// the schema is a new step at the end, and every backend gets the same step.
namespace {

// Version 1: the whole data model of DESIGN.md, even the parts that later features fill in, so
// that annotating and re-anchoring need no reshaping of what users already stored.
const char* const schemaV1[] = {
    R"(CREATE TABLE article (
        id INTEGER PRIMARY KEY,
        content_hash TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL,
        source TEXT NOT NULL DEFAULT '',
        language TEXT NOT NULL DEFAULT '',
        published_at TEXT,
        original_path TEXT NOT NULL DEFAULT '',
        encoding TEXT NOT NULL DEFAULT '',
        raw_text TEXT NOT NULL,
        clean_text TEXT NOT NULL,
        cleaner_version INTEGER NOT NULL,
        imported_at TEXT NOT NULL,
        status INTEGER NOT NULL DEFAULT 0 CHECK (status IN (0, 1, 2)),
        reading_position INTEGER NOT NULL DEFAULT 0))",
    "CREATE INDEX article_source ON article(source)",
    "CREATE INDEX article_status ON article(status)",
    "CREATE INDEX article_imported ON article(imported_at)",
    R"(CREATE TABLE removed_piece (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
        ordinal INTEGER NOT NULL,
        position INTEGER NOT NULL,
        text TEXT NOT NULL,
        reason TEXT NOT NULL,
        UNIQUE (article_id, ordinal)))",
    R"(CREATE TABLE company (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        color TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL))",
    R"(CREATE TABLE company_alias (
        id INTEGER PRIMARY KEY,
        company_id INTEGER NOT NULL REFERENCES company(id) ON DELETE CASCADE,
        alias TEXT NOT NULL COLLATE NOCASE,
        UNIQUE (company_id, alias)))",
    "CREATE INDEX company_alias_alias ON company_alias(alias)",
    R"(CREATE TABLE mention (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
        company_id INTEGER NOT NULL REFERENCES company(id),
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL CHECK ("end" > start),
        quote TEXT NOT NULL,
        prefix TEXT NOT NULL DEFAULT '',
        suffix TEXT NOT NULL DEFAULT '',
        text_hash TEXT NOT NULL,
        anchored INTEGER NOT NULL DEFAULT 1,
        author TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL))",
    "CREATE INDEX mention_article ON mention(article_id)",
    "CREATE INDEX mention_company ON mention(company_id)",
    R"(CREATE TABLE partnership_kind (
        name TEXT PRIMARY KEY,
        ordinal INTEGER NOT NULL))",
    R"(INSERT INTO partnership_kind (name, ordinal) VALUES
        ('partnership', 1), ('collaboration', 2), ('joint venture', 3),
        ('supply', 4), ('investment', 5), ('acquisition', 6))",
    R"(CREATE TABLE partnership (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
        company_a INTEGER NOT NULL REFERENCES company(id),
        company_b INTEGER NOT NULL REFERENCES company(id),
        kind TEXT NOT NULL DEFAULT 'partnership',
        status TEXT NOT NULL DEFAULT 'announced'
            CHECK (status IN ('announced', 'current', 'former', 'rumoured')),
        evidence_start INTEGER,
        evidence_end INTEGER,
        evidence TEXT NOT NULL DEFAULT '',
        prefix TEXT NOT NULL DEFAULT '',
        suffix TEXT NOT NULL DEFAULT '',
        text_hash TEXT NOT NULL DEFAULT '',
        anchored INTEGER NOT NULL DEFAULT 1,
        author TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        CHECK (company_a <> company_b)))",
    "CREATE INDEX partnership_article ON partnership(article_id)",
    "CREATE INDEX partnership_a ON partnership(company_a)",
    "CREATE INDEX partnership_b ON partnership(company_b)",
    R"(CREATE TABLE note (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
        mention_id INTEGER REFERENCES mention(id) ON DELETE CASCADE,
        partnership_id INTEGER REFERENCES partnership(id) ON DELETE CASCADE,
        body TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (mention_id IS NULL OR partnership_id IS NULL)))",
    "CREATE INDEX note_article ON note(article_id)",
    // External-content FTS5 index: the text lives once, in article; triggers keep the index in
    // step with every insert, update and delete, whoever makes them.
    R"(CREATE VIRTUAL TABLE article_fts USING fts5(
        title, clean_text, content='article', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2'))",
    R"(CREATE TRIGGER article_fts_insert AFTER INSERT ON article BEGIN
        INSERT INTO article_fts(rowid, title, clean_text)
            VALUES (new.id, new.title, new.clean_text);
    END)",
    R"(CREATE TRIGGER article_fts_delete AFTER DELETE ON article BEGIN
        INSERT INTO article_fts(article_fts, rowid, title, clean_text)
            VALUES ('delete', old.id, old.title, old.clean_text);
    END)",
    R"(CREATE TRIGGER article_fts_update AFTER UPDATE OF title, clean_text ON article BEGIN
        INSERT INTO article_fts(article_fts, rowid, title, clean_text)
            VALUES ('delete', old.id, old.title, old.clean_text);
        INSERT INTO article_fts(rowid, title, clean_text)
            VALUES (new.id, new.title, new.clean_text);
    END)",
};

// Version 2: the history of annotations (issue 14): what happened to each mention and
// partnership, and why. Rows outlive the annotation (a deleted mention keeps its history), so
// mention_id and partnership_id are plain ids, not foreign keys; the article's rows go with it.
const char* const schemaV2[] = {
    R"(CREATE TABLE annotation_history (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
        mention_id INTEGER,
        partnership_id INTEGER,
        event TEXT NOT NULL CHECK (event IN ('created', 'company_changed', 'moved',
            'reanchored', 'set_to_review', 'reattached', 'deleted')),
        detail TEXT NOT NULL DEFAULT '{}',
        author TEXT NOT NULL DEFAULT '',
        at TEXT NOT NULL,
        CHECK (mention_id IS NULL OR partnership_id IS NULL)))",
    "CREATE INDEX annotation_history_article ON annotation_history(article_id)",
    "CREATE INDEX annotation_history_mention ON annotation_history(mention_id)",
    "CREATE INDEX annotation_history_partnership ON annotation_history(partnership_id)",
};

// Version 3: re-importing an edited file finds its article by path; without an index every
// imported file would scan the whole table.
const char* const schemaV3[] = {
    "CREATE INDEX article_original_path ON article(original_path)",
};

// Version 4: ids are never handed out twice (AUTOINCREMENT). Undo and redo put a company,
// mention, partnership or note back under its old id, and history rows name ids; with plain
// INTEGER PRIMARY KEY, SQLite gave the id of a just-deleted row to the next new one (another
// program's mark, say), so a redo collided with it and a history mixed two annotations. SQLite
// cannot add AUTOINCREMENT to a table, so each is rebuilt (its "12 steps"), foreign keys off.
const char* const schemaV4[] = {
    R"(CREATE TABLE company_v4 (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        color TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL))",
    "INSERT INTO company_v4 SELECT id, name, color, created_at FROM company",
    "DROP TABLE company",
    "ALTER TABLE company_v4 RENAME TO company",
    R"(CREATE TABLE mention_v4 (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
        company_id INTEGER NOT NULL REFERENCES company(id),
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL CHECK ("end" > start),
        quote TEXT NOT NULL,
        prefix TEXT NOT NULL DEFAULT '',
        suffix TEXT NOT NULL DEFAULT '',
        text_hash TEXT NOT NULL,
        anchored INTEGER NOT NULL DEFAULT 1,
        author TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL))",
    R"(INSERT INTO mention_v4 SELECT id, article_id, company_id, start, "end", quote, prefix,
        suffix, text_hash, anchored, author, created_at FROM mention)",
    "DROP TABLE mention",
    "ALTER TABLE mention_v4 RENAME TO mention",
    "CREATE INDEX mention_article ON mention(article_id)",
    "CREATE INDEX mention_company ON mention(company_id)",
    R"(CREATE TABLE partnership_v4 (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
        company_a INTEGER NOT NULL REFERENCES company(id),
        company_b INTEGER NOT NULL REFERENCES company(id),
        kind TEXT NOT NULL DEFAULT 'partnership',
        status TEXT NOT NULL DEFAULT 'announced'
            CHECK (status IN ('announced', 'current', 'former', 'rumoured')),
        evidence_start INTEGER,
        evidence_end INTEGER,
        evidence TEXT NOT NULL DEFAULT '',
        prefix TEXT NOT NULL DEFAULT '',
        suffix TEXT NOT NULL DEFAULT '',
        text_hash TEXT NOT NULL DEFAULT '',
        anchored INTEGER NOT NULL DEFAULT 1,
        author TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        CHECK (company_a <> company_b)))",
    R"(INSERT INTO partnership_v4 SELECT id, article_id, company_a, company_b, kind, status,
        evidence_start, evidence_end, evidence, prefix, suffix, text_hash, anchored, author,
        created_at FROM partnership)",
    "DROP TABLE partnership",
    "ALTER TABLE partnership_v4 RENAME TO partnership",
    "CREATE INDEX partnership_article ON partnership(article_id)",
    "CREATE INDEX partnership_a ON partnership(company_a)",
    "CREATE INDEX partnership_b ON partnership(company_b)",
    R"(CREATE TABLE note_v4 (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
        mention_id INTEGER REFERENCES mention(id) ON DELETE CASCADE,
        partnership_id INTEGER REFERENCES partnership(id) ON DELETE CASCADE,
        body TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (mention_id IS NULL OR partnership_id IS NULL)))",
    R"(INSERT INTO note_v4 SELECT id, article_id, mention_id, partnership_id, body, created_at,
        updated_at FROM note)",
    "DROP TABLE note",
    "ALTER TABLE note_v4 RENAME TO note",
    "CREATE INDEX note_article ON note(article_id)",
    // A number that moves with every change of an article's text, whoever makes it: the window
    // asks it after another program committed, instead of reading the whole text again.
    "ALTER TABLE article ADD COLUMN text_revision INTEGER NOT NULL DEFAULT 0",
    R"(CREATE TRIGGER article_text_revision AFTER UPDATE OF clean_text ON article
        WHEN old.clean_text IS NOT new.clean_text BEGIN
        UPDATE article SET text_revision = old.text_revision + 1 WHERE id = new.id;
    END)",
};

// Version 5: undoing a removal or redoing a creation puts the annotation back under its old id,
// and its history says so ("restored"): a partnership that exists again no longer reads
// "created, deleted". SQLite cannot change a CHECK, so the table is rebuilt. And the company
// colours move to the palette that keeps clear of the selection.
const char* const schemaV5[] = {
    R"(CREATE TABLE annotation_history_v5 (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
        mention_id INTEGER,
        partnership_id INTEGER,
        event TEXT NOT NULL CHECK (event IN ('created', 'company_changed', 'moved',
            'reanchored', 'set_to_review', 'reattached', 'deleted', 'restored')),
        detail TEXT NOT NULL DEFAULT '{}',
        author TEXT NOT NULL DEFAULT '',
        at TEXT NOT NULL,
        CHECK (mention_id IS NULL OR partnership_id IS NULL)))",
    R"(INSERT INTO annotation_history_v5 SELECT id, article_id, mention_id, partnership_id, event,
        detail, author, at FROM annotation_history)",
    "DROP TABLE annotation_history",
    "ALTER TABLE annotation_history_v5 RENAME TO annotation_history",
    "CREATE INDEX annotation_history_article ON annotation_history(article_id)",
    "CREATE INDEX annotation_history_mention ON annotation_history(mention_id)",
    "CREATE INDEX annotation_history_partnership ON annotation_history(partnership_id)",
    // The company colours of before were too close to each other and the Leica of the sample
    // almost the selection's blue: a company that has one of them gets its successor (the same
    // place in the palette), a colour set otherwise (by an import) stays.
    R"(UPDATE company SET color = CASE color
        WHEN '#ffd54f' THEN '#faa16b' WHEN '#81d4fa' THEN '#4fe3e0' WHEN '#a5d6a7' THEN '#e09ef1'
        WHEN '#f48fb1' THEN '#95c46b' WHEN '#ffab91' THEN '#f5d1ac' WHEN '#b39ddb' THEN '#c2f0d0'
        WHEN '#80cbc4' THEN '#50cb95' WHEN '#e6ee9c' THEN '#d4b258' WHEN '#ce93d8' THEN '#f9d0f7'
        WHEN '#90caf9' THEN '#7ab9b6' WHEN '#ffcc80' THEN '#fd97b7' WHEN '#bcaaa4' THEN '#fabeb5'
        ELSE color END)",
};

template <std::size_t N> QStringList stepOf(const char* const (&statements)[N]) {
    QStringList step;
    for (const char* statement : statements)
        step << QString::fromUtf8(statement);
    return step;
}

// Version 6: what a web page, a feed item or a dataset row says of itself (issue 20): byline,
// canonical URL, a feed item's guid (importing the feed again finds the article by it) and tags;
// published_at was there from version 1. Plain columns added in place: no rebuild, instant on a
// database of any size.
const char* const schemaV6[] = {
    "ALTER TABLE article ADD COLUMN byline TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE article ADD COLUMN url TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE article ADD COLUMN guid TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE article ADD COLUMN tags TEXT NOT NULL DEFAULT ''",
    "CREATE INDEX article_guid ON article(guid) WHERE guid <> ''",
    "CREATE INDEX article_published ON article(published_at)",
    "CREATE INDEX article_language ON article(language)",
};

// Version 7: the list's date is when an article was published, else when it was added (a plain
// text has no date of its own). An index on exactly that expression lets the list sort and
// filter 100,000 articles by it without walking their rows, whose text comes first.
// The language filter (alone or with a date range) pages through (language, date), so the
// plain language index of version 6 gives way to it.
const char* const schemaV7[] = {
    "CREATE INDEX article_dated ON article(COALESCE(published_at, imported_at))",
    "CREATE INDEX article_language_dated ON article(language, COALESCE(published_at, imported_at))",
    "DROP INDEX article_language",
};

// Version 8: feed subscriptions (issue 20), the only thing in Folio that uses the network. A
// feed's URL, whether it is fetched, and what its last fetch did: when, the HTTP status, the
// error (empty: it worked), how many items were new and updated, and the validators the server
// gave (ETag, Last-Modified) for a conditional GET next time. A new table: nothing else changes.
const char* const schemaV8[] = {
    R"(CREATE TABLE subscription (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        url TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL DEFAULT '',
        enabled INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
        added_at TEXT NOT NULL,
        last_fetched_at TEXT,
        last_success_at TEXT,
        last_status INTEGER NOT NULL DEFAULT 0,
        last_error TEXT NOT NULL DEFAULT '',
        last_new INTEGER NOT NULL DEFAULT 0,
        last_updated INTEGER NOT NULL DEFAULT 0,
        etag TEXT NOT NULL DEFAULT '',
        last_modified TEXT NOT NULL DEFAULT ''))",
};

} // namespace

namespace SqliteSchema {

QList<QStringList> steps() {
    static const QList<QStringList> all{stepOf(schemaV1), stepOf(schemaV2), stepOf(schemaV3),
                                        stepOf(schemaV4), stepOf(schemaV5), stepOf(schemaV6),
                                        stepOf(schemaV7), stepOf(schemaV8)};
    return all;
}

} // namespace SqliteSchema
