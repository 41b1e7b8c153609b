#include "article/article.h"
#include "articlelist/articlelistmodel.h"
#include "store/articlestore.h"
#include "store/database.h"
#include "testdata.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QFont>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// The Qt 6.4 model tester calls fetchMore() from its modelReset handler before it has marked the
// reset as finished, and then reports the rows that fetch inserts as "inserted during a reset".
// The tests fetch explicitly instead.
class ModelTester : public QAbstractItemModelTester {
public:
    explicit ModelTester(QAbstractItemModel* model)
        : QAbstractItemModelTester(model, FailureReportingMode::QtTest) {
        setUseFetchMore(false);
    }
};

} // namespace

class TestArticleListModel : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void emptyDatabaseIsAnEmptyList();
    void showsColumnsAndRoles();
    void passesTheModelTesterWhileFilteringSortingAndFetching();
    void twentyThousandArticlesOpenOnePageAtATime();
    void filterBySearchAndStatus();
    void sortByTitle();
    void updateArticleChangesOneRowInPlace();
    void refreshSeesNewArticles();
    void storeErrorsAreReportedAndKeepTheRows();

private:
    // Adds `n` generated articles in one transaction, imported a second apart (oldest first), and
    // returns their ids.
    QList<qint64> addArticles(int n, int firstNumber = 0);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestArticleListModel::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::open(m_dir->filePath(u"folio.sqlite"_s));
    QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
    m_db = std::move(db).value();
}

void TestArticleListModel::cleanup() {
    m_db.reset();
    m_dir.reset();
}

QList<qint64> TestArticleListModel::addArticles(int n, int firstNumber) {
    // ArticleStore::add runs its own transaction, and transactions do not nest; one transaction
    // of plain INSERTs keeps 20,000 articles quick.
    const QDateTime base(QDate(2024, 3, 1), QTime(9, 0), Qt::UTC);
    QList<qint64> ids;
    auto added = m_db->transaction([&]() -> Result<void> {
        QSqlQuery query(m_db->connection());
        query.prepare(u"INSERT INTO article (content_hash, title, source, raw_text, clean_text,"
                      " cleaner_version, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
        for (int i = firstNumber; i < firstNumber + n; ++i) {
            const Article article = TestData::article(TestData::generatedArticle(i));
            query.addBindValue(article.contentHash);
            query.addBindValue(article.clean.title);
            query.addBindValue(article.clean.source);
            query.addBindValue(article.rawText);
            query.addBindValue(article.clean.text());
            query.addBindValue(article.cleanerVersion);
            query.addBindValue(base.addSecs(i).toString(Qt::ISODateWithMs));
            if (!query.exec())
                return m_db->errorFrom(query, u"adding test articles"_s);
            ids << query.lastInsertId().toLongLong();
        }
        return {};
    });
    if (!added)
        qFatal("%s", qPrintable(added.errorMessage()));
    return ids;
}

void TestArticleListModel::emptyDatabaseIsAnEmptyList() {
    ArticleListModel model(*m_db);
    ModelTester tester(&model);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(ArticleListModel::ColumnCount));
    QCOMPARE(model.totalMatching(), 0);
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(model.ensureFetched(1), -1);
    QCOMPARE(model.articleId(0), 0);
    QCOMPARE(model.rowOf(1), -1);
}

void TestArticleListModel::showsColumnsAndRoles() {
    const QList<qint64> ids = addArticles(3);
    ArticleStore store(*m_db);
    QVERIFY(store.setStatus(ids[1], ReadingStatus::Reading).ok());
    QVERIFY(store.setStatus(ids[2], ReadingStatus::Done).ok());
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(
        u"INSERT INTO company (name, created_at) VALUES ('Leica', 'x'), ('Zeiss', 'x')"_s));
    QVERIFY(query.exec(u"INSERT INTO mention (article_id, company_id, start, \"end\", quote,"
                       " text_hash, created_at) VALUES (%1, 1, 0, 5, 'q', 'h', 'x'),"
                       " (%1, 2, 0, 5, 'q', 'h', 'x')"_s.arg(ids[0])));
    QVERIFY(query.exec(u"INSERT INTO partnership (article_id, company_a, company_b, created_at)"
                       " VALUES (%1, 1, 2, 'x')"_s.arg(ids[0])));

    ArticleListModel model(*m_db);
    model.sort(ArticleListModel::DateColumn, Qt::AscendingOrder);
    QCOMPARE(model.rowCount(), 3);
    const QStringList headers{u"Title"_s,  u"Source"_s, u"Date"_s,  u"Lang."_s,
                              u"Status"_s, u"Cos."_s,   u"Partn."_s};
    QCOMPARE(model.columnCount(), headers.size());
    for (int column = 0; column < model.columnCount(); ++column)
        QCOMPARE(model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString(),
                 headers[column]);

    auto cell = [&](int row, int column, int role = Qt::DisplayRole) {
        return model.data(model.index(row, column), role);
    };
    const Article first = TestData::article(TestData::generatedArticle(0));
    QCOMPARE(cell(0, ArticleListModel::TitleColumn).toString(), first.clean.title);
    QCOMPARE(cell(0, ArticleListModel::SourceColumn).toString(), u"source-0"_s);
    const QDateTime importedAt(QDate(2024, 3, 1), QTime(9, 0), Qt::UTC);
    QCOMPARE(cell(0, ArticleListModel::DateColumn).toString(),
             importedAt.toLocalTime().toString(u"yyyy-MM-dd"_s));
    QCOMPARE(cell(0, ArticleListModel::StatusColumn).toString(), u"New"_s);
    QCOMPARE(cell(1, ArticleListModel::StatusColumn).toString(), u"Reading"_s);
    QCOMPARE(cell(2, ArticleListModel::StatusColumn).toString(), u"Done"_s);
    QCOMPARE(cell(0, ArticleListModel::CompaniesColumn).toString(), u"2"_s);
    QCOMPARE(cell(0, ArticleListModel::PartnershipsColumn).toString(), u"1"_s);
    QCOMPARE(cell(1, ArticleListModel::CompaniesColumn).toString(), QString()); // 0 shows empty
    QCOMPARE(cell(1, ArticleListModel::PartnershipsColumn).toString(), QString());
    QVERIFY(
        Qt::Alignment(cell(0, ArticleListModel::CompaniesColumn, Qt::TextAlignmentRole).toInt()) &
        Qt::AlignRight);
    QVERIFY(Qt::Alignment(
                cell(0, ArticleListModel::PartnershipsColumn, Qt::TextAlignmentRole).toInt()) &
            Qt::AlignRight);
    QCOMPARE(cell(0, ArticleListModel::SourceColumn, Qt::ToolTipRole).toString(),
             first.clean.title);

    // Unread rows are bold; the others are not.
    QVERIFY(cell(0, ArticleListModel::TitleColumn, Qt::FontRole).value<QFont>().bold());
    QVERIFY(cell(0, ArticleListModel::DateColumn, Qt::FontRole).value<QFont>().bold());
    QVERIFY(!cell(1, ArticleListModel::TitleColumn, Qt::FontRole).value<QFont>().bold());
    QVERIFY(!cell(2, ArticleListModel::TitleColumn, Qt::FontRole).value<QFont>().bold());

    for (int row = 0; row < 3; ++row) {
        QCOMPARE(cell(row, 0, ArticleListModel::ArticleIdRole).toLongLong(), ids[row]);
        QCOMPARE(model.articleId(row), ids[row]);
        QCOMPARE(model.rowOf(ids[row]), row);
    }
    QCOMPARE(cell(1, 0, ArticleListModel::StatusRole).toInt(), int(ReadingStatus::Reading));
    QCOMPARE(cell(0, 0, ArticleListModel::UnreadRole).toBool(), true);
    QCOMPARE(cell(2, 0, ArticleListModel::UnreadRole).toBool(), false);
}

void TestArticleListModel::passesTheModelTesterWhileFilteringSortingAndFetching() {
    const QList<qint64> ids = addArticles(450);
    ArticleListModel model(*m_db);
    ModelTester tester(&model);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), 450);
    for (int column = 0; column < model.columnCount(); ++column) {
        model.sort(column, Qt::AscendingOrder);
        model.sort(column, Qt::DescendingOrder);
    }
    ArticleFilter filter;
    filter.search = u"Hassel"_s;
    model.setFilter(filter);
    filter.search = u"\"(*"_s;
    model.setFilter(filter);
    QCOMPARE(model.totalMatching(), 450);
    filter.search.clear();
    filter.status = ReadingStatus::Done;
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 0);
    model.setFilter({});
    QVERIFY(ArticleStore(*m_db).setStatus(ids[0], ReadingStatus::Done).ok());
    model.updateArticle(ids[0]);
    QCOMPARE(model.ensureFetched(ids[0]), 449);
    QVERIFY(!model.canFetchMore({}));
    model.refresh();
    QCOMPARE(model.rowCount(), ArticleListModel::pageSize);
}

void TestArticleListModel::twentyThousandArticlesOpenOnePageAtATime() {
    QElapsedTimer timer;
    timer.start();
    const QList<qint64> ids = addArticles(20'000);
    const qint64 created = timer.restart();
    ArticleListModel model(*m_db);
    const qint64 opened = timer.restart();
    qInfo("20,000 articles: created in %lld ms, model opened in %lld ms", created, opened);
    QVERIFY2(opened < 2000, "opening the list must not load every article");

    QCOMPARE(model.rowCount(), ArticleListModel::pageSize);
    QCOMPARE(model.totalMatching(), 20'000);
    QVERIFY(model.canFetchMore({}));
    // Newest first.
    QCOMPARE(model.articleId(0), ids.last());

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 2 * ArticleListModel::pageSize);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), ArticleListModel::pageSize);
    QCOMPARE(inserted.first().at(2).toInt(), 2 * ArticleListModel::pageSize - 1);

    // An article deep in the list: 15,000 rows down.
    timer.restart();
    const qint64 deep = ids[4'999];
    QCOMPARE(model.ensureFetched(deep), 15'000);
    qInfo("ensureFetched 15,000 rows down took %lld ms", timer.elapsed());
    QCOMPARE(model.articleId(15'000), deep);
    QCOMPARE(model.rowCount() % ArticleListModel::pageSize, 0);
    QVERIFY(model.rowCount() > 15'000 && model.rowCount() <= 15'000 + ArticleListModel::pageSize);
    QVERIFY(model.canFetchMore({}));

    // A filter that matches about a seventh of them.
    ArticleFilter filter;
    filter.source = u"source-3"_s;
    model.setFilter(filter);
    QCOMPARE(model.totalMatching(), 20'000 / 7 + (20'000 % 7 > 3 ? 1 : 0));
    QCOMPARE(model.rowCount(), ArticleListModel::pageSize);
    QCOMPARE(model.ensureFetched(ids[2]), -1); // source-2 is filtered out
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(model.rowCount(), model.totalMatching());
}

void TestArticleListModel::filterBySearchAndStatus() {
    const QList<qint64> ids = addArticles(300);
    ArticleListModel model(*m_db);
    ModelTester tester(&model);
    QCOMPARE(model.totalMatching(), 300);

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    ArticleFilter filter;
    filter.search = u"Hassel"_s;
    model.setFilter(filter);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.filter(), filter);
    QVERIFY(model.totalMatching() > 0 && model.totalMatching() < 300);
    QCOMPARE(model.rowCount(), model.totalMatching());
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(model.data(model.index(row, ArticleListModel::TitleColumn))
                    .toString()
                    .contains(u"Hasselblad"_s));
    model.setFilter(filter); // the same filter again does nothing
    QCOMPARE(reset.size(), 1);

    ArticleStore store(*m_db);
    for (int i = 0; i < 250; ++i)
        QVERIFY(store.setStatus(ids[i], ReadingStatus::Done).ok());
    filter = {};
    filter.status = ReadingStatus::New;
    model.setFilter(filter);
    QCOMPARE(model.totalMatching(), 50);
    QCOMPARE(model.rowCount(), 50);
    filter.status = ReadingStatus::Done;
    model.setFilter(filter);
    QCOMPARE(model.totalMatching(), 250);
    QCOMPARE(model.rowCount(), ArticleListModel::pageSize);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.data(model.index(row, 0), ArticleListModel::StatusRole).toInt(),
                 int(ReadingStatus::Done));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 250);
    QVERIFY(!model.canFetchMore({}));
}

void TestArticleListModel::sortByTitle() {
    addArticles(500);
    ArticleListModel model(*m_db);
    ModelTester tester(&model);
    for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        model.sort(ArticleListModel::TitleColumn, order);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 500);
        for (int row = 1; row < model.rowCount(); ++row) {
            const QString before = model.data(model.index(row - 1, 0)).toString();
            const QString after = model.data(model.index(row, 0)).toString();
            const int compared = before.compare(after, Qt::CaseInsensitive);
            QVERIFY2(order == Qt::AscendingOrder ? compared <= 0 : compared >= 0,
                     qPrintable(before + u" / "_s + after));
        }
    }
}

void TestArticleListModel::updateArticleChangesOneRowInPlace() {
    const QList<qint64> ids = addArticles(10);
    ArticleListModel model(*m_db);
    ModelTester tester(&model);
    const int row = model.rowOf(ids[4]);
    QVERIFY(row >= 0);
    const QModelIndex status = model.index(row, ArticleListModel::StatusColumn);
    QCOMPARE(status.data().toString(), u"New"_s);
    QVERIFY(status.data(Qt::FontRole).value<QFont>().bold());

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QVERIFY(ArticleStore(*m_db).setStatus(ids[4], ReadingStatus::Reading).ok());
    model.updateArticle(ids[4]);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(changed.size(), 1);
    const QModelIndex topLeft = changed.first().at(0).value<QModelIndex>();
    const QModelIndex bottomRight = changed.first().at(1).value<QModelIndex>();
    QCOMPARE(topLeft.row(), row);
    QCOMPARE(bottomRight.row(), row);
    QVERIFY(topLeft.column() <= ArticleListModel::StatusColumn);
    QVERIFY(bottomRight.column() >= ArticleListModel::StatusColumn);
    QCOMPARE(status.data().toString(), u"Reading"_s);
    QVERIFY(!status.data(Qt::FontRole).value<QFont>().bold());
    QCOMPARE(status.data(ArticleListModel::UnreadRole).toBool(), false);

    // New counts show too.
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(u"INSERT INTO company (name, created_at) VALUES ('Leica', 'x')"_s));
    QVERIFY(
        query.exec(u"INSERT INTO mention (article_id, company_id, start, \"end\", quote,"
                   " text_hash, created_at) VALUES (%1, 1, 0, 5, 'q', 'h', 'x')"_s.arg(ids[4])));
    model.updateArticle(ids[4]);
    QCOMPARE(changed.size(), 2);
    QCOMPARE(model.index(row, ArticleListModel::CompaniesColumn).data().toString(), u"1"_s);

    // An article that is not loaded is nothing to update.
    model.updateArticle(ids.last() + 100);
    QCOMPARE(changed.size(), 2);
    QCOMPARE(reset.size(), 0);
}

void TestArticleListModel::refreshSeesNewArticles() {
    addArticles(5);
    ArticleListModel model(*m_db);
    QCOMPARE(model.rowCount(), 5);
    const QList<qint64> more = addArticles(3, 5);
    QCOMPARE(model.rowCount(), 5);
    model.refresh();
    QCOMPARE(model.rowCount(), 8);
    QCOMPARE(model.totalMatching(), 8);
    QCOMPARE(model.articleId(0), more.last()); // newest first
}

void TestArticleListModel::storeErrorsAreReportedAndKeepTheRows() {
    addArticles(5);
    ArticleListModel model(*m_db);
    QSignalSpy errors(&model, &ArticleListModel::errorOccurred);
    QSqlQuery query(m_db->connection());
    // Break the table the list reads from.
    QVERIFY(query.exec(u"DROP TABLE partnership"_s));
    model.refresh();
    QCOMPARE(errors.size(), 1);
    QVERIFY(!errors.first().first().toString().isEmpty());
    QCOMPARE(model.rowCount(), 5);
    ArticleFilter filter;
    filter.search = u"Leica"_s;
    model.setFilter(filter);
    QCOMPARE(errors.size(), 2);
    QCOMPARE(model.filter(), ArticleFilter()); // the rows shown still match the filter
    QCOMPARE(model.rowCount(), 5);
}

QTEST_MAIN(TestArticleListModel)
#include "tst_articlelistmodel.moc"
