#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

// Scores Folio's web-page reader against Readability's reference output on the test pages of
// mozilla/readability (../shared/corpora/readability-test-pages): word-level precision, recall
// and F1 of the body, and agreement on title, byline and date. Shared by bench_readability and
// the quality regression test.
struct PageScore {
    QString name;
    double precision = 0;
    double recall = 0;
    double f1 = 0;
    bool titleExact = false;
    bool hasByline = false; // Readability found one
    bool bylineAgrees = false;
    bool hasDate = false;
    bool dateAgrees = false;
    double seconds = 0;
    QString error; // the reader's error, if it refused the page
    QString title, expectedTitle, byline, expectedByline, date, expectedDate;
};

struct CorpusScore {
    QList<PageScore> pages;
    double seconds = 0;    // wall time in HtmlReader::read over all pages
    double cpuSeconds = 0; // CPU time of the same: steadier on a shared machine
    double meanPrecision() const;
    double meanRecall() const;
    double meanF1() const;
    double titlePercent() const;
    double bylinePercent() const;
    double datePercent() const;
};

class ReadabilityScore final {
public:
    static QString defaultCorpus(); // FOLIO_READABILITY_PAGES or ../shared/corpora/…
    static CorpusScore run(const QString& corpus);
    // Words (lower case letters and digits) of a text, for the bag-of-words comparison; in
    // Chinese, Japanese, Korean and Thai script each character is one.
    static QStringList words(const QString& text);
};
