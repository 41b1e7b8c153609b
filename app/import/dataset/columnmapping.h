#pragma once

#include "util/result.h"

#include <QList>
#include <QString>

#include <optional>
#include <utility>

// What a dataset column can mean for an article.
enum class DatasetField {
    Title,
    Text,
    Description,
    Source,
    Date,
    Url,
    Tags,
    Byline,
    Language,
    Guid
};
inline constexpr int datasetFieldCount = 10;

// A column as a user names it: its 1-based number, or its header name.
struct ColumnRef {
    int number = 0; // 0 when given by name
    QString name;

    friend bool operator==(const ColumnRef&, const ColumnRef&) = default;
};

// A mapping set by hand, as `folio-cli import FILE --map title=2,text=3` or the mapping dialog
// give it: used as given, never second-guessed by the sniffer. Columns by number or header name.
struct ColumnMapping {
    QList<std::pair<DatasetField, ColumnRef>> entries;

    bool isEmpty() const { return entries.isEmpty(); }
    std::optional<ColumnRef> refFor(DatasetField field) const;

    // "title=2,text=3", "title=Headline, text=Body, tags=4". Field names are English
    // (title, text, description, source, date, url, tags, author, language, id) or the aliases a
    // header may use ("body", "category", "datum"). An Error says which part is wrong and why.
    static Result<ColumnMapping> parse(const QString& spec);
    // What parse() reads back: "title=2,text=3", "text=Body".
    QString toSpec() const;

    // The English name, as parse() reads it and reports say it.
    static QString fieldName(DatasetField field);
    // The field a header or --map name stands for ("Überschrift" → Title), in German, English and
    // a few other languages, ignoring case, accents and punctuation; nothing for unknown names.
    static std::optional<DatasetField> fieldForName(const QString& name);
};
