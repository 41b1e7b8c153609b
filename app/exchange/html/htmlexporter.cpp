#include "exchange/html/htmlexporter.h"

#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

const char16_t style[] = uR"(
body { font-family: Georgia, "Noto Serif", serif; max-width: 46em; margin: 2em auto;
       padding: 0 1em; line-height: 1.55; color: #1d1d1f; background: #fff; }
h1 { font-size: 1.6em; line-height: 1.25; } h2 { font-size: 1.15em; margin-top: 2em; }
.meta { color: #666; font-size: 0.9em; }
mark { padding: 0 0.1em; border-radius: 0.2em; color: inherit; }
blockquote { margin: 0.4em 0 0.4em 1em; padding-left: 0.8em; border-left: 3px solid #ccc;
             color: #444; }
.swatch { display: inline-block; width: 0.9em; height: 0.9em; border-radius: 0.2em;
          vertical-align: middle; margin-right: 0.3em; border: 1px solid #0002; }
.note { white-space: normal; color: #333; }
article + article { border-top: 1px solid #ddd; margin-top: 3em; }
@media print { body { max-width: none; } }
)";

QString document(const QString& title, const QString& body) {
    return u"<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
           "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
           "style-src 'unsafe-inline'\">\n"
           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
           "<title>"_s +
           HtmlExporter::escape(title) + u"</title>\n<style>"_s + QStringView(style) +
           u"</style>\n</head>\n<body>\n"_s + body + u"</body>\n</html>\n"_s;
}

QString mark(const QString& quote, const QString& company, const QString& color) {
    const QString c = ExportText::safeColor(color);
    return u"<mark style=\"background-color: "_s + c + u"; box-shadow: 0 -2px 0 "_s + c +
           u" inset\" title=\""_s + company.toHtmlEscaped() + u"\">"_s + quote.toHtmlEscaped() +
           u"</mark>"_s;
}

// The clean text as paragraphs, mentions marked (one that overlaps an earlier one stays plain).
QString highlightedText(const ExportedArticle& exported) {
    const QString text = exported.article.clean.text();
    QList<const Mention*> mentions;
    for (const Mention& m : exported.mentions) {
        if (m.anchor.start >= 0 && m.anchor.end > m.anchor.start && m.anchor.end <= text.size())
            mentions.append(&m);
    }
    std::stable_sort(mentions.begin(), mentions.end(), [](const Mention* a, const Mention* b) {
        return a->anchor.start < b->anchor.start;
    });
    QString html;
    qsizetype next = 0;
    int paragraphStart = 0;
    for (const QString& paragraph : exported.article.clean.paragraphs) {
        const int paragraphEnd = paragraphStart + int(paragraph.size());
        html += u"<p>"_s;
        int at = paragraphStart;
        for (; next < mentions.size() && mentions.at(next)->anchor.start < paragraphEnd; ++next) {
            const TextAnchor& a = mentions.at(next)->anchor;
            if (a.start < at || a.end > paragraphEnd)
                continue;
            html += text.mid(at, a.start - at).toHtmlEscaped() +
                    mark(text.mid(a.start, a.length()), mentions.at(next)->companyName,
                         mentions.at(next)->companyColor);
            at = a.end;
        }
        html += text.mid(at, paragraphEnd - at).toHtmlEscaped() + u"</p>\n"_s;
        paragraphStart = paragraphEnd + 1;
    }
    return html;
}

QString articleSection(const ExportedArticle& exported, int headingLevel) {
    const Article& a = exported.article;
    const QString h = u"h%1"_s.arg(headingLevel);
    const QString h2 = u"h%1"_s.arg(headingLevel + 1);
    QString html = u"<article>\n<"_s + h + u'>' + a.title.toHtmlEscaped() + u"</"_s + h +
                   u">\n<p class=\"meta\">"_s;
    QStringList meta;
    if (!a.source.isEmpty())
        meta.append(u"Source: "_s + a.source.toHtmlEscaped());
    if (a.importedAt.isValid())
        meta.append(u"Imported: "_s + ExportText::timestamp(a.importedAt).toHtmlEscaped());
    meta.append(u"Status: "_s + readingStatusName(a.status));
    html += meta.join(u" · "_s) + u"</p>\n"_s;
    if (!exported.companies.isEmpty()) {
        html += u"<p class=\"meta\">"_s;
        for (const Company& c : exported.companies)
            html += u"<span class=\"swatch\" style=\"background-color: "_s +
                    ExportText::safeColor(c.color) + u"\"></span>"_s + c.name.toHtmlEscaped() +
                    u" &nbsp; "_s;
        html += u"</p>\n"_s;
    }
    html += highlightedText(exported);
    if (!exported.partnerships.isEmpty()) {
        html += u'<' + h2 + u">Partnerships</"_s + h2 + u">\n<ul>\n"_s;
        for (const Partnership& p : exported.partnerships) {
            html += u"<li><strong>"_s + p.nameA.toHtmlEscaped() + u" – "_s +
                    p.nameB.toHtmlEscaped() + u"</strong> ("_s + p.kind.toHtmlEscaped() + u", "_s +
                    p.status.toHtmlEscaped() + u')';
            if (p.evidence.end > p.evidence.start)
                html +=
                    u"<blockquote>"_s + HtmlExporter::escape(p.evidence.quote) + u"</blockquote>"_s;
            if (!p.note.isEmpty())
                html +=
                    u"<div class=\"note\">Note: "_s + HtmlExporter::escape(p.note) + u"</div>"_s;
            html += u"</li>\n"_s;
        }
        html += u"</ul>\n"_s;
    }
    QStringList notes;
    for (const Mention& m : exported.mentions) {
        if (!m.note.isEmpty())
            notes.append(u"<li>On “"_s + m.anchor.quote.toHtmlEscaped() + u"” ("_s +
                         m.companyName.toHtmlEscaped() + u"): "_s + HtmlExporter::escape(m.note) +
                         u"</li>"_s);
    }
    if (!exported.articleNote.isEmpty() || !notes.isEmpty()) {
        html += u'<' + h2 + u">Notes</"_s + h2 + u">\n"_s;
        if (!exported.articleNote.isEmpty())
            html +=
                u"<p class=\"note\">"_s + HtmlExporter::escape(exported.articleNote) + u"</p>\n"_s;
        if (!notes.isEmpty())
            html += u"<ul>\n"_s + notes.join(u'\n') + u"\n</ul>\n"_s;
    }
    return html + u"</article>\n"_s;
}

} // namespace

QString HtmlExporter::escape(const QString& text) {
    return text.toHtmlEscaped().replace(u"\n"_s, u"<br>\n"_s);
}

QString HtmlExporter::page(const ExportedArticle& exported) {
    return document(exported.article.title, articleSection(exported, 1));
}

QString HtmlExporter::combined(const QList<ExportedArticle>& articles,
                               const QDateTime& exportedAt) {
    QString body = u"<h1>Folio export</h1>\n<p class=\"meta\">"_s +
                   QString::number(articles.size()) + u" articles, exported "_s +
                   ExportText::timestamp(exportedAt) + u"</p>\n"_s;
    for (const ExportedArticle& exported : articles)
        body += articleSection(exported, 2);
    return document(u"Folio export"_s, body);
}

QString HtmlExporter::index(const QList<QPair<QString, QString>>& pages,
                            const QDateTime& exportedAt) {
    QString body = u"<h1>Folio export</h1>\n<p class=\"meta\">"_s + QString::number(pages.size()) +
                   u" articles, exported "_s + ExportText::timestamp(exportedAt) +
                   u"</p>\n<ul>\n"_s;
    for (const auto& [file, title] : pages)
        body += u"<li><a href=\""_s +
                QString::fromUtf8(QUrl::toPercentEncoding(file)).toHtmlEscaped() + u"\">"_s +
                title.toHtmlEscaped() + u"</a></li>\n"_s;
    return document(u"Folio export"_s, body + u"</ul>\n"_s);
}
