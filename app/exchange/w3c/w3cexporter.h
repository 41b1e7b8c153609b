#pragma once

#include "exchange/exportedarticle.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

// W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-model/) as JSON-LD: a JSON
// array of annotations, each with its own "@context". A mention is a tagging annotation
// (body: TextualBody, purpose "tagging", value the company name); a partnership a describing
// one ("A – B (kind, status)") tagged with both companies; notes become "commenting" bodies.
// Targets are "urn:folio:article:<content hash>" with a TextQuoteSelector and a
// TextPositionSelector counting Unicode code points, as the model asks.
class W3cExporter final {
public:
    static QJsonArray annotations(const ExportedArticle& article);
    static QByteArray toJson(const QList<ExportedArticle>& articles);
    static QString articleUrn(const Article& article);
};
