#include "cliapplication.h"
#include "clicommands.h"
#include "exchange/exportrunner.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace CliOutput;

namespace CliCommands {

int exportArticles(CliContext& context) {
    if (context.exportFormat.isEmpty() || context.exportOut.isEmpty())
        return usage(context, QStringLiteral("export needs --format md|json|csv|brat|w3c|html and "
                                             "--out PATH"));
    const auto format = ExportFormats::fromName(context.exportFormat);
    if (!format)
        return usage(context, QStringLiteral("unknown export format '%1' (md, json, csv, brat, "
                                             "w3c or html)")
                                  .arg(context.exportFormat));
    if (context.wikiLinks && *format != ExportFormat::Markdown)
        return usage(context, QStringLiteral("--wiki-links applies to --format md only; "
                                             "the other formats have no links to write"));
    QList<qint64> ids;
    for (const QString& arg : std::as_const(context.args)) {
        const qint64 id = parseId(arg);
        if (id == 0)
            return usage(context, QStringLiteral("'%1' is not an article ID").arg(arg));
        ids << id;
    }
    ExportOptions options;
    options.wikiLinks = context.wikiLinks;
    auto summary = ExportRunner::run(context.database, *format, context.exportOut, ids, options);
    if (!summary)
        return fail(context, summary.errorMessage());
    if (context.json) {
        printJson(context.out, QJsonObject{{QStringLiteral("out"), summary->outPath},
                                           {QStringLiteral("articles"), summary->articles},
                                           {QStringLiteral("files"),
                                            QJsonArray::fromStringList(summary->files)}});
    } else {
        context.out << summary->message() << '\n';
    }
    return CliApplication::Success;
}

} // namespace CliCommands
