// Measures Folio on a large corpus: how long import, opening the list, searching and sorting
// take. Not a test (no pass/fail); prints figures for the README.
//   bench_corpus [ARTICLES=100000] [IMPORT_FILES=2000]
#include "article/article.h"
#include "articlelist/articlelistmodel.h"
#include "import/articleimporter.h"
#include "store/articlequery.h"
#include "store/articlestore.h"
#include "store/database.h"
#include "testdata.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

QTextStream out(stdout);

template <typename F> double timeMs(F&& work, int repeats = 1) {
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < repeats; ++i)
        work();
    return double(timer.nsecsElapsed()) / 1e6 / repeats;
}

void report(const QString& what, double ms) {
    out << QStringLiteral("%1  %2 ms\n").arg(what, -58).arg(ms, 10, 'f', 2);
    out.flush();
}

// Inserts `count` generated articles in one transaction, the way a bulk import would store them.
bool fill(Database& db, int count) {
    auto done = db.transaction([&]() -> Result<void> {
        QSqlQuery query(db.connection());
        query.prepare(u"INSERT INTO article (content_hash, title, source, raw_text, clean_text,"
                      " cleaner_version, imported_at, status, published_at, language)"
                      " VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?, ?)"_s);
        for (int n = 0; n < count; ++n) {
            const Article article = TestData::article(TestData::generatedArticle(n));
            query.addBindValue(article.contentHash);
            query.addBindValue(article.clean.title);
            query.addBindValue(article.clean.source);
            query.addBindValue(article.rawText);
            query.addBindValue(article.clean.text());
            query.addBindValue(
                QDateTime::currentDateTimeUtc().addSecs(n).toString(Qt::ISODateWithMs));
            query.addBindValue(n % 3);
            // Two in three say when they were published (up to three years back, out of the
            // order they were added in); half are German.
            query.addBindValue(n % 3 == 0 ? QVariant()
                                          : QVariant(QDateTime::currentDateTimeUtc()
                                                         .addSecs(-qint64(n * 7919 % 1000) * 86400)
                                                         .toString(Qt::ISODate)));
            query.addBindValue(n % 2 ? u"de"_s : u"en"_s);
            if (!query.exec())
                return Error{u"insert failed"_s};
        }
        return {};
    });
    return done.ok();
}

} // namespace

int main(int argc, char* argv[]) {
    QApplication app(argc, argv); // the list model is a Qt model; no window is shown
    const int articles = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    const int files = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 2000;
    QTemporaryDir dir;
    const QString path = dir.filePath(u"bench.sqlite"_s);

    {
        auto db = Database::open(path);
        if (!db) {
            out << db.errorMessage() << '\n';
            return 1;
        }
        report(u"store %1 generated articles (one transaction)"_s.arg(articles),
               timeMs([&] { fill(**db, articles); }));
    }

    std::unique_ptr<Database> db;
    report(u"open the database (%1 articles)"_s.arg(articles),
           timeMs([&] { db = std::move(Database::open(path)).value(); }));
    std::unique_ptr<ArticleListModel> model;
    report(u"open the article list (count + first page)"_s,
           timeMs([&] { model = std::make_unique<ArticleListModel>(*db); }));
    out << "  rows fetched after opening: " << model->rowCount() << " of " << model->totalMatching()
        << '\n';
    report(u"fetch one more page while scrolling"_s, timeMs([&] { model->fetchMore({}); }, 20));
    report(u"sort by title"_s, timeMs([&] { model->sort(ArticleListModel::TitleColumn); }, 5));
    report(u"sort by companies (computed column)"_s,
           timeMs([&] { model->sort(ArticleListModel::CompaniesColumn); }, 3));
    // The list's date (published, else added) through its index, beside the same count and
    // page read straight from SQLite by the plain imported_at index.
    report(u"reference: SQL count + 200 newest by imported_at (index)"_s,
           timeMs(
               [&] {
                   QSqlQuery query(db->connection());
                   query.exec(u"SELECT COUNT(*) FROM article"_s);
                   query.exec(
                       u"SELECT id, title FROM article ORDER BY imported_at DESC LIMIT 200"_s);
                   while (query.next()) {
                   }
               },
               5));
    report(u"sort by date, newest first (published, else added)"_s,
           timeMs([&] { model->sort(ArticleListModel::DateColumn, Qt::DescendingOrder); }, 5));
    report(u"sort by date, oldest first"_s,
           timeMs([&] { model->sort(ArticleListModel::DateColumn, Qt::AscendingOrder); }, 5));
    report(u"sort by language"_s,
           timeMs([&] { model->sort(ArticleListModel::LanguageColumn, Qt::AscendingOrder); }, 3));
    model->sort(ArticleListModel::DateColumn, Qt::DescendingOrder);
    ArticleFilter german;
    german.language = u"de"_s;
    ArticleFilter lastMonth;
    lastMonth.datedFrom = QDateTime::currentDateTimeUtc().addDays(-30);
    ArticleFilter both = german;
    both.datedFrom = lastMonth.datedFrom;
    for (const auto& [name, filter] : {std::pair{u"language = German"_s, german},
                                       std::pair{u"dated in the last 30 days"_s, lastMonth},
                                       std::pair{u"German and in the last 30 days"_s, both}}) {
        report(u"filter %1 (count + first page)"_s.arg(name), timeMs(
                                                                  [&] {
                                                                      model->setFilter(filter);
                                                                      model->setFilter({});
                                                                  },
                                                                  3));
    }
    for (const QString& typed :
         {u"H"_s, u"Has"_s, u"Hasselblad"_s, u"Hasselblad Zei"_s, u"\"unbalanced"_s}) {
        ArticleFilter filter;
        filter.search = typed;
        report(u"search as you type \"%1\" (count + first page)"_s.arg(typed),
               timeMs(
                   [&] {
                       model->setFilter(filter);
                       model->setFilter({});
                   },
                   3));
    }
    report(u"full-text search, 50 ranked hits with snippets"_s,
           timeMs([&] { (void)ArticleStore(*db).search(u"Leica camera"_s); }, 5));
    report(u"open one article"_s,
           timeMs([&] { (void)ArticleStore(*db).article(articles / 2); }, 50));

    // Importing real files: read, detect the encoding, clean, dedupe, store.
    const QString folder = dir.filePath(u"files"_s);
    for (int n = 0; n < files; ++n)
        TestData::writeBytes(folder + u"/%1.txt"_s.arg(n),
                             TestData::generatedArticle(articles + n).toUtf8());
    ImportReport imported;
    const double importMs = timeMs([&] { imported = ArticleImporter(*db).run({folder}); });
    report(u"import %1 files into the large database"_s.arg(files), importMs);
    out << "  " << imported.summary()
        << QStringLiteral(" (%1 files/s)\n").arg(files / (importMs / 1000), 0, 'f', 0);
    return 0;
}
