#pragma once

#include "exchange/exportedarticle.h"

#include <QDateTime>
#include <QList>
#include <QString>

// Markdown notes for Obsidian, Logseq and the like: YAML front matter (every value a
// double-quoted YAML string), the title, the sentences with mentions as quotes, the
// partnerships with their evidence, and the notes. Text from articles is escaped so that it
// reads as written: a "*" or "<script>" in a title stays text.
class MarkdownExporter final {
public:
    // One article as one note.
    static QString note(const ExportedArticle& article);
    // Many articles in one file: front matter for the export, then each article under its
    // "# Title".
    static QString combined(const QList<ExportedArticle>& articles, const QDateTime& exportedAt);

    // `text` as Markdown that renders as exactly that text (line breaks stay line breaks).
    static QString escape(const QString& text);
    // `value` as a double-quoted YAML scalar.
    static QString yamlString(const QString& value);
};
