#include "import/readlater/htmlfallbacktext.h"

#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {

const QSet<QString>& blockTags() {
    static const QSet<QString> tags{
        u"p"_s,          u"div"_s,    u"br"_s,      u"h1"_s,         u"h2"_s,      u"h3"_s,
        u"h4"_s,         u"h5"_s,     u"h6"_s,      u"li"_s,         u"ul"_s,      u"ol"_s,
        u"blockquote"_s, u"pre"_s,    u"tr"_s,      u"table"_s,      u"section"_s, u"article"_s,
        u"header"_s,     u"footer"_s, u"figure"_s,  u"figcaption"_s, u"dd"_s,      u"dt"_s,
        u"dl"_s,         u"hr"_s,     u"aside"_s,   u"main"_s,       u"nav"_s,     u"body"_s,
        u"html"_s,       u"title"_s,  u"caption"_s, u"td"_s,         u"th"_s};
    return tags;
}

// Elements whose content is never text a reader sees.
bool isHiddenContent(const QString& tag) {
    return tag == u"script"_s || tag == u"style"_s || tag == u"template"_s ||
           tag == u"noscript"_s || tag == u"head"_s || tag == u"svg"_s;
}

void flush(QString& current, QStringList& paragraphs) {
    const QString text = HtmlFallbackText::decodeEntities(current).simplified();
    if (!text.isEmpty())
        paragraphs.append(text);
    current.clear();
}

} // namespace

QString HtmlFallbackText::decodeEntities(QStringView text) {
    static const QHash<QString, QString> named{
        {u"amp"_s, u"&"_s},      {u"lt"_s, u"<"_s},     {u"gt"_s, u">"_s},
        {u"quot"_s, u"\""_s},    {u"apos"_s, u"'"_s},   {u"nbsp"_s, u"\u00A0"_s},
        {u"shy"_s, u"\u00AD"_s}, {u"ndash"_s, u"–"_s},  {u"mdash"_s, u"—"_s},
        {u"hellip"_s, u"…"_s},   {u"laquo"_s, u"«"_s},  {u"raquo"_s, u"»"_s},
        {u"bdquo"_s, u"„"_s},    {u"ldquo"_s, u"“"_s},  {u"rdquo"_s, u"”"_s},
        {u"lsquo"_s, u"‘"_s},    {u"rsquo"_s, u"’"_s},  {u"euro"_s, u"€"_s},
        {u"auml"_s, u"ä"_s},     {u"ouml"_s, u"ö"_s},   {u"uuml"_s, u"ü"_s},
        {u"Auml"_s, u"Ä"_s},     {u"Ouml"_s, u"Ö"_s},   {u"Uuml"_s, u"Ü"_s},
        {u"szlig"_s, u"ß"_s},    {u"eacute"_s, u"é"_s}, {u"copy"_s, u"©"_s}};
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] != u'&') {
            out += text[i];
            continue;
        }
        const qsizetype semi = text.indexOf(u';', i + 1);
        if (semi < 0 || semi - i > 10) {
            out += text[i]; // a bare '&' stays
            continue;
        }
        const QStringView entity = text.sliced(i + 1, semi - i - 1);
        QString replacement;
        if (entity.startsWith(u'#')) {
            bool ok = false;
            const uint code = entity.size() > 1 && (entity[1] == u'x' || entity[1] == u'X')
                                  ? entity.sliced(2).toUInt(&ok, 16)
                                  : entity.sliced(1).toUInt(&ok, 10);
            if (ok && code > 0 && code <= 0x10FFFF && (code < 0xD800 || code > 0xDFFF)) {
                const char32_t c = code;
                replacement = QString::fromUcs4(&c, 1);
            }
        } else {
            replacement = named.value(entity.toString());
        }
        if (replacement.isEmpty()) {
            out += text[i];
            continue;
        }
        out += replacement;
        i = semi;
    }
    return out;
}

QStringList HtmlFallbackText::paragraphs(const QString& html) {
    QStringList paragraphs;
    QString current;
    const qsizetype n = html.size();
    for (qsizetype i = 0; i < n;) {
        if (html[i] != u'<') {
            const qsizetype next = html.indexOf(u'<', i);
            const qsizetype end = next < 0 ? n : next;
            current += QStringView(html).sliced(i, end - i);
            i = end;
            continue;
        }
        if (QStringView(html).sliced(i).startsWith(u"<!--")) {
            const qsizetype close = html.indexOf(u"-->"_s, i + 4);
            i = close < 0 ? n : close + 3;
            continue;
        }
        // As HTML5 tokenises: only a letter, '/', '!' or '?' after '<' opens a tag ("5 < 6").
        const QChar after = i + 1 < n ? html[i + 1] : QChar();
        if (!after.isLetter() && after != u'/' && after != u'!' && after != u'?') {
            current += html[i];
            ++i;
            continue;
        }
        const qsizetype close = html.indexOf(u'>', i + 1);
        if (close < 0) {
            current += QStringView(html).sliced(i); // a '<' that opens no tag is text
            break;
        }
        QStringView tag = QStringView(html).sliced(i + 1, close - i - 1).trimmed();
        const bool closing = tag.startsWith(u'/');
        if (closing)
            tag = tag.sliced(1);
        qsizetype nameEnd = 0;
        while (nameEnd < tag.size() && (tag[nameEnd].isLetterOrNumber()))
            ++nameEnd;
        const QString name = tag.first(nameEnd).toString().toLower();
        i = close + 1;
        if (name.isEmpty()) {
            continue; // <!DOCTYPE>, <?xml?>
        }
        if (!closing && isHiddenContent(name)) {
            const qsizetype end = html.indexOf(u"</"_s + name, i, Qt::CaseInsensitive);
            i = end < 0 ? n : end;
            continue;
        }
        if (blockTags().contains(name))
            flush(current, paragraphs);
        else if (name == u"img"_s)
            current += u' ';
    }
    flush(current, paragraphs);
    return paragraphs;
}
