#pragma once

#include <QString>
#include <QStringList>

// A piece of text from a feed element and how to read it: HTML (RSS descriptions, Atom
// type="html" and type="xhtml" as markup) or plain text (Atom type="text").
struct FeedText {
    QString value;
    bool isHtml = true;

    bool isEmpty() const { return value.trimmed().isEmpty(); }

    // As a reader sees it. HTML goes through the web page reader's HTML5 parser (HtmlText):
    // each paragraph, heading, list item, quote, table cell or line between <br>s is one
    // paragraph, entities decoded, scripts left out. Plain text: one paragraph a non-blank line.
    QStringList paragraphs() const;
    // On one line, for titles and names: the paragraphs joined by a space.
    QString singleLine() const;
};
