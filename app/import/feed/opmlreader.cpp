#include "import/feed/opmlreader.h"

#include "import/feed/xmltext.h"

#include <QFileInfo>
#include <QStringList>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

bool OpmlReader::canRead(const QString& path, const QByteArray& head) {
    if (QFileInfo(path).suffix().compare(u"opml"_s, Qt::CaseInsensitive) == 0)
        return true;
    return XmlText::rootElement(head) == u"opml";
}

Result<OpmlList> OpmlReader::read(const QByteArray& bytes, const QString& path) {
    auto decoded = XmlText::decode(bytes, path);
    if (!decoded)
        return decoded.error();
    if (XmlText::rootElement(QStringView(decoded->text)) != u"opml")
        return Error{path + u": is not an OPML feed list (no <opml> element)"_s};

    OpmlList list;
    list.file.reader = u"OPML feed list"_s;
    QXmlStreamReader xml(decoded->text);
    // One entry per open <outline>: its text when it is a folder, null when it is a feed.
    QStringList folders;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && xml.name() == u"outline") {
            if (!folders.isEmpty())
                folders.removeLast();
            continue;
        }
        if (token != QXmlStreamReader::StartElement || xml.name() != u"outline")
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        QString text = attributes.value(u"text"_s).toString().simplified();
        if (text.isEmpty())
            text = attributes.value(u"title"_s).toString().simplified();
        const QString url = attributes.value(u"xmlUrl"_s).toString().trimmed();
        if (url.isEmpty()) {
            folders.append(text);
            continue;
        }
        folders.append(QString());
        const bool known = std::any_of(list.feeds.cbegin(), list.feeds.cend(),
                                       [&](const OpmlFeed& feed) { return feed.url == url; });
        if (known)
            continue;
        QStringList path;
        for (const QString& folder : std::as_const(folders)) {
            if (!folder.isEmpty())
                path.append(folder);
        }
        list.feeds.append(
            {text, url, attributes.value(u"htmlUrl"_s).toString().trimmed(), path.join(u'/')});
    }
    if (xml.hasError()) {
        const QString where = u"%1: malformed XML at line %2, column %3: %4"_s.arg(path)
                                  .arg(xml.lineNumber())
                                  .arg(xml.columnNumber())
                                  .arg(xml.errorString());
        if (list.feeds.isEmpty())
            return Error{where + u"; no feed could be read"_s};
        list.file.problems.append(where +
                                  u"; the %1 feeds before it were read"_s.arg(list.feeds.size()));
    }
    if (list.feeds.isEmpty())
        list.file.problems.append(path + u": the OPML list names no feeds"_s);
    return list;
}
