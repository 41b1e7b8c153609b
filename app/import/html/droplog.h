#pragma once

#include "import/html/htmlnode.h"

#include <QString>

#include <memory>
#include <vector>

// What the extractor took out of the page and why. The nodes are kept alive (detached), as a
// browser DOM keeps removed nodes, so their text can become removed pieces at the end.
struct DropLog {
    struct Dropped {
        std::unique_ptr<HtmlNode> node;
        QString reason;
    };
    std::vector<Dropped> dropped;

    void drop(HtmlNode* node, const QString& reason) {
        if (node->parent())
            dropped.push_back({node->detach(), reason});
    }
};
