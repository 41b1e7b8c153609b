#pragma once

#include "import/importedarticle.h"
#include "util/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

// One feed an OPML subscription list names.
struct OpmlFeed {
    QString title;   // the outline's text (or title)
    QString url;     // xmlUrl: the feed itself
    QString siteUrl; // htmlUrl: the site, may be empty
    QString folder;  // the enclosing outline's text ("News/Tech" when nested), may be empty

    friend bool operator==(const OpmlFeed&, const OpmlFeed&) = default;
};

// An OPML file: no articles, only the feeds it lists, for subscriptions to be made from later.
struct OpmlList {
    ReadFile file; // reader "OPML feed list", never any articles; problems as for feeds
    QList<OpmlFeed> feeds;
};

// Reads OPML 1.0/2.0 subscription lists (what feed readers export). Each URL once, in the
// order of the file; a malformed file keeps the feeds before the error.
class OpmlReader final {
public:
    static bool canRead(const QString& path, const QByteArray& head);
    static Result<OpmlList> read(const QByteArray& bytes, const QString& path);
};
