#include "import/html/htmlnode.h"

#include <algorithm>

std::unique_ptr<HtmlNode> HtmlNode::element(const QString& tag) {
    std::unique_ptr<HtmlNode> node(new HtmlNode(Kind::Element));
    node->m_tag = tag;
    return node;
}

std::unique_ptr<HtmlNode> HtmlNode::textNode(const QString& text) {
    std::unique_ptr<HtmlNode> node(new HtmlNode(Kind::Text));
    node->m_text = text;
    return node;
}

QString HtmlNode::attribute(QStringView name) const {
    for (const auto& [key, value] : m_attributes) {
        if (key == name)
            return value;
    }
    return {};
}

bool HtmlNode::hasAttribute(QStringView name) const {
    return std::any_of(m_attributes.cbegin(), m_attributes.cend(),
                       [name](const auto& pair) { return pair.first == name; });
}

void HtmlNode::setAttribute(const QString& name, const QString& value) {
    for (auto& pair : m_attributes) {
        if (pair.first == name) {
            pair.second = value;
            return;
        }
    }
    m_attributes.append({name, value});
}

QList<HtmlNode*> HtmlNode::elementChildren() const {
    QList<HtmlNode*> result;
    for (const auto& child : m_children) {
        if (child->isElement())
            result.append(child.get());
    }
    return result;
}

HtmlNode* HtmlNode::firstElementChild() const {
    for (const auto& child : m_children) {
        if (child->isElement())
            return child.get();
    }
    return nullptr;
}

int HtmlNode::indexInParent() const {
    if (!m_parent)
        return -1;
    const auto& siblings = m_parent->m_children;
    // Where it was, or one off: a sibling inserted or removed before it shifts it by one.
    for (const size_t guess : {m_indexHint, m_indexHint + 1, m_indexHint - 1}) {
        if (guess < siblings.size() && siblings[guess].get() == this)
            return static_cast<int>(m_indexHint = guess);
    }
    for (size_t i = 0; i < siblings.size(); ++i) {
        if (siblings[i].get() == this)
            return static_cast<int>(m_indexHint = i);
    }
    return -1;
}

HtmlNode* HtmlNode::nextSibling() const {
    const int index = indexInParent();
    if (index < 0 || static_cast<size_t>(index) + 1 >= m_parent->m_children.size())
        return nullptr;
    return m_parent->m_children[static_cast<size_t>(index) + 1].get();
}

HtmlNode* HtmlNode::nextElementSibling() const {
    const int index = indexInParent();
    if (index < 0)
        return nullptr;
    const auto& siblings = m_parent->m_children;
    for (size_t i = static_cast<size_t>(index) + 1; i < siblings.size(); ++i) {
        if (siblings[i]->isElement())
            return siblings[i].get();
    }
    return nullptr;
}

HtmlNode* HtmlNode::appendChild(std::unique_ptr<HtmlNode> child) {
    child->m_parent = this;
    child->m_indexHint = m_children.size();
    m_children.push_back(std::move(child));
    return m_children.back().get();
}

HtmlNode* HtmlNode::insertChild(int index, std::unique_ptr<HtmlNode> child) {
    child->m_parent = this;
    const auto at = std::clamp<std::ptrdiff_t>(index, 0, std::ssize(m_children));
    child->m_indexHint = static_cast<size_t>(at);
    return m_children.insert(m_children.begin() + at, std::move(child))->get();
}

std::unique_ptr<HtmlNode> HtmlNode::detach() {
    const int index = indexInParent();
    if (index < 0)
        return nullptr;
    auto& siblings = m_parent->m_children;
    std::unique_ptr<HtmlNode> self = std::move(siblings[static_cast<size_t>(index)]);
    siblings.erase(siblings.begin() + index);
    m_parent = nullptr;
    return self;
}

std::vector<std::unique_ptr<HtmlNode>> HtmlNode::takeChildren() {
    std::vector<std::unique_ptr<HtmlNode>> children = std::move(m_children);
    m_children.clear();
    for (const auto& child : children)
        child->m_parent = nullptr;
    return children;
}

std::unique_ptr<HtmlNode> HtmlNode::replaceWith(std::unique_ptr<HtmlNode> replacement) {
    HtmlNode* parent = m_parent;
    const int index = indexInParent();
    std::unique_ptr<HtmlNode> self = detach();
    if (parent)
        parent->insertChild(index, std::move(replacement));
    return self;
}

void HtmlNode::appendText(QString& out) const {
    if (isText()) {
        out += m_text;
        return;
    }
    for (const auto& child : m_children)
        child->appendText(out);
}

QString HtmlNode::textContent() const {
    QString out;
    appendText(out);
    return out;
}

QString HtmlNode::innerText() const {
    return textContent().simplified();
}

namespace {

// Counts innerText's characters: non-space characters, plus one for each gap between them.
struct TextLength {
    qsizetype length = 0;
    bool inText = false;
    bool gap = false;

    void add(const QString& text) {
        for (const QChar c : text) {
            if (c.isSpace()) {
                gap = inText;
                continue;
            }
            length += gap ? 2 : 1;
            gap = false;
            inText = true;
        }
    }
};

void addLengths(const HtmlNode& node, TextLength& length) {
    if (node.isText()) {
        length.add(node.text());
        return;
    }
    for (const auto& child : node.children())
        addLengths(*child, length);
}

} // namespace

qsizetype HtmlNode::innerTextLength() const {
    TextLength length;
    addLengths(*this, length);
    return length.length;
}

bool HtmlNode::hasVisibleText() const {
    if (isText())
        return std::any_of(m_text.cbegin(), m_text.cend(), [](QChar c) { return !c.isSpace(); });
    return std::any_of(m_children.cbegin(), m_children.cend(),
                       [](const auto& child) { return child->hasVisibleText(); });
}

QList<HtmlNode*> HtmlNode::descendants(std::initializer_list<QStringView> tags) const {
    QList<HtmlNode*> result;
    // Iterative: the tree is depth-capped when built, but this runs often on big pages.
    std::vector<const HtmlNode*> stack{this};
    while (!stack.empty()) {
        const HtmlNode* node = stack.back();
        stack.pop_back();
        if (node != this && std::find(tags.begin(), tags.end(), node->m_tag) != tags.end())
            result.append(const_cast<HtmlNode*>(node));
        for (auto it = node->m_children.rbegin(); it != node->m_children.rend(); ++it) {
            if ((*it)->isElement())
                stack.push_back(it->get());
        }
    }
    return result;
}

bool HtmlNode::hasAncestor(QStringView tag, int maxDepth) const {
    int depth = 0;
    for (const HtmlNode* node = this; node->m_parent; node = node->m_parent, ++depth) {
        if (maxDepth > 0 && depth > maxDepth)
            return false;
        if (node->m_parent->m_tag == tag)
            return true;
    }
    return false;
}
