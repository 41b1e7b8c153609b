#pragma once

#include "import/importedarticle.h"
#include "util/result.h"

#include <QByteArray>
#include <QString>

// Wallabag's JSON export (Export ▸ JSON): an array of entries with their title, HTML content,
// URL, tags, dates, authors and annotations. The content becomes paragraphs, each annotation a
// line of the article's note ("“quote” — comment"), so what the reader marked is not lost.
class WallabagReader final {
public:
    // A .json file whose first entry has Wallabag's own keys (is_archived, is_starred, …).
    static bool canRead(const QString& path, const QByteArray& firstBytes);
    static bool looksLikeWallabag(QByteArrayView firstBytes);

    static Result<ReadFile> read(const QByteArray& bytes, const QString& path);
};
