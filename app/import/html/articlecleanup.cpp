#include "import/html/articlecleanup.h"

#include "import/html/htmlnode.h"
#include "import/html/readabilityrules.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

bool isDataTableAncestor(const HtmlNode& node) {
    for (const HtmlNode* at = node.parent(); at; at = at->parent()) {
        if (at->is(u"table") && at->dataTable)
            return true;
    }
    return false;
}

double textDensity(const HtmlNode& node, std::initializer_list<QStringView> tags) {
    const qsizetype length = node.innerTextLength();
    if (length == 0)
        return 0;
    qsizetype childLength = 0;
    for (const HtmlNode* child : node.descendants(tags))
        childLength += child->innerTextLength();
    return static_cast<double>(childLength) / static_cast<double>(length);
}

} // namespace

int ArticleCleanup::weight(const HtmlNode& node) const {
    return m_weightClasses ? ReadabilityRules::classWeight(node) : 0;
}

void ArticleCleanup::run(HtmlNode& article) {
    markDataTables(article);
    cleanConditionally(article, u"form");
    cleanConditionally(article, u"fieldset");
    clean(article, u"object", u"embedded object"_s);
    clean(article, u"embed", u"embedded object"_s);
    clean(article, u"footer", u"footer"_s);
    clean(article, u"link", QString());
    clean(article, u"aside", u"sidebar"_s);
    cleanShareElements(article);
    cleanAdLabels(article);
    clean(article, u"iframe", u"embedded frame"_s);
    clean(article, u"input", u"form"_s);
    clean(article, u"textarea", u"form"_s);
    clean(article, u"select", u"form"_s);
    clean(article, u"button", u"button"_s);
    for (HtmlNode* heading : article.descendants({u"h1", u"h2"})) {
        if (weight(*heading) < 0)
            m_log.drop(heading, ReadabilityRules::reasonFor(*heading, u"boilerplate heading"_s));
    }
    cleanConditionally(article, u"table");
    cleanConditionally(article, u"ul");
    cleanConditionally(article, u"div");
}

void ArticleCleanup::markDataTables(HtmlNode& article) {
    for (HtmlNode* table : article.descendants(u"table")) {
        if (table->attribute(u"role") == u"presentation" ||
            table->attribute(u"datatable") == u"0") {
            table->dataTable = false;
            continue;
        }
        if (!table->attribute(u"summary").isEmpty()) {
            table->dataTable = true;
            continue;
        }
        const QList<HtmlNode*> captions = table->descendants(u"caption");
        if ((!captions.isEmpty() && !captions.first()->children().empty()) ||
            !table->descendants({u"col", u"colgroup", u"tfoot", u"thead", u"th"}).isEmpty()) {
            table->dataTable = true;
            continue;
        }
        if (!table->descendants(u"table").isEmpty()) {
            table->dataTable = false;
            continue;
        }
        int rows = 0;
        int columns = 0;
        for (const HtmlNode* row : table->descendants(u"tr")) {
            rows += std::max(1, row->attribute(u"rowspan").toInt());
            int inRow = 0;
            for (const HtmlNode* cell : row->descendants(u"td"))
                inRow += std::max(1, cell->attribute(u"colspan").toInt());
            columns = std::max(columns, inRow);
        }
        if (columns == 1 || rows == 1)
            table->dataTable = false;
        else
            table->dataTable = rows >= 10 || columns > 4 || rows * columns > 10;
    }
}

void ArticleCleanup::clean(HtmlNode& article, QStringView tag, const QString& reason) {
    const QList<HtmlNode*> nodes = article.descendants(tag);
    for (auto it = nodes.rbegin(); it != nodes.rend(); ++it) {
        // Videos are kept, as Readability does; Folio shows no embeds, but their captions stay.
        m_log.drop(*it, reason.isEmpty() ? u"page furniture"_s : reason);
    }
}

void ArticleCleanup::cleanShareElements(HtmlNode& article) {
    for (HtmlNode* top : article.elementChildren()) {
        const HtmlNode* end = ReadabilityRules::nextNode(top, true);
        HtmlNode* next = ReadabilityRules::nextNode(top);
        while (next && next != end) {
            if (ReadabilityRules::isShareElement(ReadabilityRules::matchString(*next)) &&
                next->textContent().size() < 500) {
                HtmlNode* after = ReadabilityRules::nextNode(next, true);
                m_log.drop(next, u"share bar"_s);
                next = after;
            } else {
                next = ReadabilityRules::nextNode(next);
            }
        }
    }
}

// An ad slot inside the article is an empty box with a label ("Advertisement", "Anzeige"):
// Readability keeps the label as a paragraph of the story. Only the short text of a block the
// page itself calls an ad goes; text that long is not a label.
void ArticleCleanup::cleanAdLabels(HtmlNode& article) {
    if (!m_weightClasses)
        return;
    constexpr qsizetype maxLabelLength = 40;
    HtmlNode* next = ReadabilityRules::nextNode(&article);
    while (next && next != &article) {
        if (next->innerTextLength() >= maxLabelLength) {
            next = ReadabilityRules::nextNode(next);
            continue;
        }
        if (next->hasVisibleText() && ReadabilityRules::hintedReason(*next) == u"advertisement"_s) {
            HtmlNode* after = ReadabilityRules::nextNode(next, true);
            m_log.drop(next, u"advertisement"_s);
            next = after;
        } else {
            next = ReadabilityRules::nextNode(next); // the label may be a child (span.ad-label)
        }
    }
}

void ArticleCleanup::cleanConditionally(HtmlNode& article, QStringView tag) {
    if (!m_conditionally)
        return;
    // Last first, as Readability does: inner blocks are judged before the blocks around them.
    const QList<HtmlNode*> nodes = article.descendants(tag);
    for (auto it = nodes.rbegin(); it != nodes.rend(); ++it) {
        if (!(*it)->parent())
            continue;
        const QString reason = conditionalReason(**it, tag);
        if (!reason.isEmpty())
            m_log.drop(*it, reason);
    }
}

QString ArticleCleanup::conditionalReason(const HtmlNode& node, QStringView tag) const {
    const QString innerText = node.innerText();
    bool isList = tag == u"ul" || tag == u"ol";
    if (!isList) {
        qsizetype listLength = 0;
        for (const HtmlNode* list : node.descendants({u"ul", u"ol"}))
            listLength += list->innerTextLength();
        isList = !innerText.isEmpty() &&
                 static_cast<double>(listLength) / static_cast<double>(innerText.size()) > 0.9;
    }
    if ((tag == u"table" && node.dataTable) || isDataTableAncestor(node) ||
        node.hasAncestor(u"code"))
        return {};
    const QList<HtmlNode*> tables = node.descendants(u"table");
    if (std::any_of(tables.cbegin(), tables.cend(), [](const HtmlNode* t) { return t->dataTable; }))
        return {};

    const int classWeight = weight(node);
    if (classWeight < 0)
        return ReadabilityRules::reasonFor(node, u"boilerplate"_s);
    if (ReadabilityRules::commaCount(innerText) >= 10)
        return {};

    const auto p = node.descendants(u"p").size();
    const auto img = node.descendants(u"img").size();
    const auto li = node.descendants(u"li").size() - 100;
    const auto input = node.descendants(u"input").size();
    const double headingDensity = textDensity(node, {u"h1", u"h2", u"h3", u"h4", u"h5", u"h6"});
    const auto embeds = node.descendants({u"object", u"embed", u"iframe"}).size();
    if (ReadabilityRules::isAdOrLoadingText(innerText))
        return u"advertisement"_s;
    const qsizetype contentLength = innerText.size();
    const double linkDensity = ReadabilityRules::linkDensity(node);
    const double density = textDensity(node, {u"span", u"li", u"td", u"blockquote", u"dl", u"div",
                                              u"img", u"ol", u"p", u"pre", u"table", u"ul"});
    const bool inFigure = node.hasAncestor(u"figure");

    QString reason;
    if (!inFigure && img > 1 && static_cast<double>(p) / static_cast<double>(img) < 0.5)
        reason = u"image gallery"_s;
    else if (!isList && li > p)
        reason = u"link list"_s;
    else if (input > static_cast<qsizetype>(std::floor(static_cast<double>(p) / 3)))
        reason = u"form"_s;
    else if (!isList && !inFigure && headingDensity < 0.9 && contentLength < 25 &&
             (img == 0 || img > 2) && linkDensity > 0)
        reason = u"link list"_s;
    else if (!isList && classWeight < 25 && linkDensity > 0.2)
        reason = u"link list"_s;
    else if (classWeight >= 25 && linkDensity > 0.5)
        reason = u"link list"_s;
    else if ((embeds == 1 && contentLength < 75) || embeds > 1)
        reason = u"embedded object"_s;
    else if (img == 0 && density == 0)
        reason = u"empty block"_s;
    if (reason.isEmpty())
        return {};

    if (isList) {
        // A list of single items whose every item is an image is a gallery in the article.
        for (const HtmlNode* child : node.elementChildren()) {
            if (child->elementChildren().size() > 1)
                return ReadabilityRules::reasonFor(node, reason);
        }
        if (img == node.descendants(u"li").size())
            return {};
    }
    return ReadabilityRules::reasonFor(node, reason);
}
