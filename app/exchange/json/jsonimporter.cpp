#include "exchange/json/jsonimporter.h"

#include "exchange/json/jsonexporter.h"
#include "exchange/json/jsonimportwriter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <limits>

using namespace Qt::StringLiterals;

namespace {

// Reads the fields of one JSON object; the first problem is kept, with where it was.
class Fields {
public:
    Fields(const QJsonValue& value, QString where, QString* error)
        : m_object(value.toObject())
        , m_where(std::move(where))
        , m_error(error) {
        if (!value.isObject())
            fail(u"is not a JSON object"_s);
    }

    QString string(const QString& key, bool required = false) {
        const QJsonValue v = find(key, required);
        if (v.isUndefined() || v.isNull())
            return QString();
        if (!v.isString())
            fail(u"field “%1” must be a string"_s.arg(key));
        return v.toString();
    }
    int integer(const QString& key, bool required = false) {
        const QJsonValue v = find(key, required);
        if (v.isUndefined() || v.isNull())
            return 0;
        const double d = v.toDouble();
        if (!v.isDouble() || d != double(qint64(d)) || d < 0 || d > std::numeric_limits<int>::max())
            fail(u"field “%1” must be a whole number, 0 or more"_s.arg(key));
        return int(d);
    }
    bool boolean(const QString& key, bool fallback) {
        const QJsonValue v = find(key, false);
        if (v.isUndefined() || v.isNull())
            return fallback;
        if (!v.isBool())
            fail(u"field “%1” must be true or false"_s.arg(key));
        return v.toBool();
    }
    QJsonArray array(const QString& key) {
        const QJsonValue v = find(key, false);
        if (!v.isUndefined() && !v.isNull() && !v.isArray())
            fail(u"field “%1” must be a list"_s.arg(key));
        return v.toArray();
    }
    QDateTime time(const QString& key) {
        const QString text = string(key);
        if (text.isEmpty())
            return QDateTime();
        const QDateTime when = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!when.isValid())
            fail(u"field “%1” is not an ISO 8601 time: “%2”"_s.arg(key, text));
        return when;
    }
    QJsonValue value(const QString& key) const { return m_object.value(key); }
    const QString& where() const { return m_where; }
    void fail(const QString& what) {
        if (m_error->isEmpty())
            *m_error = m_where + u": "_s + what;
    }

private:
    QJsonValue find(const QString& key, bool required) {
        const QJsonValue v = m_object.value(key);
        if (required && (v.isUndefined() || v.isNull()))
            fail(u"missing field “%1”"_s.arg(key));
        return v;
    }

    QJsonObject m_object;
    QString m_where;
    QString* m_error;
};

TextAnchor readAnchor(Fields& f, const QString& quoteKey, const QString& text) {
    TextAnchor anchor;
    anchor.start = f.integer(u"start"_s, true);
    anchor.end = f.integer(u"end"_s, true);
    anchor.quote = f.string(quoteKey, true);
    anchor.prefix = f.string(u"prefix"_s);
    anchor.suffix = f.string(u"suffix"_s);
    anchor.textHash = f.string(u"text_hash"_s);
    anchor.anchored = f.boolean(u"anchored"_s, true);
    if (anchor.end <= anchor.start)
        f.fail(u"“end” (%1) must be after “start” (%2)"_s.arg(anchor.end).arg(anchor.start));
    else if (anchor.anchored &&
             (anchor.end > text.size() ||
              QStringView(text).mid(anchor.start, anchor.length()) != anchor.quote))
        f.fail(u"the quote “%1” is not at %2–%3 of the clean text"_s.arg(anchor.quote)
                   .arg(anchor.start)
                   .arg(anchor.end));
    return anchor;
}

Mention readMention(const QJsonValue& value, const QString& where, const QString& text,
                    QString* error) {
    Fields f(value, where, error);
    Mention m;
    m.companyName = f.string(u"company"_s, true).trimmed();
    if (m.companyName.isEmpty())
        f.fail(u"field “company” is empty"_s);
    m.anchor = readAnchor(f, u"quote"_s, text);
    m.note = f.string(u"note"_s);
    m.author = f.string(u"author"_s);
    m.createdAt = f.time(u"created_at"_s);
    return m;
}

Partnership readPartnership(const QJsonValue& value, const QString& where, const QString& text,
                            QString* error) {
    Fields f(value, where, error);
    Partnership p;
    p.nameA = f.string(u"a"_s, true).trimmed();
    p.nameB = f.string(u"b"_s, true).trimmed();
    if (p.nameA.isEmpty() || p.nameB.isEmpty())
        f.fail(u"a partnership needs two company names"_s);
    else if (p.nameA.compare(p.nameB, Qt::CaseInsensitive) == 0)
        f.fail(u"“%1” cannot partner with itself"_s.arg(p.nameA));
    if (const QString kind = f.string(u"kind"_s).trimmed(); !kind.isEmpty())
        p.kind = kind;
    if (const QString status = f.string(u"status"_s); !status.isEmpty())
        p.status = status;
    if (!Annotation::partnershipStatuses().contains(p.status))
        f.fail(u"“%1” is not a partnership status (%2)"_s.arg(
            p.status, Annotation::partnershipStatuses().join(u", "_s)));
    const QJsonValue evidence = f.value(u"evidence"_s);
    if (!evidence.isNull() && !evidence.isUndefined()) {
        Fields e(evidence, where + u", evidence"_s, error);
        p.evidence = readAnchor(e, u"quote"_s, text);
    }
    p.note = f.string(u"note"_s);
    p.author = f.string(u"author"_s);
    p.createdAt = f.time(u"created_at"_s);
    return p;
}

ExportedArticle readArticle(const QJsonValue& value, const QString& where, QString* error) {
    Fields f(value, where, error);
    ExportedArticle exported;
    Article& a = exported.article;
    a.contentHash = f.string(u"content_hash"_s, true);
    a.title = a.clean.title = f.string(u"title"_s, true);
    Fields named(value, u"%1 (“%2”)"_s.arg(where, a.title), error);
    a.source = a.clean.source = named.string(u"source"_s);
    a.language = named.string(u"language"_s);
    a.byline = named.string(u"byline"_s);
    a.publishedAt = named.time(u"published_at"_s);
    a.url = named.string(u"url"_s);
    a.guid = named.string(u"guid"_s);
    for (const QJsonValue& tag : named.value(u"tags"_s).toArray())
        if (tag.isString())
            a.tags.append(tag.toString());
    a.originalPath = named.string(u"original_path"_s);
    a.encoding = named.string(u"encoding"_s);
    a.rawText = named.string(u"raw_text"_s, true);
    const QString text = named.string(u"clean_text"_s, true);
    if (!text.isEmpty())
        a.clean.paragraphs = CleanArticle::paragraphsOf(text);
    a.cleanerVersion = named.integer(u"cleaner_version"_s);
    a.importedAt = named.time(u"imported_at"_s);
    const QString status = named.string(u"status"_s);
    if (status.isEmpty() || status == u"new"_s)
        a.status = ReadingStatus::New;
    else if (status == u"reading"_s)
        a.status = ReadingStatus::Reading;
    else if (status == u"done"_s)
        a.status = ReadingStatus::Done;
    else
        named.fail(u"“%1” is not a reading status (new, reading, done)"_s.arg(status));
    a.readingPosition = named.integer(u"reading_position"_s);
    const QJsonArray removed = named.array(u"removed"_s);
    for (qsizetype i = 0; i < removed.size(); ++i) {
        Fields r(removed.at(i), u"%1, removed piece %2"_s.arg(named.where()).arg(i + 1), error);
        a.clean.removed.append(
            {r.string(u"text"_s, true), r.string(u"reason"_s), r.integer(u"position"_s)});
    }
    exported.articleNote = named.string(u"note"_s);
    const QJsonArray mentions = named.array(u"mentions"_s);
    for (qsizetype i = 0; i < mentions.size(); ++i)
        exported.mentions.append(readMention(
            mentions.at(i), u"%1, mention %2"_s.arg(named.where()).arg(i + 1), text, error));
    const QJsonArray partnerships = named.array(u"partnerships"_s);
    for (qsizetype i = 0; i < partnerships.size(); ++i)
        exported.partnerships.append(
            readPartnership(partnerships.at(i),
                            u"%1, partnership %2"_s.arg(named.where()).arg(i + 1), text, error));
    return exported;
}

QString counted(int n, const QString& one, const QString& many) {
    return QString::number(n) + u' ' + (n == 1 ? one : many);
}

} // namespace

QString JsonImportCounts::summary() const {
    QString text = counted(articlesAdded, u"article added"_s, u"articles added"_s) + u", "_s +
                   QString::number(articlesPresent) + u" already present; "_s +
                   counted(mentionsAdded, u"mention added"_s, u"mentions added"_s) + u", "_s +
                   counted(mentionsDuplicate, u"duplicate"_s, u"duplicates"_s) + u"; "_s +
                   counted(partnershipsAdded, u"partnership added"_s, u"partnerships added"_s) +
                   u", "_s + counted(partnershipsDuplicate, u"duplicate"_s, u"duplicates"_s) +
                   u"; "_s + counted(companiesAdded, u"company added"_s, u"companies added"_s);
    if (partnershipsSkipped)
        text += u"; %1 skipped (the two companies are one here)"_s.arg(
            counted(partnershipsSkipped, u"partnership"_s, u"partnerships"_s));
    return text;
}

Result<JsonExportContent> JsonImporter::parse(const QByteArray& json, const QString& name) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{u"%1: not valid JSON: %2 at byte %3"_s.arg(name, parseError.errorString())
                         .arg(parseError.offset)};
    if (!document.isObject())
        return Error{u"%1: not a Folio export (the JSON is not an object)"_s.arg(name)};
    const QJsonObject root = document.object();
    const QJsonValue format = root.value(u"format"_s);
    if (format.toString() != JsonExporter::formatName())
        return Error{u"%1: not a Folio export (“format” is %2, expected “%3”)"_s.arg(
            name,
            format.isUndefined()
                ? u"missing"_s
                : u"“%1”"_s.arg(format.isString() ? format.toString() : u"not a string"_s),
            JsonExporter::formatName())};
    const QJsonValue version = root.value(u"version"_s);
    if (!version.isDouble() || version.toDouble() != JsonExporter::version)
        return Error{u"%1: unsupported version %2 of the Folio export format; this Folio reads "
                     "version %3"_s
                         .arg(name, version.isDouble() ? QString::number(version.toDouble())
                                                       : u"(missing)"_s)
                         .arg(JsonExporter::version)};

    QString error;
    Fields rootFields(root, name, &error);
    JsonExportContent content;
    const QJsonArray companies = rootFields.array(u"companies"_s);
    for (qsizetype i = 0; i < companies.size(); ++i) {
        Fields f(companies.at(i), u"%1: company %2"_s.arg(name).arg(i + 1), &error);
        Company company;
        company.name = f.string(u"name"_s, true).trimmed();
        if (company.name.isEmpty())
            f.fail(u"missing field “name”"_s);
        company.color = f.string(u"color"_s);
        const QJsonArray aliases = f.array(u"aliases"_s);
        for (const QJsonValue& alias : aliases) {
            if (!alias.isString())
                f.fail(u"field “aliases” must be a list of names"_s);
            company.aliases.append(alias.toString());
        }
        content.companies.append(company);
    }
    if (!root.contains(u"articles"_s))
        rootFields.fail(u"missing field “articles”"_s);
    const QJsonArray articles = rootFields.array(u"articles"_s);
    for (qsizetype i = 0; i < articles.size() && error.isEmpty(); ++i)
        content.articles.append(
            readArticle(articles.at(i), u"%1: article %2"_s.arg(name).arg(i + 1), &error));
    if (!error.isEmpty())
        return Error{error};
    return content;
}

Result<JsonImportCounts> JsonImporter::importFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{u"%1: cannot read the file (%2)"_s.arg(path, file.errorString())};
    return importBytes(file.readAll(), path);
}

Result<JsonImportCounts> JsonImporter::importBytes(const QByteArray& json, const QString& name) {
    auto content = parse(json, name);
    if (!content)
        return content.error();
    JsonImportCounts counts;
    JsonImportWriter writer(m_db, content->companies, counts);
    for (qsizetype i = 0; i < content->articles.size(); ++i) {
        if (auto stored = writer.storeArticle(content->articles.at(i)); !stored)
            return Error{
                u"%1: article %2 (“%3”) was not imported (%4 before it were): %5"_s.arg(name)
                    .arg(i + 1)
                    .arg(content->articles.at(i).article.title)
                    .arg(i)
                    .arg(stored.errorMessage())};
    }
    if (auto stored = writer.storeListedCompanies(); !stored)
        return Error{u"%1: %2"_s.arg(name, stored.errorMessage())};
    return counts;
}
