#pragma once

#include "import/feed/feeditem.h"
#include "import/importedarticle.h"

#include <optional>

// Turns one parsed feed item into the article the importer stores: the full content when the
// feed has it, else the summary (noted), its link, GUID, date, byline, tags and the feed's
// source tag. Pure: no I/O.
class FeedArticle final {
public:
    // nullopt, with a message in `problems`, when there is nothing to make an article of (no
    // title, no text); what an article lacks or got wrong (an unreadable date) is in its note.
    static std::optional<ImportedArticle> make(const FeedItem& item, const FeedChannel& channel,
                                               const QString& path, QStringList& problems);

    // The feed's short id used as every item's source tag: a slug of the feed's title
    // ("Times of India – Tech" → "times-of-india-tech"), else of its link's host
    // ("www.heise.de" → "heise-de"), else of the file's name.
    static QString sourceTag(const FeedChannel& channel, const QString& path);

    // "Name", "jane@example.org (Jane Doe)" → "Jane Doe", "jane@example.org" stays.
    static QString authorName(const QString& author);

    static constexpr int maxTitleLength = 120;
};
