#include "exchange/brat/bratexporter.h"

#include "annotate/textspan.h"

#include <QHash>

#include <limits>

using namespace Qt::StringLiterals;

namespace {

QString oneLine(QString value) {
    for (QChar& c : value) {
        if (c == u'\n' || c == u'\r' || c == u'\t' || c == QChar::LineSeparator ||
            c == QChar::ParagraphSeparator)
            c = u' ';
    }
    return value;
}

struct Placed {
    QString company; // case-folded name
    int start = 0;
    int end = 0;
    QString id;
};

class AnnWriter {
public:
    explicit AnnWriter(const QString& text)
        : m_text(text) {}

    bool fits(int start, int end) const {
        return start >= 0 && end > start && end <= m_text.size();
    }

    // A text-bound annotation; a span across paragraphs becomes fragments, as brat writes them.
    QString span(const QString& type, int start, int end) {
        const QString id = u"T%1"_s.arg(++m_t);
        QStringList fragments;
        QStringList pieces;
        int from = start;
        while (from < end) {
            int to = int(m_text.indexOf(u'\n', from));
            if (to < 0 || to > end)
                to = end;
            if (to > from) {
                fragments.append(u"%1 %2"_s.arg(TextSpan::codePointOffset(m_text, from))
                                     .arg(TextSpan::codePointOffset(m_text, to)));
                pieces.append(m_text.mid(from, to - from));
            }
            from = to + 1;
        }
        m_lines.append(id + u'\t' + type + u' ' + fragments.join(u';') + u'\t' +
                       oneLine(pieces.join(u' ')));
        return id;
    }
    void relation(const QString& type, const QString& a, const QString& b, const QString& note) {
        const QString id = u"R%1"_s.arg(++m_r);
        m_lines.append(id + u'\t' + type + u" Arg1:"_s + a + u" Arg2:"_s + b);
        this->note(id, note);
    }
    void note(const QString& id, const QString& body) {
        if (!body.trimmed().isEmpty())
            m_lines.append(u"#%1\tAnnotatorNotes %2\t%3"_s.arg(++m_n).arg(id, oneLine(body)));
    }
    QString result() const { return m_lines.isEmpty() ? QString() : m_lines.join(u'\n') + u'\n'; }

private:
    const QString& m_text;
    QStringList m_lines;
    int m_t = 0, m_r = 0, m_n = 0;
};

// The first paragraph without the spaces around it: [start, end) in UTF-16 units.
std::pair<int, int> firstParagraph(const QString& text) {
    int start = 0;
    while (start < text.size() && text.at(start).isSpace())
        ++start;
    int end = int(text.indexOf(u'\n', start));
    if (end < 0)
        end = int(text.size());
    while (end > start && text.at(end - 1).isSpace())
        --end;
    return {start, end};
}

int distance(const Placed& placed, int start, int end) {
    if (placed.start >= start && placed.end <= end)
        return -1; // inside: best
    return placed.end <= start ? start - placed.end : std::abs(placed.start - end);
}

} // namespace

QString BratExporter::annotations(const ExportedArticle& exported) {
    const QString text = exported.article.clean.text();
    AnnWriter ann(text);
    QList<Placed> placed;
    for (const Mention& m : exported.mentions) {
        if (!ann.fits(m.anchor.start, m.anchor.end))
            continue; // a stale mention outside the text: nothing to point at
        const QString id = ann.span(u"Company"_s, m.anchor.start, m.anchor.end);
        placed.append({m.companyName.toCaseFolded(), m.anchor.start, m.anchor.end, id});
        ann.note(id, m.note);
    }
    QHash<QString, QStringList> namesOf; // case-folded name -> name and aliases
    for (const Company& company : exported.companies)
        namesOf.insert(company.name.toCaseFolded(), QStringList{company.name} + company.aliases);

    for (const Partnership& p : exported.partnerships) {
        const bool evidence = ann.fits(p.evidence.start, p.evidence.end);
        const int from = evidence ? p.evidence.start : 0;
        const int to = evidence ? p.evidence.end : 0;
        const auto idOf = [&](const QString& name) -> QString {
            const QString folded = name.toCaseFolded();
            const Placed* best = nullptr;
            int bestDistance = std::numeric_limits<int>::max();
            for (const Placed& candidate : std::as_const(placed)) {
                if (candidate.company == folded && distance(candidate, from, to) < bestDistance) {
                    best = &candidate;
                    bestDistance = distance(candidate, from, to);
                }
            }
            if (best)
                return best->id;
            // No mention: where the name (or an alias) occurs, in the evidence first.
            const QStringList names = namesOf.value(folded, {name});
            for (const auto& [start, end] : {std::pair{from, to}, std::pair{0, int(text.size())}}) {
                for (const QString& n : names) {
                    for (const TextSpan::Span& s :
                         TextSpan::occurrences(text.mid(start, end - start), n)) {
                        const QString id = ann.span(u"Company"_s, start + s.start, start + s.end);
                        placed.append({folded, start + s.start, start + s.end, id});
                        return id;
                    }
                }
            }
            return QString();
        };
        const QString a = idOf(p.nameA);
        const QString b = idOf(p.nameB);
        QString note = u"status: "_s + p.status;
        if (!p.note.isEmpty())
            note += u"; note: "_s + p.note;
        if (!a.isEmpty() && !b.isEmpty()) {
            ann.relation(relationType(p.kind), a, b, note);
        } else if (evidence) {
            const QString missing = a.isEmpty() ? p.nameA : p.nameB;
            ann.note(ann.span(u"Evidence"_s, p.evidence.start, p.evidence.end),
                     ExportText::describe(p) + u": not a relation, “"_s + missing +
                         u"” does not occur in the text; "_s + note);
        }
    }
    if (!exported.articleNote.trimmed().isEmpty()) {
        const auto [start, end] = firstParagraph(text);
        if (end > start)
            ann.note(ann.span(u"Article"_s, start, end), exported.articleNote);
    }
    return ann.result();
}

void BratExporter::Types::addUsedIn(const QString& annotations) {
    for (const QStringView line : QStringView(annotations).split(u'\n')) {
        const bool span = line.startsWith(u'T');
        if (!span && !line.startsWith(u'R'))
            continue;
        const QString type = line.toString().section(u'\t', 1, 1).section(u' ', 0, 0);
        QStringList& types = span ? entities : relations;
        if (!type.isEmpty() && !types.contains(type)) {
            types.append(type);
            types.sort();
        }
    }
}

QString BratExporter::relationType(const QString& kind) {
    QString type;
    for (QChar c : kind.trimmed()) {
        const bool ascii = c.unicode() < 0x80 && (c.isLetterOrNumber() || c == u'-' || c == u'_');
        type += ascii ? c : u'_';
    }
    if (type.isEmpty() || !type.front().isLetter())
        type.prepend(u"Kind_"_s);
    type[0] = type.at(0).toUpper();
    return type;
}

QString BratExporter::configuration(const Types& used) {
    QString conf = u"# Folio export: companies and the kinds of partnership between them.\n"
                   "[entities]\n"_s;
    for (const QString& type : used.entities)
        conf += type + u'\n';
    conf += u"\n[relations]\n"_s;
    for (const QString& type : used.relations)
        conf += type + u"\tArg1:Company, Arg2:Company\n"_s;
    conf += u"\n[events]\n\n[attributes]\n"_s;
    return conf;
}
