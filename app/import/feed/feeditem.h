#pragma once

#include "import/feed/feedtext.h"

#include <QString>
#include <QStringList>

// What a feed says about itself (RSS <channel>, Atom <feed>), as the parser found it.
struct FeedChannel {
    QString format; // "RSS 2.0 feed", "RSS 1.0 (RDF) feed", "Atom feed"
    QString title;
    QString link; // the site's address
    QString id;   // Atom's <id>, RSS 1.0's rdf:about
    QString language;
};

// One <item> or <entry> as it stands in the feed, before it becomes an article.
struct FeedItem {
    int number = 0; // 1-based position in the feed, for messages
    FeedText title;
    QString link;
    QString guid;
    bool guidIsPermaLink = false;
    QString published; // the date text as written: pubDate, dc:date, published, issued
    QString updated;   // Atom's updated, used when there is no published date
    QStringList authors;
    QStringList categories;
    FeedText content; // content:encoded, atom:content
    FeedText summary; // description, atom:summary
    QString language; // xml:lang or dc:language of the item
    QString rawXml;   // the item's element as it stands in the file
};
