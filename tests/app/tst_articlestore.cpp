#include "article/article.h"
#include "store/articlestore.h"
#include "store/database.h"
#include "testdata.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

class TestArticleStore : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void storesAndReadsBackEverything();
    void sameContentIsStoredOnce();
    void sourceMetadataIsStoredAndFoundByGuid();
    void searchFindsWordsRankedWithSnippet();
    void searchIgnoresDiacritics();
    void searchNeverFailsOnWhatUsersType_data();
    void searchNeverFailsOnWhatUsersType();
    void searchIndexFollowsUpdatesAndDeletes();
    void restoringRemovedPiecePutsItBackWhereItStood();
    void restoringUnknownPieceIsAClearErrorAndChangesNothing();
    void readingStateIsKept();
    void unknownIdIsAClearError();
    void statsCountWhatIsStored();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestArticleStore::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::open(m_dir->filePath(u"folio.sqlite"_s));
    QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
    m_db = std::move(db).value();
}

void TestArticleStore::cleanup() {
    m_db.reset();
    m_dir.reset();
}

void TestArticleStore::storesAndReadsBackEverything() {
    const QString raw = QString::fromUtf8(TestData::readBytes(TestData::path(u"sample.txt"_s)));
    const Article original = TestData::article(raw, u"/data/sample.txt"_s);
    ArticleStore store(*m_db);
    auto added = store.add(original);
    QVERIFY2(added.ok(), qPrintable(added.errorMessage()));
    QVERIFY(!added->duplicate);

    auto stored = store.article(added->id);
    QVERIFY2(stored.ok(), qPrintable(stored.errorMessage()));
    QCOMPARE(stored->clean.title, original.clean.title);
    QCOMPARE(stored->clean.source, u"toi-tech"_s);
    QCOMPARE(stored->clean.paragraphs, original.clean.paragraphs);
    QCOMPARE(stored->clean.removed, original.clean.removed);
    QCOMPARE(stored->clean.removed.size(), 1);
    QCOMPARE(stored->rawText, raw);
    QCOMPARE(stored->contentHash, original.contentHash);
    QCOMPARE(stored->originalPath, u"/data/sample.txt"_s);
    QCOMPARE(stored->cleanerVersion, original.cleanerVersion);
    QCOMPARE(stored->status, ReadingStatus::New);
    QVERIFY(stored->importedAt.isValid());
}

void TestArticleStore::sourceMetadataIsStoredAndFoundByGuid() {
    ArticleStore store(*m_db);
    Article article = TestData::article(u"Leica und Xiaomi\n\nXiaomi arbeitet mit Leica.\n"_s);
    article.byline = u"Anna Müller, Jörg Schmidt"_s;
    article.publishedAt = QDateTime(QDate(2022, 5, 23), QTime(8, 30), QTimeZone(7200));
    article.language = u"de"_s;
    article.url = u"https://example.com/tech/leica-xiaomi"_s;
    article.guid = u"urn:uuid:5f0c-👍"_s;
    article.tags = {u"Technik"_s, u"Smartphones"_s};
    auto added = store.add(article);
    QVERIFY2(added, qPrintable(added.errorMessage()));
    auto read = store.article(added->id);
    QVERIFY(read);
    QCOMPARE(read->byline, article.byline);
    QCOMPARE(read->publishedAt, article.publishedAt); // the same instant, stored in UTC
    QCOMPARE(read->language, u"de"_s);
    QCOMPARE(read->url, article.url);
    QCOMPARE(read->guid, article.guid);
    QCOMPARE(read->tags, article.tags);
    QCOMPARE(*store.idByGuid(article.guid), added->id);
    QCOMPARE(*store.idByGuid(u"urn:uuid:other"_s), qint64(0));
    // An article without any of it reads back empty, not as the neighbour's.
    auto plain = store.add(TestData::article(u"Zweiter\n\nOhne Metadaten.\n"_s));
    QVERIFY(plain);
    auto bare = store.article(plain->id);
    QVERIFY(bare->byline.isEmpty() && bare->url.isEmpty() && bare->guid.isEmpty());
    QVERIFY(!bare->publishedAt.isValid());
    QVERIFY(bare->tags.isEmpty());
}

void TestArticleStore::sameContentIsStoredOnce() {
    ArticleStore store(*m_db);
    auto first = store.add(TestData::article(TestData::generatedArticle(1)));
    QVERIFY(first.ok());
    // Same text with Windows line ends is the same article.
    QString crlf = TestData::generatedArticle(1);
    crlf.replace(u"\n"_s, u"\r\n"_s);
    auto second = store.add(TestData::article(crlf));
    QVERIFY(second.ok());
    QVERIFY(second->duplicate);
    QCOMPARE(second->id, first->id);
    QCOMPARE(*store.count(), 1);
}

void TestArticleStore::searchFindsWordsRankedWithSnippet() {
    ArticleStore store(*m_db);
    for (int n = 0; n < 30; ++n)
        QVERIFY(store.add(TestData::article(TestData::generatedArticle(n))).ok());
    auto hits = store.search(u"Hasselblad"_s);
    QVERIFY2(hits.ok(), qPrintable(hits.errorMessage()));
    QVERIFY(!hits->isEmpty());
    // Articles with the word in the title come before those with it in the body only.
    QVERIFY(hits->first().title.contains(u"Hasselblad"_s));
    for (const SearchHit& hit : *hits)
        QVERIFY(hit.title.contains(u"Hasselblad"_s) || hit.snippet.contains(u"[Hasselblad]"_s));
    for (int i = 1; i < hits->size(); ++i)
        QVERIFY(hits->at(i - 1).rank <= hits->at(i).rank);
    QVERIFY(store.search(u"Nokia"_s)->isEmpty());
}

void TestArticleStore::searchIgnoresDiacritics() {
    ArticleStore store(*m_db);
    const QString raw = QString::fromUtf8(TestData::readBytes(TestData::path(u"sample.txt"_s)));
    QVERIFY(store.add(TestData::article(raw)).ok());
    QCOMPARE(store.search(u"Grunder"_s)->size(), 1);
    QCOMPARE(store.search(u"Gründer"_s)->size(), 1);
}

void TestArticleStore::searchNeverFailsOnWhatUsersType_data() {
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("expected");
    QTest::newRow("stray quote") << u"\"Leica"_s << 1;
    QTest::newRow("lone AND") << u"AND"_s << 0;
    QTest::newRow("trailing AND") << u"Leica AND"_s << 1;
    QTest::newRow("open bracket") << u"(Leica"_s << 1;
    QTest::newRow("star only") << u"*"_s << 0;
    QTest::newRow("minus") << u"-Leica"_s << 1;
    QTest::newRow("column filter") << u"title: Leica"_s << 1;
    QTest::newRow("NEAR(") << u"NEAR("_s << 0;
    QTest::newRow("handle") << u"@leica_camera"_s << 1;
    QTest::newRow("quote inside") << u"Xiao\"mi"_s << 0;
    QTest::newRow("only spaces") << u"   "_s << 0;
    QTest::newRow("sql") << u"'; DROP TABLE article; --"_s << 0;
    QTest::newRow("emoji") << u"📷 Leica"_s << 1;
}

void TestArticleStore::searchNeverFailsOnWhatUsersType() {
    QFETCH(QString, query);
    QFETCH(int, expected);
    ArticleStore store(*m_db);
    const QString raw = QString::fromUtf8(TestData::readBytes(TestData::path(u"sample.txt"_s)));
    QVERIFY(store.add(TestData::article(raw)).ok());
    auto hits = store.search(query);
    QVERIFY2(hits.ok(), qPrintable(hits.errorMessage()));
    QCOMPARE(hits->size(), expected);
    QCOMPARE(*store.count(), 1);
}

void TestArticleStore::searchIndexFollowsUpdatesAndDeletes() {
    ArticleStore store(*m_db);
    auto added = store.add(TestData::article(TestData::generatedArticle(3)));
    QVERIFY(added.ok());
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(
        u"UPDATE article SET clean_text = 'Nokia and Zeiss' WHERE id = %1"_s.arg(added->id)));
    QCOMPARE(store.search(u"Nokia"_s)->size(), 1);
    QCOMPARE(store.search(u"Analysts"_s)->size(), 0);
    QVERIFY(query.exec(u"DELETE FROM article"_s));
    QCOMPARE(store.search(u"Nokia"_s)->size(), 0);
    QVERIFY(m_db->integrityProblems()->isEmpty());
}

void TestArticleStore::restoringRemovedPiecePutsItBackWhereItStood() {
    ArticleStore store(*m_db);
    const QString raw = QString::fromUtf8(TestData::readBytes(TestData::path(u"sample.txt"_s)));
    auto added = store.add(TestData::article(raw));
    QVERIFY(added.ok());
    const Article before = *store.article(added->id);
    auto restored = store.restoreRemovedPiece(added->id, 0);
    QVERIFY2(restored.ok(), qPrintable(restored.errorMessage()));
    QCOMPARE(restored->clean.removed.size(), 0);
    QCOMPARE(restored->clean.paragraphs.size(), before.clean.paragraphs.size() + 1);
    QCOMPARE(restored->clean.paragraphs.first(), before.clean.removed.first().text);

    // What was saved is what came back, and search sees the restored words.
    const Article reread = *store.article(added->id);
    QCOMPARE(reread.clean.paragraphs, restored->clean.paragraphs);
    QVERIFY(reread.clean.removed.isEmpty());
    QCOMPARE(store.search(u"Ankuendigungstrailer"_s)->size(), 1);
}

void TestArticleStore::restoringUnknownPieceIsAClearErrorAndChangesNothing() {
    ArticleStore store(*m_db);
    const QString raw = QString::fromUtf8(TestData::readBytes(TestData::path(u"sample.txt"_s)));
    auto added = store.add(TestData::article(raw));
    auto restored = store.restoreRemovedPiece(added->id, 3);
    QVERIFY(!restored.ok());
    QVERIFY2(restored.errorMessage().contains(u"no removed piece number 3"_s),
             qPrintable(restored.errorMessage()));
    QCOMPARE(store.article(added->id)->clean.removed.size(), 1);
    QVERIFY(!store.restoreRemovedPiece(999, 0).ok());
}

void TestArticleStore::readingStateIsKept() {
    ArticleStore store(*m_db);
    auto added = store.add(TestData::article(TestData::generatedArticle(5)));
    QVERIFY(added.ok());
    QVERIFY(store.setStatus(added->id, ReadingStatus::Done).ok());
    QVERIFY(store.setReadingPosition(added->id, 120).ok());
    auto article = store.article(added->id);
    QCOMPARE(article->status, ReadingStatus::Done);
    QCOMPARE(article->readingPosition, 120);
    QCOMPARE(store.summaries()->first().status, ReadingStatus::Done);
}

void TestArticleStore::unknownIdIsAClearError() {
    ArticleStore store(*m_db);
    auto article = store.article(77);
    QVERIFY(!article.ok());
    QCOMPARE(article.errorMessage(), u"There is no article with id 77."_s);
    QVERIFY(!store.setStatus(77, ReadingStatus::Done).ok());
}

void TestArticleStore::statsCountWhatIsStored() {
    ArticleStore store(*m_db);
    for (int n = 0; n < 8; ++n)
        QVERIFY(store.add(TestData::article(TestData::generatedArticle(n))).ok());
    QVERIFY(store.setStatus(1, ReadingStatus::Done).ok());
    auto stats = store.stats();
    QVERIFY(stats.ok());
    QCOMPARE(stats->articles, 8);
    QCOMPARE(stats->unread, 7);
    qint64 bySource = 0;
    for (const auto& source : stats->sources)
        bySource += source.second;
    QCOMPARE(bySource, 8);
    QCOMPARE(stats->sources.size(), 7); // source-0 … source-6
}

QTEST_GUILESS_MAIN(TestArticleStore)
#include "tst_articlestore.moc"
