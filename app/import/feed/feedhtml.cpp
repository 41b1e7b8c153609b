#include "import/feed/feedhtml.h"

#include "import/feed/htmlentities.h"

#include <QSet>

using namespace Qt::StringLiterals;

// TEMPORARY FALLBACK until HtmlText::paragraphs lands: a small tag stripper, not an HTML
// parser. It is enough for the fragments feeds carry (paragraphs, lists, line breaks,
// entities): tags that start a block end the paragraph, script/style contents are dropped,
// every other tag is dropped and its text kept. It never recurses, so nesting cannot hurt it.

namespace {

const QSet<QString>& blockTags() {
    static const QSet<QString> tags = {
        u"p"_s,       u"div"_s,        u"br"_s,      u"h1"_s,         u"h2"_s,      u"h3"_s,
        u"h4"_s,      u"h5"_s,         u"h6"_s,      u"li"_s,         u"ul"_s,      u"ol"_s,
        u"dl"_s,      u"dt"_s,         u"dd"_s,      u"blockquote"_s, u"pre"_s,     u"table"_s,
        u"tr"_s,      u"hr"_s,         u"section"_s, u"article"_s,    u"header"_s,  u"footer"_s,
        u"figure"_s,  u"figcaption"_s, u"aside"_s,   u"nav"_s,        u"address"_s, u"main"_s,
        u"caption"_s, u"details"_s,    u"summary"_s,
    };
    return tags;
}

// Elements whose content is not text a reader sees.
bool isSkippedContent(const QString& tag) {
    return tag == u"script" || tag == u"style" || tag == u"noscript" || tag == u"template" ||
           tag == u"iframe" || tag == u"object" || tag == u"svg";
}

// The character that `&…;` at `at` stands for (appended to `out`); returns the index after it.
qsizetype decodeEntity(const QString& html, qsizetype at, QString& out) {
    const qsizetype semicolon = html.indexOf(u';', at + 1);
    if (semicolon < 0 || semicolon - at > 33) {
        out += u'&';
        return at + 1;
    }
    const QStringView name = QStringView(html).sliced(at + 1, semicolon - at - 1);
    char32_t code = 0;
    if (name.startsWith(u'#')) {
        bool ok = false;
        const bool hex = name.size() > 1 && (name[1] == u'x' || name[1] == u'X');
        code = hex ? name.sliced(2).toUInt(&ok, 16) : name.sliced(1).toUInt(&ok, 10);
        if (!ok || code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            code = 0xFFFD;
    } else {
        code = HtmlEntities::codePoint(name);
    }
    if (code == 0) {
        out += u'&';
        return at + 1;
    }
    out += QString::fromUcs4(&code, 1);
    return semicolon + 1;
}

} // namespace

QString FeedHtml::simplified(const QString& text) {
    QString out;
    out.reserve(text.size());
    bool space = false;
    for (const QChar c : text) {
        if (c.isSpace() || c == QChar(0xA0)) {
            space = !out.isEmpty();
            continue;
        }
        if (space)
            out += u' ';
        space = false;
        out += c;
    }
    return out;
}

QStringList FeedHtml::textParagraphs(const QString& text) {
    QStringList paragraphs;
    for (const QString& line : text.split(u'\n')) {
        const QString paragraph = simplified(line);
        if (!paragraph.isEmpty())
            paragraphs.append(paragraph);
    }
    return paragraphs;
}

QStringList FeedHtml::paragraphs(const QString& html) {
    QStringList paragraphs;
    QString current;
    const auto endParagraph = [&] {
        QString paragraph = simplified(current);
        if (!paragraph.isEmpty())
            paragraphs.append(std::move(paragraph));
        current.clear();
    };

    const qsizetype size = html.size();
    for (qsizetype i = 0; i < size;) {
        const QChar c = html[i];
        if (c == u'&') {
            i = decodeEntity(html, i, current);
            continue;
        }
        if (c != u'<') {
            current += c;
            ++i;
            continue;
        }
        if (QStringView(html).sliced(i).startsWith(u"<!--")) {
            const qsizetype end = html.indexOf(u"-->", i + 4);
            i = end < 0 ? size : end + 3;
            continue;
        }
        // A tag: its name, then skip to its '>' (not inside a quoted attribute value).
        qsizetype j = i + 1;
        const bool closing = j < size && html[j] == u'/';
        if (closing)
            ++j;
        const qsizetype nameStart = j;
        while (j < size && (html[j].isLetterOrNumber() || html[j] == u'-' || html[j] == u':'))
            ++j;
        const QString tag = html.sliced(nameStart, j - nameStart).toLower();
        if (tag.isEmpty() && !(j < size && (html[j] == u'!' || html[j] == u'?'))) {
            current += c; // a bare '<' in text ("a < b")
            ++i;
            continue;
        }
        QChar quote;
        while (j < size && (html[j] != u'>' || !quote.isNull())) {
            if (html[j] == u'"' || html[j] == u'\'')
                quote = quote.isNull() ? html[j] : (quote == html[j] ? QChar() : quote);
            ++j;
        }
        i = std::min(j + 1, size);
        if (blockTags().contains(tag)) {
            endParagraph();
        } else if (!closing && isSkippedContent(tag)) {
            const qsizetype end = html.indexOf(u"</"_s + tag, i, Qt::CaseInsensitive);
            const qsizetype close = end < 0 ? -1 : html.indexOf(u'>', end);
            i = close < 0 ? size : close + 1;
        } else if (tag == u"img" || tag == u"td" || tag == u"th") {
            current += u' '; // cells and images separate words, not paragraphs
        }
    }
    endParagraph();
    return paragraphs;
}
