#include "import/feed/feedreader.h"

#include "import/feed/feedarticle.h"
#include "import/feed/feedparser.h"
#include "import/feed/opmlreader.h"
#include "import/feed/xmltext.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace {

bool isFeedRoot(const QString& root) {
    const QString local = root.section(u':', -1);
    return local == u"rss" || local == u"RDF" || local == u"feed";
}

QString megabytes(qint64 bytes) {
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1) + u" MB"_s;
}

} // namespace

bool FeedReader::canRead(const QString& path, const QByteArray& head) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"rss" || suffix == u"atom" || suffix == u"rdf" || suffix == u"opml")
        return true;
    const QString root = XmlText::rootElement(head);
    return isFeedRoot(root) || root == u"opml";
}

Result<ReadFile> FeedReader::read(const QByteArray& bytes, const QString& path, qint64 sizeLimit) {
    if (bytes.size() > sizeLimit)
        return Error{path + u": feed is "_s + megabytes(bytes.size()) + u", over the "_s +
                     megabytes(sizeLimit) + u" limit; skipped"_s};
    auto decoded = XmlText::decode(bytes, path);
    if (!decoded)
        return decoded.error();

    const QString root = XmlText::rootElement(QStringView(decoded->text));
    if (root.compare(u"html"_s, Qt::CaseInsensitive) == 0)
        return Error{path + u": is a web page (HTML), not a feed"_s};
    if (root == u"opml") {
        auto list = OpmlReader::read(bytes, path);
        if (!list)
            return list.error();
        ReadFile file = list->file;
        file.problems.prepend(path +
                              u": an OPML list of %1 feeds, not articles; importing the file "
                              "subscribes to them"_s.arg(list->feeds.size()));
        return file;
    }

    const FeedParser::Outcome parsed = FeedParser::parse(decoded->text);
    if (parsed.channel.format.isEmpty()) {
        if (parsed.rootElement.isEmpty())
            return Error{path + u": is not a feed: malformed XML at "_s + parsed.error};
        return Error{path + u": is not a feed: its document element is <"_s + parsed.rootElement +
                     u">, not <rss>, <rdf:RDF> or <feed>"_s};
    }

    ReadFile file;
    file.reader = parsed.channel.format;
    for (const FeedItem& item : parsed.items) {
        if (auto article = FeedArticle::make(item, parsed.channel, path, file.problems)) {
            article->encoding = decoded->encoding;
            file.articles.append(std::move(*article));
        }
    }
    if (!parsed.error.isEmpty()) {
        const QString where = path + u": malformed XML at "_s + parsed.error;
        if (parsed.items.isEmpty())
            return Error{where + u" No item could be read."_s};
        file.problems.append(where + u" The %1 items before it were read; the rest of the "
                                     "file was not."_s.arg(parsed.items.size()));
    } else if (parsed.items.isEmpty()) {
        file.problems.append(path + u": the feed has no items"_s);
    }
    return file;
}
