#pragma once

#include "import/html/htmlnode.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

// A page parsed by Gumbo (the HTML5 parsing algorithm, as browsers do it: broken markup is
// repaired the same way, entities decoded, nothing run or fetched) and copied into HtmlNodes.
class HtmlDocument final {
public:
    // Deeper elements are hung onto their ancestor at this depth: their text stays, and the
    // extractor's recursive walks stay far from the stack's end on 10,000 nested tags.
    static constexpr int maxDepth = 256;

    static HtmlDocument parse(const QString& html);
    static HtmlDocument parse(const QByteArray& utf8);
    // Script and style contents are left out before parsing and nesting is capped (see
    // MarkupPrefilter).

    HtmlNode* root() const { return m_root.get(); } // the <html> element
    HtmlNode* head() const;
    HtmlNode* body() const;
    // The comments before and after <html> (where "<!-- saved from url=… -->" stands).
    const QStringList& outerComments() const { return m_outerComments; }

    // A fresh copy of the tree, for the extractor's second pass over an untouched page.
    std::unique_ptr<HtmlNode> cloneRoot() const;

private:
    std::unique_ptr<HtmlNode> m_root;
    QStringList m_outerComments;
};
