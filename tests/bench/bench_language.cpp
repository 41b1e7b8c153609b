// LanguageDetector's accuracy and speed on real text:
//   bench_language
// GermEval 2014's German sentences one by one (how short a text may be), the Readability test
// pages by their <html lang>, and 1,000 article-sized texts (500 German of 12 GermEval
// sentences, 500 English pages, cycled) for the speed.
#include "import/language/languagedetector.h"
#include "languagecorpus.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

struct Tally {
    int right = 0, empty = 0, wrong = 0;
    void add(const QString& got, const QString& expected) {
        (got.isEmpty() ? empty : got == expected ? right : wrong)++;
    }
    int total() const { return right + empty + wrong; }
    void print(const char* what) const {
        const double n = qMax(1, total());
        std::printf("%-34s %5d texts: %5.1f%% right, %5.1f%% empty, %5.1f%% wrong\n", what, total(),
                    100.0 * right / n, 100.0 * empty / n, 100.0 * wrong / n);
    }
};

// Many of Readability's test pages are Lorem ipsum, which is no language at all.
bool isPlaceholder(const QString& text) {
    return text.contains(u"Lorem ipsum"_s, Qt::CaseInsensitive) ||
           text.contains(u"dolor sit amet"_s, Qt::CaseInsensitive) ||
           text.contains(u"Tempor incididunt"_s, Qt::CaseInsensitive);
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QStringList sentences = LanguageCorpus::germEvalSentences();
    const QList<LanguageCorpus::Page> pages = LanguageCorpus::readabilityPages();
    if (sentences.isEmpty() || pages.isEmpty()) {
        std::fprintf(stderr, "corpora not found in %s\n", qPrintable(LanguageCorpus::corporaDir()));
        return 1;
    }

    Tally all, byLength[3];
    QHash<QString, int> wrongAs;
    for (const QString& sentence : sentences) {
        const QString got = LanguageDetector::detect(sentence);
        all.add(got, u"de"_s);
        byLength[sentence.size() < 80 ? 0 : sentence.size() < 160 ? 1 : 2].add(got, u"de"_s);
        if (!got.isEmpty() && got != u"de") {
            ++wrongAs[got];
            std::printf("    %s: %s\n", qPrintable(got), qPrintable(sentence.left(100)));
        }
    }
    std::printf("GermEval test sentences (German), each on its own:\n");
    all.print("  all sentences");
    byLength[0].print("  under 80 characters");
    byLength[1].print("  80 to 159 characters");
    byLength[2].print("  160 characters or more");
    for (auto it = wrongAs.cbegin(); it != wrongAs.cend(); ++it)
        std::printf("    taken for %s: %d\n", qPrintable(it.key()), it.value());

    Tally english, other, unlabelled, placeholder;
    std::printf("\nReadability test pages, by their <html lang>:\n");
    for (const auto& page : pages) {
        const QString got = LanguageDetector::detect(page.text);
        if (isPlaceholder(page.text)) {
            placeholder.add(got, QString()); // Latin-ish filler: the right answer is none
            continue;
        }
        if (page.language.isEmpty()) {
            unlabelled.add(got, got); // no truth: only how often it answers
            continue;
        }
        (page.language == u"en" ? english : other).add(got, page.language);
        if (got != page.language)
            std::printf("    %-40s lang=%s detected=%s\n", qPrintable(page.name),
                        qPrintable(page.language), got.isEmpty() ? "(none)" : qPrintable(got));
    }
    english.print("  pages with lang=en*");
    other.print("  pages with another lang");
    unlabelled.print("  other pages without lang (answered)");
    placeholder.print("  Lorem ipsum pages (answered)");

    // 1,000 article-sized texts.
    QStringList articles;
    for (int i = 0; i < 500; ++i)
        articles.append(sentences.mid((i * 12) % (sentences.size() - 12), 12).join(u' '));
    QList<const LanguageCorpus::Page*> englishPages;
    for (const auto& page : pages) {
        if (page.language == u"en" && page.text.size() > 500 && !isPlaceholder(page.text))
            englishPages.append(&page);
    }
    for (int i = 0; i < 500; ++i)
        articles.append(englishPages.at(i % englishPages.size())->text);
    qint64 characters = 0;
    for (const QString& article : articles)
        characters += article.size();
    Tally articleTally;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < articles.size(); ++i)
        articleTally.add(LanguageDetector::detect(articles.at(i)), i < 500 ? u"de"_s : u"en"_s);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    std::printf("\n1,000 articles (500 German, 500 English; %.1f MB of text):\n",
                double(characters) / 1e6);
    articleTally.print("  articles");
    std::printf("  %.3f s: %.0f articles/s, %.1f M characters/s\n", seconds,
                articles.size() / seconds, double(characters) / seconds / 1e6);
    return 0;
}
