#pragma once

#include "exchange/exportedarticle.h"

#include <QDateTime>
#include <QList>
#include <QString>

// Markdown notes for Obsidian, Logseq and the like: YAML front matter (every value a
// double-quoted YAML string), the title, the sentences with mentions as quotes, the
// partnerships with their evidence, and the notes. Text from articles is escaped so that it
// reads as written: a "*" or "<script>" in a title stays text.
struct MarkdownOptions {
    // Company names as wiki links, "[[Leica]]", in the text and in the front matter's
    // companies (quoted, so Obsidian shows them as links), instead of plain text.
    bool wikiLinks = false;
};

class MarkdownExporter final {
public:
    using Options = MarkdownOptions; // outside the class: a default argument needs it complete

    // One article as one note.
    static QString note(const ExportedArticle& article, const Options& options = {});
    // Many articles in one file: front matter for the export, then each article under its
    // "# Title".
    static QString combined(const QList<ExportedArticle>& articles, const QDateTime& exportedAt,
                            const Options& options = {});

    // `text` as Markdown that renders as exactly that text (line breaks stay line breaks).
    static QString escape(const QString& text);
    // `value` as a double-quoted YAML scalar.
    static QString yamlString(const QString& value);
    // "[[Leica]]". A name with characters a link target cannot hold ([ ] | # ^ : / \ and
    // line breaks) links to the name without them and shows the name: "Foo#1" gives
    // "[[Foo 1|Foo#1]]". A name with nothing linkable left stays escaped text.
    static QString wikiLink(const QString& company);
};
