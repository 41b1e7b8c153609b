#include "import/dataset/columnmapping.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace {

// "Veröffentlicht am" → "veroffentlichtam": lower case, accents off, only letters and digits,
// so "Published At", "published_at" and "publishedAt" are one name.
QString normalised(const QString& name) {
    const QString decomposed = name.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c == u'ß')
            out += u"ss"_s;
        else if (c.isLetterOrNumber())
            out += c.toLower();
    }
    return out;
}

const QHash<QString, DatasetField>& aliases() {
    static const QHash<QString, DatasetField> table = [] {
        const std::pair<DatasetField, QList<QString>> lists[] = {
            {DatasetField::Title,
             {u"title"_s, u"headline"_s, u"titel"_s, u"heading"_s, u"uberschrift"_s,
              u"ueberschrift"_s, u"schlagzeile"_s, u"subject"_s, u"betreff"_s, u"titre"_s,
              u"titulo"_s, u"titolo"_s, u"head"_s, u"articletitle"_s, u"newstitle"_s}},
            {DatasetField::Text,
             {u"text"_s,        u"body"_s,     u"content"_s,     u"article"_s,  u"inhalt"_s,
              u"articlebody"_s, u"fulltext"_s, u"maintext"_s,    u"story"_s,    u"artikel"_s,
              u"fliesstext"_s,  u"volltext"_s, u"texto"_s,       u"contenu"_s,  u"testo"_s,
              u"contenido"_s,   u"news"_s,     u"articletext"_s, u"bodytext"_s, u"document"_s,
              u"doc"_s}},
            {DatasetField::Description,
             {u"description"_s, u"summary"_s, u"abstract"_s, u"teaser"_s, u"lead"_s, u"excerpt"_s,
              u"zusammenfassung"_s, u"beschreibung"_s, u"snippet"_s, u"dek"_s, u"subtitle"_s,
              u"untertitel"_s, u"vorspann"_s, u"resume"_s, u"resumen"_s}},
            {DatasetField::Date,
             {u"date"_s, u"published"_s, u"publishedat"_s, u"publishdate"_s, u"publicationdate"_s,
              u"pubdate"_s, u"datum"_s, u"datetime"_s, u"timestamp"_s, u"time"_s, u"createdat"_s,
              u"created"_s, u"veroffentlicht"_s, u"veroffentlichtam"_s, u"erscheinungsdatum"_s,
              u"fecha"_s, u"datepublished"_s, u"publishedtime"_s}},
            {DatasetField::Url,
             {u"url"_s, u"link"_s, u"href"_s, u"uri"_s, u"permalink"_s, u"articleurl"_s,
              u"weblink"_s, u"adresse"_s, u"originurl"_s, u"canonicalurl"_s}},
            {DatasetField::Tags,
             {u"tags"_s,      u"tag"_s,         u"category"_s,     u"categories"_s, u"label"_s,
              u"labels"_s,    u"kategorie"_s,   u"kategorien"_s,   u"rubrik"_s,     u"ressort"_s,
              u"topic"_s,     u"topics"_s,      u"section"_s,      u"class"_s,      u"genre"_s,
              u"keywords"_s,  u"schlagworte"_s, u"schlagworter"_s, u"thema"_s,      u"themen"_s,
              u"categorie"_s, u"categoria"_s}},
            {DatasetField::Source,
             {u"source"_s, u"site"_s,       u"quelle"_s,      u"publisher"_s, u"sitename"_s,
              u"outlet"_s, u"newspaper"_s,  u"zeitung"_s,     u"medium"_s,    u"domain"_s,
              u"feed"_s,   u"sourcename"_s, u"publication"_s, u"sourceid"_s,  u"website"_s,
              u"verlag"_s, u"fuente"_s,     u"fonte"_s,       u"journal"_s,   u"domainname"_s}},
            {DatasetField::Byline,
             {u"author"_s, u"authors"_s, u"byline"_s, u"autor"_s, u"autoren"_s, u"by"_s,
              u"writer"_s, u"creator"_s, u"verfasser"_s, u"auteur"_s, u"publishedby"_s}},
            {DatasetField::Language,
             {u"language"_s, u"lang"_s, u"sprache"_s, u"locale"_s, u"langue"_s, u"idioma"_s}},
            {DatasetField::Guid, {u"id"_s, u"guid"_s, u"uuid"_s, u"articleid"_s, u"docid"_s}},
        };
        QHash<QString, DatasetField> out;
        for (const auto& [field, names] : lists) {
            for (const QString& name : names)
                out.insert(name, field);
        }
        return out;
    }();
    return table;
}

} // namespace

std::optional<ColumnRef> ColumnMapping::refFor(DatasetField field) const {
    for (const auto& [f, ref] : entries) {
        if (f == field)
            return ref;
    }
    return std::nullopt;
}

QString ColumnMapping::fieldName(DatasetField field) {
    switch (field) {
    case DatasetField::Title:
        return u"title"_s;
    case DatasetField::Text:
        return u"text"_s;
    case DatasetField::Description:
        return u"description"_s;
    case DatasetField::Source:
        return u"source"_s;
    case DatasetField::Date:
        return u"date"_s;
    case DatasetField::Url:
        return u"url"_s;
    case DatasetField::Tags:
        return u"tags"_s;
    case DatasetField::Byline:
        return u"author"_s;
    case DatasetField::Language:
        return u"language"_s;
    case DatasetField::Guid:
        return u"id"_s;
    }
    return {};
}

std::optional<DatasetField> ColumnMapping::fieldForName(const QString& name) {
    const auto it = aliases().constFind(normalised(name));
    if (it == aliases().cend())
        return std::nullopt;
    return *it;
}

Result<ColumnMapping> ColumnMapping::parse(const QString& spec) {
    ColumnMapping mapping;
    const QString known = u"title, text, description, source, date, url, tags, author, "
                          "language, id"_s;
    const QStringList parts = spec.split(u',', Qt::SkipEmptyParts);
    for (const QString& rawPart : parts) {
        const QString part = rawPart.trimmed();
        if (part.isEmpty())
            continue;
        const qsizetype eq = part.indexOf(u'=');
        if (eq <= 0 || eq == part.size() - 1)
            return Error{
                u"column mapping “%1”: write FIELD=COLUMN, e.g. title=2,text=3"_s.arg(part)};
        const QString fieldText = part.left(eq).trimmed();
        const QString columnText = part.mid(eq + 1).trimmed();
        const std::optional<DatasetField> field = fieldForName(fieldText);
        if (!field)
            return Error{
                u"column mapping “%1”: no field “%2” (fields: %3)"_s.arg(part, fieldText, known)};
        if (mapping.refFor(*field))
            return Error{u"column mapping: %1 is given twice"_s.arg(fieldName(*field))};
        ColumnRef ref;
        bool isNumber = false;
        const int number = columnText.toInt(&isNumber);
        if (isNumber) {
            if (number < 1)
                return Error{u"column mapping “%1”: columns are counted from 1"_s.arg(part)};
            ref.number = number;
        } else {
            ref.name = columnText;
        }
        mapping.entries.append({*field, ref});
    }
    if (mapping.isEmpty())
        return Error{
            u"column mapping “%1” is empty: write FIELD=COLUMN, e.g. title=2,text=3"_s.arg(spec)};
    return mapping;
}

QString ColumnMapping::toSpec() const {
    QStringList parts;
    for (const auto& [field, ref] : entries)
        parts.append(fieldName(field) + u'=' +
                     (ref.number > 0 ? QString::number(ref.number) : ref.name));
    return parts.join(u',');
}
