#pragma once

#include <QString>
#include <QStringList>

// The YAML front matter of a Markdown file (Jekyll, Hugo, Obsidian, read-later exports): the
// block between a first line "---" and the next "---" or "...". Only what an article needs is
// read, from flat "key: value" lines: title, date, tags (as "[a, b]", "a, b" or "- a" lines),
// author, url, source, language. Not a YAML parser: nested values are left alone.
struct MarkdownFrontMatter {
    bool present = false;
    QString block;     // the whole block with its fences, as it stood
    qsizetype end = 0; // where the body starts
    QString title;
    QString date;
    QStringList tags;
    QString author;
    QString url;
    QString source;
    QString language;

    static MarkdownFrontMatter parse(const QString& text);
};
