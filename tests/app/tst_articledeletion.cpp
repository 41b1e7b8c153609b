#include "annotationfixture.h"
#include "store/articledeletion.h"
#include "store/articlestore.h"
#include "store/historystore.h"
#include "testdata.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace Qt::StringLiterals;

// Deleting articles with everything on them, and restoring exactly that for undo.
class TestArticleDeletion : public AnnotationFixture {
    Q_OBJECT
private slots:
    void restoreBringsBackEveryRowUnderItsIds();
    void deleteTakesOnlyTheGivenArticlesAndKeepsCompanies();
    void searchForgetsTheDeletedAndFindsTheRestored();
    void contentsCountTheAnnotations();
    void unknownIdsAreNamedAndNothingIsDeleted();
    void restoreRefusesWhenTheTextWasImportedAgain();
    void restoreRefusesWhenTheIdWasGivenAway();
    void restoreRefusesWhenACompanyIsGone();

private:
    // The sample with a mention, a partnership, notes on all three and their history.
    qint64 annotatedSample();
    // Every row of every table (and the search index's matches for the sample's words), one
    // line each, so that a restore can be compared with what was there.
    QStringList everything();
    QList<qint64> ftsMatches(const QString& word);
};

qint64 TestArticleDeletion::annotatedSample() {
    const qint64 article = addSample();
    const Company xiaomi = company(u"Xiaomi"_s, {u"Xiaomi Corp"_s});
    const Company leica = company(u"Leica"_s);
    auto mention = m_mentions->addMention(article, leica.id, bare(article, u"Leica"_s));
    auto second = m_mentions->addMention(article, xiaomi.id, bare(article, u"Xiaomi"_s));
    Partnership p;
    p.articleId = article;
    p.companyA = xiaomi.id;
    p.companyB = leica.id;
    p.kind = u"collaboration"_s;
    auto partnership = m_partnerships->addPartnership(p);
    if (!mention || !second || !partnership)
        return 0;
    if (!m_notes->setArticleNote(article, u"worth a follow-up"_s) ||
        !m_notes->setMentionNote(mention->id, u"the camera maker"_s) ||
        !m_notes->setPartnershipNote(partnership->id, u"since 2022"_s))
        return 0;
    // A mention that was made and removed again: its history outlives it, until the article goes.
    auto gone = m_mentions->addMention(article, leica.id, bare(article, u"Leica"_s, 1));
    if (!gone || !m_mentions->removeMention(gone->id))
        return 0;
    return article;
}

QStringList TestArticleDeletion::everything() {
    QStringList lines;
    QSqlQuery query(m_db->connection());
    for (const QString& table :
         {u"article"_s, u"removed_piece"_s, u"company"_s, u"company_alias"_s, u"mention"_s,
          u"partnership"_s, u"note"_s, u"annotation_history"_s}) {
        // The table names are ours, never user input.
        if (!query.exec(u"SELECT * FROM "_s + table + u" ORDER BY id"_s)) {
            lines << u"cannot read "_s + table;
            continue;
        }
        while (query.next()) {
            QStringList values;
            for (int i = 0; i < query.record().count(); ++i)
                values << query.record().fieldName(i) + u'=' + query.value(i).toString();
            lines << table + u": "_s + values.join(u" | "_s);
        }
    }
    for (const QString& word : {u"Leica"_s, u"Xiaomi"_s, u"Kamera"_s})
        for (qint64 id : ftsMatches(word))
            lines << u"fts %1: %2"_s.arg(word).arg(id);
    return lines;
}

QList<qint64> TestArticleDeletion::ftsMatches(const QString& word) {
    // The index itself, not ArticleStore::search, whose join with article would hide a row the
    // index kept by mistake.
    QSqlQuery query(m_db->connection());
    query.prepare(u"SELECT rowid FROM article_fts WHERE article_fts MATCH ? ORDER BY rowid"_s);
    query.addBindValue(word);
    QList<qint64> ids;
    if (!query.exec())
        return {-1};
    while (query.next())
        ids << query.value(0).toLongLong();
    return ids;
}

void TestArticleDeletion::restoreBringsBackEveryRowUnderItsIds() {
    addArticle(TestData::generatedArticle(1));
    const qint64 article = annotatedSample();
    QVERIFY(article > 0);
    addArticle(TestData::generatedArticle(2));
    const QStringList before = everything();
    auto history = HistoryStore(*m_db).articleHistory(article);
    QVERIFY(history.ok());
    QVERIFY(history->size() >= 4);

    ArticleDeletion deletion(*m_db);
    auto deleted = deletion.remove({article});
    QVERIFY2(deleted.ok(), qPrintable(deleted.errorMessage()));
    QCOMPARE(deleted->ids(), QList<qint64>{article});
    QCOMPARE(deleted->articles.first().contents.mentions, 2);
    QCOMPARE(deleted->articles.first().contents.partnerships, 1);
    QCOMPARE(deleted->articles.first().contents.notes, 3);
    QVERIFY(!ArticleStore(*m_db).article(article).ok());
    for (const QString& table :
         {u"mention"_s, u"partnership"_s, u"note"_s, u"annotation_history"_s})
        QCOMPARE(rows(table), 0);
    QVERIFY(everything() != before);

    auto restored = deletion.restore(*deleted);
    QVERIFY2(restored.ok(), qPrintable(restored.errorMessage()));
    QCOMPARE(everything(), before);
    auto historyAfter = HistoryStore(*m_db).articleHistory(article);
    QVERIFY(historyAfter.ok());
    QCOMPARE(historyAfter->size(), history->size());
    QCOMPARE(*m_notes->articleNote(article), u"worth a follow-up"_s);
    QStringList mentionNotes;
    const auto mentions = m_mentions->mentions(article);
    QVERIFY(mentions.ok());
    for (const Mention& mention : *mentions)
        mentionNotes << mention.companyName + u": "_s + mention.note;
    QVERIFY2(mentionNotes.contains(u"Leica: the camera maker"_s),
             qPrintable(mentionNotes.join(u", "_s)));
}

void TestArticleDeletion::deleteTakesOnlyTheGivenArticlesAndKeepsCompanies() {
    const qint64 first = addArticle(TestData::generatedArticle(1));
    const qint64 sample = annotatedSample();
    const qint64 last = addArticle(TestData::generatedArticle(2));
    QVERIFY(m_notes->setArticleNote(last, u"keep me"_s).ok());
    auto deleted = ArticleDeletion(*m_db).remove({sample, first, sample});
    QVERIFY2(deleted.ok(), qPrintable(deleted.errorMessage()));
    QCOMPARE(deleted->ids(), (QList<qint64>{sample, first}));
    QCOMPARE(*ArticleStore(*m_db).count(), qint64(1));
    QCOMPARE(*m_notes->articleNote(last), u"keep me"_s);
    QCOMPARE(rows(u"company"_s), 2); // companies belong to the corpus, not to one article
    QCOMPARE(rows(u"company_alias"_s), 1);
    QCOMPARE(rows(u"removed_piece"_s),
             int(ArticleStore(*m_db).article(last)->clean.removed.size()));
}

void TestArticleDeletion::searchForgetsTheDeletedAndFindsTheRestored() {
    const qint64 article = annotatedSample();
    const qint64 other = addArticle(TestData::generatedArticle(3));
    ArticleStore store(*m_db);
    QCOMPARE(ftsMatches(u"Leica"_s), QList<qint64>{article});
    QCOMPARE(store.search(u"Leica"_s)->size(), 1);

    ArticleDeletion deletion(*m_db);
    auto deleted = deletion.remove({article});
    QVERIFY(deleted.ok());
    QCOMPARE(ftsMatches(u"Leica"_s), QList<qint64>());
    QCOMPARE(store.search(u"Leica"_s)->size(), 0);
    QVERIFY(!store.search(TestData::article(TestData::generatedArticle(3)).clean.title)->isEmpty());

    QVERIFY(deletion.restore(*deleted).ok());
    QCOMPARE(ftsMatches(u"Leica"_s), QList<qint64>{article});
    QCOMPARE(store.search(u"Leica"_s)->first().id, article);
    QVERIFY(other > 0);
    QSqlQuery check(m_db->connection());
    QVERIFY2(check.exec(u"INSERT INTO article_fts(article_fts) VALUES ('integrity-check')"_s),
             "the search index disagrees with the articles");
}

void TestArticleDeletion::contentsCountTheAnnotations() {
    const qint64 plain = addArticle(TestData::generatedArticle(4));
    const qint64 sample = annotatedSample();
    auto contents = ArticleDeletion(*m_db).contents({plain, sample});
    QVERIFY2(contents.ok(), qPrintable(contents.errorMessage()));
    QCOMPARE(contents->size(), 2);
    QCOMPARE(contents->at(0).annotations(), 0);
    QCOMPARE(contents->at(1).mentions, 2);
    QCOMPARE(contents->at(1).partnerships, 1);
    QCOMPARE(contents->at(1).notes, 3);
    QCOMPARE(contents->at(1).title, ArticleStore(*m_db).article(sample)->clean.title);
}

void TestArticleDeletion::unknownIdsAreNamedAndNothingIsDeleted() {
    const qint64 article = annotatedSample();
    const QStringList before = everything();
    ArticleDeletion deletion(*m_db);
    auto one = deletion.remove({article, 999});
    QVERIFY(!one.ok());
    QCOMPARE(one.errorMessage(), u"There is no article with id 999; nothing was deleted."_s);
    auto two = deletion.remove({998, article, 999});
    QVERIFY(!two.ok());
    QVERIFY2(two.errorMessage().contains(u"998, 999"_s), qPrintable(two.errorMessage()));
    QVERIFY(!deletion.contents({article, -4}).ok());
    QCOMPARE(everything(), before);
}

void TestArticleDeletion::restoreRefusesWhenTheTextWasImportedAgain() {
    const qint64 article = annotatedSample();
    addArticle(TestData::generatedArticle(5)); // the sample's id is not the last one
    ArticleDeletion deletion(*m_db);
    auto deleted = deletion.remove({article});
    QVERIFY(deleted.ok());
    const qint64 again = addSample();
    QVERIFY(again > 0 && again != article);
    const QStringList before = everything();
    auto restored = deletion.restore(*deleted);
    QVERIFY(!restored.ok());
    QVERIFY2(restored.errorMessage().contains(u"imported again since, as article %1"_s.arg(again)),
             qPrintable(restored.errorMessage()));
    QVERIFY(restored.errorMessage().contains(u"Nothing was restored."_s));
    QCOMPARE(everything(), before);
}

void TestArticleDeletion::restoreRefusesWhenTheIdWasGivenAway() {
    addArticle(TestData::generatedArticle(6));
    const qint64 article = annotatedSample(); // the last id: SQLite hands it out again
    ArticleDeletion deletion(*m_db);
    auto deleted = deletion.remove({article});
    QVERIFY(deleted.ok());
    const qint64 newcomer = addArticle(TestData::generatedArticle(7));
    if (newcomer != article)
        QSKIP("the store no longer hands out a deleted article's id again");
    auto restored = deletion.restore(*deleted);
    QVERIFY(!restored.ok());
    QVERIFY2(restored.errorMessage().contains(u"its id %1 has been given to"_s.arg(article)),
             qPrintable(restored.errorMessage()));
    QCOMPARE(rows(u"mention"_s), 0);
}

void TestArticleDeletion::restoreRefusesWhenACompanyIsGone() {
    const qint64 article = annotatedSample();
    ArticleDeletion deletion(*m_db);
    auto deleted = deletion.remove({article});
    QVERIFY(deleted.ok());
    const qint64 kept = m_companies->companies()->first().id;
    const qint64 removed = m_companies->companies()->last().id;
    QVERIFY(m_companies->mergeCompanies(kept, removed).ok());
    auto restored = deletion.restore(*deleted);
    QVERIFY(!restored.ok());
    QVERIFY2(restored.errorMessage().contains(u"company %1"_s.arg(removed)),
             qPrintable(restored.errorMessage()));
    QCOMPARE(*ArticleStore(*m_db).count(), qint64(0));
}

QTEST_GUILESS_MAIN(TestArticleDeletion)
#include "tst_articledeletion.moc"
