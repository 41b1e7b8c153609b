#include "exchange/markdown/markdownexporter.h"

#include "annotate/textspan.h"

#include <QMap>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace {

bool isSpecial(QChar c) {
    return QStringView(u"\\`*_[]<>#|~").contains(c);
}

// Escapes `text`; `lineStart` says whether it begins a line, where "-", "+", "=" and "1." would
// start a list or heading.
QString escapeText(const QString& text, bool lineStart) {
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\n') {
            // Inside a paragraph a line break is a hard one ("\" at its end), as written.
            if (!out.isEmpty() && !out.endsWith(u'\n') && i + 1 < text.size() &&
                text.at(i + 1) != u'\n')
                out += u'\\';
            out += u'\n';
            lineStart = true;
            continue;
        }
        if (lineStart && c.isSpace() && c != u'\n')
            continue; // leading spaces would make an indented code block
        if (lineStart) {
            lineStart = false;
            qsizetype digits = i;
            while (digits < text.size() && text.at(digits).isDigit())
                ++digits;
            if (digits > i && digits < text.size() &&
                (text.at(digits) == u'.' || text.at(digits) == u')')) {
                out += QStringView(text).mid(i, digits - i) + u'\\' + text.at(digits);
                i = digits;
                continue;
            }
            if (c == u'-' || c == u'+' || c == u'=') {
                out += u'\\' + c;
                continue;
            }
        }
        const bool entity = c == u'&' && i + 1 < text.size() &&
                            (text.at(i + 1).isLetter() || text.at(i + 1) == u'#');
        if (isSpecial(c) || entity)
            out += u'\\';
        out += c;
    }
    return out;
}

QString inlineText(const QString& text) {
    QString flat = text;
    flat.replace(u'\n', u' ');
    return escapeText(flat, false);
}

// A company's name where a note shows it: a wiki link or text.
QString companyText(const QString& name, const MarkdownExporter::Options& options) {
    return options.wikiLinks ? MarkdownExporter::wikiLink(name) : inlineText(name);
}

// Every line of `markdown` prefixed, for quotes and list continuations.
QString prefixLines(const QString& markdown, const QString& prefix) {
    return prefix + QString(markdown).replace(u"\n"_s, u"\n"_s + prefix);
}

// The sentences that hold mentions, each once, in text order: "> sentence with **quote** —
// Company".
QString highlights(const ExportedArticle& exported, const MarkdownExporter::Options& options) {
    const QString text = exported.article.clean.text();
    QMap<std::pair<int, int>, QList<const Mention*>> sentences;
    for (const Mention& m : exported.mentions) {
        const TextSpan::Span s = TextSpan::sentenceAt(text, m.anchor.start);
        sentences[{s.start, s.end}].append(&m);
    }
    QStringList quotes;
    for (auto it = sentences.cbegin(); it != sentences.cend(); ++it) {
        const auto [start, end] = it.key();
        QString quote;
        QStringList companies;
        int at = start;
        for (const Mention* m : it.value()) {
            if (!companies.contains(m->companyName))
                companies.append(m->companyName);
            if (m->anchor.start < at || m->anchor.end > end || m->anchor.end <= m->anchor.start)
                continue; // overlaps one already bold, or reaches out of the sentence
            quote += escapeText(text.mid(at, m->anchor.start - at), at == start) + u"**"_s +
                     escapeText(text.mid(m->anchor.start, m->anchor.length()), false) + u"**"_s;
            at = m->anchor.end;
        }
        quote += escapeText(text.mid(at, end - at), at == start);
        QStringList names;
        for (const QString& name : std::as_const(companies))
            names.append(companyText(name, options));
        quotes.append(prefixLines(quote, u"> "_s) + u" — "_s + names.join(u", "_s));
    }
    return quotes.join(u"\n\n"_s);
}

QString partnerships(const ExportedArticle& exported, const MarkdownExporter::Options& options) {
    QStringList items;
    for (const Partnership& p : exported.partnerships) {
        QString item = u"- **"_s + companyText(p.nameA, options) + u" – "_s +
                       companyText(p.nameB, options) + u"** ("_s + inlineText(p.kind) + u", "_s +
                       inlineText(p.status) + u")"_s;
        if (p.evidence.end > p.evidence.start)
            item += u"\n"_s + prefixLines(escapeText(p.evidence.quote, true), u"  > "_s);
        items.append(item);
    }
    return items.join(u"\n"_s);
}

QString notes(const ExportedArticle& exported, const MarkdownExporter::Options& options) {
    QStringList parts;
    if (!exported.articleNote.isEmpty())
        parts.append(escapeText(exported.articleNote, true));
    QStringList items;
    for (const Mention& m : exported.mentions) {
        if (!m.note.isEmpty())
            items.append(u"- On “"_s + inlineText(m.anchor.quote) + u"” ("_s +
                         companyText(m.companyName, options) + u"):\n"_s +
                         prefixLines(escapeText(m.note, true), u"  "_s));
    }
    for (const Partnership& p : exported.partnerships) {
        if (!p.note.isEmpty())
            items.append(u"- On "_s + inlineText(ExportText::describe(p)) + u":\n"_s +
                         prefixLines(escapeText(p.note, true), u"  "_s));
    }
    if (!items.isEmpty())
        parts.append(items.join(u"\n"_s));
    return parts.join(u"\n\n"_s);
}

QString yamlList(const QStringList& values) {
    if (values.isEmpty())
        return u" []\n"_s;
    QString out = u"\n"_s;
    for (const QString& value : values)
        out += u"  - "_s + MarkdownExporter::yamlString(value) + u'\n';
    return out;
}

// The front matter's companies: names, or links that Obsidian's properties follow.
QStringList companyNames(const QList<Company>& companies,
                         const MarkdownExporter::Options& options) {
    QStringList names;
    for (const Company& company : companies)
        names.append(options.wikiLinks ? MarkdownExporter::wikiLink(company.name) : company.name);
    return names;
}

// "# Title" and the sections that have something in them.
QString body(const ExportedArticle& exported, bool withMetadata,
             const MarkdownExporter::Options& options) {
    const Article& a = exported.article;
    QString out = u"# "_s + inlineText(a.title) + u"\n\n"_s;
    if (withMetadata) {
        QStringList facts;
        if (!a.source.isEmpty())
            facts.append(u"Source: "_s + inlineText(a.source));
        if (a.importedAt.isValid())
            facts.append(u"Imported: "_s + ExportText::timestamp(a.importedAt));
        if (!facts.isEmpty())
            out += facts.join(u" · "_s) + u"\n\n"_s;
    }
    for (const auto& [heading, content] :
         {std::pair{u"Highlights"_s, highlights(exported, options)},
          std::pair{u"Partnerships"_s, partnerships(exported, options)},
          std::pair{u"Notes"_s, notes(exported, options)}}) {
        if (!content.isEmpty())
            out += u"## "_s + heading + u"\n\n"_s + content + u"\n\n"_s;
    }
    return out.chopped(1); // one '\n' at the end
}

} // namespace

QString MarkdownExporter::escape(const QString& text) {
    return escapeText(text, true);
}

QString MarkdownExporter::yamlString(const QString& value) {
    QString out = u"\""_s;
    for (QChar c : value) {
        switch (c.unicode()) {
        case u'\\':
            out += u"\\\\"_s;
            break;
        case u'"':
            out += u"\\\""_s;
            break;
        case u'\n':
            out += u"\\n"_s;
            break;
        case u'\r':
            out += u"\\r"_s;
            break;
        case u'\t':
            out += u"\\t"_s;
            break;
        case 0x85:
            out += u"\\N"_s;
            break;
        case 0x2028:
            out += u"\\L"_s;
            break;
        case 0x2029:
            out += u"\\P"_s;
            break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7F || c.unicode() == 0xFEFF)
                out += u"\\u%1"_s.arg(int(c.unicode()), 4, 16, QChar(u'0'));
            else
                out += c;
        }
    }
    return out + u'"';
}

QString MarkdownExporter::wikiLink(const QString& company) {
    QString target = company;
    for (QChar& c : target) {
        if (QStringView(u"[]|#^:/\\").contains(c) || c.category() == QChar::Other_Control ||
            c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            c = u' ';
    }
    target = target.simplified();
    if (target.isEmpty())
        return inlineText(company);
    if (target == company)
        return u"[["_s + company + u"]]"_s;
    QString shown = company;
    for (QChar& c : shown) {
        if (c == u'[' || c == u']' || c == u'|' || c.category() == QChar::Other_Control)
            c = u' ';
    }
    shown = shown.simplified();
    return u"[["_s + target + (shown == target ? QString() : u'|' + shown) + u"]]"_s;
}

QString MarkdownExporter::note(const ExportedArticle& exported, const Options& options) {
    const Article& a = exported.article;
    QString out = u"---\n"_s;
    out += u"title: "_s + yamlString(a.title) + u'\n';
    out += u"source: "_s + yamlString(a.source) + u'\n';
    out += u"original_file: "_s + yamlString(a.originalPath) + u'\n';
    out += u"imported: "_s + yamlString(ExportText::timestamp(a.importedAt)) + u'\n';
    out += u"status: "_s + yamlString(readingStatusName(a.status)) + u'\n';
    out += u"companies:"_s + yamlList(companyNames(exported.companies, options));
    out += u"tags: [folio]\n---\n\n"_s;
    return out + body(exported, false, options);
}

QString MarkdownExporter::combined(const QList<ExportedArticle>& articles,
                                   const QDateTime& exportedAt, const Options& options) {
    QString out = u"---\n"_s;
    out += u"title: "_s + yamlString(u"Folio export"_s) + u'\n';
    out += u"exported: "_s + yamlString(ExportText::timestamp(exportedAt)) + u'\n';
    out += u"articles: %1\n"_s.arg(articles.size());
    out += u"companies:"_s + yamlList(companyNames(ExportText::companiesOf(articles), options));
    out += u"tags: [folio]\n---\n"_s;
    for (const ExportedArticle& exported : articles)
        out += u'\n' + body(exported, true, options);
    return out;
}
