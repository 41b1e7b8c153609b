#include "import/html/htmldocument.h"

#include <gumbo.h>

#include <vector>

using namespace Qt::StringLiterals;

namespace {

QString tagName(const GumboElement& element) {
    if (element.tag != GUMBO_TAG_UNKNOWN)
        return QString::fromLatin1(gumbo_normalized_tagname(element.tag));
    GumboStringPiece original = element.original_tag;
    gumbo_tag_from_original_text(&original);
    return QString::fromUtf8(original.data, static_cast<qsizetype>(original.length)).toLower();
}

std::unique_ptr<HtmlNode> copyElement(const GumboElement& element) {
    std::unique_ptr<HtmlNode> node = HtmlNode::element(tagName(element));
    for (unsigned i = 0; i < element.attributes.length; ++i) {
        const auto* attribute = static_cast<const GumboAttribute*>(element.attributes.data[i]);
        node->setAttribute(QString::fromUtf8(attribute->name).toLower(),
                           QString::fromUtf8(attribute->value));
    }
    return node;
}

// Copies Gumbo's tree without recursion, capping the depth (see HtmlDocument::maxDepth).
std::unique_ptr<HtmlNode> copyTree(const GumboNode* gumboRoot) {
    std::unique_ptr<HtmlNode> root = copyElement(gumboRoot->v.element);
    struct Pending {
        const GumboNode* node;
        HtmlNode* parent;
        int depth;
    };
    std::vector<Pending> stack;
    const auto pushChildren = [&stack](const GumboVector& children, HtmlNode* parent, int depth) {
        for (unsigned i = children.length; i > 0; --i)
            stack.push_back({static_cast<const GumboNode*>(children.data[i - 1]), parent, depth});
    };
    pushChildren(gumboRoot->v.element.children, root.get(), 1);
    int order = 0;
    while (!stack.empty()) {
        const Pending pending = stack.back();
        stack.pop_back();
        const GumboNode* node = pending.node;
        switch (node->type) {
        case GUMBO_NODE_ELEMENT:
        case GUMBO_NODE_TEMPLATE: {
            HtmlNode* target = pending.parent;
            int depth = pending.depth;
            if (depth < HtmlDocument::maxDepth) {
                target = pending.parent->appendChild(copyElement(node->v.element));
                target->order = ++order;
                ++depth;
            }
            pushChildren(node->v.element.children, target, depth);
            break;
        }
        case GUMBO_NODE_TEXT:
        case GUMBO_NODE_CDATA:
        case GUMBO_NODE_WHITESPACE: {
            HtmlNode* text = pending.parent->appendChild(
                HtmlNode::textNode(QString::fromUtf8(node->v.text.text)));
            text->order = ++order;
            break;
        }
        case GUMBO_NODE_DOCUMENT:
        case GUMBO_NODE_COMMENT:
            break;
        }
    }
    return root;
}

std::unique_ptr<HtmlNode> cloneNode(const HtmlNode& node) {
    std::unique_ptr<HtmlNode> copy =
        node.isText() ? HtmlNode::textNode(node.text()) : HtmlNode::element(node.tag());
    copy->order = node.order;
    copy->copyAttributesFrom(node);
    for (const auto& child : node.children())
        copy->appendChild(cloneNode(*child));
    return copy;
}

} // namespace

HtmlDocument HtmlDocument::parse(const QString& html) {
    return parse(html.toUtf8());
}

HtmlDocument HtmlDocument::parse(const QByteArray& utf8) {
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 0; // parse errors are not reported anywhere; do not collect them
    GumboOutput* output = gumbo_parse_with_options(&options, utf8.constData(),
                                                   static_cast<size_t>(utf8.size()));
    HtmlDocument document;
    document.m_root = copyTree(output->root);
    const GumboVector& top = output->document->v.document.children;
    for (unsigned i = 0; i < top.length; ++i) {
        const auto* node = static_cast<const GumboNode*>(top.data[i]);
        if (node->type == GUMBO_NODE_COMMENT)
            document.m_outerComments.append(QString::fromUtf8(node->v.text.text));
    }
    gumbo_destroy_output(&options, output);
    return document;
}

HtmlNode* HtmlDocument::head() const {
    for (HtmlNode* child : m_root->elementChildren()) {
        if (child->is(u"head"))
            return child;
    }
    return nullptr;
}

HtmlNode* HtmlDocument::body() const {
    for (HtmlNode* child : m_root->elementChildren()) {
        if (child->is(u"body"))
            return child;
    }
    return nullptr;
}

std::unique_ptr<HtmlNode> HtmlDocument::cloneRoot() const {
    return cloneNode(*m_root);
}
