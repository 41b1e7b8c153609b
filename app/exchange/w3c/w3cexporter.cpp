#include "exchange/w3c/w3cexporter.h"

#include "annotate/textspan.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

QJsonObject textualBody(const QString& purpose, const QString& value) {
    return {{u"type"_s, u"TextualBody"_s},
            {u"purpose"_s, purpose},
            {u"value"_s, value},
            {u"format"_s, u"text/plain"_s}};
}

QJsonValue target(const QString& source, const QString& text, const TextAnchor& anchor) {
    if (anchor.end <= anchor.start)
        return source;
    const QJsonObject quote{{u"type"_s, u"TextQuoteSelector"_s},
                            {u"exact"_s, anchor.quote},
                            {u"prefix"_s, anchor.prefix},
                            {u"suffix"_s, anchor.suffix}};
    QJsonArray selectors{quote};
    if (anchor.end <= text.size())
        selectors.append(QJsonObject{{u"type"_s, u"TextPositionSelector"_s},
                                     {u"start"_s, TextSpan::codePointOffset(text, anchor.start)},
                                     {u"end"_s, TextSpan::codePointOffset(text, anchor.end)}});
    return QJsonObject{{u"source"_s, source}, {u"selector"_s, selectors}};
}

QJsonObject annotation(const QString& id, const QString& motivation, const QJsonArray& bodies,
                       const QJsonValue& target, const QString& author, const QDateTime& when) {
    QJsonObject object{{u"@context"_s, u"http://www.w3.org/ns/anno.jsonld"_s},
                       {u"id"_s, id},
                       {u"type"_s, u"Annotation"_s},
                       {u"motivation"_s, motivation},
                       {u"body"_s, bodies},
                       {u"target"_s, target}};
    if (!author.isEmpty())
        object.insert(u"creator"_s, QJsonObject{{u"type"_s, u"Person"_s}, {u"name"_s, author}});
    if (when.isValid())
        object.insert(u"created"_s, ExportText::timestamp(when));
    return object;
}

} // namespace

QString W3cExporter::articleUrn(const Article& article) {
    return u"urn:folio:article:"_s + article.contentHash;
}

QJsonArray W3cExporter::annotations(const ExportedArticle& exported) {
    const QString source = articleUrn(exported.article);
    const QString text = exported.article.clean.text();
    QJsonArray list;
    int n = 0;
    for (const Mention& m : exported.mentions) {
        QJsonArray bodies{textualBody(u"tagging"_s, m.companyName)};
        if (!m.note.isEmpty())
            bodies.append(textualBody(u"commenting"_s, m.note));
        list.append(annotation(source + u":mention:"_s + QString::number(++n), u"tagging"_s, bodies,
                               target(source, text, m.anchor), m.author, m.createdAt));
    }
    n = 0;
    for (const Partnership& p : exported.partnerships) {
        QJsonArray bodies{textualBody(u"describing"_s, ExportText::describe(p)),
                          textualBody(u"tagging"_s, p.nameA), textualBody(u"tagging"_s, p.nameB)};
        if (!p.note.isEmpty())
            bodies.append(textualBody(u"commenting"_s, p.note));
        list.append(annotation(source + u":partnership:"_s + QString::number(++n), u"describing"_s,
                               bodies, target(source, text, p.evidence), p.author, p.createdAt));
    }
    if (!exported.articleNote.isEmpty())
        list.append(annotation(source + u":note"_s, u"commenting"_s,
                               {textualBody(u"commenting"_s, exported.articleNote)}, source,
                               QString(), QDateTime()));
    return list;
}

QByteArray W3cExporter::toJson(const QList<ExportedArticle>& articles) {
    QJsonArray all;
    for (const ExportedArticle& article : articles) {
        for (const QJsonValue& value : annotations(article))
            all.append(value);
    }
    return QJsonDocument(all).toJson(QJsonDocument::Indented);
}
