#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class HtmlNode;

// Turns markup into paragraphs the way a reader sees it: each block (paragraph, heading, list
// item, quote, table cell, a line of <pre>, text between <br>s) becomes one paragraph, inline
// text is joined, entities are decoded (by the parser) and white space is collapsed. Scripts,
// styles and other text a browser does not show are left out.
class HtmlText final {
public:
    struct Block {
        QString text;
        int order = 0; // HtmlNode::order of the block's first text
    };

    // For a feed item's or a read-later export's HTML content.
    static QStringList paragraphs(const QString& htmlFragment);

    static QList<Block> blocks(const HtmlNode& node);
    static bool isBlockTag(const QString& tag);
    static bool isHiddenTextTag(QStringView tag);
};
