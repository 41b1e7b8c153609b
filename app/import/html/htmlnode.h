#pragma once

#include <QList>
#include <QPair>
#include <QString>

#include <memory>
#include <vector>

// A small mutable DOM built from Gumbo's read-only parse tree: the extractor moves, retags and
// removes nodes the way Readability does on a browser DOM. Only elements and text are kept
// (comments, doctypes and processing instructions carry no article text).
class HtmlNode final {
public:
    enum class Kind { Element, Text };

    static std::unique_ptr<HtmlNode> element(const QString& tag);
    static std::unique_ptr<HtmlNode> textNode(const QString& text);

    Kind kind() const { return m_kind; }
    bool isElement() const { return m_kind == Kind::Element; }
    bool isText() const { return m_kind == Kind::Text; }
    bool is(QStringView tag) const { return m_kind == Kind::Element && m_tag == tag; }
    const QString& tag() const { return m_tag; }
    void setTag(const QString& tag) { m_tag = tag; }
    const QString& text() const { return m_text; } // a text node's own text

    QString attribute(QStringView name) const;
    bool hasAttribute(QStringView name) const;
    void setAttribute(const QString& name, const QString& value);
    void copyAttributesFrom(const HtmlNode& other) { m_attributes = other.m_attributes; }
    QString className() const { return attribute(u"class"); }
    QString id() const { return attribute(u"id"); }

    HtmlNode* parent() const { return m_parent; }
    const std::vector<std::unique_ptr<HtmlNode>>& children() const { return m_children; }
    QList<HtmlNode*> elementChildren() const;
    HtmlNode* firstElementChild() const;
    HtmlNode* nextSibling() const;
    HtmlNode* nextElementSibling() const;
    int indexInParent() const;

    HtmlNode* appendChild(std::unique_ptr<HtmlNode> child);
    HtmlNode* insertChild(int index, std::unique_ptr<HtmlNode> child);
    // Takes this node out of its parent; the caller owns it from then on. Costs the number of
    // siblings after it: to move many children, take them all at once.
    std::unique_ptr<HtmlNode> detach();
    std::vector<std::unique_ptr<HtmlNode>> takeChildren();
    // Puts `replacement` where this node stood and hands this node back to the caller.
    std::unique_ptr<HtmlNode> replaceWith(std::unique_ptr<HtmlNode> replacement);

    // All text below, as the DOM's textContent (no spacing between blocks).
    QString textContent() const;
    // textContent trimmed, with runs of white space folded to one space.
    QString innerText() const;
    // innerText().size() without building the text: the extractor asks for it very often.
    qsizetype innerTextLength() const;
    bool hasVisibleText() const; // any non-space character below
    // Descendant elements with one of the tags, in document order (not this node itself).
    QList<HtmlNode*> descendants(std::initializer_list<QStringView> tags) const;
    QList<HtmlNode*> descendants(QStringView tag) const { return descendants({tag}); }
    bool hasAncestor(QStringView tag, int maxDepth = 3) const;

    // Document order of the node's first text when the page was parsed: where its text stood,
    // which survives moves, so removed pieces can be placed between the kept paragraphs.
    int order = 0;
    // Readability's bookkeeping.
    double score = 0;
    bool scored = false;
    bool dataTable = false;

private:
    explicit HtmlNode(Kind kind)
        : m_kind(kind) {}
    void appendText(QString& out) const;

    Kind m_kind;
    QString m_tag;
    QString m_text;
    QList<QPair<QString, QString>> m_attributes;
    HtmlNode* m_parent = nullptr;
    // Where indexInParent() last found the node. Without it every step to a next sibling would
    // search the parent's children, and a page of 100,000 paragraphs would take minutes.
    mutable size_t m_indexHint = 0;
    std::vector<std::unique_ptr<HtmlNode>> m_children;
};
