#include "import/html/htmltext.h"

#include "import/html/htmldocument.h"
#include "import/html/htmlnode.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace {

class BlockCollector {
public:
    void walk(const HtmlNode& node, bool preformatted) {
        if (node.isText()) {
            addText(node.text(), node.order, preformatted);
            return;
        }
        if (HtmlText::isHiddenTextTag(node.tag()))
            return;
        if (node.is(u"br") || node.is(u"hr")) {
            flush();
            return;
        }
        const bool block = HtmlText::isBlockTag(node.tag());
        if (block)
            flush();
        const bool pre = preformatted || node.is(u"pre") || node.is(u"textarea");
        for (const auto& child : node.children())
            walk(*child, pre);
        if (block)
            flush();
    }

    QList<HtmlText::Block> finish() {
        flush();
        return std::move(m_blocks);
    }

private:
    void addText(const QString& text, int order, bool preformatted) {
        if (!preformatted) {
            append(text, order);
            return;
        }
        // In <pre> a line break ends a paragraph (paragraphs hold no '\n').
        const QStringList lines = text.split(u'\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (i > 0)
                flush();
            append(lines[i], order);
        }
    }

    void append(const QString& text, int order) {
        if (m_current.isEmpty() && text.trimmed().isEmpty())
            return;
        if (m_current.isEmpty())
            m_order = order;
        m_current += text;
    }

    void flush() {
        QString text = m_current.simplified();
        m_current.clear();
        if (!text.isEmpty())
            m_blocks.append({std::move(text), m_order});
    }

    QList<HtmlText::Block> m_blocks;
    QString m_current;
    int m_order = 0;
};

} // namespace

bool HtmlText::isBlockTag(const QString& tag) {
    static const QSet<QString> tags = {
        u"address"_s, u"article"_s,  u"aside"_s,      u"blockquote"_s, u"body"_s,   u"caption"_s,
        u"center"_s,  u"dd"_s,       u"details"_s,    u"dialog"_s,     u"div"_s,    u"dl"_s,
        u"dt"_s,      u"fieldset"_s, u"figcaption"_s, u"figure"_s,     u"footer"_s, u"form"_s,
        u"h1"_s,      u"h2"_s,       u"h3"_s,         u"h4"_s,         u"h5"_s,     u"h6"_s,
        u"header"_s,  u"hgroup"_s,   u"html"_s,       u"legend"_s,     u"li"_s,     u"main"_s,
        u"menu"_s,    u"nav"_s,      u"ol"_s,         u"option"_s,     u"p"_s,      u"pre"_s,
        u"section"_s, u"summary"_s,  u"table"_s,      u"tbody"_s,      u"td"_s,     u"tfoot"_s,
        u"th"_s,      u"thead"_s,    u"tr"_s,         u"ul"_s,         u"title"_s,
    };
    return tags.contains(tag);
}

bool HtmlText::isHiddenTextTag(QStringView tag) {
    return tag == u"script" || tag == u"style" || tag == u"noscript" || tag == u"template" ||
           tag == u"head" || tag == u"iframe" || tag == u"object" || tag == u"svg" ||
           tag == u"select" || tag == u"datalist";
}

QList<HtmlText::Block> HtmlText::blocks(const HtmlNode& node) {
    BlockCollector collector;
    collector.walk(node, false);
    return collector.finish();
}

QStringList HtmlText::paragraphs(const QString& htmlFragment) {
    const HtmlDocument document = HtmlDocument::parse(htmlFragment);
    QStringList result;
    if (const HtmlNode* body = document.body()) {
        for (const Block& block : blocks(*body))
            result.append(block.text);
    }
    return result;
}
