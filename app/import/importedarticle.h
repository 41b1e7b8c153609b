#pragma once

#include "article/cleanarticle.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// One article as a format reader (plain text, a saved web page, a feed item, a dataset row)
// hands it to the importer: its text already split into clean paragraphs with what was removed
// and why, and the metadata the source gave. The importer hashes, dedupes and stores it.
struct ImportedArticle {
    CleanArticle clean;    // title, source tag, paragraphs, removed pieces
    QString rawText;       // stored as the article's raw text: the page's markup, the row, …
    QString encoding;      // how the bytes were decoded ("UTF-8", "WINDOWS-1252 (meta charset)")
    QString byline;        // the author(s), as the source names them
    QDateTime publishedAt; // invalid when unknown
    QString language;      // BCP 47 primary tag ("de", "en"), empty when unknown
    QString url;           // canonical URL of the original, empty when unknown
    QString guid;          // a feed item's id, to recognise it when the feed is imported again
    QStringList tags;      // a dataset's category or a read-later export's tags
    QString note;          // a note to store on the article (e.g. "feed gave only a summary")
};

// What a format reader made of one file: its articles, the name of the reader (shown in the
// import report: "web page (Folio's reader)", "RSS 2.0 feed"), and the parts it could not read
// ("row 17: unterminated quote"), each a message naming the file and the place.
struct ReadFile {
    QString reader;
    QList<ImportedArticle> articles;
    QStringList problems;
};
