// Re-anchoring benchmark: run by hand (not by ctest), figures go into the README.
//   bench_reanchor [ARTICLES]   (default 1000; 10 annotations each)
// 1. The pure core: 10,000 anchors over 1,000 article texts, then over one big text, each time
//    after a change like a re-clean makes (a paragraph restored at the top, one split, one
//    sentence edited, two swapped), so most anchors shift and some are searched for.
// 2. The store: re-cleaning that many annotated articles in a SQLite file (one transaction each),
//    where an older cleaner had kept a line of advertising and split a paragraph.

#include "annotate/reanchorer.h"
#include "annotate/textspan.h"
#include "article/article.h"
#include "store/articlestore.h"
#include "store/articletexteditor.h"
#include "store/companystore.h"
#include "store/database.h"
#include "store/mentionstore.h"
#include "testdata.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

const QString names[] = {u"Xiaomi"_s,     u"Leica"_s,  u"Vivo"_s,  u"Zeiss"_s,     u"Oppo"_s,
                         u"Hasselblad"_s, u"Huawei"_s, u"Sharp"_s, u"Panasonic"_s, u"Sony"_s};

// An article-sized text with ten company names in it.
QString articleText(int n) {
    QStringList paragraphs;
    for (int p = 0; p < 5; ++p)
        paragraphs.append(u"Absatz %1 von Artikel %2: %3 arbeitet mit %4 an einer neuen Kamera, "
                          "sagte ein Sprecher am Montag in Peking. Die Zusammenarbeit soll noch "
                          "in diesem Jahr erste Telefone bringen."_s.arg(p)
                              .arg(n)
                              .arg(names[(n + 2 * p) % 10], names[(n + 2 * p + 1) % 10]));
    return paragraphs.join(u'\n');
}

// What a changed cleaner might make of it: a headline back on top, the second paragraph split
// after its first sentence, a word of the fourth paragraph edited and the last two swapped (so
// that their names must be found by quote and context).
QString changedText(const QString& text) {
    QStringList paragraphs = text.split(u'\n');
    paragraphs[3].replace(u"sagte ein Sprecher"_s, u"erklärte eine Sprecherin"_s);
    paragraphs.swapItemsAt(3, 4);
    const int cut = int(paragraphs[1].indexOf(u". "_s));
    paragraphs.insert(2, paragraphs[1].mid(cut + 2));
    paragraphs[1].truncate(cut + 1);
    paragraphs.prepend(u"Eilmeldung: Telefone werden teurer"_s);
    return paragraphs.join(u'\n');
}

QList<TextAnchor> anchorsOn(const QString& text, int most) {
    QList<TextAnchor> anchors;
    for (const QString& name : names) {
        for (const TextSpan::Span& span : TextSpan::occurrences(text, name)) {
            if (anchors.size() < most)
                anchors.append(TextSpan::anchorFor(text, span.start, span.end));
        }
    }
    return anchors;
}

void print(const char* what, qint64 ms, const ReanchorResult& result) {
    std::printf("%-44s %6lld ms  (%d anchors: kept %d, moved %d, review %d)\n", what,
                static_cast<long long>(ms), result.total(), result.kept, result.moved,
                result.review);
}

void pureManyArticles(int articles) {
    QList<QString> olds;
    QList<QString> news;
    QList<QList<TextAnchor>> anchors;
    for (int n = 0; n < articles; ++n) {
        olds.append(articleText(n));
        news.append(changedText(olds.last()));
        anchors.append(anchorsOn(olds.last(), 10));
    }
    ReanchorResult sum;
    QElapsedTimer timer;
    timer.start();
    for (int n = 0; n < articles; ++n) {
        const ReanchorResult result = Reanchorer().reanchor(olds.at(n), news.at(n), anchors.at(n));
        sum.kept += result.kept;
        sum.moved += result.moved;
        sum.review += result.review;
    }
    print("pure: articles, 10 anchors each", timer.elapsed(), sum);
}

void pureOneBigText(int articles) {
    QStringList parts;
    for (int n = 0; n < articles; ++n)
        parts.append(articleText(n));
    const QString old = parts.join(u'\n');
    parts[articles / 2] = changedText(parts[articles / 2]);
    parts[0] = changedText(parts[0]);
    const QString changed = parts.join(u'\n');
    const QList<TextAnchor> anchors = anchorsOn(old, articles * 10);
    QElapsedTimer timer;
    timer.start();
    const ReanchorResult result = Reanchorer().reanchor(old, changed, anchors);
    print(qPrintable(u"pure: one text of %1 characters"_s.arg(old.size())), timer.elapsed(),
          result);
}

int storeReclean(int articles) {
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(u"bench.sqlite"_s));
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.errorMessage()));
        return 1;
    }
    ArticleStore store(**db);
    for (int n = 0; n < articles; ++n) {
        if (!store.add(TestData::article(TestData::generatedArticle(n))))
            return 1;
    }
    QSqlQuery query((*db)->connection());
    query.exec(u"UPDATE article SET cleaner_version = 0, clean_text = 'Anzeige: Nikon Kameras'"
               " || char(10) || replace(clean_text, '. The agreement', '.' || char(10) ||"
               " 'The agreement')"_s);
    CompanyStore companyStore(**db);
    MentionStore mentionStore(**db);
    QStringList marked(std::begin(names), std::end(names));
    marked.append(u"Nikon"_s); // only in the advertising the new cleaner drops: review
    for (const QString& name : marked) {
        auto company = companyStore.ensureCompany(name);
        if (!company || !mentionStore.markAllOccurrences(company->id, 0))
            return 1;
    }
    ArticleTextEditor editor(**db);
    ReanchorResult sum;
    QElapsedTimer timer;
    timer.start();
    for (int id = 1; id <= articles; ++id) {
        auto report = editor.reclean(id);
        if (!report) {
            std::fprintf(stderr, "%s\n", qPrintable(report.errorMessage()));
            return 1;
        }
        sum.kept += report->kept;
        sum.moved += report->moved;
        sum.review += report->review;
    }
    print(qPrintable(u"store: reclean %1 articles (SQLite)"_s.arg(articles)), timer.elapsed(), sum);
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const int articles = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 1000;
    pureManyArticles(articles);
    pureOneBigText(articles);
    return storeReclean(articles);
}
