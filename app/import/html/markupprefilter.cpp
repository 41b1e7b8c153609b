#include "import/html/scriptstripper.h"

#include <cstring>

namespace {

bool isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

bool isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
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

} // namespace

QByteArray ScriptStripper::strip(const QByteArray& html) {
    QByteArray out;
    out.reserve(html.size());
    const qsizetype size = html.size();
    qsizetype i = 0;
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
            out += QByteArrayView(html).sliced(lt, tag.end - lt);
            i = tag.end;
            if (tag.name == "plaintext")
                return copyRest();
            if (!isRawText(tag.name))
                continue;
            if (tag.selfClosing && (tag.name == "script" || tag.name == "style"))
                return copyRest(); // in SVG it ends here, in HTML it does not: unsure
            const qsizetype close = findEndTag(html, tag.name, tag.end);
            if (close < 0)
                return copyRest();
            const QByteArrayView content = QByteArrayView(html).sliced(tag.end, close - tag.end);
            if (tag.name == "script" && content.indexOf("<!--") >= 0)
                return copyRest(); // the script data escape states: leave it to the parser
            const bool drop =
                tag.name == "style" || (tag.name == "script" && !tag.type.contains("ld+json"));
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
        out += QByteArrayView(html).sliced(lt, end - lt);
        i = end;
    }
    return out;
}
