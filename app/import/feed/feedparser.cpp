#include "import/feed/feedparser.h"

using namespace Qt::StringLiterals;

namespace {

const QString atomNs = u"http://www.w3.org/2005/Atom"_s;
const QString atom03Ns = u"http://purl.org/atom/ns#"_s;
const QString rss1Ns = u"http://purl.org/rss/1.0/"_s;
const QString rss09Ns = u"http://my.netscape.com/rdf/simple/0.9/"_s;
const QString rdfNs = u"http://www.w3.org/1999/02/22-rdf-syntax-ns#"_s;
const QString contentNs = u"http://purl.org/rss/1.0/modules/content/"_s;
const QString dcNs = u"http://purl.org/dc/elements/1.1/"_s;
const QString dctermsNs = u"http://purl.org/dc/terms/"_s;

bool isAtom(QStringView ns) {
    return ns == atomNs || ns == atom03Ns;
}
// RSS 2.0 elements have no namespace; RSS 1.0 and 0.90 put theirs in one.
bool isRss(QStringView ns) {
    return ns.isEmpty() || ns == rss1Ns || ns == rss09Ns;
}

} // namespace

FeedParser::FeedParser(const QString& text)
    : m_text(text)
    , m_xml(text) {}

FeedParser::Outcome FeedParser::parse(const QString& text) {
    FeedParser parser(text);
    parser.run();
    return std::move(parser.m_outcome);
}

void FeedParser::run() {
    QStringList open; // local names of the open elements outside items
    while (!m_xml.atEnd()) {
        const QXmlStreamReader::TokenType token = m_xml.readNext();
        if (token == QXmlStreamReader::EndElement) {
            if (!open.isEmpty())
                open.removeLast();
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QStringView name = m_xml.name();
        const QStringView ns = m_xml.namespaceUri();
        const QXmlStreamAttributes attributes = m_xml.attributes();
        if (open.isEmpty()) {
            m_outcome.rootElement = name.toString();
            FeedChannel& channel = m_outcome.channel;
            if (name == u"rss" && ns.isEmpty()) {
                const QString version = attributes.value(u"version"_s).toString();
                channel.format = u"RSS "_s + (version.isEmpty() ? u"2.0"_s : version) + u" feed"_s;
            } else if (name == u"RDF" && ns == rdfNs) {
                channel.format = u"RSS 1.0 (RDF) feed"_s;
            } else if (name == u"feed" && isAtom(ns)) {
                channel.format = ns == atomNs ? u"Atom feed"_s : u"Atom 0.3 feed"_s;
                channel.language = attributes.value(u"xml:lang"_s).toString();
            } else {
                return; // not a feed: the reader says what it is
            }
        } else if (isItem()) {
            // The item's start tag ends at the offset; it starts at the '<' before it (a '<'
            // cannot stand unescaped inside an attribute value).
            const qsizetype start = m_text.lastIndexOf(u'<', m_xml.characterOffset() - 1);
            FeedItem item = readItem(start);
            if (m_xml.hasError())
                break; // a broken item is not kept
            item.number = int(m_outcome.items.size()) + 1;
            m_outcome.items.append(std::move(item));
            continue;
        } else if (open.last() == u"channel" || (open.last() == u"feed" && isAtom(ns))) {
            readChannelField();
            continue;
        } else if (name == u"channel" && isRss(ns)) {
            m_outcome.channel.id = attributes.value(rdfNs, u"about"_s).toString();
        }
        open.append(name.toString());
    }
    if (m_xml.hasError()) {
        m_outcome.error = u"line %1, column %2: %3"_s.arg(m_xml.lineNumber())
                              .arg(m_xml.columnNumber())
                              .arg(m_xml.errorString());
    }
}

bool FeedParser::isItem() const {
    const QStringView name = m_xml.name();
    return (name == u"item" && isRss(m_xml.namespaceUri())) ||
           (name == u"entry" && isAtom(m_xml.namespaceUri()));
}

void FeedParser::readChannelField() {
    FeedChannel& channel = m_outcome.channel;
    const QStringView name = m_xml.name();
    const QStringView ns = m_xml.namespaceUri();
    const bool atom = isAtom(ns);
    if (name == u"title" && (atom || isRss(ns))) {
        channel.title = readText(!atom).singleLine();
    } else if (name == u"link" && atom) {
        readAtomLink(channel.link);
    } else if (name == u"link" && isRss(ns)) {
        channel.link = readPlain().trimmed();
    } else if (name == u"id" && atom) {
        channel.id = readPlain().trimmed();
    } else if ((name == u"language" && ns.isEmpty()) || (name == u"language" && ns == dcNs)) {
        channel.language = readPlain().trimmed();
    } else {
        m_xml.skipCurrentElement();
    }
}

FeedItem FeedParser::readItem(qsizetype start) {
    FeedItem item;
    const QXmlStreamAttributes attributes = m_xml.attributes();
    item.language = attributes.value(u"xml:lang"_s).toString();
    item.guid = attributes.value(rdfNs, u"about"_s).toString().trimmed();
    item.guidIsPermaLink = !item.guid.isEmpty();
    while (!m_xml.atEnd()) {
        const QXmlStreamReader::TokenType token = m_xml.readNext();
        if (token == QXmlStreamReader::StartElement)
            readItemField(item); // consumes the whole child element
        else if (token == QXmlStreamReader::EndElement)
            break; // the item's own end: every child was consumed
    }
    item.rawXml = m_text.sliced(start, m_xml.characterOffset() - start);
    return item;
}

void FeedParser::readItemField(FeedItem& item) {
    const QStringView name = m_xml.name();
    const QStringView ns = m_xml.namespaceUri();
    const bool atom = isAtom(ns);
    const bool rss = isRss(ns);
    const bool dc = ns == dcNs || ns == dctermsNs;
    const QXmlStreamAttributes attributes = m_xml.attributes();

    if (name == u"title" && (rss || atom)) {
        item.title = readText(!atom);
    } else if (name == u"link" && atom) {
        readAtomLink(item.link);
    } else if (name == u"link" && rss) {
        const QString link = readPlain().trimmed();
        if (item.link.isEmpty())
            item.link = link;
    } else if (name == u"guid" && ns.isEmpty()) {
        item.guidIsPermaLink = attributes.value(u"isPermaLink"_s) != u"false";
        item.guid = readPlain().trimmed();
    } else if (name == u"id" && atom) {
        item.guid = readPlain().trimmed();
    } else if ((name == u"pubDate" && ns.isEmpty()) || (name == u"date" && dc) ||
               (atom && (name == u"published" || name == u"issued")) ||
               (dc && (name == u"issued" || name == u"created"))) {
        const QString date = readPlain().trimmed();
        if (item.published.isEmpty())
            item.published = date;
    } else if ((atom && (name == u"updated" || name == u"modified")) ||
               (dc && name == u"modified")) {
        item.updated = readPlain().trimmed();
    } else if (name == u"author" && atom) {
        item.authors.append(readAuthor());
    } else if ((name == u"author" && ns.isEmpty()) || (name == u"creator" && dc)) {
        item.authors.append(readPlain().trimmed());
    } else if (name == u"category" && atom) {
        const QString label = attributes.value(u"label"_s).toString();
        item.categories.append(label.isEmpty() ? attributes.value(u"term"_s).toString() : label);
        m_xml.skipCurrentElement();
    } else if ((name == u"category" && ns.isEmpty()) || (name == u"subject" && dc)) {
        item.categories.append(readPlain().trimmed());
    } else if (name == u"encoded" && ns == contentNs) {
        item.content = FeedText{readMarkup(true), true};
    } else if (name == u"content" && atom) {
        if (attributes.hasAttribute(u"src"_s))
            m_xml.skipCurrentElement(); // out of line: the content is elsewhere, not fetched
        else
            item.content = readText(false);
    } else if ((name == u"description" && rss) || (name == u"summary" && atom)) {
        item.summary = readText(!atom);
    } else if (name == u"language" && dc) {
        item.language = readPlain().trimmed();
    } else {
        m_xml.skipCurrentElement();
    }
}

// Atom's type="text|html|xhtml" (and Atom 0.3's MIME types and mode="escaped|xml"); RSS text is
// HTML unless said otherwise.
FeedText FeedParser::readText(bool htmlByDefault) {
    const QXmlStreamAttributes attributes = m_xml.attributes();
    const QString type = attributes.value(u"type"_s).toString().toLower();
    const QStringView mode = attributes.value(u"mode"_s);
    if (type == u"xhtml" || type == u"application/xhtml+xml" || mode == u"xml")
        return {readMarkup(false), true};
    if (type == u"html" || type == u"text/html")
        return {readMarkup(true), true};
    if (type == u"text" || type == u"text/plain")
        return {readPlain(), false};
    if (!type.isEmpty()) {
        m_xml.skipCurrentElement(); // base64 or another media type: not text to read
        return {};
    }
    if (htmlByDefault)
        return {readMarkup(true), true};
    return {readPlain(), false};
}

// The element's content as HTML markup: escaped HTML (`charactersAreMarkup`, as RSS writes it)
// is taken as it decodes; child elements (inline XHTML) are written back as tags.
QString FeedParser::readMarkup(bool charactersAreMarkup) {
    QString out;
    int depth = 1;
    while (depth > 0 && !m_xml.atEnd()) {
        switch (m_xml.readNext()) {
        case QXmlStreamReader::StartElement:
            ++depth;
            out += u'<' + m_xml.qualifiedName();
            for (const QXmlStreamAttribute& attribute : m_xml.attributes())
                out += u' ' + attribute.qualifiedName() + u"=\""_s +
                       attribute.value().toString().toHtmlEscaped() + u'"';
            out += u'>';
            break;
        case QXmlStreamReader::EndElement:
            if (--depth > 0)
                out += u"</"_s + m_xml.qualifiedName() + u'>';
            break;
        case QXmlStreamReader::Characters:
            out += charactersAreMarkup ? m_xml.text().toString()
                                       : m_xml.text().toString().toHtmlEscaped();
            break;
        case QXmlStreamReader::EntityReference:
            out += u'&' + m_xml.name() + u';';
            break;
        default:
            break;
        }
    }
    return out;
}

QString FeedParser::readPlain() {
    return m_xml.readElementText(QXmlStreamReader::IncludeChildElements);
}

QString FeedParser::readAuthor() {
    QString name;
    QString email;
    while (m_xml.readNextStartElement()) {
        if (m_xml.name() == u"name")
            name = readPlain().simplified();
        else if (m_xml.name() == u"email")
            email = readPlain().trimmed();
        else
            m_xml.skipCurrentElement();
    }
    return name.isEmpty() ? email : name;
}

// <link rel="alternate" href="…"/>: the page of the item (or feed). Other relations (self,
// enclosure, replies) are not the article.
void FeedParser::readAtomLink(QString& link) {
    const QXmlStreamAttributes attributes = m_xml.attributes();
    const QString rel = attributes.value(u"rel"_s).toString();
    const QString href = attributes.value(u"href"_s).toString().trimmed();
    const QStringView type = attributes.value(u"type"_s);
    if ((rel.isEmpty() || rel == u"alternate") && !href.isEmpty() &&
        (link.isEmpty() || type == u"text/html"))
        link = href;
    m_xml.skipCurrentElement();
}
