#include "annotate/textspan.h"
#include "annotationfixture.h"

#include <QPair>
#include <QTest>

using namespace Qt::StringLiterals;

class TestPartnershipStore : public AnnotationFixture {
    Q_OBJECT
private slots:
    void partnershipWithItselfIsAClearError();
    void partnershipWithEvidenceFromTheSentence();
    void partnershipErrorsChangeNothing();
    void removeAndRestorePartnershipKeepIdAndNote();
    void partnershipKindsAreAnEditableList();
};

void TestPartnershipStore::partnershipWithItselfIsAClearError() {
    const qint64 article = addSample();
    const Company leica = company(u"Leica"_s);
    Partnership p;
    p.articleId = article;
    p.companyA = p.companyB = leica.id;
    auto added = m_partnerships->addPartnership(p);
    QVERIFY(!added.ok());
    QCOMPARE(added.errorMessage(), u"A partnership needs two different companies."_s);
    p.id = 5;
    QCOMPARE(m_partnerships->restorePartnership(p).errorMessage(),
             u"A partnership needs two different companies."_s);
    QCOMPARE(rows(u"partnership"_s), 0);
}

void TestPartnershipStore::partnershipWithEvidenceFromTheSentence() {
    const qint64 article = addSample();
    const QString text = cleanText(article);
    const Company xiaomi = company(u"Xiaomi"_s);
    const Company leica = company(u"Leica"_s);

    const TextSpan::Span sentence =
        TextSpan::sentenceAt(text, int(text.indexOf(u"@leica_camera haben eine globale"_s)));
    Partnership p;
    p.articleId = article;
    p.companyA = xiaomi.id;
    p.companyB = leica.id;
    p.kind = u"Collaboration"_s; // the list's own spelling wins
    p.status = u"current"_s;
    p.evidence.start = sentence.start;
    p.evidence.end = sentence.end;
    p.evidence.quote = text.mid(sentence.start, sentence.length());
    p.note = u"Lei Jun's tweet"_s;
    auto added = m_partnerships->addPartnership(p);
    QVERIFY2(added.ok(), qPrintable(added.errorMessage()));
    QVERIFY(added->id > 0);
    QCOMPARE(added->nameA, u"Xiaomi"_s);
    QCOMPARE(added->nameB, u"Leica"_s);
    QCOMPARE(added->kind, u"collaboration"_s);
    QCOMPARE(added->status, u"current"_s);
    QCOMPARE(added->evidence, TextSpan::anchorFor(text, sentence.start, sentence.end));
    QVERIFY(added->evidence.quote.startsWith(u"Lei Jun"_s));
    QCOMPARE(added->note, u"Lei Jun's tweet"_s);
    QCOMPARE(added->author, u"tester"_s);
    QVERIFY(added->createdAt.isValid());

    // Without evidence: read back with an empty span, listed first.
    Partnership bare;
    bare.articleId = article;
    bare.companyA = leica.id;
    bare.companyB = xiaomi.id;
    auto plain = m_partnerships->addPartnership(bare);
    QVERIFY2(plain.ok(), qPrintable(plain.errorMessage()));
    QCOMPARE(plain->evidence, TextAnchor{});
    QCOMPARE(plain->kind, u"partnership"_s);
    QCOMPARE(plain->status, u"announced"_s);

    auto list = m_partnerships->partnerships(article);
    QVERIFY(list.ok());
    QCOMPARE(list->size(), 2);
    QCOMPARE(describe(list->at(0)), describe(*plain));
    QCOMPARE(describe(list->at(1)), describe(*added));
    QCOMPARE(describe(*m_partnerships->partnership(added->id)), describe(*added));

    QVERIFY(m_partnerships->updatePartnership(plain->id, u"supply"_s, u"former"_s).ok());
    QCOMPARE(m_partnerships->partnership(plain->id)->status, u"former"_s);
    QCOMPARE(m_partnerships->partnership(plain->id)->kind, u"supply"_s);
}

void TestPartnershipStore::partnershipErrorsChangeNothing() {
    const qint64 article = addSample();
    const QString text = cleanText(article);
    const Company xiaomi = company(u"Xiaomi"_s);
    const Company leica = company(u"Leica"_s);
    Partnership good;
    good.articleId = article;
    good.companyA = xiaomi.id;
    good.companyB = leica.id;
    const QStringList kindsBefore = *m_partnerships->partnershipKinds();

    Partnership badStatus = good;
    badStatus.status = u"planned"_s;
    Partnership noKind = good;
    noKind.kind = u"  "_s;
    Partnership noArticle = good;
    noArticle.articleId = 999;
    Partnership noCompany = good;
    noCompany.companyB = 999;
    Partnership badEvidence = good;
    badEvidence.evidence = anchorAt(10, 20, u"not the text"_s);
    Partnership outside = good;
    outside.evidence = anchorAt(int(text.size()) - 2, int(text.size()) + 5, u"xx"_s);
    const QList<QPair<Partnership, QString>> cases = {
        {badStatus, u"announced, current, former, rumoured"_s},
        {noKind, u"needs a kind"_s},
        {noArticle, u"There is no article with id 999."_s},
        {noCompany, u"There is no company with id 999."_s},
        {badEvidence, u"The quote does not match"_s},
        {outside, u"outside the article's text"_s},
    };
    for (const auto& [partnership, error] : cases) {
        auto added = m_partnerships->addPartnership(partnership);
        QVERIFY(!added.ok());
        QVERIFY2(added.errorMessage().contains(error), qPrintable(added.errorMessage()));
        QCOMPARE(rows(u"partnership"_s), 0);
    }
    // A kind that fails with the rest is not added to the list either.
    Partnership newKindBadStatus = badStatus;
    newKindBadStatus.kind = u"licensing"_s;
    QVERIFY(!m_partnerships->addPartnership(newKindBadStatus).ok());
    QCOMPARE(*m_partnerships->partnershipKinds(), kindsBefore);

    auto added = m_partnerships->addPartnership(good);
    QVERIFY(added.ok());
    auto update = m_partnerships->updatePartnership(added->id, u"supply"_s, u"maybe"_s);
    QVERIFY(!update.ok());
    QVERIFY(update.errorMessage().contains(u"rumoured"_s));
    QVERIFY(!m_partnerships->updatePartnership(added->id, u""_s, u"current"_s).ok());
    QVERIFY(!m_partnerships->updatePartnership(999, u"supply"_s, u"current"_s).ok());
    QCOMPARE(describe(*m_partnerships->partnership(added->id)), describe(*added));
    QCOMPARE(rows(u"partnership"_s), 1);
}

void TestPartnershipStore::removeAndRestorePartnershipKeepIdAndNote() {
    const qint64 article = addSample();
    const Company xiaomi = company(u"Xiaomi"_s);
    const Company leica = company(u"Leica"_s);
    Partnership p;
    p.articleId = article;
    p.companyA = xiaomi.id;
    p.companyB = leica.id;
    p.evidence = bare(article, u"Leica Camera AG"_s);
    auto added = m_partnerships->addPartnership(p);
    QVERIFY(added.ok());
    QVERIFY(m_notes->setPartnershipNote(added->id, u"see the press release"_s).ok());
    const QStringList before = describeAll(*m_partnerships->partnerships(article));

    auto removed = m_partnerships->removePartnership(added->id);
    QVERIFY2(removed.ok(), qPrintable(removed.errorMessage()));
    QCOMPARE(removed->note, u"see the press release"_s);
    QCOMPARE(rows(u"partnership"_s), 0);
    QCOMPARE(rows(u"note"_s), 0);

    auto restored = m_partnerships->restorePartnership(*removed);
    QVERIFY2(restored.ok(), qPrintable(restored.errorMessage()));
    QCOMPARE(restored->id, added->id);
    QCOMPARE(describeAll(*m_partnerships->partnerships(article)), before);
    QCOMPARE(rows(u"note"_s), 1);
    QVERIFY(!m_partnerships->removePartnership(999).ok());
}

void TestPartnershipStore::partnershipKindsAreAnEditableList() {
    const QStringList defaults = *m_partnerships->partnershipKinds();
    QCOMPARE(defaults.first(), u"partnership"_s);
    QVERIFY(defaults.contains(u"joint venture"_s));

    // Using a new kind adds it at the end.
    const qint64 article = addSample();
    Partnership p;
    p.articleId = article;
    p.companyA = company(u"Xiaomi"_s).id;
    p.companyB = company(u"Leica"_s).id;
    p.kind = u" licensing "_s;
    auto added = m_partnerships->addPartnership(p);
    QVERIFY2(added.ok(), qPrintable(added.errorMessage()));
    QCOMPARE(added->kind, u"licensing"_s);
    QCOMPARE(*m_partnerships->partnershipKinds(), defaults + QStringList{u"licensing"_s});

    QVERIFY(m_partnerships->setPartnershipKinds({u"supply"_s, u" alliance "_s, u"Supply"_s, u""_s})
                .ok());
    QCOMPARE(*m_partnerships->partnershipKinds(), (QStringList{u"supply"_s, u"alliance"_s}));
    auto empty = m_partnerships->setPartnershipKinds({u"  "_s});
    QVERIFY(!empty.ok());
    QCOMPARE(*m_partnerships->partnershipKinds(), (QStringList{u"supply"_s, u"alliance"_s}));
    QCOMPARE(m_partnerships->partnership(added->id)->kind, u"licensing"_s); // records keep theirs
}

QTEST_GUILESS_MAIN(TestPartnershipStore)
#include "tst_partnershipstore.moc"
