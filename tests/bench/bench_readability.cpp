// Web-page reader benchmark: run by hand (not by ctest), figures go into the README.
//   bench_readability [CORPUS] [--worst N] [--no-js] [--dump PAGE]
// Folio's HtmlReader over mozilla/readability's 130 test pages, scored against Readability's
// own output (word-level precision/recall/F1 of the body, exact title, byline and date
// agreement), then Readability.js itself (with jsdom, via readability-js/run.sh, installed from
// npm into a cache folder on first use) timed over the same pages in the same run.

#include "import/html/htmlreader.h"
#include "readabilityscore.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    int worst = 10;
    bool runJs = true;
    if (const qsizetype at = args.indexOf(u"--worst"_s); at >= 0 && at + 1 < args.size()) {
        worst = args.at(at + 1).toInt();
        args.remove(at, 2);
    }
    if (args.removeAll(u"--no-js"_s) > 0)
        runJs = false;
    QString dump;
    if (const qsizetype at = args.indexOf(u"--dump"_s); at >= 0 && at + 1 < args.size()) {
        dump = args.at(at + 1);
        args.remove(at, 2);
    }
    const QString corpus = args.isEmpty() ? ReadabilityScore::defaultCorpus() : args.first();
    if (!dump.isEmpty()) {
        // One page as Folio reads it: its paragraphs, then what was removed and why.
        QFile page(corpus + u'/' + dump + u"/source.html"_s);
        if (!page.open(QIODevice::ReadOnly))
            return 1;
        const Result<ReadFile> read = HtmlReader().read(page.readAll(), page.fileName());
        if (!read) {
            std::printf("%s\n", qPrintable(read.errorMessage()));
            return 1;
        }
        const ImportedArticle& article = read->articles.first();
        for (const QString& paragraph : article.clean.paragraphs)
            std::printf("| %s\n", qPrintable(paragraph));
        for (const RemovedPiece& piece : article.clean.removed)
            std::printf("- [%s @%d] %s\n", qPrintable(piece.reason), piece.position,
                        qPrintable(piece.text.left(120)));
        return 0;
    }

    // No warm-up run, for Folio as for Readability.js: both are timed on their first pass.
    const CorpusScore score = ReadabilityScore::run(corpus);
    const qsizetype pages = score.pages.size();
    if (pages == 0) {
        std::fprintf(stderr, "no test pages in %s\n", qPrintable(corpus));
        return 1;
    }

    QList<PageScore> sorted = score.pages;
    std::sort(sorted.begin(), sorted.end(),
              [](const PageScore& a, const PageScore& b) { return a.f1 < b.f1; });
    std::printf("worst pages (F1, precision, recall):\n");
    for (int i = 0; i < std::min<qsizetype>(worst, sorted.size()); ++i) {
        const PageScore& p = sorted[i];
        std::printf("  %-40s %.3f  P %.3f  R %.3f %s\n", qPrintable(p.name), p.f1, p.precision,
                    p.recall, qPrintable(p.error));
    }
    std::sort(sorted.begin(), sorted.end(),
              [](const PageScore& a, const PageScore& b) { return a.seconds > b.seconds; });
    std::printf("slowest pages:\n");
    for (int i = 0; i < std::min<qsizetype>(5, sorted.size()); ++i)
        std::printf("  %-40s %.1f ms\n", qPrintable(sorted[i].name), sorted[i].seconds * 1000);
    std::printf("title mismatches:\n");
    for (const PageScore& p : score.pages) {
        if (!p.titleExact)
            std::printf("  %-30s ours \"%s\" | theirs \"%s\"\n", qPrintable(p.name),
                        qPrintable(p.title), qPrintable(p.expectedTitle));
    }
    std::printf("byline mismatches:\n");
    for (const PageScore& p : score.pages) {
        if (p.hasByline && !p.bylineAgrees)
            std::printf("  %-30s ours \"%s\" | theirs \"%s\"\n", qPrintable(p.name),
                        qPrintable(p.byline), qPrintable(p.expectedByline));
    }
    std::printf("date mismatches:\n");
    for (const PageScore& p : score.pages) {
        if (p.hasDate && !p.dateAgrees)
            std::printf("  %-30s ours \"%s\" | theirs \"%s\"\n", qPrintable(p.name),
                        qPrintable(p.date), qPrintable(p.expectedDate));
    }

    const double folioRate = static_cast<double>(pages) / score.seconds;
    const double folioCpuRate = static_cast<double>(pages) / score.cpuSeconds;
    std::printf("\nFolio HtmlReader on %lld pages:\n", static_cast<long long>(pages));
    std::printf("  body words: precision %.3f  recall %.3f  F1 %.3f (mean per page)\n",
                score.meanPrecision(), score.meanRecall(), score.meanF1());
    std::printf("  title exact %.1f %%  byline %.1f %%  date %.1f %% (of pages that have one)\n",
                score.titlePercent(), score.bylinePercent(), score.datePercent());
    std::printf("  %.1f pages/s (%.3f s wall, reading and extracting); %.1f pages/s of CPU time\n",
                folioRate, score.seconds, folioCpuRate);

    if (!runJs)
        return 0;
    QTemporaryDir temp;
    const QString out = temp.filePath(u"readability-js.json"_s);
    QProcess js;
    js.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    js.start(u"bash"_s,
             {QStringLiteral(FOLIO_SOURCE_DIR "/tests/bench/readability-js/run.sh"), corpus, out});
    if (!js.waitForFinished(-1) || js.exitCode() != 0) {
        std::printf("Readability.js: could not run (needs node and npm)\n");
        return 0;
    }
    QFile file(out);
    if (!file.open(QIODevice::ReadOnly))
        return 1;
    const QJsonObject js_result = QJsonDocument::fromJson(file.readAll()).object();
    const double jsSeconds = js_result.value(u"seconds").toDouble();
    const double jsCpuSeconds = js_result.value(u"cpuSeconds").toDouble();
    const double jsPages = js_result.value(u"pages").toDouble();
    const double jsRate = jsPages / jsSeconds;
    const double jsCpuRate = jsPages / jsCpuSeconds;
    std::printf("Readability.js + jsdom: %.1f pages/s (%.3f s wall, parsing and extracting); "
                "%.1f pages/s of CPU time\n",
                jsRate, jsSeconds, jsCpuRate);
    std::printf("Folio is %.0fx as fast by wall time, %.0fx by CPU time\n", folioRate / jsRate,
                folioCpuRate / jsCpuRate);
    return 0;
}
