#pragma once

#include "article/cleanarticle.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

enum class ReadingStatus { New = 0, Reading = 1, Done = 2 };

QString readingStatusName(ReadingStatus status);

// An article as the store keeps it: the raw text it came from and the clean text the user reads
// and annotates.
struct Article {
    qint64 id = 0;
    QString contentHash;
    QString title;
    QString source;
    QString language;
    // What the source said about itself (a web page's metadata, a feed item's fields); empty
    // or invalid when it said nothing.
    QString byline;
    QDateTime publishedAt;
    QString url;
    QString guid; // a feed item's id: importing the feed again finds the article by it
    QStringList tags;
    QString originalPath;
    QString encoding;
    QString rawText;
    CleanArticle clean;
    int cleanerVersion = 0;
    QDateTime importedAt;
    ReadingStatus status = ReadingStatus::New;
    int readingPosition = 0;
};
