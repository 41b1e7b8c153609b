#pragma once

#include <QString>

class HtmlNode;

// The tests Readability's extractor makes of a node (class and id hints, link density, how a
// node looks), shared by its candidate search and its clean-up, plus the reason Folio records
// when it drops a block ("navigation", "comments", …).
class ReadabilityRules final {
public:
    static QString matchString(const HtmlNode& node); // class + " " + id
    static bool isUnlikelyCandidate(const HtmlNode& node);
    static bool hasUnlikelyRole(const HtmlNode& node);
    static int classWeight(const HtmlNode& node);
    static bool isShareElement(const QString& matchString);
    static bool isBylineCandidate(const HtmlNode& node);
    static bool isAdOrLoadingText(const QString& text);
    static bool isProbablyVisible(const HtmlNode& node);

    static double linkDensity(const HtmlNode& node);
    // 1 when every word of b is in a, 0 when none is (Readability's _textSimilarity).
    static double textSimilarity(const QString& a, const QString& b);
    static int commaCount(const QString& text); // commas of several scripts
    static bool isPhrasingContent(const HtmlNode& node);
    static bool isWhitespace(const HtmlNode& node);
    static bool hasSingleTagInside(const HtmlNode& node, QStringView tag);
    static bool isElementWithoutContent(const HtmlNode& node);
    static bool hasChildBlockElement(const HtmlNode& node);
    // Depth-first over elements: into the children unless `skipChildren`, then on.
    static HtmlNode* nextNode(const HtmlNode* node, bool skipChildren = false);

    // Why a block outside the article, or one the clean-up removed, is not article text: from
    // its tag, role, class and id and those of its ancestors; `fallback` when none says.
    static QString reasonFor(const HtmlNode& node, const QString& fallback);
    // The same from this node's own tag, role, class and id only; empty when they say nothing.
    static QString hintedReason(const HtmlNode& node);
};
