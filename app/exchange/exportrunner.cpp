#include "exchange/exportrunner.h"

#include "exchange/brat/bratexporter.h"
#include "exchange/csv/csvexporter.h"
#include "exchange/exportedarticle.h"
#include "exchange/exportoutput.h"
#include "exchange/html/htmlexporter.h"
#include "exchange/json/jsonexporter.h"
#include "exchange/markdown/markdownexporter.h"
#include "exchange/safefilename.h"
#include "exchange/w3c/w3cexporter.h"
#include "store/companystore.h"
#include "store/database.h"
#include "store/databaselocation.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

using namespace Qt::StringLiterals;

namespace ExportFormats {

QList<ExportFormat> all() {
    return {ExportFormat::Markdown, ExportFormat::Json, ExportFormat::Csv,
            ExportFormat::Brat,     ExportFormat::W3c,  ExportFormat::Html};
}

QString name(ExportFormat format) {
    switch (format) {
    case ExportFormat::Markdown:
        return u"md"_s;
    case ExportFormat::Json:
        return u"json"_s;
    case ExportFormat::Csv:
        return u"csv"_s;
    case ExportFormat::Brat:
        return u"brat"_s;
    case ExportFormat::W3c:
        return u"w3c"_s;
    case ExportFormat::Html:
        return u"html"_s;
    }
    return QString();
}

std::optional<ExportFormat> fromName(const QString& name) {
    const QString wanted = name.trimmed().toLower();
    if (wanted == u"markdown"_s)
        return ExportFormat::Markdown;
    for (ExportFormat format : all()) {
        if (ExportFormats::name(format) == wanted)
            return format;
    }
    return std::nullopt;
}

QString description(ExportFormat format) {
    switch (format) {
    case ExportFormat::Markdown:
        return u"Markdown notes (Obsidian, Logseq)"_s;
    case ExportFormat::Json:
        return u"Folio JSON (complete; can be imported again)"_s;
    case ExportFormat::Csv:
        return u"CSV tables for spreadsheets"_s;
    case ExportFormat::Brat:
        return u"brat standoff annotations"_s;
    case ExportFormat::W3c:
        return u"W3C Web Annotations (JSON-LD)"_s;
    case ExportFormat::Html:
        return u"HTML report"_s;
    }
    return QString();
}

bool writesFolder(ExportFormat format, const QString& outPath) {
    const QString suffix = QFileInfo(outPath).suffix().toLower();
    switch (format) {
    case ExportFormat::Markdown:
        return suffix != u"md"_s;
    case ExportFormat::Html:
        return suffix != u"html"_s && suffix != u"htm"_s;
    case ExportFormat::Csv:
    case ExportFormat::Brat:
        return true;
    case ExportFormat::Json:
    case ExportFormat::W3c:
        return false;
    }
    return false;
}

QString defaultFileName(ExportFormat format) {
    switch (format) {
    case ExportFormat::Json:
        return u"folio-export.json"_s;
    case ExportFormat::W3c:
        return u"folio-export.jsonld"_s;
    default:
        return u"folio-export-"_s + name(format);
    }
}

QString fileInFolder(ExportFormat format, const QString& outPath) {
    if (writesFolder(format, outPath))
        return outPath;
    const bool namesFolder =
        outPath.endsWith(u'/') || outPath.endsWith(QDir::separator()) || QFileInfo(outPath).isDir();
    return namesFolder ? QDir(outPath).filePath(defaultFileName(format)) : outPath;
}

} // namespace ExportFormats

QString ExportSummary::message() const {
    if (cancelled)
        return u"Export cancelled; nothing was written."_s;
    return u"Exported %1 %2 to %3 (%4 %5)."_s.arg(articles)
        .arg(articles == 1 ? u"article"_s : u"articles"_s, QDir::toNativeSeparators(outPath))
        .arg(files.size())
        .arg(files.size() == 1 ? u"file"_s : u"files"_s);
}

namespace {

MarkdownExporter::Options markdownOptions(const ExportOptions& options) {
    MarkdownExporter::Options markdown;
    markdown.wikiLinks = options.wikiLinks;
    return markdown;
}

// The single file of a format that writes one, from all articles.
QByteArray singleFile(Database& database, ExportFormat format,
                      const QList<ExportedArticle>& articles, bool everything,
                      const ExportOptions& options) {
    const QDateTime now = QDateTime::currentDateTimeUtc();
    switch (format) {
    case ExportFormat::Json: {
        JsonExporter::Options json;
        json.exportedAt = now;
        if (everything) { // companies nothing names yet are part of "everything" too
            if (auto companies = CompanyStore(database).companies(); companies)
                json.extraCompanies = *companies;
        }
        return JsonExporter::toJson(articles, json);
    }
    case ExportFormat::W3c:
        return W3cExporter::toJson(articles);
    case ExportFormat::Markdown:
        return MarkdownExporter::combined(articles, now, markdownOptions(options)).toUtf8();
    case ExportFormat::Html:
        return HtmlExporter::combined(articles, now).toUtf8();
    case ExportFormat::Csv:
    case ExportFormat::Brat:
        break;
    }
    return {};
}

} // namespace

Result<ExportSummary> ExportRunner::run(Database& database, ExportFormat format,
                                        const QString& outPath, const QList<qint64>& ids,
                                        const ExportOptions& options,
                                        const std::atomic_bool* cancel, const Progress& progress) {
    if (outPath.trimmed().isEmpty())
        return Error{u"Give the file or folder to export to."_s};
    ExportSummary summary;
    // A folder given to a one-file format gets that file inside it, and the summary says where.
    const QString target = ExportFormats::fileInFolder(format, outPath);
    summary.outPath = QDir::cleanPath(QFileInfo(target).absoluteFilePath());
    const bool folder = ExportFormats::writesFolder(format, target);
    if (!folder && QFileInfo(summary.outPath).isDir())
        return ExportOutput::cannotWrite(summary.outPath, u"it is a folder; give a file name"_s);
    // Writing over the database (or its WAL) would destroy what is being exported.
    if (DatabaseLocation::isDatabaseFile(summary.outPath, database.path()))
        return ExportOutput::cannotWrite(summary.outPath, u"it is the database being exported"_s);

    QList<qint64> wanted;
    if (ids.isEmpty()) {
        auto everything = ExportLoader::allArticleIds(database);
        if (!everything)
            return everything.error();
        wanted = *everything;
    } else {
        QSet<qint64> seen;
        for (qint64 id : ids) {
            if (!seen.contains(id))
                wanted.append(id);
            seen.insert(id);
        }
    }

    std::optional<FolderOutput> out;
    if (folder) {
        auto begun = FolderOutput::begin(summary.outPath);
        if (!begun)
            return begun.error();
        out.emplace(std::move(begun).value());
    }
    const auto isCancelled = [cancel] { return cancel && cancel->load(); };
    const int total = int(wanted.size());
    if (progress)
        progress(0, total);

    SafeFileName names;
    if (folder && format == ExportFormat::Html)
        names.reserve(u"index"_s); // index.html lists the pages
    QList<ExportedArticle> kept;   // for the formats that write everything at the end
    QList<QPair<QString, QString>> pages;
    BratExporter::Types bratTypes;
    for (int i = 0; i < total; ++i) {
        if (isCancelled()) {
            summary.cancelled = true;
            return summary; // `out` removes what it wrote
        }
        auto exported = ExportLoader::load(database, wanted.at(i));
        if (!exported)
            return exported.error();
        const ExportedArticle& e = *exported;
        const QString name = names.claim(e.article.title, e.article.id);
        Result<void> written;
        if (folder && format == ExportFormat::Markdown) {
            written = out->write(name + u".md"_s,
                                 MarkdownExporter::note(e, markdownOptions(options)).toUtf8());
        } else if (folder && format == ExportFormat::Html) {
            written = out->write(name + u".html"_s, HtmlExporter::page(e).toUtf8());
            pages.append({name + u".html"_s, e.article.title});
        } else if (format == ExportFormat::Brat) {
            written = out->write(name + u".txt"_s, BratExporter::text(e).toUtf8());
            const QString annotations = BratExporter::annotations(e);
            bratTypes.addUsedIn(annotations);
            if (written)
                written = out->write(name + u".ann"_s, annotations.toUtf8());
        } else {
            kept.append(std::move(exported).value());
        }
        if (!written)
            return written.error();
        if (progress)
            progress(i + 1, total);
    }
    if (isCancelled()) {
        summary.cancelled = true;
        return summary;
    }

    Result<void> finished;
    if (format == ExportFormat::Csv) {
        finished = out->write(u"partnerships.csv"_s, CsvExporter::partnerships(kept));
        if (finished)
            finished = out->write(u"mentions.csv"_s, CsvExporter::mentions(kept));
    } else if (format == ExportFormat::Brat) {
        finished =
            out->write(u"annotation.conf"_s, BratExporter::configuration(bratTypes).toUtf8());
    } else if (folder && format == ExportFormat::Html) {
        finished = out->write(u"index.html"_s,
                              HtmlExporter::index(pages, QDateTime::currentDateTimeUtc()).toUtf8());
    } else if (!folder) {
        finished = ExportOutput::writeFile(
            summary.outPath, singleFile(database, format, kept, ids.isEmpty(), options));
        summary.files = {QFileInfo(summary.outPath).fileName()};
    }
    if (finished && out)
        finished = out->commit();
    if (!finished)
        return finished.error();
    if (out)
        summary.files = out->files();
    summary.articles = total;
    return summary;
}
