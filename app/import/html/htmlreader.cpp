#include "import/html/htmlreader.h"

#include "import/html/htmlcharset.h"
#include "import/html/htmldocument.h"
#include "import/html/htmlmetadata.h"
#include "import/html/htmltext.h"
#include "import/html/mhtmlarchive.h"
#include "import/html/readabilityextractor.h"
#include "import/html/readabilityrules.h"

#include <QFileInfo>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QString formatSize(qint64 bytes) {
    const bool megabytes = bytes >= 1024 * 1024;
    const double value = static_cast<double>(bytes) / (megabytes ? 1024.0 * 1024.0 : 1024.0);
    return QString::number(value, 'f', 1) + (megabytes ? u" MB"_s : u" KB"_s);
}

bool isArchivePath(const QString& path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == u"mhtml" || suffix == u"mht";
}

// "<!-- saved from url=(0044)https://example.com/story -->", as Internet Explorer and some
// "save page" tools write it.
QString savedFromUrl(const QStringList& comments) {
    for (const QString& comment : comments) {
        const QString text = comment.trimmed();
        if (!text.startsWith(u"saved from url="_s))
            continue;
        QString url = text.mid(15);
        if (url.startsWith(u'(')) {
            const qsizetype close = url.indexOf(u')');
            url = close < 0 ? QString() : url.mid(close + 1);
        }
        return url.trimmed();
    }
    return {};
}

int wordCount(const QStringList& paragraphs) {
    int words = 0;
    for (const QString& paragraph : paragraphs)
        words += static_cast<int>(paragraph.split(u' ', Qt::SkipEmptyParts).size());
    return words;
}

// The blocks of text the extractor left out, each a removed piece placed before the first kept
// paragraph that came after it in the page.
QList<RemovedPiece> removedPieces(const ReadabilityExtractor::Extraction& extraction,
                                  const QList<HtmlText::Block>& kept) {
    QList<int> keptOrders;
    for (const HtmlText::Block& block : kept)
        keptOrders.append(block.order);
    std::sort(keptOrders.begin(), keptOrders.end());
    struct Piece {
        int order;
        RemovedPiece piece;
    };
    QList<Piece> pieces;
    const auto add = [&](const HtmlNode& node, const QString& reason) {
        for (const HtmlText::Block& block : HtmlText::blocks(node)) {
            const int position = static_cast<int>(
                std::lower_bound(keptOrders.cbegin(), keptOrders.cend(), block.order) -
                keptOrders.cbegin());
            pieces.append({block.order, {block.text, reason, position}});
        }
    };
    for (const DropLog::Dropped& dropped : extraction.log.dropped) {
        if (!dropped.reason.isEmpty())
            add(*dropped.node, dropped.reason);
    }
    // What is still in the page is what was not taken as the article: its reason comes from
    // the blocks around it ("navigation", "footer", …).
    if (extraction.root) {
        for (const auto& child : extraction.root->children()) {
            if (!child->is(u"body"))
                continue;
            // Top down: the outermost block that says what it is names all text inside it.
            const auto walk = [&](const auto& self, const HtmlNode& node) -> void {
                const QString reason =
                    node.is(u"body") ? QString() : ReadabilityRules::hintedReason(node);
                if (!reason.isEmpty()) {
                    add(node, reason);
                    return;
                }
                if (node.elementChildren().isEmpty()) {
                    add(node, ReadabilityRules::reasonFor(node, u"outside the article"_s));
                    return;
                }
                for (const auto& inner : node.children()) {
                    if (inner->isElement())
                        self(self, *inner);
                    else
                        add(*inner, u"outside the article"_s);
                }
            };
            walk(walk, *child);
        }
    }
    std::stable_sort(pieces.begin(), pieces.end(),
                     [](const Piece& a, const Piece& b) { return a.order < b.order; });
    QList<RemovedPiece> result;
    for (const Piece& piece : pieces)
        result.append(piece.piece);
    return result;
}

} // namespace

QString HtmlReader::readerName() {
    return u"web page (Folio's reader)"_s;
}

bool HtmlReader::canRead(const QString& path, QByteArrayView firstBytes) {
    static const QStringList suffixes = {u"html"_s,  u"htm"_s,   u"xhtml"_s,
                                         u"shtml"_s, u"mhtml"_s, u"mht"_s};
    if (suffixes.contains(QFileInfo(path).suffix().toLower()))
        return true;
    QByteArray head =
        firstBytes.first(std::min<qsizetype>(firstBytes.size(), 1024)).toByteArray().toLower();
    if (head.startsWith("\xEF\xBB\xBF"))
        head = head.mid(3);
    head = head.trimmed();
    if (head.startsWith("<!doctype html") || head.startsWith("<html") ||
        head.startsWith("<!-- saved from url"))
        return true;
    return head.startsWith('<') && (head.contains("<head") || head.contains("<body"));
}

Result<ReadFile> HtmlReader::read(const QByteArray& bytes, const QString& path) const {
    if (bytes.isEmpty())
        return Error{path + u": file is empty"_s};
    if (bytes.size() > m_sizeLimit)
        return Error{path + u": page is "_s + formatSize(bytes.size()) + u", over the "_s +
                     formatSize(m_sizeLimit) + u" limit; skipped"_s};

    QByteArray markup = bytes;
    QByteArray transportCharset;
    QString archiveUrl;
    if (isArchivePath(path) || MhtmlArchive::looksLikeMhtml(bytes)) {
        Result<MhtmlArchive::Page> page = MhtmlArchive::htmlPage(bytes, path);
        if (!page)
            return page.error();
        markup = std::move(page->html);
        transportCharset = page->charset;
        archiveUrl = page->url;
    }
    Result<DecodedText> decoded = HtmlCharset::decode(markup, path, transportCharset);
    if (!decoded)
        return decoded.error();
    if (decoded->text.trimmed().isEmpty())
        return Error{path + u": file is empty"_s};

    const HtmlDocument document = HtmlDocument::parse(decoded->text);
    if (archiveUrl.isEmpty())
        archiveUrl = savedFromUrl(document.outerComments());
    const HtmlMetadata metadata = HtmlMetadata::read(document, archiveUrl);
    ReadabilityExtractor::Extraction extraction =
        ReadabilityExtractor::extract(document, metadata.title, metadata.byline.isEmpty());
    const QList<HtmlText::Block> blocks =
        extraction.article ? HtmlText::blocks(*extraction.article) : QList<HtmlText::Block>();

    ImportedArticle article;
    for (const HtmlText::Block& block : blocks)
        article.clean.paragraphs.append(block.text);
    const bool hasPassword = !document.root()->descendants(u"input").isEmpty() && [&] {
        const QList<HtmlNode*> inputs = document.root()->descendants(u"input");
        return std::any_of(inputs.cbegin(), inputs.cend(), [](const HtmlNode* input) {
            return input->attribute(u"type").toLower() == u"password";
        });
    }();
    const int words = wordCount(article.clean.paragraphs);
    if (words == 0)
        return Error{path + u": no article text found in the page (it has no visible text"_s +
                     (document.body() ? u" outside scripts and styles)"_s : u" and no body)"_s)};
    if (hasPassword && words < 100)
        return Error{path + u": looks like a login form, not an article ("_s +
                     QString::number(words) + u" words around a password field); skipped"_s};
    if (words < 80)
        article.note = QObject::tr("Little text found (%n words): the page may not be an article "
                                   "(a search page, an index or a form).",
                                   nullptr, words);

    // A page without a title (no <title>, heading or metadata) is named by its file, as a
    // browser names the file it saves by the page's title; the importer refuses untitled ones.
    article.clean.title = metadata.title;
    if (article.clean.title.isEmpty()) {
        article.clean.title = QFileInfo(path).completeBaseName();
        const QString note = QObject::tr("The page has no title; it is named by its file.");
        article.note = article.note.isEmpty() ? note : article.note + u' ' + note;
    }
    article.clean.source = metadata.siteName;
    article.clean.removed = removedPieces(extraction, blocks);
    article.rawText = decoded->text;
    article.encoding = decoded->encoding;
    article.byline = !metadata.byline.isEmpty() ? metadata.byline : extraction.byline;
    article.publishedAt = metadata.publishedAt;
    article.language = metadata.language;
    article.url = metadata.url;

    ReadFile file;
    file.reader = readerName();
    file.articles.append(std::move(article));
    return file;
}
