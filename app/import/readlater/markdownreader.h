#pragma once

#include "import/importedarticle.h"
#include "util/result.h"

#include <QByteArray>
#include <QString>

// A Markdown file as one article (Obsidian notes, read-later exports, saved posts): the title
// from the front matter or the first heading, headings, paragraphs, list items, quotes and
// code lines as paragraphs without their markup; the front matter's date, tags, author and URL
// as metadata. Rules, link definitions and the front matter are recorded as removed pieces.
class MarkdownReader final {
public:
    static bool canRead(const QString& path, const QByteArray& firstBytes);
    static Result<ReadFile> read(const QByteArray& bytes, const QString& path);
};
