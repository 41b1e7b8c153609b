#pragma once

#include "import/html/droplog.h"

class HtmlNode;

// Readability's _prepArticle: after the article's node is chosen, take out what is inside it
// but not article text (forms, share bars, embeds, link lists, ads), each into the DropLog
// with its reason. `weightClasses` and `conditionally` follow the extractor's current pass.
class ArticleCleanup final {
public:
    ArticleCleanup(DropLog& log, bool weightClasses, bool conditionally)
        : m_log(log)
        , m_weightClasses(weightClasses)
        , m_conditionally(conditionally) {}

    void run(HtmlNode& article);

private:
    void markDataTables(HtmlNode& article);
    void clean(HtmlNode& article, QStringView tag, const QString& reason);
    void cleanConditionally(HtmlNode& article, QStringView tag);
    // Empty when the node stays, else why it goes.
    QString conditionalReason(const HtmlNode& node, QStringView tag) const;
    void cleanShareElements(HtmlNode& article);
    void cleanAdLabels(HtmlNode& article);
    int weight(const HtmlNode& node) const;

    DropLog& m_log;
    bool m_weightClasses;
    bool m_conditionally;
};
