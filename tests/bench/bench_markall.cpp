// Marking every occurrence (Shift+M, Ctrl+Shift+M, folio-cli annotate --all): run by hand (not by
// ctest), figures go into the README.
//   bench_markall [REPEATS]   (default 5; medians printed)
// One article of ~480,000 characters made of real German sentences (GermEval 2014, from
// ../shared/corpora), a company name put into 5 sentences in 12: ~1,650 occurrences, as in
// the article a new user marked. Timed: find (the worker's part), store (the UI thread's part,
// one transaction with history), undo (remove the batch), redo (restore it), and the whole of
// folio-cli's path; beside the same number of rows inserted by plain QSqlQuery in one
// transaction, and a plain QString scan for the name: references measured in the same run.

#include "store/articlestore.h"
#include "store/companystore.h"
#include "store/database.h"
#include "store/mentionstore.h"
#include "store/occurrencemarker.h"
#include "testdata.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

QStringList germEvalSentences() {
    QFile file(QStringLiteral(FOLIO_TEST_DATA_DIR "/../../../shared/corpora/ner-germeval2014/"
                                                  "NER-de-dev.tsv"));
    QStringList sentences;
    if (!file.open(QIODevice::ReadOnly))
        return sentences;
    QStringList words;
    for (const QString& line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        if (line.startsWith(u'#'))
            continue;
        const QStringList fields = line.split(u'\t');
        if (fields.size() >= 2) {
            words.append(fields.at(1));
        } else if (!words.isEmpty()) {
            sentences.append(words.join(u' '));
            words.clear();
        }
    }
    return sentences;
}

QString bigArticle(const QStringList& sentences, int characters) {
    QString text = u"Leica und die anderen: eine lange Sammlung\n\n"_s;
    QString paragraph;
    for (int i = 0; text.size() < characters; ++i) {
        QString sentence = sentences.at(i % sentences.size());
        if (i % 12 < 5) // 5 sentences in 12
            sentence = u"Leica "_s + sentence;
        paragraph += sentence + u' ';
        if (i % 6 == 5) {
            text += paragraph.trimmed() + u"\n\n"_s;
            paragraph.clear();
        }
    }
    return text;
}

qint64 median(QList<qint64> values) {
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

void line(const char* what, const QList<qint64>& ns, int rows) {
    std::printf("%-52s %8.1f ms  (%d rows)\n", what, median(ns) / 1e6, rows);
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const int repeats = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 5;
    const QStringList sentences = germEvalSentences();
    if (sentences.isEmpty()) {
        std::fprintf(stderr, "bench_markall: cannot read the GermEval sentences\n");
        return 1;
    }
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(u"bench.sqlite"_s));
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.errorMessage()));
        return 1;
    }
    Database& database = **db;
    auto added = ArticleStore(database).add(TestData::article(bigArticle(sentences, 480000)));
    auto leica = CompanyStore(database).createCompany(u"Leica"_s);
    if (!added || !leica) {
        std::fprintf(stderr, "bench_markall: could not set up the database\n");
        return 1;
    }
    const qint64 article = added->id;
    const QString text = ArticleStore(database).article(article)->clean.text();
    std::printf("article: %lld characters, %d whole-word 'Leica'\n",
                static_cast<long long>(text.size()), TestData::wholeWordCount(text, u"Leica"_s));

    QList<qint64> find, store, undo, redo, cli, referenceInsert, referenceScan;
    int rows = 0;
    QElapsedTimer timer;
    MentionStore mentions(database);
    for (int r = 0; r < repeats; ++r) {
        OccurrenceMarker marker(database);
        timer.start();
        auto found = marker.find(leica->id, article);
        find << timer.nsecsElapsed();
        timer.start();
        auto stored = marker.store(*found);
        store << timer.nsecsElapsed();
        rows = int(stored->size());
        QList<qint64> ids;
        for (const Mention& m : *stored)
            ids << m.id;
        timer.start();
        auto removed = mentions.removeMentions(ids);
        undo << timer.nsecsElapsed();
        timer.start();
        auto restored = mentions.restoreMentions(*removed);
        redo << timer.nsecsElapsed();
        if (!found || !stored || !removed || !restored) {
            std::fprintf(stderr, "bench_markall: a step failed\n");
            return 1;
        }
        static_cast<void>(mentions.removeMentions(ids));
        timer.start();
        auto whole = mentions.markAllOccurrences(leica->id, article);
        cli << timer.nsecsElapsed();
        static_cast<void>(mentions.removeMentions([&] {
            QList<qint64> all;
            for (const Mention& m : *whole)
                all << m.id;
            return all;
        }()));

        // References: the same number of plain rows in one transaction; a plain scan.
        QSqlQuery plain(database.connection());
        plain.exec(u"CREATE TABLE IF NOT EXISTS plain (a INTEGER, b INTEGER, c TEXT, d TEXT)"_s);
        timer.start();
        database.connection().transaction();
        plain.prepare(u"INSERT INTO plain VALUES (?, ?, ?, ?)"_s);
        for (int i = 0; i < rows; ++i) {
            plain.addBindValue(i);
            plain.addBindValue(i + 5);
            plain.addBindValue(u"Leica"_s);
            plain.addBindValue(text.mid(i * 10, 64));
            plain.exec();
        }
        database.connection().commit();
        referenceInsert << timer.nsecsElapsed();
        plain.exec(u"DELETE FROM plain"_s);
        timer.start();
        int hits = 0;
        for (qsizetype at = text.indexOf(u"Leica"_s); at >= 0;
             at = text.indexOf(u"Leica"_s, at + 1))
            ++hits;
        referenceScan << timer.nsecsElapsed();
        if (hits < rows)
            std::fprintf(stderr, "bench_markall: the scan found fewer than were marked\n");
    }
    std::printf("medians of %d runs:\n", repeats);
    line("find (worker thread)", find, rows);
    line("store, with history (UI thread, one transaction)", store, rows);
    line("undo: remove the batch", undo, rows);
    line("redo: restore the batch", redo, rows);
    line("folio-cli annotate --all path (find + store)", cli, rows);
    line("reference: plain INSERTs, one transaction", referenceInsert, rows);
    line("reference: QString::indexOf scan of the text", referenceScan, rows);
    std::printf("ratio store / plain INSERTs: %.1fx\n",
                double(median(store)) / double(median(referenceInsert)));
    return 0;
}
