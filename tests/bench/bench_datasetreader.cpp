// Dataset reader benchmark: run by hand (not by ctest), figures go into the README.
//   bench_datasetreader [ROWS] [RUNS]   (default 100000 rows, 5 runs; medians printed)
// Rows of real German news text: sentences of the GermEval 2014 NER corpus
// (../shared/corpora/ner-germeval2014), four to a row, written as a headerless `label;'text'`
// file (10kGNAD's shape), as RFC 4180 CSV with a header and doubled quotes, and as JSON Lines.
// Beside each, in the same run, a reference that only splits the bytes into lines and decodes
// each: the floor any row reader stands on.

#include "germevalsentences.h"
#include "import/dataset/datasetreader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

struct Files {
    QByteArray labelled; // label;'text', no header
    QByteArray csv;      // title,text,date,url,category
    QByteArray jsonl;
};

Files makeFiles(const QStringList& sentences, int rows) {
    const QString labels[] = {u"Wirtschaft"_s, u"Sport"_s, u"Kultur"_s, u"Inland"_s, u"Web"_s};
    Files files;
    files.csv = "title,text,date,url,category\n";
    for (int r = 0; r < rows; ++r) {
        const qsizetype at = (qsizetype(r) * 4) % (sentences.size() - 4);
        const QString title = sentences[at];
        const QString text = sentences.mid(at + 1, 4).join(u' ');
        const QString& label = labels[r % 5];
        const QString date = u"2024-03-%1T10:00:00Z"_s.arg(1 + r % 28, 2, 10, QChar(u'0'));
        const QString url = u"https://news.example.org/%1"_s.arg(r);
        QString quoted = text;
        quoted.replace(u"'"_s, u"''"_s);
        files.labelled += (label + u";'"_s + quoted + u"'\n"_s).toUtf8();
        QString csvTitle = title;
        csvTitle.replace(u"\""_s, u"\"\""_s);
        QString csvText = text;
        csvText.replace(u"\""_s, u"\"\""_s);
        files.csv += (u"\""_s + csvTitle + u"\",\""_s + csvText + u"\","_s + date + u',' + url +
                      u',' + label + u'\n')
                         .toUtf8();
        const QJsonObject object{{u"title"_s, title},
                                 {u"text"_s, text},
                                 {u"date"_s, date},
                                 {u"url"_s, url},
                                 {u"category"_s, label}};
        files.jsonl += QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
    }
    return files;
}

double median(QList<double> values) {
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

// The floor: split into lines and decode each, nothing else.
qsizetype reference(const QByteArray& bytes) {
    qsizetype chars = 0;
    for (const QByteArray& line : bytes.split('\n'))
        chars += QString::fromUtf8(line).size();
    return chars;
}

void measure(const char* what, const QByteArray& bytes, const QString& path, int rows, int runs) {
    QList<double> readerMs;
    QList<double> referenceMs;
    qsizetype articles = 0;
    qsizetype problems = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const qsizetype chars = reference(bytes);
        referenceMs.append(double(timer.nsecsElapsed()) / 1e6);
        if (chars == 0)
            std::printf("reference read nothing\n");

        timer.restart();
        const Result<ReadFile> file = DatasetReader().read(bytes, path);
        readerMs.append(double(timer.nsecsElapsed()) / 1e6);
        if (!file) {
            std::printf("%s: %s\n", what, qPrintable(file.errorMessage()));
            return;
        }
        articles = file->articles.size();
        problems = file->problems.size();
    }
    const double reader = median(readerMs);
    const double floor = median(referenceMs);
    std::printf("%-30s %6.1f MB  %8.0f ms  %9.0f rows/s  (reference %6.0f ms, %5.1fx; %lld "
                "articles, %lld problems)\n",
                what, double(bytes.size()) / (1024.0 * 1024.0), reader, rows / (reader / 1000.0),
                floor, reader / floor, static_cast<long long>(articles),
                static_cast<long long>(problems));
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const int rows = argc > 1 ? std::max(10, atoi(argv[1])) : 100000;
    const int runs = argc > 2 ? std::max(1, atoi(argv[2])) : 5;
    const QString corpus = QStringLiteral(FOLIO_CORPORA_DIR) + u"/ner-germeval2014"_s;
    const QStringList sentences = GermevalSentences::all(corpus);
    if (sentences.size() < 100) {
        std::printf("GermEval sentences not found under %s\n", qPrintable(corpus));
        return 1;
    }
    std::printf("%d rows from %lld GermEval sentences, median of %d runs\n", rows,
                static_cast<long long>(sentences.size()), runs);
    const Files files = makeFiles(sentences, rows);
    measure("label;'text' (no header)", files.labelled, u"bench.csv"_s, rows, runs);
    measure("CSV with header", files.csv, u"bench.csv"_s, rows, runs);
    measure("JSON Lines", files.jsonl, u"bench.jsonl"_s, rows, runs);
    return 0;
}
