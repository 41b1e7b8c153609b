#include "readabilityscore.h"

#include "import/html/htmldocument.h"
#include "import/html/htmlmetadata.h"
#include "import/html/htmlreader.h"
#include "import/html/htmltext.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <ctime>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

double cpuNow() {
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) / 1e9;
}

QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

double mean(const QList<PageScore>& pages, double PageScore::*field) {
    if (pages.isEmpty())
        return 0;
    double sum = 0;
    for (const PageScore& page : pages)
        sum += page.*field;
    return sum / static_cast<double>(pages.size());
}

double percent(const QList<PageScore>& pages, bool PageScore::*has, bool PageScore::*agrees) {
    int total = 0;
    int good = 0;
    for (const PageScore& page : pages) {
        if (has && !(page.*has))
            continue;
        ++total;
        good += (page.*agrees) ? 1 : 0;
    }
    return total ? 100.0 * good / total : 100.0;
}

QString normalized(const QString& text) {
    return text.simplified();
}

void scoreWords(PageScore& score, const QStringList& ours, const QStringList& theirs) {
    QHash<QString, int> expected;
    for (const QString& word : theirs)
        ++expected[word];
    int common = 0;
    for (const QString& word : ours) {
        auto it = expected.find(word);
        if (it != expected.end() && *it > 0) {
            --*it;
            ++common;
        }
    }
    score.precision = ours.isEmpty() ? (theirs.isEmpty() ? 1 : 0) : double(common) / ours.size();
    score.recall = theirs.isEmpty() ? 1 : double(common) / theirs.size();
    score.f1 = score.precision + score.recall > 0
                   ? 2 * score.precision * score.recall / (score.precision + score.recall)
                   : 0;
}

} // namespace

double CorpusScore::meanPrecision() const {
    return mean(pages, &PageScore::precision);
}
double CorpusScore::meanRecall() const {
    return mean(pages, &PageScore::recall);
}
double CorpusScore::meanF1() const {
    return mean(pages, &PageScore::f1);
}
double CorpusScore::titlePercent() const {
    return percent(pages, nullptr, &PageScore::titleExact);
}
double CorpusScore::bylinePercent() const {
    return percent(pages, &PageScore::hasByline, &PageScore::bylineAgrees);
}
double CorpusScore::datePercent() const {
    return percent(pages, &PageScore::hasDate, &PageScore::dateAgrees);
}

QString ReadabilityScore::defaultCorpus() {
    const QString fromEnv = qEnvironmentVariable("FOLIO_READABILITY_PAGES");
    if (!fromEnv.isEmpty())
        return fromEnv;
    return QStringLiteral(FOLIO_SOURCE_DIR "/../shared/corpora/readability-test-pages");
}

// Scripts written without spaces between words: there each character counts as a word, so that
// a run of Chinese or Japanese text is not one "word" that an inline tag or a line break in
// either output splits differently (hukumusume scored 0.83 with the same text on both sides).
bool isUnspacedScript(QChar c) {
    switch (c.script()) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Hangul:
    case QChar::Script_Thai:
    case QChar::Script_Lao:
    case QChar::Script_Khmer:
    case QChar::Script_Myanmar:
        return true;
    default:
        return false;
    }
}

QStringList ReadabilityScore::words(const QString& text) {
    QStringList result;
    QString current;
    for (const QChar c : text) {
        if (c.isLetterOrNumber() && isUnspacedScript(c)) {
            if (!current.isEmpty())
                result.append(std::exchange(current, QString()));
            result.append(QString(c));
        } else if (c.isLetterOrNumber()) {
            current += c.toLower();
        } else if (!current.isEmpty()) {
            result.append(current);
            current.clear();
        }
    }
    if (!current.isEmpty())
        result.append(current);
    return result;
}

CorpusScore ReadabilityScore::run(const QString& corpus) {
    CorpusScore total;
    const QDir dir(corpus);
    const HtmlReader reader;
    for (const QString& name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QString folder = dir.filePath(name);
        const QByteArray source = readAll(folder + u"/source.html"_s);
        if (source.isEmpty())
            continue;
        const QJsonObject meta =
            QJsonDocument::fromJson(readAll(folder + u"/expected-metadata.json"_s)).object();
        const HtmlDocument expected = HtmlDocument::parse(readAll(folder + u"/expected.html"_s));
        // Readability's output read as Folio's is: a block or <br> ends a word. (Its textContent
        // glued "one<br>two" and "</td><td>" into single words that Folio never writes.)
        QString expectedText;
        if (expected.body()) {
            for (const HtmlText::Block& block : HtmlText::blocks(*expected.body()))
                expectedText += block.text + u'\n';
        }

        PageScore score;
        score.name = name;
        QElapsedTimer timer;
        timer.start();
        const double cpuStart = cpuNow();
        const Result<ReadFile> read = reader.read(source, folder + u"/source.html"_s);
        total.cpuSeconds += cpuNow() - cpuStart;
        score.seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
        total.seconds += score.seconds;
        ImportedArticle article;
        if (read && !read->articles.isEmpty())
            article = read->articles.first();
        else
            score.error = read.errorMessage();
        scoreWords(score, words(article.clean.text()), words(expectedText));

        // A page without a title is named by its file ("source"); the page's own title is none.
        const bool namedByFile = article.note.contains(u"it is named by its file"_s);
        score.title = namedByFile ? QString() : normalized(article.clean.title);
        score.expectedTitle = normalized(meta.value(u"title").toString());
        score.titleExact = score.title == score.expectedTitle;
        score.byline = normalized(article.byline);
        score.expectedByline = normalized(meta.value(u"byline").toString());
        score.hasByline = !score.expectedByline.isEmpty();
        score.bylineAgrees = score.byline == score.expectedByline;
        score.expectedDate = meta.value(u"publishedTime").toString();
        score.hasDate = !score.expectedDate.isEmpty();
        const QDateTime expectedDate = HtmlMetadata::parseDate(score.expectedDate);
        score.date = article.publishedAt.toString(Qt::ISODate);
        score.dateAgrees = expectedDate.isValid() ? expectedDate == article.publishedAt
                                                  : score.date == score.expectedDate;
        total.pages.append(score);
    }
    return total;
}
