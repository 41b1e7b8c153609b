#include "import/html/markupprefilter.h"

#include <QHash>
#include <QList>

#include <cstring>

namespace {

bool isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

bool isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isAsciiLetterOrDigit(char c) {
    return isAsciiLetter(c) || (c >= '0' && c <= '9');
}

char lower(char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c;
}

struct StartTag {
    QByteArray name;    // lower case
    QByteArray type;    // the type attribute, lower case
    qsizetype end = -1; // index after '>', or -1 when the tag never ends
    bool selfClosing = false;
};

// A start tag from `at` (just after '<'): its name, its type attribute and where it ends, with
// attribute values quoted or not as the tokenizer reads them.
StartTag readStartTag(const QByteArray& html, qsizetype at) {
    StartTag tag;
    const qsizetype size = html.size();
    qsizetype i = at;
    while (i < size && !isSpace(html[i]) && html[i] != '/' && html[i] != '>')
        tag.name += lower(html[i++]);
    while (i < size) {
        while (i < size && (isSpace(html[i]) || html[i] == '/')) {
            tag.selfClosing = html[i] == '/';
            ++i;
        }
        if (i >= size)
            return tag;
        if (html[i] == '>') {
            tag.end = i + 1;
            return tag;
        }
        tag.selfClosing = false;
        QByteArray name;
        while (i < size && !isSpace(html[i]) && html[i] != '/' && html[i] != '>' &&
               (html[i] != '=' || name.isEmpty()))
            name += lower(html[i++]);
        while (i < size && isSpace(html[i]))
            ++i;
        if (i >= size || html[i] != '=')
            continue;
        ++i;
        while (i < size && isSpace(html[i]))
            ++i;
        QByteArray value;
        if (i < size && (html[i] == '"' || html[i] == '\'')) {
            const char quote = html[i++];
            const qsizetype close = html.indexOf(quote, i);
            if (close < 0)
                return tag;
            value = html.mid(i, close - i);
            i = close + 1;
        } else {
            while (i < size && !isSpace(html[i]) && html[i] != '>')
                value += html[i++];
        }
        if (name == "type")
            tag.type = value.trimmed().toLower();
    }
    return tag;
}

// Where "</name" followed by a space, '/' or '>' starts, case-insensitively, from `from`.
qsizetype findEndTag(const QByteArray& html, const QByteArray& name, qsizetype from) {
    const qsizetype size = html.size();
    for (qsizetype i = html.indexOf("</", from); i >= 0; i = html.indexOf("</", i + 2)) {
        const qsizetype after = i + 2 + name.size();
        if (after >= size)
            return -1;
        bool same = true;
        for (qsizetype k = 0; k < name.size() && same; ++k)
            same = lower(html[i + 2 + k]) == name[k];
        if (same && (isSpace(html[after]) || html[after] == '/' || html[after] == '>'))
            return i;
    }
    return -1;
}

bool isRawText(const QByteArray& name) {
    return name == "script" || name == "style" || name == "textarea" || name == "title" ||
           name == "xmp" || name == "iframe" || name == "noembed" || name == "noframes";
}

// Elements that never nest by their tags: void ones, and those the parser closes on its own
// when the next one starts (a page of 10,000 unclosed <p>s is 10,000 siblings).
bool opensNesting(const QByteArray& name) {
    static const QList<QByteArray> flat = {
        "area",    "base",     "br",       "col",   "embed", "hr",     "img",   "input", "link",
        "meta",    "param",    "source",   "track", "wbr",   "keygen", "p",     "li",    "dt",
        "dd",      "option",   "optgroup", "tr",    "td",    "th",     "thead", "tbody", "tfoot",
        "caption", "colgroup", "rb",       "rt",    "rp",    "rtc",    "html",  "head",  "body",
    };
    return !isRawText(name) && !flat.contains(name);
}

// The open elements by their tags, and the start tags left out because too many were open.
class NestingCap {
public:
    // Whether a start tag stays.
    bool keepStart(const QByteArray& name, bool selfClosing) {
        if (selfClosing || !opensNesting(name))
            return true;
        if (m_open < MarkupPrefilter::maxOpenElements) {
            ++m_open;
            return true;
        }
        ++m_leftOut[name];
        return false;
    }
    // Whether an end tag stays: not when its start tag was left out.
    bool keepEnd(const QByteArray& name) {
        if (const auto left = m_leftOut.find(name); left != m_leftOut.end() && *left > 0) {
            --*left;
            return false;
        }
        if (m_open > 0 && opensNesting(name))
            --m_open;
        return true;
    }

private:
    int m_open = 0;
    QHash<QByteArray, int> m_leftOut;
};

// A tag left out still separates the words on either side of it; one space is enough.
void separateWords(QByteArray& out) {
    if (!out.isEmpty() && !isSpace(out.back()))
        out += ' ';
}

QByteArray endTagName(QByteArrayView tag) { // tag: "</name ...>"
    QByteArray name;
    for (qsizetype i = 2; i < tag.size() && isAsciiLetterOrDigit(tag[i]); ++i)
        name += lower(tag[i]);
    return name;
}

} // namespace

QByteArray MarkupPrefilter::apply(const QByteArray& html) {
    QByteArray out;
    out.reserve(html.size());
    const qsizetype size = html.size();
    qsizetype i = 0;
    NestingCap nesting;
    // Once the rules got subtle somewhere, no script is left out from there on; the scan goes
    // on, for the nesting cap, since a tag it misreads in a script's text is no page text.
    bool sure = true;
    const auto copyRest = [&] {
        out += QByteArrayView(html).sliced(i);
        return out;
    };
    while (i < size) {
        const qsizetype lt = html.indexOf('<', i);
        if (lt < 0)
            return copyRest();
        out += QByteArrayView(html).sliced(i, lt - i);
        i = lt;
        const QByteArrayView rest = QByteArrayView(html).sliced(lt);
        qsizetype end = -1;
        if (rest.startsWith("<!--")) {
            const qsizetype close = html.indexOf("-->", lt + 2); // "<!-->" ends at once, too
            end = close < 0 ? -1 : close + 3;
        } else if (rest.startsWith("<![CDATA[")) {
            const qsizetype close = html.indexOf("]]>", lt + 9);
            end = close < 0 ? -1 : close + 3;
        } else if (rest.startsWith("<!") || rest.startsWith("<?") || rest.startsWith("</")) {
            const qsizetype close = html.indexOf('>', lt + 1);
            end = close < 0 ? -1 : close + 1;
        } else if (rest.size() > 1 && isAsciiLetter(rest[1])) {
            const StartTag tag = readStartTag(html, lt + 1);
            if (tag.end < 0)
                return copyRest();
            if (nesting.keepStart(tag.name, tag.selfClosing))
                out += QByteArrayView(html).sliced(lt, tag.end - lt);
            else
                separateWords(out);
            i = tag.end;
            if (tag.name == "plaintext")
                return copyRest();
            if (!isRawText(tag.name))
                continue;
            if (tag.selfClosing && (tag.name == "script" || tag.name == "style")) {
                sure = false; // in SVG it ends here, in HTML it does not
                continue;
            }
            const qsizetype close = findEndTag(html, tag.name, tag.end);
            if (close < 0)
                return copyRest();
            const QByteArrayView content = QByteArrayView(html).sliced(tag.end, close - tag.end);
            if (tag.name == "script" && content.indexOf("<!--") >= 0)
                sure = false; // the script data escape states: leave it to the parser
            const bool drop = sure && (tag.name == "style" ||
                                       (tag.name == "script" && !tag.type.contains("ld+json")));
            if (!drop)
                out += content;
            i = close;
            continue;
        } else {
            out += '<';
            i = lt + 1;
            continue;
        }
        if (end < 0)
            return copyRest();
        const QByteArrayView tag = QByteArrayView(html).sliced(lt, end - lt);
        if (!tag.startsWith("</") || nesting.keepEnd(endTagName(tag)))
            out += tag;
        else
            separateWords(out);
        i = end;
    }
    return out;
}
