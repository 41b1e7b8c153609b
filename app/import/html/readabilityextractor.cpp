#include "import/html/readabilityextractor.h"

#include "import/html/articlecleanup.h"
#include "import/html/htmldocument.h"
#include "import/html/readabilityrules.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype charThreshold = 500;
constexpr int topCandidateCount = 5;

HtmlNode* findBody(HtmlNode& root) {
    for (HtmlNode* child : root.elementChildren()) {
        if (child->is(u"body"))
            return child;
    }
    return nullptr;
}

bool isTagToScore(const HtmlNode& node) {
    static const QStringList tags = {u"section"_s, u"h2"_s, u"h3"_s, u"h4"_s, u"h5"_s,
                                     u"h6"_s,      u"p"_s,  u"td"_s, u"pre"_s};
    return tags.contains(node.tag());
}

bool isHeading(const HtmlNode& node) {
    return node.is(u"h1") || node.is(u"h2") || node.is(u"h3") || node.is(u"h4") || node.is(u"h5") ||
           node.is(u"h6");
}

QList<HtmlNode*> ancestors(HtmlNode* node, int maxDepth = 0) {
    QList<HtmlNode*> result;
    for (HtmlNode* at = node->parent(); at; at = at->parent()) {
        result.append(at);
        if (maxDepth && result.size() == maxDepth)
            break;
    }
    return result;
}

// Readability's _replaceBrs: two or more <br>s in a row end a paragraph, so text that a page
// separates only by blank lines is scored paragraph by paragraph.
void replaceBrs(HtmlNode& body) {
    // Removed nodes live until the end: later <br>s of the list may be among them.
    std::vector<std::unique_ptr<HtmlNode>> removed;
    const auto nextNonBlank = [](HtmlNode* node) {
        while (node && node->isText() && node->text().trimmed().isEmpty())
            node = node->nextSibling();
        return node;
    };
    for (HtmlNode* br : body.descendants(u"br")) {
        if (!br->parent())
            continue;
        bool replaced = false;
        for (HtmlNode* next = nextNonBlank(br->nextSibling()); next && next->is(u"br");
             next = nextNonBlank(br->nextSibling())) {
            replaced = true;
            // Whitespace between the <br>s goes with them.
            while (br->nextSibling() != next)
                removed.push_back(br->nextSibling()->detach());
            removed.push_back(next->detach());
        }
        if (!replaced)
            continue;
        HtmlNode* parent = br->parent();
        HtmlNode* p = parent->insertChild(br->indexInParent(), HtmlNode::element(u"p"_s));
        removed.push_back(br->detach());
        for (HtmlNode* next = p->nextSibling(); next; next = p->nextSibling()) {
            if (next->is(u"br")) {
                HtmlNode* after = nextNonBlank(next->nextSibling());
                if (after && after->is(u"br"))
                    break;
            }
            if (!ReadabilityRules::isPhrasingContent(*next))
                break;
            p->appendChild(next->detach());
        }
        while (!p->children().empty() && ReadabilityRules::isWhitespace(*p->children().back()))
            removed.push_back(p->children().back()->detach());
        if (parent->is(u"p"))
            parent->setTag(u"div"_s);
    }
}

} // namespace

ReadabilityExtractor::Extraction
ReadabilityExtractor::extract(const HtmlDocument& document, const QString& title, bool needByline) {
    std::vector<Extraction> attempts;
    for (int flags : {StripUnlikely | WeightClasses | CleanConditionally,
                      WeightClasses | CleanConditionally, int(CleanConditionally), 0}) {
        ReadabilityExtractor extractor(flags, title, needByline);
        Extraction result = extractor.run(document.cloneRoot());
        if (result.textLength >= charThreshold)
            return result;
        attempts.push_back(std::move(result));
    }
    const auto longest = std::max_element(
        attempts.begin(), attempts.end(),
        [](const Extraction& a, const Extraction& b) { return a.textLength < b.textLength; });
    return std::move(*longest);
}

void ReadabilityExtractor::initialize(HtmlNode& node) const {
    node.scored = true;
    node.score = 0;
    const QString& tag = node.tag();
    if (tag == u"div")
        node.score += 5;
    else if (tag == u"pre" || tag == u"td" || tag == u"blockquote")
        node.score += 3;
    else if (tag == u"address" || tag == u"ol" || tag == u"ul" || tag == u"dl" || tag == u"dd" ||
             tag == u"dt" || tag == u"li" || tag == u"form")
        node.score -= 3;
    else if (isHeading(node) || tag == u"th")
        node.score -= 5;
    if (flag(WeightClasses))
        node.score += ReadabilityRules::classWeight(node);
}

ReadabilityExtractor::Extraction ReadabilityExtractor::run(std::unique_ptr<HtmlNode> root) {
    Extraction result;
    m_log = &result.log;
    result.root = std::move(root);
    HtmlNode* body = findBody(*result.root);
    if (!body)
        return result;
    prepare(*body);
    const QList<HtmlNode*> toScore = collectElementsToScore(*body, result);
    HtmlNode* top = topCandidate(*body, toScore);
    result.article = gatherSiblings(top);
    ArticleCleanup(result.log, flag(WeightClasses), flag(CleanConditionally)).run(*result.article);
    result.textLength = result.article->innerTextLength();
    return result;
}

void ReadabilityExtractor::prepare(HtmlNode& body) {
    // Scripts and styles are no text (they are never run); they go without a removed piece.
    // (Kept in the log without a reason, alive: a script inside a noscript is in the list too.)
    for (HtmlNode* node : body.descendants({u"script", u"noscript", u"style"}))
        m_log->drop(node, QString());
    replaceBrs(body);
    for (HtmlNode* font : body.descendants(u"font"))
        font->setTag(u"span"_s);
}

QList<HtmlNode*> ReadabilityExtractor::collectElementsToScore(HtmlNode& body, Extraction& result) {
    QList<HtmlNode*> toScore;
    bool removeTitleHeader = !m_title.isEmpty();
    bool needByline = m_needByline;
    const auto dropAndNext = [this](HtmlNode* node, const QString& reason) {
        HtmlNode* next = ReadabilityRules::nextNode(node, true);
        m_log->drop(node, reason);
        return next;
    };
    HtmlNode* node = &body;
    while (node) {
        if (node != &body && !ReadabilityRules::isProbablyVisible(*node)) {
            node = dropAndNext(node, u"hidden"_s);
            continue;
        }
        if (node->attribute(u"aria-modal") == u"true" && node->attribute(u"role") == u"dialog") {
            node = dropAndNext(node, u"pop-up"_s);
            continue;
        }
        if (needByline && ReadabilityRules::isBylineCandidate(*node)) {
            const QList<HtmlNode*> inside = node->descendants({u"span", u"a", u"div", u"p"});
            const auto name = std::find_if(inside.cbegin(), inside.cend(), [](HtmlNode* n) {
                return n->attribute(u"itemprop").contains(u"name");
            });
            result.byline = (name != inside.cend() ? *name : node)->textContent().trimmed();
            needByline = false;
            node = dropAndNext(node, u"byline"_s);
            continue;
        }
        if (removeTitleHeader && (node->is(u"h1") || node->is(u"h2")) &&
            ReadabilityRules::textSimilarity(m_title, node->textContent().trimmed()) > 0.75) {
            removeTitleHeader = false;
            node = dropAndNext(node, u"title"_s);
            continue;
        }
        if (flag(StripUnlikely) && node != &body &&
            (ReadabilityRules::isUnlikelyCandidate(*node) ||
             ReadabilityRules::hasUnlikelyRole(*node))) {
            node = dropAndNext(node, ReadabilityRules::reasonFor(*node, u"boilerplate"_s));
            continue;
        }
        if ((node->is(u"div") || node->is(u"section") || node->is(u"header") || isHeading(*node)) &&
            ReadabilityRules::isElementWithoutContent(*node)) {
            node = dropAndNext(node, u"empty block"_s);
            continue;
        }
        if (isTagToScore(*node))
            toScore.append(node);
        if (node->is(u"div")) {
            wrapInlineRuns(*node);
            if (ReadabilityRules::hasSingleTagInside(*node, u"p") &&
                ReadabilityRules::linkDensity(*node) < 0.25) {
                HtmlNode* child = node->firstElementChild();
                HtmlNode* parent = node->parent();
                const int index = node->indexInParent();
                std::unique_ptr<HtmlNode> owned = child->detach();
                // The emptied div (whitespace only) is dropped without a piece: no text.
                m_log->dropped.push_back({node->replaceWith(std::move(owned)), QString()});
                node = parent->children()[static_cast<size_t>(index)].get();
                toScore.append(node);
            } else if (!ReadabilityRules::hasChildBlockElement(*node)) {
                node->setTag(u"p"_s);
                toScore.append(node);
            }
        }
        node = ReadabilityRules::nextNode(node);
    }
    return toScore;
}

HtmlNode* ReadabilityExtractor::topCandidate(HtmlNode& body,
                                             const QList<HtmlNode*>& elementsToScore) {
    QList<HtmlNode*> candidates;
    for (HtmlNode* element : elementsToScore) {
        if (!element->parent() || !element->parent()->isElement())
            continue;
        const QString text = element->innerText();
        if (text.size() < 25)
            continue;
        const QList<HtmlNode*> up = ancestors(element, 5);
        if (up.isEmpty())
            continue;
        const double score = 1 + (ReadabilityRules::commaCount(text) + 1) +
                             std::min<qsizetype>(text.size() / 100, 3);
        for (qsizetype level = 0; level < up.size(); ++level) {
            HtmlNode* ancestor = up[level];
            if (!ancestor->parent())
                continue;
            if (!ancestor->scored) {
                initialize(*ancestor);
                candidates.append(ancestor);
            }
            const double divider = level == 0 ? 1 : level == 1 ? 2 : static_cast<double>(level) * 3;
            ancestor->score += score / divider;
        }
    }

    QList<HtmlNode*> top;
    for (HtmlNode* candidate : candidates) {
        candidate->score *= 1 - ReadabilityRules::linkDensity(*candidate);
        const auto at = std::find_if(top.begin(), top.end(), [candidate](HtmlNode* other) {
            return candidate->score > other->score;
        });
        if (at - top.begin() < topCandidateCount) {
            top.insert(at, candidate);
            if (top.size() > topCandidateCount)
                top.removeLast();
        }
    }

    HtmlNode* best = top.isEmpty() ? nullptr : top.first();
    if (!best || best->is(u"body")) {
        // No candidate: the whole body is the article.
        std::unique_ptr<HtmlNode> div = HtmlNode::element(u"div"_s);
        for (auto& child : body.takeChildren())
            div->appendChild(std::move(child));
        HtmlNode* wrapper = body.appendChild(std::move(div));
        initialize(*wrapper);
        return wrapper;
    }

    // When several good candidates share an ancestor, that ancestor is the article.
    QList<QList<HtmlNode*>> alternatives;
    for (qsizetype i = 1; i < top.size(); ++i) {
        if (top[i]->score / best->score >= 0.75)
            alternatives.append(ancestors(top[i]));
    }
    if (alternatives.size() >= 3) {
        for (HtmlNode* parent = best->parent(); parent && !parent->is(u"body");
             parent = parent->parent()) {
            const auto containing = std::count_if(
                alternatives.cbegin(), alternatives.cend(),
                [parent](const QList<HtmlNode*>& list) { return list.contains(parent); });
            if (containing >= 3) {
                best = parent;
                break;
            }
        }
    }
    if (!best->scored)
        initialize(*best);

    // A parent scoring higher than the candidate has more of the article.
    double lastScore = best->score;
    const double threshold = lastScore / 3;
    for (HtmlNode* parent = best->parent(); parent && !parent->is(u"body");
         parent = parent->parent()) {
        if (!parent->scored)
            continue;
        if (parent->score < threshold)
            break;
        if (parent->score > lastScore) {
            best = parent;
            break;
        }
        lastScore = parent->score;
    }
    // An only child stands for its parent.
    while (best->parent() && !best->parent()->is(u"body") &&
           best->parent()->elementChildren().size() == 1)
        best = best->parent();
    if (!best->scored)
        initialize(*best);
    return best;
}

std::unique_ptr<HtmlNode> ReadabilityExtractor::gatherSiblings(HtmlNode* top) {
    std::unique_ptr<HtmlNode> article = HtmlNode::element(u"div"_s);
    HtmlNode* parent = top->parent();
    const double threshold = std::max(10.0, top->score * 0.2);
    const QString topClass = top->className();
    // All children are taken out and put back, or into the article, in one pass: detaching
    // them one by one would cost the number of siblings each time.
    for (auto& child : parent->takeChildren()) {
        HtmlNode* sibling = child.get();
        if (sibling->isText()) {
            parent->appendChild(std::move(child));
            continue;
        }
        bool append = sibling == top;
        if (!append) {
            const double bonus =
                !topClass.isEmpty() && sibling->className() == topClass ? top->score * 0.2 : 0;
            if (sibling->scored && sibling->score + bonus >= threshold) {
                append = true;
            } else if (sibling->is(u"p")) {
                const double density = ReadabilityRules::linkDensity(*sibling);
                const QString text = sibling->innerText();
                if (text.size() > 80 && density < 0.25)
                    append = true;
                else if (!text.isEmpty() && text.size() < 80 && density == 0 &&
                         (text.contains(u". "_s) || text.endsWith(u'.')))
                    append = true;
            }
        }
        if (!append) {
            parent->appendChild(std::move(child));
            continue;
        }
        static const QStringList keepTags = {u"div"_s, u"article"_s, u"section"_s,
                                             u"p"_s,   u"ol"_s,      u"ul"_s};
        if (!keepTags.contains(sibling->tag()))
            sibling->setTag(u"div"_s);
        article->appendChild(std::move(child));
    }
    return article;
}

// Runs of inline content directly in a div become paragraphs of their own (Readability's
// _prepDiv loop), in one pass over the div's children rather than a detach() per child.
void ReadabilityExtractor::wrapInlineRuns(HtmlNode& div) {
    HtmlNode* p = nullptr;
    for (auto& child : div.takeChildren()) {
        if (ReadabilityRules::isPhrasingContent(*child)) {
            if (p) {
                p->appendChild(std::move(child));
                continue;
            }
            if (!ReadabilityRules::isWhitespace(*child)) {
                p = div.appendChild(HtmlNode::element(u"p"_s));
                p->appendChild(std::move(child));
                continue;
            }
        } else if (p) {
            while (!p->children().empty() && ReadabilityRules::isWhitespace(*p->children().back()))
                m_log->drop(p->children().back().get(), QString());
            p = nullptr;
        }
        div.appendChild(std::move(child));
    }
}
