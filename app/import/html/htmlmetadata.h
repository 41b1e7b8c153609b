#pragma once

#include <QDateTime>
#include <QString>

class HtmlDocument;
class HtmlNode;

// What a page says about itself, each field from the most trusted source that has it:
// JSON-LD (schema.org Article types, also inside @graph), then OpenGraph/article:* and other
// meta tags, Dublin Core, <time datetime>, the <title> less its site name, and the URL.
struct HtmlMetadata {
    QString title;
    QString byline;
    QDateTime publishedAt;
    QString siteName;
    QString language; // primary subtag, lower case
    QString url;      // canonical
    QString excerpt;

    // `knownUrl`: where the page came from, when the file says (MHTML, "saved from url").
    static HtmlMetadata read(const HtmlDocument& document, const QString& knownUrl);

    // Readability's rules for a <title>: cut a " | Site" or " - Site" part, keep a heading-like
    // title when cutting would leave too little.
    static QString titleFromTitleTag(const QString& title, const HtmlNode& root);
    static QDateTime parseDate(const QString& text);
};
