#include "import/readlater/markdownfrontmatter.h"

using namespace Qt::StringLiterals;

namespace {

QString unquoted(QString value) {
    value = value.trimmed();
    if (value.size() >= 2 && (value.front() == u'"' || value.front() == u'\'') &&
        value.back() == value.front())
        value = value.mid(1, value.size() - 2);
    return value.trimmed();
}

QStringList listOf(QString value) {
    value = value.trimmed();
    if (value.startsWith(u'[') && value.endsWith(u']'))
        value = value.mid(1, value.size() - 2);
    QStringList items;
    for (const QString& item : value.split(u',', Qt::SkipEmptyParts)) {
        const QString clean = unquoted(item);
        if (!clean.isEmpty())
            items.append(clean);
    }
    return items;
}

} // namespace

MarkdownFrontMatter MarkdownFrontMatter::parse(const QString& text) {
    MarkdownFrontMatter matter;
    const QStringView view(text);
    const qsizetype bodyStart = text.startsWith(u"---\n"_s)     ? 4
                                : text.startsWith(u"---\r\n"_s) ? 5
                                                                : -1;
    if (bodyStart < 0)
        return matter;
    QStringList lines;
    qsizetype pos = bodyStart;
    qsizetype end = -1;
    while (pos < text.size()) {
        qsizetype lineEnd = text.indexOf(u'\n', pos);
        const qsizetype next = lineEnd < 0 ? text.size() : lineEnd + 1;
        if (lineEnd < 0)
            lineEnd = text.size();
        const QString line = view.sliced(pos, lineEnd - pos).toString().remove(u'\r');
        if (line == u"---"_s || line == u"..."_s) {
            end = next;
            break;
        }
        lines.append(line);
        pos = next;
    }
    if (end < 0)
        return matter; // an opening rule and no closing one: a horizontal rule, not metadata
    matter.present = true;
    matter.end = end;
    matter.block = text.left(end).trimmed();

    QString listKey; // the key whose "- item" lines follow
    for (const QString& line : std::as_const(lines)) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(u"- "_s) && !listKey.isEmpty()) {
            const QString item = unquoted(trimmed.mid(2));
            if (!item.isEmpty())
                matter.tags.append(item);
            continue;
        }
        listKey.clear();
        if (line.startsWith(u' ') || line.startsWith(u'\t') || trimmed.startsWith(u'#'))
            continue; // nested YAML or a comment
        const qsizetype colon = line.indexOf(u':');
        if (colon <= 0)
            continue;
        const QString key = line.left(colon).trimmed().toLower();
        const QString value = line.mid(colon + 1).trimmed();
        if (key == u"tags"_s || key == u"categories"_s || key == u"keywords"_s ||
            key == u"category"_s) {
            if (value.isEmpty())
                listKey = key;
            else
                matter.tags += listOf(value);
        } else if (key == u"title"_s) {
            matter.title = unquoted(value);
        } else if (key == u"date"_s || key == u"published"_s || key == u"created"_s) {
            if (matter.date.isEmpty() || key == u"published"_s)
                matter.date = unquoted(value);
        } else if (key == u"author"_s || key == u"authors"_s || key == u"byline"_s) {
            matter.author = listOf(value).join(u", "_s);
        } else if (key == u"url"_s || key == u"link"_s || key == u"source_url"_s) {
            matter.url = unquoted(value);
        } else if (key == u"source"_s || key == u"site"_s) {
            const QString source = unquoted(value);
            if (source.startsWith(u"http"_s) && matter.url.isEmpty())
                matter.url = source;
            else
                matter.source = source;
        } else if (key == u"lang"_s || key == u"language"_s) {
            matter.language = unquoted(value).left(2).toLower();
        }
    }
    matter.tags.removeDuplicates();
    return matter;
}
