#pragma once

#include <QString>

// Markdown's inline markup taken off a line of text, leaving what a reader reads: a link's or
// image's text without its URL, emphasis, strike-through and code marks without the marks,
// backslash escapes resolved, entities decoded. The URLs stay in the raw text.
class MarkdownInline final {
public:
    static QString plain(const QString& line);
};
