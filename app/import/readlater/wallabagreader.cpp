#include "import/readlater/wallabagreader.h"

#include "import/dataset/datasetdate.h"
#include "import/html/htmltext.h"
#include "import/textfilereader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

// The one place read-later HTML becomes paragraphs: through the HTML5 parser web pages use.
QStringList readLaterParagraphs(const QString& html) {
    return HtmlText::paragraphs(html);
}

QStringList stringsOf(const QJsonValue& value) {
    QStringList out;
    if (value.isString() && !value.toString().trimmed().isEmpty())
        out.append(value.toString().trimmed());
    for (const QJsonValue& item : value.toArray()) {
        // Tags come as labels, or as {"label": …, "slug": …} objects from the API.
        const QString text =
            item.isObject() ? item.toObject().value(u"label"_s).toString() : item.toString();
        if (!text.trimmed().isEmpty() && !out.contains(text.trimmed()))
            out.append(text.trimmed());
    }
    return out;
}

QString annotationNote(const QJsonArray& annotations) {
    QStringList lines;
    for (const QJsonValue& value : annotations) {
        const QJsonObject annotation = value.toObject();
        const QString quote = annotation.value(u"quote"_s).toString().simplified();
        const QString text = annotation.value(u"text"_s).toString().simplified();
        if (quote.isEmpty() && text.isEmpty())
            continue;
        if (quote.isEmpty())
            lines.append(text);
        else if (text.isEmpty())
            lines.append(u"“"_s + quote + u"”"_s);
        else
            lines.append(u"“"_s + quote + u"” — "_s + text);
    }
    if (lines.isEmpty())
        return {};
    return (lines.size() == 1 ? u"Annotation in Wallabag:\n"_s : u"Annotations in Wallabag:\n"_s) +
           lines.join(u'\n');
}

ImportedArticle articleOf(const QJsonObject& entry, const QString& encoding) {
    ImportedArticle article;
    const QString content = entry.value(u"content"_s).toString();
    article.clean.paragraphs = readLaterParagraphs(content);
    article.clean.title = entry.value(u"title"_s).toString().simplified();
    if (article.clean.title.isEmpty() && !article.clean.paragraphs.isEmpty())
        article.clean.title = article.clean.paragraphs.first().left(120);
    article.url = entry.value(u"url"_s).toString();
    if (article.url.isEmpty())
        article.url = entry.value(u"given_url"_s).toString();
    article.clean.source = entry.value(u"domain_name"_s).toString();
    if (article.clean.source.isEmpty())
        article.clean.source = QUrl(article.url).host().remove(QRegularExpression(u"^www\\."_s));
    article.tags = stringsOf(entry.value(u"tags"_s));
    article.byline = stringsOf(entry.value(u"published_by"_s)).join(u", "_s);
    const QString language = entry.value(u"language"_s).toString();
    const QString primary = language.left(language.indexOf(QRegularExpression(u"[-_]"_s)));
    if (primary.size() == 2 || primary.size() == 3) // "de_DE" → "de"; not "German"
        article.language = primary.toLower();
    for (const QString& key : {u"published_at"_s, u"created_at"_s}) {
        if (!article.publishedAt.isValid())
            article.publishedAt = DatasetDate::parse(entry.value(key).toString());
    }
    const QJsonValue id = entry.value(u"id"_s);
    if (id.isDouble())
        article.guid = u"wallabag-entry:"_s + QString::number(id.toInteger());
    article.note = annotationNote(entry.value(u"annotations"_s).toArray());
    article.rawText = content;
    article.encoding = encoding;
    return article;
}

} // namespace

bool WallabagReader::looksLikeWallabag(QByteArrayView start) {
    qsizetype i = 0;
    while (i < start.size() && QByteArrayView(" \t\r\n\xEF\xBB\xBF").contains(start[i]))
        ++i;
    if (i >= start.size() || start[i] != '[')
        return false;
    return start.contains("\"is_archived\"") &&
           (start.contains("\"is_starred\"") || start.contains("\"reading_time\"") ||
            start.contains("\"domain_name\""));
}

bool WallabagReader::canRead(const QString& path, const QByteArray& firstBytes) {
    return path.endsWith(u".json"_s, Qt::CaseInsensitive) && looksLikeWallabag(firstBytes);
}

Result<ReadFile> WallabagReader::read(const QByteArray& bytes, const QString& path) {
    if (bytes.trimmed().isEmpty())
        return Error{path + u": file is empty"_s};
    Result<DecodedText> decoded = TextFileReader::decode(bytes, path);
    if (!decoded)
        return decoded.error();
    const QByteArray utf8 = decoded->text.toUtf8();
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(utf8, &error);
    if (error.error != QJsonParseError::NoError) {
        const int line = 1 + int(QByteArrayView(utf8).first(error.offset).count('\n'));
        return Error{
            u"%1, line %2: not valid JSON (%3); is the export complete?"_s.arg(path).arg(line).arg(
                error.errorString())};
    }
    if (!document.isArray())
        return Error{path + u": is not a Wallabag export (no list of entries)"_s};
    ReadFile file;
    file.reader = u"Wallabag export"_s;
    const QJsonArray entries = document.array();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject entry = entries[i].toObject();
        const QString where = u"%1, entry %2"_s.arg(path).arg(i + 1);
        if (entry.isEmpty()) {
            file.problems.append(where + u": not an entry; skipped"_s);
            continue;
        }
        ImportedArticle article = articleOf(entry, decoded->encoding);
        if (article.clean.paragraphs.isEmpty()) {
            file.problems.append(
                where + u" (“%1”): no content; skipped"_s.arg(entry.value(u"title"_s).toString()));
            continue;
        }
        file.articles.append(std::move(article));
    }
    return file;
}
