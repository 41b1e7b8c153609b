#include "annotationfixture.h"
#include "testdata.h"

#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

class TestNoteStore : public AnnotationFixture {
    Q_OBJECT
private slots:
    void notesAreUpsertedAndDeleted();
    void deletingAnArticleDeletesItsAnnotations();
};

void TestNoteStore::notesAreUpsertedAndDeleted() {
    const qint64 article = addSample();
    const qint64 other = addArticle(TestData::generatedArticle(5));
    const Company xiaomi = company(u"Xiaomi"_s);
    const Company leica = company(u"Leica"_s);
    auto mention = m_mentions->addMention(article, leica.id, bare(article, u"Leica"_s));
    Partnership p;
    p.articleId = article;
    p.companyA = xiaomi.id;
    p.companyB = leica.id;
    auto partnership = m_partnerships->addPartnership(p);
    QVERIFY(mention.ok() && partnership.ok());

    QCOMPARE(*m_notes->articleNote(article), QString());
    QVERIFY(m_notes->setArticleNote(article, u"first thoughts"_s).ok());
    QVERIFY(m_notes->setArticleNote(article, u"second thoughts"_s).ok());
    QCOMPARE(*m_notes->articleNote(article), u"second thoughts"_s);
    QCOMPARE(rows(u"note"_s), 1);
    QVERIFY(m_notes->setMentionNote(mention->id, u"the camera maker"_s).ok());
    QVERIFY(m_notes->setPartnershipNote(partnership->id, u"global"_s).ok());
    QVERIFY(m_notes->setPartnershipNote(partnership->id, u"global, strategic"_s).ok());
    QVERIFY(m_notes->setArticleNote(other, u"elsewhere"_s).ok());
    QCOMPARE(rows(u"note"_s), 4);
    // Notes on annotations are not the article's note.
    QCOMPARE(*m_notes->articleNote(article), u"second thoughts"_s);
    QCOMPARE(m_mentions->mentions(article)->first().note, u"the camera maker"_s);
    QCOMPARE(m_partnerships->partnership(partnership->id)->note, u"global, strategic"_s);

    auto notes = m_notes->notes(article);
    QVERIFY(notes.ok());
    QCOMPARE(notes->size(), 3);
    QCOMPARE(notes->at(0).body, u"second thoughts"_s);
    QCOMPARE(notes->at(0).mentionId, qint64(0));
    QCOMPARE(notes->at(0).partnershipId, qint64(0));
    QCOMPARE(notes->at(1).mentionId, mention->id);
    QCOMPARE(notes->at(2).partnershipId, partnership->id);
    QCOMPARE(notes->at(2).body, u"global, strategic"_s);
    for (const Note& n : *notes) {
        QCOMPARE(n.articleId, article);
        QVERIFY(n.updatedAt.isValid());
    }

    QVERIFY(m_notes->setArticleNote(article, u"  \n "_s).ok());
    QVERIFY(m_notes->setMentionNote(mention->id, QString()).ok());
    QCOMPARE(*m_notes->articleNote(article), QString());
    QCOMPARE(m_notes->notes(article)->size(), 1);
    QCOMPARE(*m_notes->articleNote(other), u"elsewhere"_s);

    QVERIFY(m_notes->setMentionNote(999, u"x"_s).errorMessage().contains(u"999"_s));
    QVERIFY(m_notes->setPartnershipNote(999, u"x"_s).errorMessage().contains(u"999"_s));
    QCOMPARE(m_notes->setArticleNote(999, u"x"_s).errorMessage(),
             u"There is no article with id 999."_s);
    QCOMPARE(rows(u"note"_s), 2);
}

void TestNoteStore::deletingAnArticleDeletesItsAnnotations() {
    const qint64 article = addSample();
    const qint64 kept = addArticle(TestData::generatedArticle(0));
    const Company xiaomi = company(u"Xiaomi"_s);
    const Company leica = company(u"Leica"_s);
    QVERIFY(m_mentions->markAllOccurrences(leica.id, 0).ok());
    Partnership p;
    p.articleId = article;
    p.companyA = xiaomi.id;
    p.companyB = leica.id;
    p.note = u"on the partnership"_s;
    QVERIFY(m_partnerships->addPartnership(p).ok());
    QVERIFY(m_notes->setMentionNote(m_mentions->mentions(article)->first().id, u"m"_s).ok());
    QVERIFY(m_notes->setArticleNote(article, u"a"_s).ok());
    const int keptMentions = int(m_mentions->mentions(kept)->size());
    QVERIFY(keptMentions > 0);

    QSqlQuery query(m_db->connection());
    query.prepare(u"DELETE FROM article WHERE id = ?"_s);
    query.addBindValue(article);
    QVERIFY(query.exec());
    QCOMPARE(rows(u"mention"_s), keptMentions);
    QCOMPARE(rows(u"partnership"_s), 0);
    QCOMPARE(rows(u"note"_s), 0);
    QCOMPARE(rows(u"company"_s), 2);
    QCOMPARE(*m_db->integrityProblems(), QStringList());
    QVERIFY(m_mentions->mentions(article)->isEmpty());
}

QTEST_GUILESS_MAIN(TestNoteStore)
#include "tst_notestore.moc"
