#include "import/feed/feedtext.h"

#include "import/html/htmltext.h"

QStringList FeedText::paragraphs() const {
    if (isHtml)
        return HtmlText::paragraphs(value);
    QStringList paragraphs;
    for (const QString& line : value.split(u'\n')) {
        // QString::simplified folds every Unicode space, the no-break space too.
        QString paragraph = line.simplified();
        if (!paragraph.isEmpty())
            paragraphs.append(std::move(paragraph));
    }
    return paragraphs;
}

QString FeedText::singleLine() const {
    return isHtml ? HtmlText::paragraphs(value).join(u' ') : value.simplified();
}
