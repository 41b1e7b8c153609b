#include "annotate/textspan.h"
#include "import/articleimporter.h"
#include "store/articlestore.h"
#include "store/companystore.h"
#include "store/database.h"
#include "store/mentionstore.h"
#include "testdata.h"

#include <QDir>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Outcome = ImportItem::Outcome;

class TestArticleImporter : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void importsSampleFolder();
    void importingTwiceAddsNothingAndSaysSo();
    void badFileIsReportedAndStoredDataKept_data();
    void badFileIsReportedAndStoredDataKept();
    void mixedFolderImportsTheGoodFiles();
    void cancelKeepsWhatWasImported();
    void failureHalfwayKeepsEarlierArticlesIntact();
    void editedFileImportedAgainUpdatesItsArticle();

private:
    QString file(const QString& name) const { return m_dir->filePath(name); }
    qint64 articleCount() const { return *ArticleStore(*m_db).count(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestArticleImporter::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::open(m_dir->filePath(u"folio.sqlite"_s));
    QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
    m_db = std::move(db).value();
}

void TestArticleImporter::cleanup() {
    m_db.reset();
    m_dir.reset();
}

void TestArticleImporter::importsSampleFolder() {
    const ImportReport report = ArticleImporter(*m_db).run({TestData::samplesDir()});
    QCOMPARE(report.count(Outcome::Imported), 1);
    QCOMPARE(report.count(Outcome::Failed), 0);
    auto article = ArticleStore(*m_db).article(report.items().first().articleId);
    QVERIFY(article.ok());
    QCOMPARE(article->clean.source, u"toi-tech"_s);
    QCOMPARE(article->clean.paragraphs.size(), 5);
    QCOMPARE(article->clean.removed.size(), 1);
    QCOMPARE(article->encoding, u"UTF-8"_s);
    QVERIFY(article->originalPath.endsWith(u"000_653e06803489846e.txt"_s));
}

void TestArticleImporter::importingTwiceAddsNothingAndSaysSo() {
    QVERIFY(ArticleImporter(*m_db).run({TestData::samplesDir()}).count(Outcome::Imported) == 1);
    const ImportReport again = ArticleImporter(*m_db).run({TestData::samplesDir()});
    QCOMPARE(again.count(Outcome::Imported), 0);
    QCOMPARE(again.count(Outcome::Duplicate), 1);
    QVERIFY(!again.hasFailures());
    QVERIFY2(again.summary().contains(u"1 duplicate already in the database"_s),
             qPrintable(again.summary()));
    QCOMPARE(articleCount(), 1);
}

void TestArticleImporter::badFileIsReportedAndStoredDataKept_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");
    QTest::newRow("missing") << u"missing.txt"_s << QByteArray() << u"no such file"_s;
    QTest::newRow("empty") << u"empty.txt"_s << QByteArray("") << u"empty"_s;
    QTest::newRow("blank") << u"blank.txt"_s << QByteArray(" \n\r\n\t\n") << u"empty"_s;
    QTest::newRow("binary") << u"image.txt"_s
                            << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10", 20)
                            << u"binary"_s;
    QTest::newRow("huge") << u"huge.txt"_s << QByteArray(9000, 'a') << u"limit"_s;
    QTest::newRow("undecodable") << u"broken.txt"_s
                                 << QByteArray("Titel\n\nAbc \x81\x8d\x90\x9d def\n")
                                 << u"not valid"_s;
}

void TestArticleImporter::badFileIsReportedAndStoredDataKept() {
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    ArticleImporter importer(*m_db, TextFileReader(8192));
    QCOMPARE(importer.run({TestData::samplesDir()}).count(Outcome::Imported), 1);
    const Article before = *ArticleStore(*m_db).article(1);

    const QString path = file(name);
    if (name != u"missing.txt"_s)
        QVERIFY(TestData::writeBytes(path, bytes));
    const ImportReport report = importer.run({path});
    QVERIFY(report.hasFailures());
    QCOMPARE(report.items().size(), 1);
    const QString message = report.items().first().message;
    QVERIFY2(message.contains(path), qPrintable(message));
    QVERIFY2(message.contains(reason), qPrintable(message));

    QCOMPARE(articleCount(), 1);
    const Article after = *ArticleStore(*m_db).article(1);
    QCOMPARE(after.rawText, before.rawText);
    QCOMPARE(after.clean.paragraphs, before.clean.paragraphs);
    QVERIFY(m_db->integrityProblems()->isEmpty());
}

void TestArticleImporter::mixedFolderImportsTheGoodFiles() {
    const QString folder = file(u"mixed"_s);
    for (int n = 0; n < 3; ++n)
        QVERIFY(TestData::writeBytes(folder + u"/good%1.txt"_s.arg(n),
                                     TestData::generatedArticle(n).toUtf8()));
    QVERIFY(TestData::writeBytes(folder + u"/nested/deeper/good3.txt"_s,
                                 TestData::generatedArticle(3).toUtf8()));
    QVERIFY(TestData::writeBytes(folder + u"/empty.txt"_s, ""));
    QVERIFY(TestData::writeBytes(folder + u"/binary.txt"_s, QByteArray("ab\0\0cd", 6)));
    QVERIFY(TestData::writeBytes(folder + u"/photo.jpg"_s, "\xff\xd8\xff"));

    const ImportReport report = ArticleImporter(*m_db).run({folder});
    QCOMPARE(report.count(Outcome::Imported), 4);
    QCOMPARE(report.count(Outcome::Failed), 2);
    QCOMPARE(report.count(Outcome::Skipped), 1);
    QCOMPARE(articleCount(), 4);
    for (const ImportItem& item : report.items()) {
        if (item.outcome == Outcome::Skipped)
            QVERIFY(item.path.endsWith(u"photo.jpg"_s));
    }
}

void TestArticleImporter::cancelKeepsWhatWasImported() {
    const QString folder = file(u"many"_s);
    for (int n = 0; n < 10; ++n)
        QVERIFY(TestData::writeBytes(folder + u"/a%1.txt"_s.arg(n, 2, 10, QLatin1Char('0')),
                                     TestData::generatedArticle(n).toUtf8()));
    std::atomic_bool cancel = false;
    int lastDone = -1;
    const ImportReport report =
        ArticleImporter(*m_db).run({folder}, &cancel, [&](int done, int total, const QString&) {
            QCOMPARE(total, 10);
            lastDone = done;
            if (done == 4)
                cancel = true; // the fifth file is already on its way; nothing after it
        });
    QVERIFY(report.cancelled());
    QCOMPARE(report.count(Outcome::Imported), 5);
    QCOMPARE(lastDone, 4);
    QCOMPARE(articleCount(), 5);
    QVERIFY(m_db->integrityProblems()->isEmpty());
}

void TestArticleImporter::failureHalfwayKeepsEarlierArticlesIntact() {
    // The store fails on the third article (as a full disk would); the transaction of that
    // article is rolled back, the ones before stay, the ones after still come in.
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(u"CREATE TRIGGER fail_third BEFORE INSERT ON removed_piece "
                       "WHEN (SELECT title FROM article WHERE id = new.article_id) LIKE 'Deal 2 %' "
                       "BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END"_s));
    const QString folder = file(u"five"_s);
    for (int n = 0; n < 5; ++n) {
        // A scraped headline so that every article stores a removed piece.
        const QString raw =
            u"Deal %1 between Sony and Zeiss\n\nKatzenvideo des Tages\n\n"
            "Sony works with Zeiss on lenses for the %1th time.\nsource-x\n"_s.arg(n);
        QVERIFY(TestData::writeBytes(folder + u"/%1.txt"_s.arg(n), raw.toUtf8()));
    }
    const ImportReport report = ArticleImporter(*m_db).run({folder});
    QCOMPARE(report.count(Outcome::Failed), 1);
    QVERIFY2(report.items().at(2).message.contains(u"disk I/O error"_s),
             qPrintable(report.items().at(2).message));
    QCOMPARE(report.count(Outcome::Imported), 4);
    QCOMPARE(articleCount(), 4);
    QVERIFY(query.exec(u"SELECT COUNT(*) FROM article a WHERE NOT EXISTS "
                       "(SELECT 1 FROM removed_piece r WHERE r.article_id = a.id)"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 0); // no half-stored article
    QVERIFY(m_db->integrityProblems()->isEmpty());
}

void TestArticleImporter::editedFileImportedAgainUpdatesItsArticle() {
    const QString path = file(u"deal.txt"_s);
    QVERIFY(TestData::writeBytes(path, TestData::generatedArticle(4).toUtf8()));
    const ImportReport first = ArticleImporter(*m_db).run({path});
    QCOMPARE(first.count(Outcome::Imported), 1);
    const qint64 id = first.items().first().articleId;
    const QString text = ArticleStore(*m_db).article(id)->clean.text();
    CompanyStore companyStore(*m_db);
    MentionStore mentionStore(*m_db);
    auto company = companyStore.ensureCompany(u"Analysts"_s);
    QVERIFY(company.ok());
    const int at = int(text.indexOf(u"Analysts"_s));
    QVERIFY(mentionStore.addMention(id, company->id, TextSpan::anchorFor(text, at, at + 8)).ok());

    // The user corrects the file: a sentence added before the mention.
    QString edited = TestData::generatedArticle(4);
    edited.replace(u"Analysts expect"_s, u"Prices were not given. Analysts expect"_s);
    QVERIFY(TestData::writeBytes(path, edited.toUtf8()));
    const ImportReport second = ArticleImporter(*m_db).run({path});
    QCOMPARE(second.count(Outcome::Imported), 1);
    QCOMPARE(second.items().first().articleId, id);
    QVERIFY2(second.items().first().message.contains(u"1 kept"_s),
             qPrintable(second.items().first().message));
    QCOMPARE(articleCount(), 1);
    const Article updated = *ArticleStore(*m_db).article(id);
    QVERIFY(updated.clean.text().contains(u"Prices were not given."_s));
    const Mention mention = mentionStore.mentions(id)->first();
    QVERIFY(mention.anchor.anchored);
    QCOMPARE(updated.clean.text().mid(mention.anchor.start, mention.anchor.length()),
             u"Analysts"_s);
}

QTEST_GUILESS_MAIN(TestArticleImporter)
#include "tst_articleimporter.moc"
