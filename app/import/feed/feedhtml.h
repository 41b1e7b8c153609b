#pragma once

#include <QString>
#include <QStringList>

// The paragraphs of an item's HTML content. The one place the feed reader turns HTML into
// text, so the lead can switch it to HtmlText::paragraphs (app/import/html/htmltext.h, the web
// page reader's real HTML5 parser) when that lands.
namespace FeedHtml {
QStringList paragraphs(const QString& html);
// Plain text (an Atom type="text" element): one paragraph a non-blank line.
QStringList textParagraphs(const QString& text);
// Whitespace runs (spaces, tabs, newlines, no-break spaces) collapsed to one space, trimmed.
QString simplified(const QString& text);
} // namespace FeedHtml
