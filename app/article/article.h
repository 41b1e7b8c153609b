#pragma once

#include "article/cleanarticle.h"

#include <QDateTime>
#include <QString>

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
    QString originalPath;
    QString encoding;
    QString rawText;
    CleanArticle clean;
    int cleanerVersion = 0;
    QDateTime importedAt;
    ReadingStatus status = ReadingStatus::New;
    int readingPosition = 0;
};
