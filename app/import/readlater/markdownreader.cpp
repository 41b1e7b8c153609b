#include "import/readlater/markdownreader.h"

#include "import/dataset/datasetdate.h"
#include "import/dataset/textparagraphs.h"
#include "import/readlater/markdownfrontmatter.h"
#include "import/readlater/markdowninline.h"
#include "import/textfilereader.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

// The body as blocks: paragraphs (headings among them) and what was taken out.
struct Body {
    QStringList paragraphs;
    int firstHeading = -1; // index in paragraphs
    QString firstHeadingText;
    QList<RemovedPiece> removed;
};

class BlockScanner {
public:
    explicit BlockScanner(Body& body)
        : m_body(body) {}

    void line(QString line) {
        line.remove(u'\r');
        const QString trimmed = line.trimmed();
        if (!m_fence.isEmpty()) {
            if (trimmed.startsWith(m_fence))
                m_fence.clear();
            else if (!trimmed.isEmpty())
                m_body.paragraphs.append(line.replace(u'\t', u"    "_s).trimmed());
            return;
        }
        static const QRegularExpression fence(u"^(```+|~~~+)"_s);
        static const QRegularExpression atx(u"^(#{1,6})\\s+(.*?)(\\s+#+)?\\s*$"_s);
        static const QRegularExpression setext(u"^(=+|-+)$"_s);
        static const QRegularExpression rule(u"^([-*_])(\\s*\\1){2,}$"_s);
        static const QRegularExpression linkDefinition(u"^\\[[^\\]]+\\]:\\s*\\S+"_s);
        static const QRegularExpression listItem(u"^([-*+]|\\d{1,9}[.)])\\s+(.*)$"_s);
        static const QRegularExpression quoteMarks(u"^(>\\s?)+"_s);

        if (const auto m = fence.match(trimmed); m.hasMatch()) {
            flush();
            m_fence = m.captured(1);
            return;
        }
        if (trimmed.isEmpty()) {
            flush();
            return;
        }
        if (const auto m = atx.match(trimmed); m.hasMatch()) {
            flush();
            heading(m.captured(2));
            return;
        }
        if (!m_pending.isEmpty() && !m_inItem && setext.match(trimmed).hasMatch()) {
            const QString text = m_pending.join(u' ');
            m_pending.clear();
            heading(text);
            return;
        }
        if (rule.match(trimmed).hasMatch()) {
            flush();
            remove(trimmed, u"horizontal rule (Markdown markup)"_s);
            return;
        }
        if (linkDefinition.match(trimmed).hasMatch()) {
            flush();
            remove(trimmed, u"link definition (Markdown markup; the URL stays in the raw text)"_s);
            return;
        }
        QString content = trimmed;
        content.remove(quoteMarks);
        if (content.isEmpty()) {
            flush();
            return;
        }
        if (const auto m = listItem.match(content); m.hasMatch()) {
            flush();
            m_inItem = true;
            content = m.captured(2);
        }
        m_pending.append(content);
    }

    void flush() {
        if (!m_pending.isEmpty()) {
            const QString text = MarkdownInline::plain(m_pending.join(u' '));
            if (!text.isEmpty())
                m_body.paragraphs.append(text);
        }
        m_pending.clear();
        m_inItem = false;
    }

private:
    void heading(const QString& raw) {
        const QString text = MarkdownInline::plain(raw);
        if (text.isEmpty())
            return;
        if (m_body.firstHeading < 0) {
            m_body.firstHeading = int(m_body.paragraphs.size());
            m_body.firstHeadingText = text;
        }
        m_body.paragraphs.append(text);
    }
    void remove(const QString& text, const QString& reason) {
        m_body.removed.append({text, reason, int(m_body.paragraphs.size())});
    }

    Body& m_body;
    QStringList m_pending;
    bool m_inItem = false;
    QString m_fence;
};

Body scan(QStringView text) {
    Body body;
    BlockScanner scanner(body);
    qsizetype pos = 0;
    while (pos < text.size()) {
        qsizetype end = text.indexOf(u'\n', pos);
        if (end < 0)
            end = text.size();
        scanner.line(text.sliced(pos, end - pos).toString());
        pos = end + 1;
    }
    scanner.flush();
    return body;
}

void takeParagraph(CleanArticle& article, int index) {
    article.paragraphs.removeAt(index);
    for (RemovedPiece& piece : article.removed) {
        if (piece.position > index)
            --piece.position;
    }
}

} // namespace

bool MarkdownReader::canRead(const QString& path, const QByteArray&) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == u"md"_s || suffix == u"markdown"_s || suffix == u"mdown"_s ||
           suffix == u"mkd"_s;
}

Result<ReadFile> MarkdownReader::read(const QByteArray& bytes, const QString& path) {
    if (bytes.trimmed().isEmpty())
        return Error{path + u": file is empty"_s};
    Result<DecodedText> decoded = TextFileReader::decode(bytes, path);
    if (!decoded)
        return decoded.error();
    const QString& text = decoded->text;
    const MarkdownFrontMatter matter = MarkdownFrontMatter::parse(text);
    Body body = scan(QStringView(text).sliced(matter.end));
    if (body.paragraphs.isEmpty() && matter.title.isEmpty())
        return Error{path + u": has no text, only markup"_s};

    ImportedArticle article;
    CleanArticle& clean = article.clean;
    clean.paragraphs = body.paragraphs;
    clean.removed = body.removed;
    if (matter.present)
        clean.removed.prepend({matter.block, u"front matter (the file's metadata)"_s, 0});
    clean.title = matter.title;
    if (clean.title.isEmpty())
        clean.title = body.firstHeadingText;
    // The heading that opens the text is its title; one further down stays where it is.
    if (body.firstHeading == 0 && clean.title == body.firstHeadingText)
        takeParagraph(clean, 0);
    if (clean.title.isEmpty() && !clean.paragraphs.isEmpty()) {
        clean.title = TextParagraphs::firstSentence(clean.paragraphs.first());
        article.note = u"The title is the first sentence of the text: the file has no heading."_s;
    }
    article.url = matter.url;
    clean.source = matter.source;
    if (clean.source.isEmpty() && !article.url.isEmpty())
        clean.source = QUrl(article.url).host().remove(QRegularExpression(u"^www\\."_s));
    article.publishedAt = DatasetDate::parse(matter.date);
    article.tags = matter.tags;
    article.byline = matter.author;
    article.language = matter.language;
    article.rawText = text;
    article.encoding = decoded->encoding;

    ReadFile file;
    file.reader = u"Markdown"_s;
    if (!matter.date.isEmpty() && !article.publishedAt.isValid())
        file.problems.append(path + u": front matter date “%1” not understood; imported "
                                    "without a date"_s.arg(matter.date));
    file.articles.append(std::move(article));
    return file;
}
