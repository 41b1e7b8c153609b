#pragma once

#include "import/html/droplog.h"
#include "import/html/htmlnode.h"

#include <QString>

#include <memory>

class HtmlDocument;

// Finds a page's article as Readability (Mozilla's reader mode) does: score paragraphs by
// commas and length, hand the scores up to their ancestors weighted by class and id hints and
// by link density, take the best candidate with the siblings that look like it, then clean it
// up. When that yields under 500 characters it tries again on a fresh copy, relaxing one rule
// a pass (unlikely-looking blocks kept, class hints ignored, no conditional clean-up), and
// keeps the longest result.
class ReadabilityExtractor final {
public:
    struct Extraction {
        std::unique_ptr<HtmlNode> root;    // the page's tree as the extractor left it
        std::unique_ptr<HtmlNode> article; // the article's content, moved out of `root`
        DropLog log;                       // what was dropped on the way, with reasons
        QString byline;                    // a byline found in the text (when none was given)
        qsizetype textLength = 0;
    };

    // `title` lets the heading that repeats it be taken out of the body; `needByline` asks for
    // a byline block to be looked for (and taken out).
    static Extraction extract(const HtmlDocument& document, const QString& title, bool needByline);

private:
    enum Flag { StripUnlikely = 1, WeightClasses = 2, CleanConditionally = 4 };
    ReadabilityExtractor(int flags, const QString& title, bool needByline)
        : m_flags(flags)
        , m_title(title)
        , m_needByline(needByline) {}

    Extraction run(std::unique_ptr<HtmlNode> root);
    void prepare(HtmlNode& body);
    QList<HtmlNode*> collectElementsToScore(HtmlNode& body, Extraction& result);
    HtmlNode* topCandidate(HtmlNode& body, const QList<HtmlNode*>& elementsToScore);
    std::unique_ptr<HtmlNode> gatherSiblings(HtmlNode* top);
    void wrapInlineRuns(HtmlNode& div);
    void initialize(HtmlNode& node) const;
    bool flag(Flag f) const { return (m_flags & f) != 0; }

    int m_flags;
    QString m_title;
    bool m_needByline;
    DropLog* m_log = nullptr;
};
