#pragma once

#include "exchange/exportedarticle.h"
#include "util/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

class Database;

// What one import of a Folio JSON export did.
struct JsonImportCounts {
    int articlesAdded = 0;
    int articlesPresent = 0; // same content hash already stored: only annotations were merged
    int mentionsAdded = 0;
    int mentionsDuplicate = 0;
    int partnershipsAdded = 0;
    int partnershipsDuplicate = 0;
    int companiesAdded = 0;
    // Partnerships whose two companies are one in this database (one's name is the other's
    // alias here): there is nothing to record.
    int partnershipsSkipped = 0;

    // "2 articles added, 1 already present; 7 mentions added, 3 duplicates; ..."
    QString summary() const;
};

// The content of a Folio JSON export, read and checked: ids are 0, mentions and partnerships
// name their companies (Mention::companyName, Partnership::nameA/nameB).
struct JsonExportContent {
    QList<Company> companies;
    QList<ExportedArticle> articles;
};

// Reads Folio's JSON export format (docs/export-json-schema.md) into a database. The whole
// file is read and checked before anything is stored, so a malformed file stores nothing;
// then each article is stored in one transaction with its annotations. An article whose
// content hash is already stored is not added again, but its annotations are merged in:
// those not already there identically are added. Companies are matched by name or alias
// (without case) or created with their colour and aliases.
class JsonImporter final {
public:
    explicit JsonImporter(Database& database)
        : m_db(database) {}

    Result<JsonImportCounts> importFile(const QString& path);
    // `name` is what errors name: the file the bytes came from.
    Result<JsonImportCounts> importBytes(const QByteArray& json, const QString& name);

    // Errors name `name` and say what and where: "x.json: article 2 (“Title”), mention 1:
    // missing field “start”".
    static Result<JsonExportContent> parse(const QByteArray& json, const QString& name);

private:
    Database& m_db;
};
