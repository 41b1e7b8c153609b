#pragma once

#include "article/cleanarticle.h"

#include <QString>

// Turns the raw text of a plain-text article into its title, source tag, clean paragraphs and
// the list of what was removed and why. A pure function: no I/O, no state, deterministic.
class ArticleCleaner final {
public:
    // Bumped whenever the output for some input changes, so stored articles can tell which
    // cleaner produced their text.
    static constexpr int version = 1;

    static CleanArticle clean(const QString& rawText);
};
