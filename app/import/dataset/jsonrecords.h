#pragma once

#include "import/dataset/datasettable.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

// JSON datasets as tables: an array of objects (optionally inside a wrapper object, as
// {"articles": [...]}) or JSON Lines, one object a line. Each object's keys become columns, in
// the order they first appear; a nested object's members become "key.member"; an array becomes
// its items (a tag list). Items are parsed one at a time, so a broken item is reported by its
// number and line and skipped, and the rest still imports.
class JsonRecords final {
public:
    // Deeper nesting than this is no article; Qt's parser would refuse it anyway.
    static constexpr int maxDepth = 128;

    // `utf8` is the file as UTF-8; `name` names it in problems.
    static DatasetTable parseArray(const QByteArray& utf8, const QString& name);
    // The array whose '[' is at `pos`.
    static DatasetTable parseArrayAt(const QByteArray& utf8, qsizetype pos, const QString& name);
    static DatasetTable parseLines(const QByteArray& utf8, const QString& name);
    // A top-level object: its longest array of objects when it wraps one ({"articles": […]}),
    // else the object itself as the one record.
    static DatasetTable parseObject(const QByteArray& utf8, const QString& name);

    // Whether a JSON text's first line holds one complete object (so the file is JSON Lines).
    static bool firstLineIsObject(const QByteArray& utf8);

    // The string a top-level object gives `key` ("format" of Folio's export), found by walking
    // the object's members without parsing their values: Qt writes keys sorted, so "format"
    // may come after megabytes of "articles". Empty when the object has no such key or its value
    // is not a string; none when `utf8` is not an object whose members can be walked ("{oops").
    static std::optional<QString> topLevelString(const QByteArray& utf8, QLatin1StringView key);

    // Adds `object` to `table` as a record (columns for new keys).
    static void addObject(DatasetTable& table, const QJsonObject& object, DatasetRecord record);
};
