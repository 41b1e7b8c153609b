#pragma once

#include "exchange/exportedarticle.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>

// Folio's own interchange format, documented in docs/export-json-schema.md: everything needed
// to rebuild the articles and their annotations in another database, and nothing that depends
// on one database (no ids). The output is deterministic: keys sorted, articles by content
// hash, annotations in text order.
class JsonExporter final {
public:
    static constexpr int version = 1;
    static QString formatName() { return QStringLiteral("folio-export"); }

    struct Options {
        // Without it, exporting the same content twice gives the same bytes.
        bool includeExportedAt = true;
        QDateTime exportedAt = QDateTime::currentDateTimeUtc();
        // Companies to list even when no exported article names them (e.g. every company of
        // the database when everything is exported); the articles' own companies always are.
        QList<Company> extraCompanies;
    };

    static QJsonObject toObject(const QList<ExportedArticle>& articles, const Options& options);
    static QByteArray toJson(const QList<ExportedArticle>& articles, const Options& options);

    static QJsonObject anchorObject(const TextAnchor& anchor);
};
