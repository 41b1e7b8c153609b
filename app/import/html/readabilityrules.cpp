#include "import/html/readabilityrules.h"

#include "import/html/htmlnode.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// Readability's own patterns for class names and ids (not for markup: the page is parsed).
QRegularExpression pattern(const QString& source) {
    return QRegularExpression(source, QRegularExpression::CaseInsensitiveOption |
                                          QRegularExpression::UseUnicodePropertiesOption);
}

const QRegularExpression& unlikelyPattern() {
    static const QRegularExpression re = pattern(
        u"-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|"
        "gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|"
        "sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote"_s);
    return re;
}

const QRegularExpression& maybeCandidatePattern() {
    static const QRegularExpression re =
        pattern(u"and|article|body|column|content|main|mathjax|shadow"_s);
    return re;
}

const QRegularExpression& positivePattern() {
    static const QRegularExpression re = pattern(
        u"article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story"_s);
    return re;
}

const QRegularExpression& negativePattern() {
    static const QRegularExpression re = pattern(
        u"-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|"
        "masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|"
        "sponsor|shopping|tags|widget"_s);
    return re;
}

bool isUnlikelyRoleName(const QString& role) {
    static const QStringList roles = {u"menu"_s,       u"menubar"_s, u"complementary"_s,
                                      u"navigation"_s, u"alert"_s,   u"alertdialog"_s,
                                      u"dialog"_s};
    return roles.contains(role);
}

bool isDivToPTag(QStringView tag) {
    return tag == u"blockquote" || tag == u"dl" || tag == u"div" || tag == u"img" || tag == u"ol" ||
           tag == u"p" || tag == u"pre" || tag == u"table" || tag == u"ul";
}

bool isPhrasingTag(const QString& tag) {
    static const QSet<QString> tags = {
        u"abbr"_s,     u"audio"_s, u"b"_s,      u"bdo"_s,      u"br"_s,     u"button"_s,
        u"cite"_s,     u"code"_s,  u"data"_s,   u"datalist"_s, u"dfn"_s,    u"em"_s,
        u"embed"_s,    u"i"_s,     u"img"_s,    u"input"_s,    u"kbd"_s,    u"label"_s,
        u"mark"_s,     u"math"_s,  u"meter"_s,  u"noscript"_s, u"object"_s, u"output"_s,
        u"progress"_s, u"q"_s,     u"ruby"_s,   u"samp"_s,     u"script"_s, u"select"_s,
        u"small"_s,    u"span"_s,  u"strong"_s, u"sub"_s,      u"sup"_s,    u"textarea"_s,
        u"time"_s,     u"var"_s,   u"wbr"_s};
    return tags.contains(tag);
}

// Hints in a class, id or role, most telling first; the reason names what the block was.
struct Hint {
    QRegularExpression pattern;
    QString reason;
};

const QList<Hint>& hints() {
    static const QList<Hint> list = {
        {pattern(u"cookie|consent|gdpr|privacy-banner"_s), u"cookie banner"_s},
        {pattern(u"comment|disqus|replies|respond|discussion"_s), u"comments"_s},
        {pattern(u"share|sharing|social|sharedaddy|addthis"_s), u"share bar"_s},
        {pattern(u"related|recommend|more-stories|outbrain|taboola|read-more|readmore"_s),
         u"related stories"_s},
        {pattern(u"(^|[-_ ])ads?([-_ ]|$)|-ad-|advert|sponsor|promo|banner|skyscraper"_s),
         u"advertisement"_s},
        {pattern(u"newsletter|subscribe|signup|sign-up"_s), u"newsletter sign-up"_s},
        {pattern(u"breadcrumb|(^|[-_ ])nav|menu|navigation|pagination|pager"_s), u"navigation"_s},
        {pattern(u"sidebar|widget|aside|rail"_s), u"sidebar"_s},
        {pattern(u"footer|copyright"_s), u"footer"_s},
        {pattern(u"header|masthead|topbar|top-bar"_s), u"page header"_s},
        {pattern(u"popup|modal|dialog|agegate|overlay"_s), u"pop-up"_s},
        {pattern(u"tags|categories|keywords"_s), u"tags"_s},
    };
    return list;
}

QString reasonFromTag(const HtmlNode& node) {
    const QString role = node.attribute(u"role");
    if (node.is(u"nav") || role == u"navigation" || role == u"menu" || role == u"menubar")
        return u"navigation"_s;
    if (role == u"dialog" || role == u"alertdialog")
        return u"pop-up"_s;
    if (node.is(u"footer") || role == u"contentinfo")
        return u"footer"_s;
    if (node.is(u"aside") || role == u"complementary")
        return u"sidebar"_s;
    if (node.is(u"header") || role == u"banner")
        return u"page header"_s;
    if (node.is(u"form"))
        return u"form"_s;
    return {};
}

} // namespace

QString ReadabilityRules::matchString(const HtmlNode& node) {
    return node.className() + u' ' + node.id();
}

bool ReadabilityRules::isUnlikelyCandidate(const HtmlNode& node) {
    const QString match = matchString(node);
    return unlikelyPattern().match(match).hasMatch() &&
           !maybeCandidatePattern().match(match).hasMatch() && !node.hasAncestor(u"table") &&
           !node.hasAncestor(u"code") && !node.is(u"body") && !node.is(u"a");
}

bool ReadabilityRules::hasUnlikelyRole(const HtmlNode& node) {
    return isUnlikelyRoleName(node.attribute(u"role"));
}

int ReadabilityRules::classWeight(const HtmlNode& node) {
    int weight = 0;
    for (const QString& value : {node.className(), node.id()}) {
        if (value.isEmpty())
            continue;
        if (negativePattern().match(value).hasMatch())
            weight -= 25;
        if (positivePattern().match(value).hasMatch())
            weight += 25;
    }
    return weight;
}

bool ReadabilityRules::isShareElement(const QString& matchString) {
    static const QRegularExpression re = pattern(u"(\\b|_)(share|sharedaddy)(\\b|_)"_s);
    return re.match(matchString).hasMatch();
}

bool ReadabilityRules::isBylineCandidate(const HtmlNode& node) {
    static const QRegularExpression re = pattern(u"byline|author|dateline|writtenby|p-author"_s);
    if (!(node.attribute(u"rel") == u"author" || node.attribute(u"itemprop").contains(u"author") ||
          re.match(matchString(node)).hasMatch()))
        return false;
    const qsizetype length = node.textContent().trimmed().size();
    return length > 0 && length < 100;
}

bool ReadabilityRules::isAdOrLoadingText(const QString& text) {
    static const QRegularExpression ads =
        pattern(u"^(ad(vertising|vertisement)?|pub(licité)?|werb(ung)?|广告|Реклама|Anuncio)$"_s);
    static const QRegularExpression loading =
        pattern(u"^((loading|正在加载|Загрузка|chargement|cargando)(…|\\.\\.\\.)?)$"_s);
    return ads.match(text).hasMatch() || loading.match(text).hasMatch();
}

bool ReadabilityRules::isProbablyVisible(const HtmlNode& node) {
    QString style = node.attribute(u"style").toLower();
    style.remove(u' ');
    if (style.contains(u"display:none") || style.contains(u"visibility:hidden"))
        return false;
    if (node.hasAttribute(u"hidden"))
        return false;
    return node.attribute(u"aria-hidden") != u"true" ||
           node.className().contains(u"fallback-image");
}

double ReadabilityRules::linkDensity(const HtmlNode& node) {
    const qsizetype length = node.innerTextLength();
    if (length == 0)
        return 0;
    double linkLength = 0;
    for (const HtmlNode* link : node.descendants(u"a")) {
        const QString href = link->attribute(u"href");
        const double coefficient = href.size() > 1 && href.startsWith(u'#') ? 0.3 : 1;
        linkLength += static_cast<double>(link->innerTextLength()) * coefficient;
    }
    return linkLength / static_cast<double>(length);
}

double ReadabilityRules::textSimilarity(const QString& a, const QString& b) {
    // Letters and digits of every script (Readability's \W is ASCII-only: it compares Chinese
    // headings by their Latin words alone). '_' separates: Chinese sites join the headline and
    // the section in <title> with it ("…新台阶_科技_腾讯网").
    static const QRegularExpression nonWord(u"[^\\p{L}\\p{N}]+"_s,
                                            QRegularExpression::UseUnicodePropertiesOption);
    const QStringList tokensA = a.toLower().split(nonWord, Qt::SkipEmptyParts);
    const QStringList tokensB = b.toLower().split(nonWord, Qt::SkipEmptyParts);
    if (tokensA.isEmpty() || tokensB.isEmpty())
        return 0;
    QStringList uniqueB;
    for (const QString& token : tokensB) {
        if (!tokensA.contains(token))
            uniqueB.append(token);
    }
    return 1.0 - static_cast<double>(uniqueB.join(u' ').size()) /
                     static_cast<double>(tokensB.join(u' ').size());
}

int ReadabilityRules::commaCount(const QString& text) {
    return static_cast<int>(std::count_if(text.cbegin(), text.cend(), [](QChar c) {
        const char16_t u = c.unicode();
        return u == 0x2C || u == 0x60C || u == 0xFE50 || u == 0xFE10 || u == 0xFE11 ||
               u == 0x2E41 || u == 0x2E34 || u == 0x2E32 || u == 0xFF0C;
    }));
}

bool ReadabilityRules::isPhrasingContent(const HtmlNode& node) {
    if (node.isText() || isPhrasingTag(node.tag()))
        return true;
    if (node.is(u"a") || node.is(u"del") || node.is(u"ins")) {
        return std::all_of(node.children().cbegin(), node.children().cend(),
                           [](const auto& child) { return isPhrasingContent(*child); });
    }
    return false;
}

bool ReadabilityRules::isWhitespace(const HtmlNode& node) {
    return (node.isText() && node.text().trimmed().isEmpty()) || node.is(u"br");
}

bool ReadabilityRules::hasSingleTagInside(const HtmlNode& node, QStringView tag) {
    const QList<HtmlNode*> children = node.elementChildren();
    if (children.size() != 1 || !children.first()->is(tag))
        return false;
    return std::none_of(node.children().cbegin(), node.children().cend(), [](const auto& child) {
        return child->isText() && !child->text().isEmpty() && !child->text().back().isSpace();
    });
}

bool ReadabilityRules::isElementWithoutContent(const HtmlNode& node) {
    if (!node.isElement() || node.hasVisibleText())
        return false;
    const QList<HtmlNode*> children = node.elementChildren();
    return children.isEmpty() || children.size() == node.descendants({u"br", u"hr"}).size();
}

bool ReadabilityRules::hasChildBlockElement(const HtmlNode& node) {
    return std::any_of(node.children().cbegin(), node.children().cend(), [](const auto& child) {
        return child->isElement() && (isDivToPTag(child->tag()) || hasChildBlockElement(*child));
    });
}

HtmlNode* ReadabilityRules::nextNode(const HtmlNode* node, bool skipChildren) {
    if (!skipChildren) {
        if (HtmlNode* child = node->firstElementChild())
            return child;
    }
    for (; node; node = node->parent()) {
        if (HtmlNode* sibling = node->nextElementSibling())
            return sibling;
    }
    return nullptr;
}

QString ReadabilityRules::hintedReason(const HtmlNode& node) {
    // A class says more than a tag: <aside class="related"> is related stories, not a sidebar.
    const QString match = matchString(node).trimmed();
    if (!match.isEmpty()) {
        for (const Hint& hint : hints()) {
            if (hint.pattern.match(match).hasMatch())
                return hint.reason;
        }
    }
    return reasonFromTag(node);
}

QString ReadabilityRules::reasonFor(const HtmlNode& node, const QString& fallback) {
    for (const HtmlNode* at = &node; at && !at->is(u"body"); at = at->parent()) {
        if (QString reason = hintedReason(*at); !reason.isEmpty())
            return reason;
    }
    if (node.innerTextLength() > 0 && linkDensity(node) > 0.5)
        return u"link list"_s;
    return fallback;
}
