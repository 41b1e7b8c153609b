#pragma once

#include <QString>
#include <QStringList>

// A dataset cell's text as paragraphs. Blank lines separate paragraphs; inside a block, lines
// are joined when they look hard-wrapped (all short), else each line is a paragraph, as most
// datasets store one paragraph a line. Blanks are collapsed; no paragraph holds a '\n'.
class TextParagraphs final {
public:
    static QStringList split(const QString& text);

    // A headline on a line of its own: short, and not ending like a sentence.
    static bool looksLikeHeadline(const QString& line);
    // The first sentence of `paragraph`, or its start cut at a word with "…", for a title.
    static QString firstSentence(const QString& paragraph);
};
