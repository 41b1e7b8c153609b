// What the window pays when another program (folio-cli) commits while it shows a big article:
// run by hand (not by ctest), figures go into the README.
//   bench_outsidechange [CORPUS_DIR]   (default: ../shared/corpora/ner-germeval2014 beside the
//   project)
// The article is real German text: GermEval 2014 sentences joined into one 75,000-word article,
// with a mention on each of its first 5,000 named entities. Measured, medians of many runs:
// 1. the poll the window makes twice a second (PRAGMA data_version);
// 2. the check it makes after each outside commit (RowState::articleAnnotations, one query);
// 3. the reference that check saves when nothing on the article changed: reading the article,
//    its mentions and partnerships again, as a reload does before it repaints 5,000 marks.

#include "annotate/textspan.h"
#include "store/articlestore.h"
#include "store/companystore.h"
#include "store/database.h"
#include "store/mentionstore.h"
#include "store/partnershipstore.h"
#include "store/rowstate.h"
#include "testdata.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

struct Entity {
    int start = 0;
    int end = 0;
    QString text;
};

// Joins the corpus's tokens into paragraphs of eight sentences until `words` words, and notes
// where each named entity (B- tag) landed in the text.
QString corpusArticle(const QString& folder, int words, QList<Entity>& entities) {
    QStringList paragraphs;
    QString paragraph;
    int sentences = 0;
    int count = 0;
    for (const char* name : {"NER-de-test.tsv", "NER-de-dev.tsv"}) {
        QFile file(folder + u'/' + QLatin1String(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        while (!file.atEnd() && count < words) {
            const QString line = QString::fromUtf8(file.readLine()).trimmed();
            if (line.startsWith(u'#'))
                continue;
            if (line.isEmpty()) {
                if (++sentences % 8 == 0 && !paragraph.isEmpty()) {
                    paragraphs << paragraph;
                    paragraph.clear();
                }
                continue;
            }
            const QStringList fields = line.split(u'\t');
            if (fields.size() < 3)
                continue;
            const QString& token = fields.at(1);
            if (!paragraph.isEmpty() && !QStringLiteral(".,;:!?)").contains(token))
                paragraph += u' ';
            const int offset = int(paragraphs.join(u'\n').size()) + (paragraphs.isEmpty() ? 0 : 1);
            if (fields.at(2).startsWith(u"B-"_s))
                entities.append({offset + int(paragraph.size()),
                                 offset + int(paragraph.size() + token.size()), token});
            paragraph += token;
            if (token.front().isLetter())
                ++count;
        }
    }
    if (!paragraph.isEmpty())
        paragraphs << paragraph;
    return paragraphs.join(u'\n');
}

double medianMs(int runs, const std::function<void()>& work) {
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times << timer.nsecsElapsed() / 1e6;
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QString corpus =
        argc > 1 ? QString::fromLocal8Bit(argv[1])
                 : QStringLiteral(FOLIO_TEST_DATA_DIR "/../../../shared/corpora/ner-germeval2014");
    QList<Entity> entities;
    const QString body = corpusArticle(QDir::cleanPath(corpus), 75000, entities);
    if (entities.size() < 5000) {
        std::fprintf(stderr, "%s: too little text (%lld entities)\n", qPrintable(corpus),
                     qlonglong(entities.size()));
        return 1;
    }
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(u"bench.sqlite"_s));
    if (!db)
        return 1;
    auto added = ArticleStore(**db).add(TestData::article(u"Ein langer Artikel\n\n"_s + body));
    if (!added)
        return 1;
    const qint64 id = added->id;
    const QString text = ArticleStore(**db).article(id)->clean.text();
    CompanyStore companyStore(**db);
    MentionStore mentionStore(**db);
    PartnershipStore partnershipStore(**db);
    int marked = 0;
    QHash<QString, qint64> companies; // by name, folded: finding a company is not what is timed
    (void)(*db)->transaction([&]() -> Result<void> {
        for (const Entity& entity : std::as_const(entities)) {
            const int at = int(text.indexOf(entity.text, entity.start));
            qint64& companyId = companies[entity.text.toLower()];
            if (companyId == 0) {
                auto company = companyStore.ensureCompany(entity.text);
                companyId = company ? company->id : -1;
            }
            if (at < 0 || companyId < 0)
                continue;
            if (mentionStore.addMention(
                    id, companyId, TextSpan::anchorFor(text, at, at + int(entity.text.size()))))
                ++marked;
            if (marked == 5000)
                break;
        }
        return {};
    });
    const qsizetype words = text.split(u' ', Qt::SkipEmptyParts).size();

    const double poll = medianMs(2000, [&] { (void)(*db)->dataVersion(); });
    const double check = medianMs(200, [&] { (void)RowState(**db).articleAnnotations(id); });
    const double reread = medianMs(50, [&] {
        (void)ArticleStore(**db).article(id);
        (void)mentionStore.mentions(id);
        (void)partnershipStore.partnerships(id);
    });
    std::printf("article: %lld words, %d mentions (GermEval 2014 text)\n", qlonglong(words),
                marked);
    std::printf("poll (PRAGMA data_version):              %8.3f ms\n", poll);
    std::printf("check after an outside commit:           %8.3f ms\n", check);
    std::printf("re-read it saves (article + mentions):   %8.3f ms  (%.1fx the check)\n", reread,
                reread / check);
    return 0;
}
