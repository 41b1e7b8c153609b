#include "import/feed/feedarticle.h"

#include "import/feed/feeddate.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

QString slug(const QString& text) {
    // Decomposed, so "ü" leaves its "u" behind once the combining mark is dropped.
    const QString folded = text.normalized(QString::NormalizationForm_KD).toLower();
    QString out;
    for (const QChar c : folded) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            out += c;
        else if (c.category() == QChar::Mark_NonSpacing)
            continue;
        else if (!out.isEmpty() && !out.endsWith(u'-'))
            out += u'-';
        if (out.size() >= 40)
            break;
    }
    while (out.endsWith(u'-'))
        out.chop(1);
    return out;
}

// "de-DE" → "de", "EN_us" → "en"; empty for anything not shaped like a language tag.
QString primaryLanguage(const QString& tag) {
    static const QRegularExpression shape(u"^([A-Za-z]{2,3})(?:[-_].*)?$"_s);
    const QRegularExpressionMatch match = shape.match(tag.trimmed());
    return match.hasMatch() ? match.captured(1).toLower() : QString();
}

// A title made from the text when the item has none: its first words, cut at a word.
QString titleFromText(const QString& paragraph) {
    if (paragraph.size() <= FeedArticle::maxTitleLength)
        return paragraph;
    QString cut = paragraph.left(FeedArticle::maxTitleLength);
    const qsizetype space = cut.lastIndexOf(u' ');
    if (space > FeedArticle::maxTitleLength / 2)
        cut.truncate(space);
    return cut + u'…';
}

QString resolved(const QString& link, const QString& base) {
    const QUrl url(link);
    if (link.isEmpty() || !url.isRelative() || base.isEmpty())
        return link;
    return QUrl(base).resolved(url).toString();
}

} // namespace

QString FeedArticle::authorName(const QString& author) {
    static const QRegularExpression mailAndName(u"^\\S+@\\S+\\s*\\((.+)\\)$"_s);
    const QRegularExpressionMatch match = mailAndName.match(author.trimmed());
    return (match.hasMatch() ? match.captured(1) : author).simplified();
}

QString FeedArticle::sourceTag(const FeedChannel& channel, const QString& path) {
    if (QString tag = slug(channel.title); !tag.isEmpty())
        return tag;
    for (const QString& address : {channel.link, channel.id}) {
        QString host = QUrl(address).host();
        if (host.startsWith(u"www."_s))
            host = host.sliced(4);
        if (QString tag = slug(host); !tag.isEmpty())
            return tag;
    }
    return slug(QFileInfo(path).completeBaseName());
}

std::optional<ImportedArticle> FeedArticle::make(const FeedItem& item, const FeedChannel& channel,
                                                 const QString& path, QStringList& problems) {
    const QString where = u"%1: item %2"_s.arg(path).arg(item.number);
    ImportedArticle article;
    article.clean.title = item.title.singleLine();
    article.clean.source = sourceTag(channel, path);
    article.rawText = item.rawXml;

    QStringList notes;
    if (!item.content.isEmpty()) {
        article.clean.paragraphs = item.content.paragraphs();
    } else if (!item.summary.isEmpty()) {
        article.clean.paragraphs = item.summary.paragraphs();
        notes.append(u"the feed gave only a summary"_s);
    }
    if (article.clean.paragraphs.isEmpty()) {
        if (article.clean.title.isEmpty()) {
            problems.append(where + u": has neither a title nor any text; skipped"_s);
            return std::nullopt;
        }
        notes.append(u"the feed gave no text for this item, only its title"_s);
    } else if (article.clean.title.isEmpty()) {
        article.clean.title = titleFromText(article.clean.paragraphs.first());
        notes.append(u"the item had no title; its title is the start of its text"_s);
    } else if (article.clean.paragraphs.first() == article.clean.title) {
        // Many feeds open the content with the headline again; keep it as a removed piece.
        article.clean.removed.append(
            {article.clean.paragraphs.takeFirst(), u"repeats the title"_s, 0});
    }
    // A date it cannot read does not stop the item: the article says so in its note.
    const QString date = item.published.isEmpty() ? item.updated : item.published;
    article.publishedAt = FeedDate::parse(date);
    if (!date.isEmpty() && !article.publishedAt.isValid())
        notes.append(u"the feed's date “"_s + date + u"” was not understood"_s);
    article.note = notes.join(u"; "_s);

    const QString base = channel.link.isEmpty() ? channel.id : channel.link;
    article.url = resolved(item.link, base);
    const bool guidIsLink = item.guidIsPermaLink && item.guid.startsWith(u"http"_s);
    if (article.url.isEmpty() && guidIsLink)
        article.url = item.guid;
    article.guid = item.guid.isEmpty() ? article.url : item.guid;

    QStringList names;
    for (const QString& author : item.authors) {
        const QString name = authorName(author);
        if (!name.isEmpty() && !names.contains(name))
            names.append(name);
    }
    article.byline = names.join(u", "_s);
    for (const QString& category : item.categories) {
        const QString tag = category.simplified();
        if (!tag.isEmpty() && !article.tags.contains(tag))
            article.tags.append(tag);
    }
    article.language = primaryLanguage(item.language.isEmpty() ? channel.language : item.language);
    return article;
}
