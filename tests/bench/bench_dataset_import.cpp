// Dataset import against plain-text import: run by hand (not by ctest), figures go into the
// README.
//   bench_dataset_import [ARTICLES] [RUNS]   (default 10000 articles, 3 runs; medians printed)
// The same ARTICLES articles of real German news text (GermEval 2014 sentences and the shared
// sample article's paragraphs, 2-4 KB each, in paragraphs of a few sentences) are imported
// with ArticleImporter into a fresh SQLite file twice in one run: as one CSV dataset
// (title,text,date,category) and as ARTICLES plain-text files. The issue asks datasets to
// import at no less than the plain-text rate.

#include "germevalsentences.h"
#include "import/articleimporter.h"
#include "store/articlestore.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace Qt::StringLiterals;

namespace {

struct BenchArticle {
    QString title;
    QStringList paragraphs;
};

QStringList sampleSentences() {
    QStringList sentences;
    const QDir samples(QStringLiteral(FOLIO_SHARED_SAMPLES_DIR));
    for (const QString& name : samples.entryList({u"*.txt"_s}, QDir::Files)) {
        QFile file(samples.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        for (const QString& line : QString::fromUtf8(file.readAll()).split(u'\n')) {
            if (line.simplified().size() > 40)
                sentences << line.simplified();
        }
    }
    return sentences;
}

// Article n: a title sentence and 2-4 KB of the sentences after it, three to five a paragraph.
QList<BenchArticle> makeArticles(const QStringList& sentences, int count) {
    QList<BenchArticle> articles;
    articles.reserve(count);
    qsizetype at = 0;
    for (int n = 0; n < count; ++n) {
        BenchArticle article;
        article.title = u"%1 (Meldung %2)"_s.arg(sentences[at % sentences.size()]).arg(n + 1);
        ++at;
        const qsizetype target = 2048 + (qsizetype(n) * 7919) % 2048;
        qsizetype size = 0;
        while (size < target) {
            QStringList paragraph;
            const int length = 3 + n % 3;
            for (int s = 0; s < length; ++s)
                paragraph << sentences[at++ % sentences.size()];
            article.paragraphs << paragraph.join(u' ');
            size += article.paragraphs.last().toUtf8().size();
        }
        articles << article;
    }
    return articles;
}

QString quoted(const QString& field) {
    QString out = field;
    out.replace(u"\""_s, u"\"\""_s);
    return u'"' + out + u'"';
}

bool writeCsv(const QString& path, const QList<BenchArticle>& articles) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QByteArray csv = "title,text,date,category\n";
    const char* categories[] = {"Wirtschaft", "Sport", "Kultur", "Inland", "Web"};
    for (int n = 0; n < articles.size(); ++n) {
        csv += (quoted(articles[n].title) + u',' + quoted(articles[n].paragraphs.join(u"\n\n"_s)) +
                u",2024-03-%1T10:00:00Z,"_s.arg(1 + n % 28, 2, 10, QChar(u'0')))
                   .toUtf8() +
               categories[n % 5] + '\n';
    }
    return file.write(csv) == csv.size();
}

bool writeTexts(const QString& folder, const QList<BenchArticle>& articles) {
    if (!QDir().mkpath(folder))
        return false;
    for (int n = 0; n < articles.size(); ++n) {
        QFile file(folder + u"/article%1.txt"_s.arg(n, 6, 10, QChar(u'0')));
        const QByteArray text =
            (articles[n].title + u"\n\n"_s + articles[n].paragraphs.join(u"\n\n"_s) + u'\n')
                .toUtf8();
        if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
            return false;
    }
    return true;
}

struct Timing {
    double wall = -1; // seconds; -1: the import did not import what it should
    double cpu = -1;  // of this process (user + system): what other builders on a shared
                      // machine take from the wall time does not count here
};

// Imports `paths` into a fresh database.
Timing importSeconds(const QString& dbPath, const QStringList& paths, int expected) {
    QFile::remove(dbPath);
    QFile::remove(dbPath + u"-wal"_s);
    QFile::remove(dbPath + u"-shm"_s);
    auto database = Database::open(dbPath);
    if (!database) {
        std::printf("%s\n", qPrintable(database.errorMessage()));
        return {};
    }
    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpuStart = std::clock();
    const ImportReport report = ArticleImporter(**database).run(paths);
    const Timing timing{double(timer.nsecsElapsed()) / 1e9,
                        double(std::clock() - cpuStart) / CLOCKS_PER_SEC};
    const int imported = report.count(ImportItem::Outcome::Imported);
    if (imported != expected) {
        std::printf("imported %d of %d: %s\n", imported, expected, qPrintable(report.summary()));
        return {};
    }
    return timing;
}

double median(QList<double> values) {
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? std::max(10, atoi(argv[1])) : 10000;
    const int runs = argc > 2 ? std::max(1, atoi(argv[2])) : 3;
    QStringList sentences =
        GermevalSentences::all(QStringLiteral(FOLIO_CORPORA_DIR) + u"/ner-germeval2014"_s);
    sentences += sampleSentences();
    if (sentences.size() < 100) {
        std::printf("GermEval sentences not found under %s\n", FOLIO_CORPORA_DIR);
        return 1;
    }
    const QList<BenchArticle> articles = makeArticles(sentences, count);
    QTemporaryDir dir;
    const QString csv = dir.filePath(u"articles.csv"_s);
    const QString texts = dir.filePath(u"texts"_s);
    if (!writeCsv(csv, articles) || !writeTexts(texts, articles)) {
        std::printf("could not write the benchmark's files under %s\n", qPrintable(dir.path()));
        return 1;
    }
    std::printf("%d articles (%.1f MB as CSV) from %lld sentences, median of %d runs\n", count,
                double(QFileInfo(csv).size()) / (1024.0 * 1024.0),
                static_cast<long long>(sentences.size()), runs);
    QList<double> datasetWall, datasetCpu, textWall, textCpu;
    for (int run = 0; run < runs; ++run) {
        // Alternated, so neither path always runs on a warmer cache.
        const Timing d = importSeconds(dir.filePath(u"dataset.sqlite"_s), {csv}, count);
        const Timing t = importSeconds(dir.filePath(u"texts.sqlite"_s), {texts}, count);
        if (d.wall < 0 || t.wall < 0)
            return 1;
        std::printf("  run %d: dataset %.1f s (CPU %.1f s), plain text %.1f s (CPU %.1f s)\n",
                    run + 1, d.wall, d.cpu, t.wall, t.cpu);
        datasetWall << d.wall;
        datasetCpu << d.cpu;
        textWall << t.wall;
        textCpu << t.cpu;
    }
    const double dataset = count / median(datasetWall);
    const double text = count / median(textWall);
    const double datasetPerCpu = count / median(datasetCpu);
    const double textPerCpu = count / median(textCpu);
    std::printf("                         articles/s  per CPU second\n");
    std::printf("dataset (one CSV)        %10.0f  %14.0f\n", dataset, datasetPerCpu);
    std::printf("plain text (files)       %10.0f  %14.0f\n", text, textPerCpu);
    std::printf("dataset / plain text     %9.2fx  %13.2fx\n", dataset / text,
                datasetPerCpu / textPerCpu);
    return 0;
}
