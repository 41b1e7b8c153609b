#include "import/html/htmldocument.h"

#include "import/html/markupprefilter.h"

#include <gumbo.h>

#include <algorithm>
#include <cstddef>
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

// Gumbo allocates and frees every token, buffer and node on its own; malloc was a tenth of the
// reading time. All of it lives exactly as long as one parse, so a bump allocator that frees
// everything at once is both faster and simpler (and gumbo_destroy_output's walk is not needed).
class Arena {
public:
    static void* allocate(void* userData, size_t size) {
        return static_cast<Arena*>(userData)->take(size);
    }
    static void deallocate(void*, void*) {}

private:
    void* take(size_t size) {
        size = (size + 15) & ~size_t(15);
        if (m_blocks.empty() || m_used + size > m_blocks.back().size) {
            const size_t blockSize = std::max(size, m_nextBlockSize);
            m_nextBlockSize = std::min<size_t>(m_nextBlockSize * 2, 16 << 20);
            // Not make_unique: that would zero the block, and gumbo initialises what it uses.
            m_blocks.push_back({std::unique_ptr<std::byte[]>(new std::byte[blockSize]), blockSize});
            m_used = 0;
        }
        void* at = m_blocks.back().data.get() + m_used;
        m_used += size;
        return at;
    }

    struct Block {
        std::unique_ptr<std::byte[]> data;
        size_t size;
    };
    std::vector<Block> m_blocks;
    size_t m_used = 0;
    size_t m_nextBlockSize = 256 << 10;
};

} // namespace

HtmlDocument HtmlDocument::parse(const QString& html) {
    return parse(html.toUtf8());
}

HtmlDocument HtmlDocument::parse(const QByteArray& markup) {
    const QByteArray utf8 = MarkupPrefilter::apply(markup);
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 0; // parse errors are not reported anywhere; do not collect them
    Arena arena;
    options.allocator = &Arena::allocate;
    options.deallocator = &Arena::deallocate;
    options.userdata = &arena;
    GumboOutput* output =
        gumbo_parse_with_options(&options, utf8.constData(), static_cast<size_t>(utf8.size()));
    HtmlDocument document;
    document.m_root = copyTree(output->root);
    const GumboVector& top = output->document->v.document.children;
    for (unsigned i = 0; i < top.length; ++i) {
        const auto* node = static_cast<const GumboNode*>(top.data[i]);
        if (node->type == GUMBO_NODE_COMMENT)
            document.m_outerComments.append(QString::fromUtf8(node->v.text.text));
    }
    // No gumbo_destroy_output: the arena frees it all when it goes out of scope.
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
