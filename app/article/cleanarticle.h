#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// A piece of the raw text that cleaning took out of the article, kept so the reader can show
// it and the user can put it back: cleaning never silently drops text.
struct RemovedPiece {
    QString text;
    QString reason;
    // Index in the paragraph list where the piece stood; restoring inserts it there.
    int position = 0;

    friend bool operator==(const RemovedPiece&, const RemovedPiece&) = default;
};

// What the cleaner makes of a raw article.
struct CleanArticle {
    QString title;
    QString source; // the trailing source tag, e.g. "toi-tech"; empty when the file has none
    QStringList paragraphs;
    QList<RemovedPiece> removed;

    // The clean text that annotation offsets (UTF-16) refer to: the paragraphs joined by a single
    // '\n', so a paragraph maps 1:1 onto a QTextDocument block.
    QString text() const { return paragraphs.join(QLatin1Char('\n')); }
    static QStringList paragraphsOf(const QString& text) { return text.split(QLatin1Char('\n')); }
};
