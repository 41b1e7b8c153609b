#include "import/html/htmlmetadata.h"

#include "import/html/htmldocument.h"
#include "import/html/htmlnode.h"
#include "import/html/readabilityrules.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

int wordCount(const QString& text) {
    return static_cast<int>(text.split(QRegularExpression(u"\\s+"_s)).size());
}

// Pages sometimes escape twice ("&amp;quot;"): what is left after the parser decoded once.
QString unescapeEntities(QString text) {
    if (!text.contains(u'&'))
        return text;
    static const QRegularExpression numeric(u"&#(?:x([0-9a-f]+)|([0-9]+));"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    text.replace(u"&quot;"_s, u"\""_s).replace(u"&lt;"_s, u"<"_s).replace(u"&gt;"_s, u">"_s);
    text.replace(u"&apos;"_s, u"'"_s);
    QString out;
    qsizetype last = 0;
    for (auto it = numeric.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        bool ok = false;
        const uint code =
            m.captured(1).isEmpty() ? m.captured(2).toUInt(&ok) : m.captured(1).toUInt(&ok, 16);
        out += text.mid(last, m.capturedStart() - last);
        const char32_t c = code;
        out += ok && c > 0 && c <= 0x10FFFF && (c < 0xD800 || c > 0xDFFF)
                   ? QString::fromUcs4(&c, 1)
                   : QString(QChar::ReplacementCharacter);
        last = m.capturedEnd();
    }
    out += text.mid(last);
    return out.replace(u"&amp;"_s, u"&"_s);
}

bool isArticleType(const QJsonValue& type) {
    static const QRegularExpression types(
        u"^Article|AdvertiserContentArticle|NewsArticle|AnalysisNewsArticle|"
        "AskPublicNewsArticle|BackgroundNewsArticle|OpinionNewsArticle|ReportageNewsArticle|"
        "ReviewNewsArticle|Report|SatiricalArticle|ScholarlyArticle|MedicalScholarlyArticle|"
        "SocialMediaPosting|BlogPosting|LiveBlogPosting|DiscussionForumPosting|TechArticle|"
        "APIReference$"_s);
    if (type.isArray()) {
        const QJsonArray array = type.toArray();
        return std::any_of(array.begin(), array.end(),
                           [](const QJsonValue& t) { return isArticleType(t); });
    }
    return type.isString() && types.match(type.toString()).hasMatch();
}

QString authorNames(const QJsonValue& author) {
    if (author.isString())
        return author.toString().trimmed();
    if (author.isObject())
        return author.toObject().value(u"name").toString().trimmed();
    QStringList names;
    for (const QJsonValue& one : author.toArray()) {
        const QString name = one.toObject().value(u"name").toString().trimmed();
        if (!name.isEmpty())
            names.append(name);
    }
    return names.join(u", "_s);
}

// The first schema.org article object in the page's JSON-LD scripts (a list or a @graph).
QJsonObject jsonLdArticle(const HtmlNode& root) {
    for (const HtmlNode* script : root.descendants(u"script")) {
        if (script->attribute(u"type").trimmed().toLower() != u"application/ld+json")
            continue;
        QString content = script->textContent().trimmed();
        if (content.startsWith(u"<![CDATA["_s))
            content = content.mid(9);
        if (content.endsWith(u"]]>"_s))
            content.chop(3);
        const QJsonDocument json = QJsonDocument::fromJson(content.toUtf8());
        QJsonArray objects = json.isArray() ? json.array() : QJsonArray{json.object()};
        for (const QJsonValue& value : QJsonArray(objects)) {
            const QJsonArray graph = value.toObject().value(u"@graph").toArray();
            for (const QJsonValue& inner : graph)
                objects.append(inner);
        }
        for (const QJsonValue& value : objects) {
            const QJsonObject object = value.toObject();
            if (isArticleType(object.value(u"@type")))
                return object;
        }
    }
    return {};
}

// Meta tags by the names Readability reads: "og:title", "dc:creator", "author", …
QHash<QString, QString> metaValues(const HtmlNode& root) {
    static const QRegularExpression property(
        u"\\s*(article|dc|dcterm|og|twitter)\\s*:\\s*(author|creator|description|"
        "published_time|title|site_name)\\s*"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression name(
        u"^\\s*(?:(dc|dcterm|og|twitter|parsely|weibo:(article|webpage))\\s*[-\\.:]\\s*)?"
        "(author|creator|pub-date|description|title|site_name|date|language)\\s*$"_s,
        QRegularExpression::CaseInsensitiveOption);
    QHash<QString, QString> values;
    for (const HtmlNode* meta : root.descendants(u"meta")) {
        const QString content = meta->attribute(u"content").trimmed();
        if (content.isEmpty())
            continue;
        const QRegularExpressionMatch match = property.match(meta->attribute(u"property"));
        if (match.hasMatch()) {
            values.insert(match.captured(0).toLower().remove(u' '), content);
            continue;
        }
        const QString metaName = meta->attribute(u"name");
        if (name.match(metaName).hasMatch())
            values.insert(metaName.toLower().remove(u' ').replace(u'.', u':'), content);
        else if (meta->attribute(u"property") == u"og:url" || metaName == u"og:url")
            values.insert(u"og:url"_s, content);
        else if (meta->attribute(u"property") == u"og:locale")
            values.insert(u"og:locale"_s, content);
        else if (metaName == u"application-name")
            values.insert(u"application-name"_s, content);
        else if (meta->attribute(u"http-equiv").toLower() == u"content-language")
            values.insert(u"content-language"_s, content);
    }
    return values;
}

QString firstOf(const QHash<QString, QString>& values, std::initializer_list<QString> keys) {
    for (const QString& key : keys) {
        if (const QString value = values.value(key); !value.isEmpty())
            return value;
    }
    return {};
}

QString primaryLanguage(const QString& tag) {
    return tag.trimmed().section(QRegularExpression(u"[-_]"_s), 0, 0).toLower();
}

bool isUrl(const QString& text) {
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && !url.scheme().isEmpty() && !url.host().isEmpty();
}

QString findTitleTag(const HtmlNode& root) {
    const QList<HtmlNode*> titles = root.descendants(u"title");
    return titles.isEmpty() ? QString() : titles.first()->textContent().trimmed();
}

// The first <time datetime> (or itemprop="datePublished") in the page: its publication date.
QDateTime dateFromMarkup(const HtmlNode& root) {
    for (const HtmlNode* node : root.descendants({u"time", u"meta", u"span"})) {
        const bool published = node->attribute(u"itemprop") == u"datePublished";
        if (!published && !node->is(u"time"))
            continue;
        const QString value = node->hasAttribute(u"datetime") ? node->attribute(u"datetime")
                              : node->is(u"meta")             ? node->attribute(u"content")
                                                              : node->textContent();
        if (QDateTime date = HtmlMetadata::parseDate(value); date.isValid())
            return date;
    }
    return {};
}

QString canonicalUrl(const HtmlNode& root, const QString& ogUrl, const QString& knownUrl) {
    const QUrl base(knownUrl.isEmpty() ? ogUrl : knownUrl);
    for (const HtmlNode* link : root.descendants(u"link")) {
        if (link->attribute(u"rel").toLower().split(u' ').contains(u"canonical"_s)) {
            const QString href = link->attribute(u"href").trimmed();
            if (!href.isEmpty())
                return base.resolved(QUrl(href)).toString();
        }
    }
    return !ogUrl.isEmpty() ? ogUrl : knownUrl;
}

} // namespace

QString HtmlMetadata::titleFromTitleTag(const QString& original, const HtmlNode& root) {
    static const QRegularExpression separator(u" [\\|\\-–—\\\\/>»] "_s);
    static const QRegularExpression hierarchical(u" [\\\\/>»] "_s);
    QString title = original;
    bool hadHierarchical = false;
    if (separator.match(title).hasMatch()) {
        hadHierarchical = hierarchical.match(title).hasMatch();
        qsizetype lastAt = 0;
        for (auto it = separator.globalMatch(original); it.hasNext();)
            lastAt = it.next().capturedStart();
        title = original.left(lastAt);
        if (wordCount(title) < 3)
            title = original.mid(original.indexOf(QRegularExpression(u"[\\|\\-–—\\\\/>»]"_s)) + 1);
    } else if (title.contains(u": "_s)) {
        const QList<HtmlNode*> headings = root.descendants({u"h1", u"h2"});
        const bool isHeading = std::any_of(headings.cbegin(), headings.cend(), [&](HtmlNode* h) {
            return h->textContent().trimmed() == original.trimmed();
        });
        if (!isHeading) {
            title = original.mid(original.lastIndexOf(u':') + 1);
            if (wordCount(title) < 3)
                title = original.mid(original.indexOf(u':') + 1);
            else if (wordCount(original.left(original.indexOf(u':'))) > 5)
                title = original;
        }
    } else if (title.size() > 150 || title.size() < 15) {
        const QList<HtmlNode*> h1s = root.descendants(u"h1");
        if (h1s.size() == 1)
            title = h1s.first()->innerText();
    }
    title = title.simplified();
    const int words = wordCount(title);
    if (words <= 4 &&
        (!hadHierarchical ||
         words !=
             wordCount(QString(original).remove(QRegularExpression(u"[\\|\\-–—\\\\/>»]+"_s))) - 1))
        title = original;
    return title;
}

QDateTime HtmlMetadata::parseDate(const QString& text) {
    const QString value = text.trimmed();
    if (value.isEmpty())
        return {};
    for (Qt::DateFormat format : {Qt::ISODateWithMs, Qt::ISODate, Qt::RFC2822Date}) {
        QDateTime date = QDateTime::fromString(value, format);
        if (date.isValid())
            return date;
    }
    // "2015-12-11 06:00:00", "2015-12-11T06:00:00+0000": ISO with a space or a colonless zone.
    QString iso = value;
    iso.replace(u' ', u'T');
    static const QRegularExpression colonless(u"([+-]\\d\\d)(\\d\\d)$"_s);
    iso.replace(colonless, u"\\1:\\2"_s);
    if (QDateTime date = QDateTime::fromString(iso, Qt::ISODateWithMs); date.isValid())
        return date;
    if (QDate day = QDate::fromString(value.left(10), Qt::ISODate); day.isValid())
        return day.startOfDay(Qt::UTC);
    return {};
}

HtmlMetadata HtmlMetadata::read(const HtmlDocument& document, const QString& knownUrl) {
    const HtmlNode& root = *document.root();
    const QJsonObject ld = jsonLdArticle(root);
    const QHash<QString, QString> meta = metaValues(root);
    const QString titleTag = findTitleTag(root);
    const QString fromTitleTag = titleFromTitleTag(titleTag, root);

    HtmlMetadata data;
    const QString name = ld.value(u"name").toString().trimmed();
    const QString headline = ld.value(u"headline").toString().trimmed();
    if (!name.isEmpty() && !headline.isEmpty() && name != headline) {
        // Sites put their own name in "name" now and then: take whichever matches the page.
        const bool nameMatches = ReadabilityRules::textSimilarity(name, fromTitleTag) > 0.75;
        const bool headlineMatches =
            ReadabilityRules::textSimilarity(headline, fromTitleTag) > 0.75;
        data.title = headlineMatches && !nameMatches ? headline : name;
    } else {
        data.title = !name.isEmpty() ? name : headline;
    }
    if (data.title.isEmpty())
        data.title = firstOf(meta, {u"dc:title"_s, u"dcterm:title"_s, u"og:title"_s,
                                    u"weibo:article:title"_s, u"weibo:webpage:title"_s, u"title"_s,
                                    u"twitter:title"_s, u"parsely-title"_s});
    if (data.title.isEmpty())
        data.title = fromTitleTag;

    data.byline = authorNames(ld.value(u"author"));
    if (data.byline.isEmpty())
        data.byline =
            firstOf(meta, {u"dc:creator"_s, u"dcterm:creator"_s, u"author"_s, u"parsely-author"_s});
    if (const QString author = meta.value(u"article:author"_s);
        data.byline.isEmpty() && !author.isEmpty() && !isUrl(author))
        data.byline = author;

    data.excerpt = ld.value(u"description").toString().trimmed();
    if (data.excerpt.isEmpty())
        data.excerpt =
            firstOf(meta, {u"dc:description"_s, u"dcterm:description"_s, u"og:description"_s,
                           u"description"_s, u"twitter:description"_s});

    data.siteName = ld.value(u"publisher").toObject().value(u"name").toString().trimmed();
    if (data.siteName.isEmpty())
        data.siteName = firstOf(meta, {u"og:site_name"_s, u"application-name"_s});

    QString published = ld.value(u"datePublished").toString().trimmed();
    if (published.isEmpty())
        published = firstOf(meta, {u"article:published_time"_s, u"parsely-pub-date"_s, u"dc:date"_s,
                                   u"dcterm:date"_s, u"date"_s});
    data.publishedAt = parseDate(unescapeEntities(published));
    if (!data.publishedAt.isValid())
        data.publishedAt = dateFromMarkup(root);

    data.language = primaryLanguage(root.attribute(u"lang"));
    if (data.language.isEmpty())
        data.language = primaryLanguage(root.attribute(u"xml:lang"));
    if (data.language.isEmpty())
        data.language = primaryLanguage(
            firstOf(meta, {u"content-language"_s, u"dc:language"_s, u"og:locale"_s}));
    if (data.language.isEmpty())
        data.language = primaryLanguage(ld.value(u"inLanguage").toString());

    data.url = canonicalUrl(root, meta.value(u"og:url"_s), knownUrl);
    if (data.siteName.isEmpty() && !data.url.isEmpty())
        data.siteName = QUrl(data.url).host().remove(QRegularExpression(u"^www\\."_s));

    data.title = unescapeEntities(data.title);
    data.byline = unescapeEntities(data.byline);
    data.siteName = unescapeEntities(data.siteName);
    data.excerpt = unescapeEntities(data.excerpt);
    return data;
}
