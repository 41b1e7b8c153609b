#include "exchange/csv/csvexporter.h"

#include "annotate/textspan.h"

using namespace Qt::StringLiterals;

namespace {

QByteArray table(const QStringList& header, const QList<QStringList>& rows) {
    QString out = CsvExporter::row(header);
    for (const QStringList& values : rows)
        out += CsvExporter::row(values);
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

} // namespace

QString CsvExporter::field(const QString& value) {
    QString cell = value;
    if (!cell.isEmpty() && QStringView(u"=+-@\t\r").contains(cell.front()))
        cell.prepend(u'\'');
    if (cell.contains(u',') || cell.contains(u'"') || cell.contains(u'\r') || cell.contains(u'\n'))
        return u'"' + cell.replace(u"\""_s, u"\"\""_s) + u'"';
    return cell;
}

QString CsvExporter::row(const QStringList& values) {
    QStringList fields;
    for (const QString& value : values)
        fields.append(field(value));
    return fields.join(u',') + u"\r\n"_s;
}

QByteArray CsvExporter::partnerships(const QList<ExportedArticle>& articles) {
    QList<QStringList> rows;
    for (const ExportedArticle& exported : articles) {
        for (const Partnership& p : exported.partnerships)
            rows.append({p.nameA, p.nameB, p.kind, p.status, exported.article.title,
                         exported.article.source, p.evidence.quote, p.note,
                         QString::number(exported.article.id)});
    }
    return table({u"company_a"_s, u"company_b"_s, u"kind"_s, u"status"_s, u"article_title"_s,
                  u"source"_s, u"evidence"_s, u"note"_s, u"article_id"_s},
                 rows);
}

QByteArray CsvExporter::mentions(const QList<ExportedArticle>& articles) {
    QList<QStringList> rows;
    for (const ExportedArticle& exported : articles) {
        const QString text = exported.article.clean.text();
        for (const Mention& m : exported.mentions)
            rows.append({m.companyName, m.anchor.quote,
                         QString::number(TextSpan::codePointOffset(text, m.anchor.start)),
                         QString::number(TextSpan::codePointOffset(text, m.anchor.end)),
                         exported.article.title, exported.article.source, m.note,
                         QString::number(exported.article.id)});
    }
    return table({u"company"_s, u"quote"_s, u"start"_s, u"end"_s, u"article_title"_s, u"source"_s,
                  u"note"_s, u"article_id"_s},
                 rows);
}
